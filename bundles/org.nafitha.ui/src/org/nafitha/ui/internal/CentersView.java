package org.nafitha.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.model.Scenario;
import org.nafitha.model.ScenarioSummary;
import org.nafitha.model.ServiceCenter;
import org.nafitha.ui.NafithaUi;

/** Lists the service centers of the open scenario. */
public final class CentersView extends ViewPart {

    public static final String ID = "org.nafitha.ui.views.centers";

    private TableViewer viewer;
    private Label summary;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        column(Messages.CentersView_code, 110, c -> c.getCode());
        column(Messages.CentersView_name, 380, ScenarioLabels::name);
        column(Messages.CentersView_kind, 170, c -> ScenarioLabels.kind(c.getKind()));
        column(Messages.CentersView_status, 100, c -> ScenarioLabels.status(c.getStatus()));
        column(Messages.CentersView_region, 120, c -> ScenarioLabels.name(c.getRegion()));
        column(Messages.CentersView_counters, 80, c -> ScenarioLabels.number(c.getCounters().size()));
        column(Messages.CentersView_staff, 80, c -> ScenarioLabels.number(c.getStaff()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        getSite().setSelectionProvider(viewer);
        show(NafithaUi.getDefault().getScenario());
    }

    private void column(String title, int width, Function<ServiceCenter, String> text) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.getColumn().setMoveable(true);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ServiceCenter) element);
            }
        });
    }

    /** Shows the centers of a scenario. */
    public void show(Scenario scenario) {
        viewer.setInput(scenario.getCenters());
        ScenarioSummary s = ScenarioSummary.of(scenario);
        summary.setText(Messages.bind(Messages.CentersView_summary, new Object[] {ScenarioLabels.number(s.centers()),
            ScenarioLabels.number(s.counters()), ScenarioLabels.number(s.totalPopulation()), ScenarioLabels.number(s.demandZones())}));
        summary.getParent().layout();
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
