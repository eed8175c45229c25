package org.nafitha.ui.charts;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.capacity.CapacityAnalyzer;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.capacity.CenterCapacity;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.ui.AnalysisSession;
import org.nafitha.ui.NafithaUi;

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
    private CTabFolder tabs;
    private List<org.jfree.chart.JFreeChart> charts = List.of();
    private ChartCanvas chartCanvas;
    private org.eclipse.swt.widgets.Combo chartChoice;
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
        run.addListener(SWT.Selection, e -> NafithaUi.getDefault().getAnalyses().run(NafithaUi.getDefault().getScenario(), java.util.Map.of()));
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        tabs = new CTabFolder(parent, SWT.BORDER);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tabs);

        capacity = table(Messages.capacity);
        column(capacity, Messages.code, 110, (CenterCapacity c) -> c.code());
        column(capacity, Messages.name, 240, (CenterCapacity c) -> c.name());
        column(capacity, Messages.design, 90, (CenterCapacity c) -> c.design());
        column(capacity, Messages.visits, 100, (CenterCapacity c) -> number(c.annualVisits(), 0));
        column(capacity, Messages.existing, 80, (CenterCapacity c) -> number(c.existingCounters(), 0));
        column(capacity, Messages.required, 100, (CenterCapacity c) -> number(c.requiredCounters(), 0));
        column(capacity, Messages.shortfall, 110, (CenterCapacity c) -> number(c.shortfall(), 0));
        column(capacity, Messages.staff, 100, (CenterCapacity c) -> number(c.requiredStaff(), 0));
        column(capacity, Messages.peak, 110, (CenterCapacity c) -> number(c.peakArrivalsPerHour(), 1));
        column(capacity, Messages.wait, 120, (CenterCapacity c) -> busiest(c) == null ? "–" : number(busiest(c).averageWaitMinutes(), 1));
        column(capacity, Messages.utilization, 120, (CenterCapacity c) -> busiest(c) == null ? "–" : percent(busiest(c).utilization()));

        regions = table(Messages.regions);
        column(regions, Messages.code, 90, (CoverageResult.Region r) -> r.code());
        column(regions, Messages.name, 200, (CoverageResult.Region r) -> r.name());
        column(regions, Messages.population, 110, (CoverageResult.Region r) -> number(r.population(), 0));
        column(regions, Messages.covered, 110, (CoverageResult.Region r) -> number(r.coveredPopulation(), 0));
        column(regions, Messages.share, 80, (CoverageResult.Region r) -> percent(r.coveredShare()));
        column(regions, Messages.access, 120, (CoverageResult.Region r) -> number(r.meanAccess(), 1));

        groups = table(Messages.groups);
        column(groups, Messages.name, 220, (CoverageResult.Group g) -> g.name());
        column(groups, Messages.population, 110, (CoverageResult.Group g) -> number(g.residents(), 0));
        column(groups, Messages.share, 80, (CoverageResult.Group g) -> percent(g.coveredShare()));
        column(groups, Messages.access, 120, (CoverageResult.Group g) -> number(g.meanAccess(), 1));
        column(groups, Messages.gini, 80, (CoverageResult.Group g) -> number(g.gini(), 3));
        Composite grid = new Composite(tabs, SWT.NONE);
        grid.setLayout(new GridLayout(1, false));
        chartChoice = new org.eclipse.swt.widgets.Combo(grid, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chartChoice);
        chartCanvas = new ChartCanvas(grid);
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
        TableViewer v = org.nafitha.ui.Tables.create(tabs, SWT.NONE);
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(v.getControl());
        return v;
    }

    private static <T> void column(TableViewer v, String title, int width, Function<T, String> text) {
        org.nafitha.ui.Tables.column(v, title, width, text);
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
        status.setText(s.error() != null ? org.eclipse.osgi.util.NLS.bind(Messages.failed, s.error())
                : s.running() ? Messages.running : s.results().isEmpty() ? Messages.notRun : s.stale() ? Messages.stale : "");
        CoverageResult cov = s.result(CoverageAnalyzer.ID, CoverageResult.class);
        CapacityResult cap = s.result(CapacityAnalyzer.ID, CapacityResult.class);
        capacity.setInput(cap == null ? List.of() : cap.centers());
        regions.setInput(cov == null ? List.of() : cov.regions());
        groups.setInput(cov == null ? List.of() : cov.groups());
        if (cov != null && cap != null) {
            charts = AnalysisCharts.all(NafithaUi.getDefault().getScenario(), cov, cap);
            int chosen = Math.max(0, chartChoice.getSelectionIndex());
            chartChoice.setItems(charts.stream().map(c -> c.getTitle().getText()).toArray(String[]::new));
            chartChoice.select(chosen);
            showChart(chosen);
            long population = cov.zones().stream().mapToLong(CoverageResult.Zone::population).sum();
            long covered = cov.zones().stream().mapToLong(CoverageResult.Zone::coveredPopulation).sum();
            CapacityResult.Totals t = cap.totals();
            summary.setText(org.eclipse.osgi.util.NLS.bind(Messages.summary, new Object[] { number(covered, 0), number(population, 0),
                percent(population == 0 ? Double.NaN : (double) covered / population), number(cov.equity().gini(), 3),
                number(cov.equity().theil(), 3), number(cov.equity().palma(), 2), number(t.requiredCounters(), 0),
                number(t.existingCounters(), 0), number(t.shortfall(), 0), number(t.surplus(), 0), number(t.requiredStaff(), 0) }));
        } else {
            summary.setText("");
            charts = List.of();
            chartChoice.setItems();
            chartCanvas.setChart(null);
        }
        status.getParent().layout(true);
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
    public List<org.jfree.chart.JFreeChart> getCharts() {
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
