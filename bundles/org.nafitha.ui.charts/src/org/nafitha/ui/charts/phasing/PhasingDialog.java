package org.nafitha.ui.charts.phasing;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.nafitha.locate.Problem;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.BilingualLabels;
import org.nafitha.roadmap.PhasingProposal;
import org.nafitha.ui.ScenarioSession;

/**
 * "Propose phasing…": the objective (MCLP with its radius, or p-median) and the time limit; Propose runs the roadmap
 * engine's {@link PhasingProposal} in a job (an indeterminate bar while it runs, Stop cancels it) and shows the
 * answer — objective, bound and gap, and per year the capital budget, what the written actions spend, the budget left,
 * what the proposal spends and the sites it opens. Apply adds the proposed actions to the roadmap as one undoable
 * command. The dialog is modal, so the scenario does not change while the engine reads it.
 */
public final class PhasingDialog extends TitleAreaDialog {

    private final ScenarioSession session;
    private Button mclp;
    private Button pmedian;
    private Spinner radius;
    private Spinner timeLimit;
    private Button propose;
    private Button stop;
    private ProgressBar bar;
    private Label summary;
    private Table table;
    private Job job;
    private PhasingProposal proposal;

    public PhasingDialog(Shell parent, ScenarioSession session) {
        super(parent);
        this.session = session;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.title);
        setMessage(Messages.message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(body);

        // radio buttons, not a read-only combo: GTK cuts a combo's text short when the dialog runs right to left
        new Label(body, SWT.NONE).setText(Messages.problem);
        mclp = new Button(body, SWT.RADIO);
        mclp.setText(Messages.mclp);
        mclp.setSelection(true);
        pmedian = new Button(body, SWT.RADIO);
        pmedian.setText(Messages.pmedian);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(pmedian);
        mclp.addListener(SWT.Selection, e -> radius.setEnabled(mclp.getSelection()));

        new Label(body, SWT.NONE).setText(Messages.radius);
        radius = new Spinner(body, SWT.BORDER);
        radius.setValues((int) Math.round(10 * defaultRadius(session.scenario())), 5, 5000, 1, 10, 50);
        new Label(body, SWT.NONE).setText(Messages.timeLimit);
        timeLimit = new Spinner(body, SWT.BORDER);
        timeLimit.setValues(10, 1, 600, 0, 1, 10);

        Composite run = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(run);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(run);
        propose = new Button(run, SWT.PUSH);
        propose.setText(Messages.propose);
        propose.addListener(SWT.Selection, e -> propose());
        stop = new Button(run, SWT.PUSH);
        stop.setText(Messages.stop);
        stop.setEnabled(false);
        stop.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
            }
        });
        bar = new ProgressBar(run, SWT.INDETERMINATE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        bar.setVisible(false);

        summary = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(640, SWT.DEFAULT).applyTo(summary);
        table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(920, 150).applyTo(table);
        String[] titles = {Messages.year, Messages.budget, Messages.written, Messages.left, Messages.spent, Messages.opened};
        int[] widths = {70, 140, 140, 130, 130, 300};
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, i == 5 ? SWT.LEAD : SWT.TRAIL);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        Label basis = new Label(body, SWT.WRAP);
        basis.setText(Messages.budgetBasis);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(640, SWT.DEFAULT).applyTo(basis);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.apply, false).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
    }

    @Override
    protected Point getInitialSize() {
        Point p = super.getInitialSize();
        return new Point(Math.max(p.x, 980), Math.max(p.y, 560));
    }

    /** The largest distance threshold of the scenario's norms, else 15 km. */
    private static double defaultRadius(Scenario s) {
        if (s.getParameters() == null) {
            return 15;
        }
        return s.getParameters().getCoverageThresholds().stream().mapToDouble(CoverageThreshold::getMaxDistanceKm).filter(d -> d > 0).max().orElse(15);
    }

    public void setProblem(Problem.Type type) {
        mclp.setSelection(type != Problem.Type.PMEDIAN);
        pmedian.setSelection(type == Problem.Type.PMEDIAN);
        radius.setEnabled(type != Problem.Type.PMEDIAN);
    }

    public void setRadiusKm(double km) {
        radius.setSelection((int) Math.round(km * 10));
    }

    public void setTimeLimit(int seconds) {
        timeLimit.setSelection(seconds);
    }

    /** The options as chosen. */
    public PhasingProposal.Options options() {
        Problem.Type type = pmedian.getSelection() ? Problem.Type.PMEDIAN : Problem.Type.MCLP;
        return PhasingProposal.Options.of(type, radius.getSelection() / 10.0, timeLimit.getSelection());
    }

    /** Runs the proposal in a job; the answer shows when it ends. */
    public Job propose() {
        if (job != null) {
            job.cancel();
        }
        PhasingProposal.Options options = options();
        Scenario scenario = session.scenario();
        proposal = null;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        propose.setEnabled(false);
        stop.setEnabled(true);
        bar.setVisible(true);
        summary.setText(Messages.running + "…");
        table.removeAll();
        Job j = new Job(Messages.running) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    PhasingProposal p = PhasingProposal.propose(scenario, options, monitor);
                    finish(this, p, null);
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    finish(this, null, Messages.canceled);
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    finish(this, null, NLS.bind(Messages.failed, e.getMessage()));
                    return Status.warning(e.getMessage(), e);
                }
            }
        };
        j.setUser(false);
        job = j;
        j.schedule();
        return j;
    }

    private void finish(Job from, PhasingProposal p, String problemText) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        getShell().getDisplay().asyncExec(() -> {
            if (summary.isDisposed() || job != from) {
                return;
            }
            job = null;
            propose.setEnabled(true);
            stop.setEnabled(false);
            bar.setVisible(false);
            if (p == null) {
                summary.setText(problemText);
                return;
            }
            show(p);
        });
    }

    private void show(PhasingProposal p) {
        proposal = p;
        Map<Integer, List<String>> names = new HashMap<>();
        for (RoadmapAction a : p.actions()) {
            ServiceCenter c = a.getNewCenter() != null ? a.getNewCenter() : a.getCenter();
            names.computeIfAbsent(a.getYear(), y -> new ArrayList<>()).add(BilingualLabels.name(c));
        }
        summary.setText(p.actions().isEmpty() ? Messages.nothing
                : NLS.bind(Messages.summary, new Object[] {year(p.actions().size()), number(p.objective(), 0), number(p.bound(), 0), number(100 * p.gap(), 2),
                    number(p.seconds(), 1)}));
        table.removeAll();
        for (PhasingProposal.Year y : p.years()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {year(y.year()), Double.isNaN(y.budget()) ? Messages.none : number(y.budget(), 0), number(y.written(), 0),
                number(y.available(), 0), number(y.spent(), 0), names.containsKey(y.year()) ? String.join("; ", names.get(y.year())) : "—"});
        }
        getButton(IDialogConstants.OK_ID).setEnabled(!p.actions().isEmpty());
        summary.getParent().layout(true, true);
    }

    private static String year(int year) {
        NumberFormat f = NumberFormat.getIntegerInstance();
        f.setGroupingUsed(false);
        return f.format(year);
    }

    private static String number(double v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(decimals);
        return Double.isFinite(v) ? f.format(v) : "—";
    }

    /** The answer shown, null before one. */
    public PhasingProposal getProposal() {
        return proposal;
    }

    public Table getTable() {
        return table;
    }

    public String getSummary() {
        return summary.getText();
    }

    /**
     * Adds the proposed actions to the roadmap as one undoable command.
     *
     * @return whether anything was added
     */
    public boolean apply() {
        if (proposal == null || proposal.actions().isEmpty() || session.scenario().getRoadmap() == null) {
            return false;
        }
        CompoundCommand c = new CompoundCommand(Messages.command);
        for (RoadmapAction a : proposal.actions()) {
            c.append(AddCommand.create(session.domain(), session.scenario().getRoadmap(), NafithaPackage.eINSTANCE.getRoadmap_Actions(), a));
        }
        boolean done = session.execute(c);
        if (done) {
            proposal = null;
        }
        return done;
    }

    @Override
    protected void okPressed() {
        if (apply()) {
            super.okPressed();
        }
    }

    @Override
    public boolean close() {
        if (job != null) {
            job.cancel();
            job = null;
        }
        return super.close();
    }
}
