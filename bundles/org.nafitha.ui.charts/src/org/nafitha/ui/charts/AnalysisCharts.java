package org.nafitha.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.capacity.CenterCapacity;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.BilingualLabels;

/** The charts of an analysis run, made with JFreeChart (Java2D; drawn on SWT by {@link ChartCanvas}). */
public final class AnalysisCharts {

    static final Color GREEN = new Color(0x2E7D32);
    static final Color AMBER = new Color(0xF29E38);
    static final Color BLUE = new Color(0x1565C0);
    static final Color GREY = new Color(0x9E9E9E);

    private AnalysisCharts() {
    }

    /** The Lorenz curve of accessibility against the line of equality, the Gini in the title. */
    public static JFreeChart lorenz(CoverageResult cov) {
        XYSeries curve = new XYSeries(Messages.chartLorenzSeries);
        double[] p = cov.equity().lorenzPopulation();
        double[] a = cov.equity().lorenzAccess();
        for (int i = 0; i < p.length; i++) {
            curve.add(100 * p[i], 100 * a[i]);
        }
        XYSeries equality = new XYSeries(Messages.chartEquality);
        equality.add(0, 0);
        equality.add(100, 100);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve);
        data.addSeries(equality);
        JFreeChart chart = ChartFactory.createXYLineChart(NLS.bind(Messages.chartLorenz, ResultsView.number(cov.equity().gini(), 3)),
                Messages.chartPopulationShare, Messages.chartAccessShare, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, BLUE);
        r.setSeriesStroke(0, new BasicStroke(2.5f));
        r.setSeriesPaint(1, GREY);
        r.setSeriesStroke(1, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 5, 4 }, 0));
        plot.setRenderer(r);
        plot.getDomainAxis().setRange(0, 100);
        plot.getRangeAxis().setRange(0, 100);
        style(chart);
        return chart;
    }

    /** The share of residents within reach in each governorate. */
    public static JFreeChart coverageByGovernorate(Scenario s, CoverageResult cov) {
        Map<String, Region> byCode = new HashMap<>();
        s.getRegions().forEach(r -> byCode.put(r.getCode(), r));
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (CoverageResult.Zone z : cov.zones()) {
            Region g = governorate(byCode.get(z.region()));
            String name = g == null ? z.region() : BilingualLabels.name(g);
            long[] v = sums.computeIfAbsent(name, k -> new long[2]);
            v[0] += z.population();
            v[1] += z.coveredPopulation();
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        sums.entrySet().stream().sorted(Comparator.comparingDouble(e -> (double) e.getValue()[1] / Math.max(1, e.getValue()[0])))
                .forEach(e -> data.addValue(100.0 * e.getValue()[1] / Math.max(1, e.getValue()[0]), Messages.covered, e.getKey()));
        JFreeChart chart = bars(Messages.chartCoverageGovernorate, Messages.chartPercent, data, PlotOrientation.HORIZONTAL, GREEN);
        chart.getCategoryPlot().getRangeAxis().setRange(0, 100);
        return chart;
    }

    /** The share of each population group within reach. */
    public static JFreeChart coverageByGroup(CoverageResult cov) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CoverageResult.Group g : cov.groups()) {
            data.addValue(100 * g.coveredShare(), Messages.covered, g.name());
        }
        JFreeChart chart = bars(Messages.chartCoverageGroup, Messages.chartPercent, data, PlotOrientation.HORIZONTAL, GREEN);
        chart.getCategoryPlot().getRangeAxis().setRange(0, 100);
        return chart;
    }

    /** Utilization and wait at the busiest hour of the centers with the longest waits. */
    public static JFreeChart waiting(CapacityResult cap, int top) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        cap.centers().stream().filter(c -> busiest(c) != null)
                .sorted(Comparator.comparingDouble((CenterCapacity c) -> cappedWait(busiest(c))).reversed()).limit(top)
                .forEach(c -> {
                    data.addValue(cappedWait(busiest(c)), Messages.chartWait, c.code());
                    data.addValue(100 * busiest(c).utilization(), Messages.chartUtilization, c.code());
                });
        JFreeChart chart = bars(NLS.bind(Messages.chartWaiting, top), Messages.chartWaitAxis, data, PlotOrientation.VERTICAL, AMBER);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(1, BLUE);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return chart;
    }

    /** Counters needed at the busiest hour and counters there, by governorate. */
    public static JFreeChart counters(Scenario s, CapacityResult cap) {
        Map<String, ServiceCenter> centers = new HashMap<>();
        s.getCenters().forEach(c -> centers.put(c.getCode(), c));
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (CenterCapacity c : cap.centers()) {
            ServiceCenter sc = centers.get(c.code());
            Region g = sc == null ? null : governorate(sc.getRegion());
            String name = g == null ? "–" : BilingualLabels.name(g);
            int[] v = sums.computeIfAbsent(name, k -> new int[2]);
            v[0] += c.requiredCounters();
            v[1] += c.existingCounters();
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        sums.forEach((name, v) -> {
            data.addValue(v[0], Messages.required, name);
            data.addValue(v[1], Messages.existing, name);
        });
        JFreeChart chart = bars(Messages.chartCounters, Messages.existing, data, PlotOrientation.VERTICAL, AMBER);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(1, GREEN);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return chart;
    }

    /** Centers by rating (index 0 = 1 star) and the unrated. */
    public static JFreeChart ratings(int[] counts, int unrated) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int r = 0; r < counts.length; r++) {
            data.addValue(counts[r], Messages.centers, (r + 1) + "★");
        }
        data.addValue(unrated, Messages.centers, Messages.unrated);
        return bars(Messages.chartRatings, Messages.centers, data, PlotOrientation.VERTICAL, GREEN);
    }

    /** Centers by rating in two scenarios, side by side. */
    public static JFreeChart ratingsCompared(int[] open, int[] other, String openName, String otherName) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int r = 0; r < Math.max(open.length, other.length); r++) {
            data.addValue(r < open.length ? open[r] : 0, openName, (r + 1) + "★");
            data.addValue(r < other.length ? other[r] : 0, otherName, (r + 1) + "★");
        }
        JFreeChart chart = bars(Messages.chartRatings, Messages.centers, data, PlotOrientation.VERTICAL, BLUE);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(1, GREY);
        return chart;
    }

    private static double cappedWait(CenterCapacity.Interval i) {
        return Double.isFinite(i.averageWaitMinutes()) ? Math.min(i.averageWaitMinutes(), 240) : 240;
    }

    static CenterCapacity.Interval busiest(CenterCapacity c) {
        CenterCapacity.Interval best = null;
        for (CenterCapacity.Interval i : c.intervals()) {
            if (best == null || i.arrivalsPerHour() > best.arrivalsPerHour()) {
                best = i;
            }
        }
        return best;
    }

    static Region governorate(Region r) {
        while (r != null && r.getLevel() != RegionLevel.GOVERNORATE && r.getParent() != null) {
            r = r.getParent();
        }
        return r;
    }

    private static JFreeChart bars(String title, String valueAxis, DefaultCategoryDataset data, PlotOrientation orientation, Color color) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, orientation, data.getRowCount() > 1, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, color);
        r.setItemMargin(0.05);
        style(chart);
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(new Color(0xFAFAFA));
        chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(14f));
    }

    /** The charts for a results view, in display order. */
    public static List<JFreeChart> all(Scenario s, CoverageResult cov, CapacityResult cap) {
        return List.of(lorenz(cov), coverageByGovernorate(s, cov), coverageByGroup(cov), waiting(cap, 20), counters(s, cap));
    }
}
