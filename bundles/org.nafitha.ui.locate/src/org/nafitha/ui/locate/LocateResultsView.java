package org.nafitha.ui.locate;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.locate.LocatePlan;
import org.nafitha.locate.LocateSummary;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Named;
import org.nafitha.model.edit.BilingualLabels;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/**
 * The latest location-allocation answer as a table: per chosen site its role (kept or opened), the residents assigned,
 * the places, their mean and largest distance, its capacity and load; above it the objective, bound and gap; below
 * it "Apply to a new scenario…". The figures are the engine's ({@link LocateSummary}); the view only shows them.
 */
public final class LocateResultsView extends ViewPart {

    public static final String ID = "org.nafitha.ui.locate.results";

    private Label summary;
    private TableViewer table;
    private Button closeUnchosen;
    private Button apply;
    private final Map<String, String> names = new HashMap<>();
    /** The codes of the answered scenario's existing centers: a chosen one is kept, any other chosen site opened. */
    private final Set<String> existing = new HashSet<>();
    private final Consumer<LocateJob.Answer> listener = a -> {
        if (summary != null && !summary.isDisposed()) {
            summary.getDisplay().asyncExec(this::refresh);
        }
    };
    private final ScenarioSession.Listener sessionListener = s -> {
        if (apply != null && !apply.isDisposed()) {
            apply.getDisplay().asyncExec(this::refreshApply);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.siteCode, 90, s -> s.id());
        column(Messages.siteName, 260, s -> names.getOrDefault(s.id(), s.id()));
        column(Messages.role, 70, s -> existing.contains(s.id()) ? Messages.kept : Messages.opened);
        column(Messages.residents, 120, s -> number(s.weight(), 0));
        column(Messages.places, 60, s -> number(s.points(), 0));
        column(Messages.meanKm, 80, s -> number(s.meanKm(), 1));
        column(Messages.maxKm, 80, s -> number(s.maxKm(), 1));
        column(Messages.capacityColumn, 100, s -> Double.isNaN(s.capacity()) ? "–" : number(s.capacity(), 0));
        column(Messages.load, 70, s -> Double.isNaN(s.load()) ? "–" : number(100 * s.load(), 0) + " %");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table.getControl());
        closeUnchosen = new Button(parent, SWT.CHECK);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(closeUnchosen);
        apply = new Button(parent, SWT.PUSH);
        apply.setText(Messages.apply);
        apply.addListener(SWT.Selection, e -> confirmAndApply());
        LocateJob.addListener(listener);
        NafithaUi.getDefault().getSession().addListener(sessionListener);
        refresh();
    }

    private void column(String title, int width, Function<LocateSummary.Site, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((LocateSummary.Site) element);
            }
        });
    }

    static String number(double v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(v);
    }

    /** Shows the latest answer. */
    public void refresh() {
        if (summary.isDisposed()) {
            return;
        }
        LocateJob.Answer a = LocateJob.latest();
        if (a == null) {
            summary.setText(Messages.notRun);
            table.setInput(new Object[0]);
            refreshApply();
            return;
        }
        names.clear();
        existing.clear();
        a.scenario().getCenters().stream().filter(c -> c.getStatus() == CenterStatus.EXISTING).forEach(c -> existing.add(c.getCode()));
        a.scenario().getCenters().forEach(c -> names.put(c.getCode(), BilingualLabels.name((Named) c)));
        a.scenario().getCandidateSites().forEach(c -> names.put(c.getCode(), BilingualLabels.name((Named) c)));
        LocateSummary s = LocateSummary.of(a.result());
        var sol = a.result().solution();
        summary.setText(NLS.bind(Messages.summary, new Object[] {sol.problem().type().name().toLowerCase(Locale.ROOT), sol.solver(),
            number(s.objective(), 1), Double.isNaN(s.bound()) ? Messages.noBound : number(s.bound(), 1),
            Double.isNaN(s.gap()) ? "–" : number(100 * s.gap(), 2) + " %", number(s.sites().size(), 0), number(s.assignedWeight(), 0),
            number(s.unassignedWeight(), 0), number(sol.seconds(), 1)}));
        table.setInput(s.sites());
        refreshApply();
        summary.getParent().layout(true);
    }

    private void refreshApply() {
        if (apply.isDisposed()) {
            return;
        }
        LocateJob.Answer a = LocateJob.latest();
        boolean current = LocateJob.isCurrent();
        apply.setEnabled(current);
        apply.setToolTipText(a != null && !current ? Messages.stale : null);
        long closable = a == null ? 0 : LocatePlan.of(a.scenario(), a.result(), true).statusChanges().values().stream()
                .filter(st -> st == CenterStatus.CLOSED).count();
        closeUnchosen.setText(NLS.bind(Messages.closeUnchosen, closable));
        closeUnchosen.getParent().layout(true);
    }

    private void confirmAndApply() {
        LocateJob.Answer a = LocateJob.latest();
        if (a == null) {
            return;
        }
        LocatePlan plan = LocatePlan.of(a.scenario(), a.result(), closeUnchosen.getSelection());
        long planned = plan.statusChanges().values().stream().filter(st -> st == CenterStatus.PLANNED).count();
        if (MessageDialog.openConfirm(getSite().getShell(), Messages.applyTitle,
                NLS.bind(Messages.applyMessage, new Object[] {plan.nameEn(), plan.newCenters().size(), planned}))) {
            apply(closeUnchosen.getSelection());
        }
    }

    /** Applies the latest answer to a new scenario without asking (the button asks first); false when nothing applied. */
    public boolean apply(boolean closeUnchosenCenters) {
        LocateJob.Answer a = LocateJob.latest();
        if (a == null || !LocateJob.isCurrent()) {
            return false;
        }
        LocatePlan plan = LocatePlan.of(a.scenario(), a.result(), closeUnchosenCenters);
        return ApplyLocate.apply(NafithaUi.getDefault().getSession(), plan, getSite().getPage());
    }

    public TableViewer getTable() {
        return table;
    }

    public Label getSummary() {
        return summary;
    }

    public Button getApply() {
        return apply;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        LocateJob.removeListener(listener);
        NafithaUi.getDefault().getSession().removeListener(sessionListener);
        super.dispose();
    }
}
