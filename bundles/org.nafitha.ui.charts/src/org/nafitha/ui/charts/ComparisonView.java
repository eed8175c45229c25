package org.nafitha.ui.charts;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.card.CardCatalog;
import org.nafitha.card.KeyFigures;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.model.Scenario;
import org.nafitha.model.ScenarioComparison;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.sample.SampleScenario;
import org.nafitha.ui.NafithaUi;

/**
 * The open scenario against another (the embedded sample, or a scenario file): the key figures side by side with
 * their difference (green where the open scenario is better, red where worse), and the objects added, removed or
 * changed. Both are analysed in a background job.
 */
public final class ComparisonView extends ViewPart {

    public static final String ID = "org.nafitha.ui.charts.comparison";

    private Label status;
    private TableViewer figures;
    private TableViewer changes;
    private ChartCanvas chart;
    private Job running;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        new Label(parent, SWT.NONE).setText(Messages.compareWith);
        Button sample = new Button(parent, SWT.PUSH);
        sample.setText(Messages.compareSample);
        sample.addListener(SWT.Selection, e -> compare(SampleScenario.create(), SampleScenario.NAME));
        Button file = new Button(parent, SWT.PUSH);
        file.setText(Messages.compareFile);
        file.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(parent.getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*." + ScenarioFiles.EXTENSION, "*" });
            String chosen = d.open();
            if (chosen != null) {
                try {
                    compare(ScenarioFiles.load(Path.of(chosen)), Path.of(chosen).getFileName().toString());
                } catch (org.nafitha.model.file.ScenarioFileException ex) {
                    status.setText(ex.getMessage());
                }
            }
        });
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(sash);
        figures = table(sash);
        column(figures, Messages.figure, 230, (KeyFigures.Line l) -> label(l.key()));
        column(figures, Messages.open, 130, (KeyFigures.Line l) -> format(l.key(), l.base()));
        column(figures, Messages.other, 130, (KeyFigures.Line l) -> format(l.key(), l.other()));
        TableViewerColumn diff = column(figures, Messages.difference, 130, (KeyFigures.Line l) -> signed(l.key(), l.difference()));
        diff.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                KeyFigures.Line l = (KeyFigures.Line) element;
                return signed(l.key(), l.difference());
            }

            @Override
            public Color getForeground(Object element) {
                KeyFigures.Line l = (KeyFigures.Line) element;
                double d = l.difference();
                if (!Double.isFinite(d) || Math.abs(d) < 1e-9) {
                    return null;
                }
                // the open scenario is the base: it is better when the other is worse
                boolean openBetter = l.higherIsBetter() ? d < 0 : d > 0;
                return new Color(openBetter ? 0x2E : 0xC6, openBetter ? 0x7D : 0x28, openBetter ? 0x32 : 0x28);
            }
        });
        changes = table(sash);
        column(changes, Messages.change, 90, (ScenarioComparison.Change c) -> c.kind().name().toLowerCase());
        column(changes, Messages.type, 130, (ScenarioComparison.Change c) -> c.type());
        column(changes, Messages.code, 120, (ScenarioComparison.Change c) -> c.code());
        column(changes, Messages.what, 480, (ScenarioComparison.Change c) -> String.join("; ",
                c.features().stream().map(f -> f.feature() + ": " + f.before() + " → " + f.after()).toList()));
        chart = new ChartCanvas(sash);
        sash.setWeights(3, 2, 3);
    }

    private static TableViewer table(Composite parent) {
        return org.nafitha.ui.Tables.create(parent, SWT.NONE);
    }

    private static <T> TableViewerColumn column(TableViewer v, String title, int width, Function<T, String> text) {
        return org.nafitha.ui.Tables.column(v, title, width, text);
    }

    static String label(String key) {
        try {
            return (String) Messages.class.getField("fig_" + key).get(null);
        } catch (ReflectiveOperationException e) {
            return key;
        }
    }

    private static String format(String key, double v) {
        return switch (key) {
        case "coveredShare" -> ResultsView.percent(v);
        case "meanTravelMinutes", "meanScore" -> ResultsView.number(v, 1);
        case "gini" -> ResultsView.number(v, 3);
        default -> ResultsView.number(v, 0);
        };
    }

    private static String signed(String key, double d) {
        if (!Double.isFinite(d)) {
            return "–";
        }
        String text = key.equals("coveredShare") ? ResultsView.number(100 * d, 1) + " pp" : format(key, d);
        return d > 0 ? "+" + text : text;
    }

    /** Compares a copy of the open scenario (the planner may go on editing) with another, in a job. */
    public Job compare(Scenario other, String otherName) {
        if (running != null) {
            running.cancel();
        }
        Scenario open = EcoreUtil.copy(NafithaUi.getDefault().getScenario());
        String openName = NafithaUi.getDefault().getSession().name();
        status.setText(Messages.comparing + "…");
        Job job = new Job(Messages.comparing) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, 2);
                try {
                    CardCatalog catalog = CardCatalog.fromExtensions();
                    KeyFigures a = KeyFigures.of(open, AnalysisRunner.fromExtensions(), catalog, progress.split(1));
                    KeyFigures b = KeyFigures.of(other, AnalysisRunner.fromExtensions(), catalog, progress.split(1));
                    ScenarioComparison diff = ScenarioComparison.compare(open, other);
                    org.jfree.chart.JFreeChart ratings = AnalysisCharts.ratingsCompared(a.ratings(), b.ratings(), openName, otherName);
                    showChart(ratings);
                    show(a.compare(b), diff, NLS.bind(Messages.compared, new Object[] { openName, otherName,
                        diff.count(ScenarioComparison.ChangeKind.ADDED), diff.count(ScenarioComparison.ChangeKind.REMOVED),
                        diff.count(ScenarioComparison.ChangeKind.CHANGED) }));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    show(List.of(), null, e.getMessage());
                    return Status.error(e.getMessage(), e);
                }
            }
        };
        job.setUser(true);
        running = job;
        job.schedule();
        return job;
    }

    private void show(List<KeyFigures.Line> lines, ScenarioComparison diff, String message) {
        status.getDisplay().asyncExec(() -> {
            if (status.isDisposed()) {
                return;
            }
            status.setText(message);
            figures.setInput(lines);
            changes.setInput(diff == null ? List.of() : diff.changes());
            status.getParent().layout(true);
        });
    }

    private void showChart(org.jfree.chart.JFreeChart c) {
        status.getDisplay().asyncExec(() -> {
            if (!chart.isDisposed()) {
                chart.setChart(c);
            }
        });
    }

    /** The chart of centers by rating in both scenarios. */
    public ChartCanvas getChart() {
        return chart;
    }

    public TableViewer getFigures() {
        return figures;
    }

    public TableViewer getChanges() {
        return changes;
    }

    @Override
    public void setFocus() {
        figures.getControl().setFocus();
    }
}
