package org.nafitha.ui.charts;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.nafitha.capacity.CapacityAnalyzer;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.capacity.CenterCapacity;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.Scenario;
import org.nafitha.model.edit.BilingualLabels;
import org.nafitha.ui.AnalysisSession;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.Tables;

/**
 * What the analyses found for the open scenario: the national figures, counters and waiting per center (capacity),
 * coverage by region and by population group. Filled when a run ends; it never runs an analysis on the UI thread.
 */
public final class ResultsView extends ViewPart {

    public static final String ID = "org.nafitha.ui.charts.results";

    private Label status;
    private Label summary;
    private Button run;
    private TableViewer capacity;
    private TableViewer regions;
    private TableViewer groups;
    private TableViewer beyond;
    /** The results shown, and the run before them (for the Δ since the last run). */
    private Map<String, Object> shownResults;
    private Scenario shownScenario;
    private Map<String, CenterCapacity> previousCenters = Map.of();
    private Map<String, CoverageResult.Region> previousRegions = Map.of();
    private String previousSummary;
    private Map<String, String> regionNames = Map.of();
    private Map<String, String> centerNames = Map.of();
    private Map<String, String> groupNames = Map.of();
    private Map<String, String> zoneNames = Map.of();
    private CTabFolder tabs;
    private List<JFreeChart> charts = List.of();
    private ChartCanvas chartCanvas;
    private Combo chartChoice;
    private final AnalysisSession.Listener listener = s -> {
        if (status != null && !status.isDisposed()) {
            status.getDisplay().asyncExec(() -> show(s));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        run = new Button(parent, SWT.PUSH);
        run.setText(Messages.run);
        run.setToolTipText(Messages.runTip);
        // on what the workbench shows: the viewed roadmap year's state, or the open scenario
        run.addListener(SWT.Selection, e -> NafithaUi.getDefault().getAnalyses().run(NafithaUi.getDefault().getViewedScenario(), Map.of()));
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        tabs = new CTabFolder(parent, SWT.BORDER);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tabs);

        capacity = table(Messages.capacity);
        column(capacity, Messages.code, 125, (CenterCapacity c) -> c.code());
        column(capacity, Messages.name, 240, (CenterCapacity c) -> centerNames.getOrDefault(c.code(), c.name()));
        column(capacity, Messages.design, 90, (CenterCapacity c) -> "universal".equals(c.design()) ? Messages.designUniversal
                : "specialized".equals(c.design()) ? Messages.designSpecialized : c.design());
        column(capacity, Messages.visits, 100, (CenterCapacity c) -> number(c.annualVisits(), 0));
        column(capacity, Messages.existing, 80, (CenterCapacity c) -> number(c.existingCounters(), 0));
        column(capacity, Messages.required, 100, (CenterCapacity c) -> number(c.requiredCounters(), 0));
        column(capacity, Messages.requiredDelta, 80, (CenterCapacity c) -> delta(previousCenters.get(c.code()) == null ? Double.NaN
                : c.requiredCounters() - previousCenters.get(c.code()).requiredCounters(), 0));
        column(capacity, Messages.shortfall, 110, (CenterCapacity c) -> number(c.shortfall(), 0));
        column(capacity, Messages.staff, 100, (CenterCapacity c) -> number(c.requiredStaff(), 0));
        column(capacity, Messages.peak, 110, (CenterCapacity c) -> number(c.peakArrivalsPerHour(), 1));
        column(capacity, Messages.wait, 120, (CenterCapacity c) -> busiest(c) == null ? "–" : minutes(busiest(c).averageWaitMinutes()));
        column(capacity, Messages.waitDelta, 80, (CenterCapacity c) -> {
            CenterCapacity before = previousCenters.get(c.code());
            if (busiest(c) == null || before == null || busiest(before) == null) {
                return "";
            }
            double now = busiest(c).averageWaitMinutes();
            double then = busiest(before).averageWaitMinutes();
            // a wait without bound then and now: unchanged as far as can be said
            return !Double.isFinite(now) && !Double.isFinite(then) ? "–" : delta(now - then, 1);
        });
        column(capacity, Messages.utilization, 120, (CenterCapacity c) -> busiest(c) == null ? "–" : percent(busiest(c).utilization()));

        regions = table(Messages.regions);
        column(regions, Messages.code, 90, (CoverageResult.Region r) -> r.code());
        column(regions, Messages.name, 200, (CoverageResult.Region r) -> regionNames.getOrDefault(r.code(), r.name()));
        column(regions, Messages.population, 110, (CoverageResult.Region r) -> number(r.population(), 0));
        column(regions, Messages.covered, 110, (CoverageResult.Region r) -> number(r.coveredPopulation(), 0));
        column(regions, Messages.share, 80, (CoverageResult.Region r) -> percent(r.coveredShare()));
        column(regions, Messages.shareDelta, 90, (CoverageResult.Region r) -> previousRegions.get(r.code()) == null ? ""
                : points(r.coveredShare() - previousRegions.get(r.code()).coveredShare()));
        column(regions, Messages.access, 120, (CoverageResult.Region r) -> number(r.meanAccess(), 1));

        beyond = table(Messages.beyondReach);
        column(beyond, Messages.code, 90, (CoverageResult.Zone z) -> z.code());
        column(beyond, Messages.name, 180, (CoverageResult.Zone z) -> zoneNames.getOrDefault(z.code(), z.name()));
        column(beyond, Messages.region, 120, (CoverageResult.Zone z) -> regionNames.getOrDefault(z.region(), z.region() == null ? "" : z.region()));
        column(beyond, Messages.population, 100, (CoverageResult.Zone z) -> number(z.uncoveredPopulation(), 0));
        column(beyond, Messages.nearest, 240, (CoverageResult.Zone z) -> centerNames.getOrDefault(z.nearestCenter(),
                z.nearestCenter() == null ? Messages.noCenter : z.nearestCenter()));
        column(beyond, Messages.distance, 110, (CoverageResult.Zone z) -> z.nearestCenter() == null ? "–" : number(z.distanceKm(), 1) + " " + Messages.km);
        column(beyond, Messages.travel, 110, (CoverageResult.Zone z) -> z.nearestCenter() == null ? "–" : minutes(z.travelMinutes()));

        groups = table(Messages.groups);
        column(groups, Messages.name, 220, (CoverageResult.Group g) -> groupNames.getOrDefault(g.code(), g.name()));
        column(groups, Messages.population, 110, (CoverageResult.Group g) -> number(g.residents(), 0));
        column(groups, Messages.share, 80, (CoverageResult.Group g) -> percent(g.coveredShare()));
        column(groups, Messages.access, 120, (CoverageResult.Group g) -> number(g.meanAccess(), 1));
        column(groups, Messages.gini, 80, (CoverageResult.Group g) -> number(g.gini(), 3));
        capacity.getTable().getColumn(10).setToolTipText(Messages.waitTip);
        capacity.getTable().getColumn(11).setToolTipText(Messages.waitDeltaTip);
        for (TableViewer t : List.of(capacity, regions, beyond, groups)) {
            Tables.sortByHeaders(t);
        }
        Composite grid = new Composite(tabs, SWT.NONE);
        grid.setLayout(new GridLayout(1, false));
        chartChoice = new Combo(grid, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chartChoice);
        chartCanvas = new ChartCanvas(grid);
        chartCanvas.registerContextMenu(getSite());
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(chartCanvas);
        chartChoice.addListener(SWT.Selection, e -> showChart(chartChoice.getSelectionIndex()));
        CTabItem chartsTab = new CTabItem(tabs, SWT.NONE, 0);
        chartsTab.setText(Messages.charts);
        chartsTab.setControl(grid);
        tabs.setSelection(0);

        NafithaUi.getDefault().getAnalyses().addListener(listener);
        show(NafithaUi.getDefault().getAnalyses().state());
    }

    private static CenterCapacity.Interval busiest(CenterCapacity c) {
        CenterCapacity.Interval best = null;
        for (CenterCapacity.Interval i : c.intervals()) {
            if (best == null || i.arrivalsPerHour() > best.arrivalsPerHour()) {
                best = i;
            }
        }
        return best;
    }

    private TableViewer table(String title) {
        TableViewer v = Tables.create(tabs, SWT.NONE);
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(v.getControl());
        return v;
    }

    private static <T> void column(TableViewer v, String title, int width, Function<T, String> text) {
        Tables.column(v, title, width, text);
    }

    static String number(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "∞";
        }
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(decimals);
        return f.format(v);
    }

    /** Minutes of waiting or travel; a wait without bound (more arrivals than the counters serve) says so. */
    static String minutes(double m) {
        return Double.isFinite(m) ? number(m, 1) + " " + Messages.min : Messages.noBound;
    }

    /** A change since the last run, signed ("" when there was no run before, or nothing to compare). */
    static String delta(double d, int decimals) {
        if (Double.isNaN(d)) {
            return "";
        }
        if (!Double.isFinite(d)) {
            return Messages.noBound;
        }
        String text = number(Math.abs(d), decimals);
        return Math.abs(d) < Math.pow(10, -decimals) / 2 ? number(0, decimals) : (d > 0 ? "+" : "−") + text;
    }

    /** A change of a share, in percentage points. */
    static String points(double d) {
        return Double.isFinite(d) ? delta(100 * d, 1) + " " + Messages.percentagePoints : "";
    }

    static String percent(double share) {
        if (!Double.isFinite(share)) {
            return "–";
        }
        NumberFormat f = NumberFormat.getPercentInstance();
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    private void show(AnalysisSession.State s) {
        if (status.isDisposed()) {
            return;
        }
        run.setEnabled(!s.running());
        status.setText(s.error() != null ? NLS.bind(Messages.failed, s.error())
                : s.running() ? Messages.running : s.results().isEmpty() ? Messages.notRun : s.stale() ? Messages.stale : "");
        CoverageResult cov = s.result(CoverageAnalyzer.ID, CoverageResult.class);
        CapacityResult cap = s.result(CapacityAnalyzer.ID, CapacityResult.class);
        if (!s.results().isEmpty() && s.results() != shownResults) {
            // a new run: the one shown so far becomes the run the Δ columns compare with (of the same scenario only)
            CapacityResult before = shownResults == null || shownScenario != s.scenario() ? null
                    : (CapacityResult) (shownResults.get(CapacityAnalyzer.ID) instanceof CapacityResult c ? c : null);
            CoverageResult beforeCov = shownResults == null || shownScenario != s.scenario() ? null
                    : (CoverageResult) (shownResults.get(CoverageAnalyzer.ID) instanceof CoverageResult c ? c : null);
            previousCenters = new HashMap<>();
            if (before != null) {
                before.centers().forEach(c -> previousCenters.put(c.code(), c));
            }
            previousRegions = new HashMap<>();
            if (beforeCov != null) {
                beforeCov.regions().forEach(r -> previousRegions.put(r.code(), r));
            }
            previousSummary = before == null || beforeCov == null ? null : changeSince(beforeCov, before, cov, cap);
            shownResults = s.results();
            shownScenario = s.scenario();
        }
        Scenario scenario = s.scenario() == null ? NafithaUi.getDefault().getViewedScenario() : s.scenario();
        setContentDescription(NafithaUi.getDefault().getViewedYear().banner());
        regionNames = new HashMap<>();
        scenario.getRegions().forEach(r -> regionNames.put(r.getCode(), BilingualLabels.name(r)));
        centerNames = new HashMap<>();
        scenario.getCenters().forEach(c -> centerNames.put(c.getCode(), BilingualLabels.name(c)));
        zoneNames = new HashMap<>();
        scenario.getDemandZones().forEach(z -> zoneNames.put(z.getCode(), BilingualLabels.name(z)));
        groupNames = new HashMap<>();
        scenario.getPopulationGroups().forEach(g -> groupNames.put(g.getCode(), BilingualLabels.name(g)));
        capacity.setInput(cap == null ? List.of() : cap.centers());
        regions.setInput(cov == null ? List.of() : cov.regions());
        groups.setInput(cov == null ? List.of() : cov.groups());
        beyond.setInput(cov == null ? List.of() : cov.zones().stream().filter(z -> !z.covered())
                .sorted(Comparator.comparingLong(CoverageResult.Zone::uncoveredPopulation).reversed()).toList());
        if (cov != null && cap != null) {
            charts = AnalysisCharts.all(scenario, cov, cap);
            int chosen = Math.max(0, chartChoice.getSelectionIndex());
            chartChoice.setItems(charts.stream().map(c -> c.getTitle().getText()).toArray(String[]::new));
            chartChoice.select(chosen);
            showChart(chosen);
            long population = cov.zones().stream().mapToLong(CoverageResult.Zone::population).sum();
            long covered = cov.zones().stream().mapToLong(CoverageResult.Zone::coveredPopulation).sum();
            CapacityResult.Totals t = cap.totals();
            summary.setText(NLS.bind(Messages.summary, new Object[] { number(covered, 0), number(population, 0),
                percent(population == 0 ? Double.NaN : (double) covered / population), number(cov.equity().gini(), 3),
                number(cov.equity().theil(), 3), number(cov.equity().palma(), 2), number(t.requiredCounters(), 0),
                number(t.existingCounters(), 0), number(t.shortfall(), 0), number(t.surplus(), 0), number(t.requiredStaff(), 0) })
                    + (previousSummary == null ? "" : "\n" + previousSummary));
        } else {
            summary.setText("");
            charts = List.of();
            chartChoice.setItems();
            chartCanvas.setChart(null);
        }
        status.getParent().layout(true);
    }

    /** What changed since the run before: residents within reach, counters needed, shortfall, staff. */
    private static String changeSince(CoverageResult cov0, CapacityResult cap0, CoverageResult cov, CapacityResult cap) {
        if (cov == null || cap == null) {
            return null;
        }
        return NLS.bind(Messages.sinceLastRun, new Object[] { delta(covered(cov) - covered(cov0), 0),
            delta(cap.totals().requiredCounters() - cap0.totals().requiredCounters(), 0), delta(cap.totals().shortfall() - cap0.totals().shortfall(), 0),
            delta(cap.totals().requiredStaff() - cap0.totals().requiredStaff(), 0) });
    }

    private static long covered(CoverageResult c) {
        return c.zones().stream().mapToLong(CoverageResult.Zone::coveredPopulation).sum();
    }

    /** Brings a tab forward: 0 the charts, 1 counters and waiting, 2 coverage by region, 3 beyond reach, 4 groups. */
    public void showTab(int index) {
        tabs.setSelection(index);
    }

    /** The zones beyond reach with their nearest center, for tests. */
    public TableViewer getBeyondReachTable() {
        return beyond;
    }

    /** The coverage by region, for tests. */
    public TableViewer getRegionsTable() {
        return regions;
    }

    /** The capacity table, for tests. */
    public TableViewer getCapacityTable() {
        return capacity;
    }

    /** Shows one of the charts (the choice above the chart does the same). */
    public void showChart(int index) {
        if (index >= 0 && index < charts.size()) {
            chartChoice.select(index);
            chartCanvas.setChart(charts.get(index));
        }
    }

    /** The charts of the last run (Lorenz curve, coverage by governorate and group, waiting, counters). */
    public List<JFreeChart> getCharts() {
        return charts;
    }

    /** The canvas showing the chosen chart. */
    public ChartCanvas getChartCanvas() {
        return chartCanvas;
    }

    public String getSummaryText() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        run.setFocus();
    }

    @Override
    public void dispose() {
        NafithaUi.getDefault().getAnalyses().removeListener(listener);
        super.dispose();
    }
}
