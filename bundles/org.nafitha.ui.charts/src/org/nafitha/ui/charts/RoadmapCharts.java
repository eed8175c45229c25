package org.nafitha.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.nafitha.roadmap.RoadmapResult;

/**
 * The Roadmap view's charts of an evaluated roadmap: an indicator's value per year against its target (two line
 * series), and capital and operating spending per year (bars) against their budgets (lines). The selected year is marked.
 */
public final class RoadmapCharts {

    private static final Color BLUE = new Color(0x1565C0);
    private static final Color ORANGE = new Color(0xEF6C00);
    private static final Color GREY = new Color(0x616161);
    private static final Color TEAL = new Color(0x26A69A);
    private static final Color MARK = new Color(0x90, 0xA4, 0xAE, 0x80);

    private RoadmapCharts() {
    }

    /** An indicator's values (series 0, a year without data left out) and targets (series 1) by year. */
    public static XYSeriesCollection indicatorSeries(RoadmapResult result, String indicator) {
        XYSeries value = new XYSeries(Messages.roadmapValue, true, false);
        XYSeries target = new XYSeries(Messages.roadmapTarget, true, false);
        for (RoadmapResult.Year y : result.years()) {
            RoadmapResult.IndicatorValue v = y.indicator(indicator);
            if (v != null && v.value() != null) {
                value.add(y.year(), v.value());
            }
            if (v != null && v.target() != null) {
                target.add(y.year(), v.target());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(value);
        data.addSeries(target);
        return data;
    }

    /** The line chart of an indicator against its target, the year {@code marked} marked. */
    public static JFreeChart indicator(RoadmapResult result, String indicator, int marked) {
        JFreeChart chart = ChartFactory.createXYLineChart(RoadmapView.indicatorLabel(indicator), Messages.roadmapYear, Messages.roadmapValue,
                indicatorSeries(result, indicator), PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        years.setRange(result.from() - 0.3, result.to() + 0.3);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, BLUE);
        r.setSeriesStroke(0, new BasicStroke(2.5f));
        r.setSeriesPaint(1, ORANGE);
        r.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] { 6f, 4f }, 0f));
        plot.setRenderer(r);
        ValueMarker year = new ValueMarker(marked, MARK, new BasicStroke(8f));
        plot.addDomainMarker(year, Layer.BACKGROUND);
        style(chart);
        plot.setBackgroundPaint(new Color(0xFAFAFA));
        return chart;
    }

    /**
     * Spending by year against its budget: capital ({@code capital}) or operating bars, the budget as a line (a year
     * without a budget has no point). Two charts, as the figures differ tenfold.
     */
    public static JFreeChart spending(RoadmapResult result, int marked, boolean capital) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset budgets = new DefaultCategoryDataset();
        String spent = capital ? Messages.roadmapCapex : Messages.roadmapOpex;
        String budget = capital ? Messages.roadmapCapexBudget : Messages.roadmapOpexBudget;
        for (RoadmapResult.Year y : result.years()) {
            String year = Integer.toString(y.year());
            bars.addValue(capital ? y.capex() : y.opex(), spent, year);
            budgets.addValue(capital ? y.budgetCapex() : y.budgetOpex(), budget, year);
        }
        JFreeChart chart = ChartFactory.createBarChart(capital ? Messages.roadmapCapitalChart : Messages.roadmapOperatingChart,
                Messages.roadmapYear, Messages.roadmapDinars, bars, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer br = (BarRenderer) plot.getRenderer();
        br.setSeriesPaint(0, capital ? BLUE : TEAL);
        br.setShadowVisible(false);
        br.setMaximumBarWidth(0.12);
        plot.setDataset(1, budgets);
        LineAndShapeRenderer lr = new LineAndShapeRenderer(true, true);
        lr.setSeriesPaint(0, capital ? ORANGE : GREY);
        lr.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(1, lr);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.addDomainMarker(new CategoryMarker(Integer.toString(marked), MARK, new BasicStroke(1f)), Layer.BACKGROUND);
        style(chart);
        plot.setBackgroundPaint(new Color(0xFAFAFA));
        return chart;
    }

    /**
     * An indicator's trajectory in two roadmaps side by side (the comparison view's Compare with roadmap…): the values of
     * each by year and the targets of the first, the year {@code marked} marked.
     */
    public static JFreeChart compared(RoadmapResult first, String firstName, RoadmapResult second, String secondName, String indicator, int marked) {
        XYSeriesCollection mine = indicatorSeries(first, indicator);
        XYSeriesCollection theirs = indicatorSeries(second, indicator);
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries a = copy(mine.getSeries(0), firstName);
        // a collection refuses two series of one name (a scenario compared with a copy of itself)
        XYSeries b = copy(theirs.getSeries(0), secondName.equals(firstName) ? secondName + " (2)" : secondName);
        XYSeries target = copy(mine.getSeries(1), Messages.roadmapTarget + " (" + firstName + ")");
        data.addSeries(a);
        data.addSeries(b);
        data.addSeries(target);
        JFreeChart chart = ChartFactory.createXYLineChart(NLS.bind(Messages.roadmapTrajectories, new Object[] { RoadmapView.indicatorLabel(indicator),
            firstName, secondName }), Messages.roadmapYear, Messages.roadmapValue, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        years.setRange(Math.min(first.from(), second.from()) - 0.3, Math.max(first.to(), second.to()) + 0.3);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, BLUE);
        r.setSeriesStroke(0, new BasicStroke(2.5f));
        r.setSeriesPaint(1, TEAL);
        r.setSeriesStroke(1, new BasicStroke(2.5f));
        r.setSeriesPaint(2, ORANGE);
        r.setSeriesStroke(2, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] { 6f, 4f }, 0f));
        plot.setRenderer(r);
        plot.addDomainMarker(new ValueMarker(marked, MARK, new BasicStroke(8f)), Layer.BACKGROUND);
        style(chart);
        plot.setBackgroundPaint(new Color(0xFAFAFA));
        return chart;
    }

    private static XYSeries copy(XYSeries from, String name) {
        XYSeries out = new XYSeries(name, true, false);
        for (int i = 0; i < from.getItemCount(); i++) {
            out.add(from.getX(i), from.getY(i));
        }
        return out;
    }

    /** The years over budget, as the status line says them (empty when none). */
    public static String overBudget(RoadmapResult result) {
        StringBuilder out = new StringBuilder();
        for (RoadmapResult.Year y : result.years()) {
            double over = (y.capexOverBudget() == null ? 0 : y.capexOverBudget()) + (y.opexOverBudget() == null ? 0 : y.opexOverBudget());
            if (over > 0) {
                out.append(out.length() == 0 ? "" : "; ").append(NLS.bind(Messages.roadmapOverBudget, y.year(), ResultsView.number(over, 0)));
            }
        }
        return out.toString();
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(14f));
    }
}
