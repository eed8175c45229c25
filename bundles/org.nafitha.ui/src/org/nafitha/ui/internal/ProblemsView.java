package org.nafitha.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.validation.ScenarioValidation;
import org.nafitha.model.validation.ScenarioValidator;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.Tables;

/**
 * The scenario's problems against the planning rules, kept up to date as the planner edits (validated shortly after
 * each change). Double-click a problem to go to its object: a center is selected in the centers list (and so on the
 * map and in the Properties view).
 */
public final class ProblemsView extends ViewPart {

    public static final String ID = "org.nafitha.ui.views.problems";

    private TableViewer viewer;
    private Label summary;
    private boolean scheduled;
    private final ScenarioSession.Listener listener = s -> schedule();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        viewer = Tables.create(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        TableViewerColumn severity = column(Messages.Problems_message, 520, Diagnostic::getMessage);
        severity.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Diagnostic) element).getMessage();
            }

            @Override
            public Image getImage(Object element) {
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return images.getImage(((Diagnostic) element).getSeverity() >= Diagnostic.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
                        : ISharedImages.IMG_OBJS_WARN_TSK);
            }
        });
        column(Messages.Problems_object, 220, d -> {
            EObject o = ScenarioValidation.subject(d);
            return o == null ? "" : ScenarioValidator.label(o);
        });
        column(Messages.Problems_rule, 160, d -> {
            ScenarioValidator.Rule r = ScenarioValidation.rule(d);
            return r == null ? "" : r.name();
        });
        viewer.addDoubleClickListener(e -> reveal(((IStructuredSelection) e.getSelection()).getFirstElement()));
        NafithaUi.getDefault().getSession().addListener(listener);
        validate();
    }

    private TableViewerColumn column(String title, int width, Function<Diagnostic, String> text) {
        return Tables.column(viewer, title, width, text);
    }

    /** Goes to the object of a problem: its center or zone in its list (the map and the Properties view follow). */
    private void reveal(Object problem) {
        if (!(problem instanceof Diagnostic d)) {
            return;
        }
        EObject o = ScenarioValidation.subject(d);
        while (o != null && !(o instanceof ServiceCenter) && o.eContainer() != null && !(o.eContainer() instanceof Scenario)) {
            o = o.eContainer();
        }
        IViewPart part = getSite().getPage().findView(o instanceof DemandZone ? DemandZonesView.ID : CentersView.ID);
        if (o instanceof ServiceCenter c && part instanceof CentersView centers) {
            getSite().getPage().activate(centers);
            centers.getFilter().setText("");
            centers.getViewer().setSelection(new StructuredSelection(c), true);
        } else if (o instanceof DemandZone z && part instanceof DemandZonesView zones) {
            // a zone's problem, or one of its settlements': the zone in the zones list
            getSite().getPage().activate(zones);
            zones.getFilter().setText("");
            zones.getViewer().setSelection(new StructuredSelection(z), true);
        }
    }

    /** Validates after the current burst of edits, on the UI thread (the rules take milliseconds on the sample). */
    private void schedule() {
        if (scheduled || viewer.getControl().isDisposed()) {
            return;
        }
        scheduled = true;
        viewer.getControl().getDisplay().timerExec(300, () -> {
            scheduled = false;
            validate();
        });
    }

    private void validate() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Diagnostic> problems = ScenarioValidation.problems(NafithaUi.getDefault().getScenario());
        long errors = ScenarioValidation.errorCount(problems);
        summary.setText(NLS.bind(Messages.Problems_summary, ScenarioLabels.number(errors), ScenarioLabels.number(problems.size() - errors)));
        viewer.setInput(problems);
        summary.getParent().layout();
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        NafithaUi.getDefault().getSession().removeListener(listener);
        super.dispose();
    }
}
