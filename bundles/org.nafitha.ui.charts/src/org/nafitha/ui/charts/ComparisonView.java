package org.nafitha.ui.charts;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

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
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.nafitha.card.CardCatalog;
import org.nafitha.card.KeyFigures;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.model.Scenario;
import org.nafitha.model.ScenarioComparison;
import org.nafitha.model.edit.BilingualLabels;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.roadmap.RoadmapEngine;
import org.nafitha.roadmap.RoadmapResult;
import org.nafitha.roadmap.YearState;
import org.nafitha.sample.SampleScenario;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoreException;
import org.nafitha.store.StoredScenario;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.Tables;

/**
 * The open scenario against another (the embedded sample, a scenario file, or the last revision of a scenario in the
 * store): the key figures side by side with their difference, open − other (green where the open scenario is better,
 * red where worse), and the objects added in the open scenario, missing from it, or changed (other → open). Both are
 * analysed in a background job. The Roadmap view opens it on two years of the roadmap ({@link #compareYears}: the
 * states of both years as the two sides, the later first) and on two roadmaps ({@link #compareRoadmaps}: an indicator's
 * trajectory in both, year by year, and the two states of one year side by side).
 */
public final class ComparisonView extends ViewPart {

    public static final String ID = "org.nafitha.ui.charts.comparison";

    private Label status;
    private TableViewer figures;
    private TableViewer changes;
    private ChartCanvas chart;
    private Job running;
    private String[] titles;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
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
                } catch (ScenarioFileException ex) {
                    status.setText(ex.getMessage());
                }
            }
        });
        file.setToolTipText(Messages.compareFileTip);
        sample.setToolTipText(Messages.compareSampleTip);
        Button stored = new Button(parent, SWT.PUSH);
        stored.setText(Messages.compareStored);
        stored.setToolTipText(Messages.compareStoredTip);
        stored.addListener(SWT.Selection, e -> chooseStored(parent.getShell()));
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(sash);
        figures = table(sash);
        column(figures, Messages.figure, 230, (KeyFigures.Line l) -> label(l.key()));
        column(figures, Messages.open, 130, (KeyFigures.Line l) -> format(l.key(), l.base()));
        column(figures, Messages.other, 130, (KeyFigures.Line l) -> format(l.key(), l.other()));
        TableViewerColumn diff = column(figures, Messages.difference, 190, (KeyFigures.Line l) -> signed(l.key(), openMinusOther(l)));
        diff.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                KeyFigures.Line l = (KeyFigures.Line) element;
                return signed(l.key(), openMinusOther(l));
            }

            @Override
            public Color getForeground(Object element) {
                KeyFigures.Line l = (KeyFigures.Line) element;
                double d = openMinusOther(l);
                if (!Double.isFinite(d) || Math.abs(d) < 1e-9) {
                    return null;
                }
                boolean openBetter = l.higherIsBetter() ? d > 0 : d < 0;
                return new Color(openBetter ? 0x2E : 0xC6, openBetter ? 0x7D : 0x28, openBetter ? 0x32 : 0x28);
            }
        });
        changes = table(sash);
        column(changes, Messages.change, 200, (ScenarioComparison.Change c) -> kind(c.kind()));
        column(changes, Messages.type, 130, (ScenarioComparison.Change c) -> type(c.type()));
        column(changes, Messages.code, 160, (ScenarioComparison.Change c) -> c.code());
        column(changes, Messages.what, 480, (ScenarioComparison.Change c) -> String.join("; ",
                c.features().stream().map(f -> ChangeLabels.describe(c.type(), f)).toList()));
        chart = new ChartCanvas(sash);
        chart.registerContextMenu(getSite());
        sash.setWeights(3, 2, 3);
        titles = new String[] { Messages.open, Messages.other, Messages.difference };
    }

    /** The titles of the value, difference and change columns: the sides' names, or the default ones (null). */
    private void sides(String open, String other) {
        for (int i = 0; i < 3; i++) {
            String title = open == null ? titles[i] : i == 0 ? open : i == 1 ? other : NLS.bind(Messages.differenceOf, open, other);
            figures.getTable().getColumn(i + 1).setText(title);
        }
        changes.getTable().getColumn(0).setText(open == null ? Messages.change : NLS.bind(Messages.changeIn, open));
        changes.getTable().getColumn(3).setText(open == null ? Messages.what : NLS.bind(Messages.whatChanged, other, open));
    }

    /**
     * Compares two years of the open scenario's roadmap: the later year's state is the first side, so the difference
     * reads as the change from the earlier year; the object changes are what the roadmap does between the two.
     */
    public Job compareYears(int first, int second) {
        int later = Math.max(first, second);
        int earlier = Math.min(first, second);
        Scenario base = EcoreUtil.copy(NafithaUi.getDefault().getScenario());
        String laterName = Integer.toString(later);
        String earlierName = Integer.toString(earlier);
        sides(laterName, earlierName);
        return start(() -> YearState.of(base, later).scenario(), laterName, monitor -> new Other(YearState.of(base, earlier).scenario(), earlierName),
                null, Messages.comparedYears);
    }

    /**
     * Compares the open scenario's roadmap with another scenario's (a file's, the sample's): the trajectory of an
     * indicator by year in both (the chart) over the open roadmap's horizon, and the two scenarios' states in
     * {@code year} side by side (the tables). Both roadmaps are evaluated by the roadmap engine in the job.
     */
    public Job compareRoadmaps(Scenario other, String otherName, int year, String indicator) {
        Scenario base = EcoreUtil.copy(NafithaUi.getDefault().getScenario());
        String openName = NafithaUi.getDefault().getSession().name();
        if (base.getRoadmap() == null) {
            status.setText(Messages.roadmapNone);
            return null;
        }
        int from = base.getRoadmap().getFirstYear();
        int to = base.getRoadmap().getLastYear();
        String openYear = NLS.bind(Messages.sideInYear, openName, year);
        String otherYear = NLS.bind(Messages.sideInYear, otherName, year);
        sides(openYear, otherYear);
        return start(() -> YearState.of(base, year).scenario(), openYear, monitor -> new Other(YearState.of(other, year).scenario(), otherYear),
                monitor -> {
                    RoadmapEngine engine = new RoadmapEngine(AnalysisRunner.fromExtensions(), CardCatalog.fromExtensions());
                    SubMonitor progress = SubMonitor.convert(monitor, 2);
                    RoadmapResult mine = engine.run(base, from, to, 2, progress.split(1));
                    RoadmapResult theirs = engine.run(other, from, to, 2, progress.split(1));
                    return RoadmapCharts.compared(mine, openName, theirs, otherName, indicator, year);
                }, Messages.comparedRoadmaps);
    }

    private static TableViewer table(Composite parent) {
        return Tables.create(parent, SWT.NONE);
    }

    private static <T> TableViewerColumn column(TableViewer v, String title, int width, Function<T, String> text) {
        return Tables.column(v, title, width, text);
    }

    /**
     * The difference of a figure as the planner reads it: the open scenario minus the other. The lines are made with the
     * open scenario as their base, so this is base − other.
     */
    static double openMinusOther(KeyFigures.Line l) {
        return l.base() - l.other();
    }

    /** The kind of object in the planner's words. */
    static String type(String eClass) {
        return switch (eClass) {
        case "ServiceCenter" -> Messages.typeCenter;
        case "DemandZone" -> Messages.typeZone;
        case "Service" -> Messages.typeService;
        case "Region" -> Messages.typeRegion;
        case "Agency" -> Messages.typeAgency;
        case "CandidateSite" -> Messages.typeSite;
        case "PopulationGroup" -> Messages.typeGroup;
        case "Scenario" -> Messages.typeScenario;
        default -> eClass;
        };
    }

    /** A value of a change: a list of objects (e.g. a center's counters) is said by its size, not written out. */
    static String value(String v) {
        if (v != null && v.startsWith("[{")) {
            int n = 0;
            for (int i = v.indexOf("{code="); i >= 0; i = v.indexOf("{code=", i + 1)) {
                n++;
            }
            return NLS.bind(Messages.items, ResultsView.number(n, 0));
        }
        return v;
    }

    /** A change as seen from the open scenario (the comparison runs with the other as its base). */
    static String kind(ScenarioComparison.ChangeKind k) {
        return switch (k) {
        case ADDED -> Messages.changeAdded;
        case REMOVED -> Messages.changeRemoved;
        case CHANGED -> Messages.changeChanged;
        };
    }

    /** Lets the planner pick a scenario of the store (the one the Scenarios view uses) and compares with its last revision. */
    private void chooseStored(Shell shell) {
        Path store = NafithaUi.getDefault().getStorePath();
        StoredScenario chosen = pickStored(shell, store, status::setText);
        if (chosen != null) {
            compareStored(store, chosen.code());
        }
    }

    /** Lets the planner pick a scenario of a store; null when none was picked (why, when the store has none, is said). */
    static StoredScenario pickStored(Shell shell, Path store, Consumer<String> say) {
        List<StoredScenario> list;
        try (ScenarioStore s = ScenarioStore.open(store)) {
            list = s.list();
        } catch (StoreException e) {
            say.accept(e.getMessage());
            return null;
        }
        if (list.isEmpty()) {
            say.accept(NLS.bind(Messages.storeEmpty, store));
            return null;
        }
        ElementListSelectionDialog d = new ElementListSelectionDialog(shell,
                new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        StoredScenario s = (StoredScenario) element;
                        String name = BilingualLabels.arabic() && s.nameAr() != null && !s.nameAr().isBlank() ? s.nameAr()
                                : s.nameEn();
                        return NLS.bind(Messages.storedItem, new Object[] { s.code(), name, ResultsView.number(s.revision(), 0) });
                    }
                });
        d.setTitle(Messages.compareStored);
        d.setMessage(Messages.compareStoredTip);
        d.setElements(list.toArray());
        d.setMultipleSelection(false);
        return d.open() == Window.OK && d.getFirstResult() instanceof StoredScenario chosen ? chosen : null;
    }

    /** Compares the open scenario with the last revision of a scenario in a store (read in the comparison's job). */
    public Job compareStored(Path store, String code) {
        sides(null, null);
        return start(null, null, monitor -> {
            try (ScenarioStore s = ScenarioStore.open(store)) {
                StoredScenario info = s.list().stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
                Scenario loaded = s.load(code);
                return new Other(loaded, info == null ? code : NLS.bind(Messages.storedRevision, code, ResultsView.number(info.revision(), 0)));
            } catch (StoreException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, null, Messages.compared);
    }

    /** The scenario compared with, and how it is named in the view. */
    private record Other(Scenario scenario, String name) {
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
        double size = Math.abs(d);
        String text = key.equals("coveredShare") ? ResultsView.number(100 * size, 1) + " " + Messages.percentagePoints : format(key, size);
        // a typographic minus, as in the column's title
        return d > 1e-9 ? "+" + text : d < -1e-9 ? "−" + text : text;
    }

    /** Compares a copy of the open scenario (the planner may go on editing) with another, in a job. */
    public Job compare(Scenario other, String otherName) {
        sides(null, null);
        return start(null, null, monitor -> new Other(other, otherName), null, Messages.compared);
    }

    /**
     * Compares in a job: {@code openSide} (made in the job; null for a copy of the open scenario) named
     * {@code openSideName} with the other side, the chart of {@code chartOf} (null: centers by rating in both) and the
     * status said by {@code message}.
     */
    private Job start(Supplier<Scenario> openSide, String openSideName, Function<IProgressMonitor, Other> source,
            Function<IProgressMonitor, JFreeChart> chartOf, String message) {
        if (running != null) {
            running.cancel();
        }
        Scenario copy = openSide == null ? EcoreUtil.copy(NafithaUi.getDefault().getScenario()) : null;
        String openName = openSideName != null ? openSideName : NafithaUi.getDefault().getSession().name();
        status.setText(Messages.comparing + "…");
        Job job = new Job(Messages.comparing) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, chartOf == null ? 2 : 4);
                try {
                    Scenario open = copy != null ? copy : openSide.get();
                    Other chosen = source.apply(monitor);
                    Scenario other = chosen.scenario();
                    String otherName = chosen.name();
                    CardCatalog catalog = CardCatalog.fromExtensions();
                    KeyFigures a = KeyFigures.of(open, AnalysisRunner.fromExtensions(), catalog, progress.split(1));
                    KeyFigures b = KeyFigures.of(other, AnalysisRunner.fromExtensions(), catalog, progress.split(1));
                    // the other is the base of the object comparison, so "added" is what this scenario has and the other not
                    ScenarioComparison diff = ScenarioComparison.compare(other, open);
                    showChart(chartOf == null ? AnalysisCharts.ratingsCompared(a.ratings(), b.ratings(), openName, otherName)
                            : chartOf.apply(progress.split(2)));
                    show(a.compare(b), diff, NLS.bind(message, new Object[] { openName, otherName,
                        ResultsView.number(diff.count(ScenarioComparison.ChangeKind.ADDED), 0),
                        ResultsView.number(diff.count(ScenarioComparison.ChangeKind.REMOVED), 0),
                        ResultsView.number(diff.count(ScenarioComparison.ChangeKind.CHANGED), 0) }));
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

    private void showChart(JFreeChart c) {
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
