package org.nafitha.roadmap.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.nafitha.card.report.ReportFonts;
import org.nafitha.roadmap.RoadmapIndicators;
import org.nafitha.roadmap.RoadmapResult;
import org.nafitha.roadmap.RoadmapResult.IndicatorValue;
import org.nafitha.roadmap.RoadmapResult.Year;

/**
 * The roadmap's charts, drawn by JFreeChart into PNG files: an indicator's trajectory (a line by year) with its
 * targets (diamonds, green where met, red where missed), and spending against budget (bars by year). Years run left
 * to right in both languages, as dates do in Arabic reports; titles and legends are in the report's language.
 */
public final class RoadmapCharts {

    public static final int INDICATOR_WIDTH = 520;
    public static final int INDICATOR_HEIGHT = 300;
    public static final int SPENDING_WIDTH = 1000;
    public static final int SPENDING_HEIGHT = 360;

    private static final Color LINE = new Color(0x1565C0);
    private static final Color MET = new Color(0x2E7D32);
    private static final Color MISSED = new Color(0xC62828);
    private static final Color OPEN = new Color(0x757575);
    private static final Color TEXT = new Color(0x202020);

    private RoadmapCharts() {
    }

    /** Whether the indicator has a value or a target in some year (otherwise there is nothing to draw). */
    public static boolean drawable(RoadmapResult r, String id) {
        return r.years().stream().map(y -> y.indicator(id)).anyMatch(i -> i != null && (i.value() != null || i.target() != null));
    }

    /** The indicator's values by year (shares in percent) with its targets. */
    public static void indicator(RoadmapResult r, String id, RoadmapTexts t, ReportFonts fonts, Path out) throws IOException {
        RoadmapIndicators.Info info = RoadmapIndicators.info(id);
        double scale = info != null && info.unit().equals("share") ? 100 : 1;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String value = t.get("chart.value");
        String target = t.get("chart.target");
        for (Year y : r.years()) {
            IndicatorValue i = y.indicator(id);
            String year = Integer.toString(y.year());
            data.addValue(i == null || i.value() == null ? null : i.value() * scale, value, year);
            data.addValue(i == null || i.target() == null ? null : i.target() * scale, target, year);
        }
        LineAndShapeRenderer renderer = new LineAndShapeRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                if (row == 0) {
                    return LINE;
                }
                IndicatorValue i = r.years().get(column).indicator(id);
                return i == null || i.met() == null ? OPEN : i.met() ? MET : MISSED;
            }
        };
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShapesVisible(1, true);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-6, -6, 12, 12));
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesPaint(1, OPEN);
        String title = t.get("indicator." + id);
        write(chart(title, data, renderer, t, fonts, scale == 100 ? "#,##0" : "#,##0.##"), out, INDICATOR_WIDTH, INDICATOR_HEIGHT);
    }

    /** Capital or operating spending by year against its budget. */
    public static void spending(RoadmapResult r, boolean capital, RoadmapTexts t, ReportFonts fonts, Path out) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String spent = t.get(capital ? "chart.capex" : "chart.opex");
        String budget = t.get(capital ? "chart.capexBudget" : "chart.opexBudget");
        for (Year y : r.years()) {
            String year = Integer.toString(y.year());
            data.addValue(capital ? y.capex() : y.opex(), spent, year);
            Double b = capital ? y.budgetCapex() : y.budgetOpex();
            data.addValue(b, budget, year);
        }
        BarRenderer bars = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                if (row == 1) {
                    return new Color(0xB0BEC5);
                }
                Year y = r.years().get(column);
                Double over = capital ? y.capexOverBudget() : y.opexOverBudget();
                return over != null && over > 0 ? MISSED : LINE;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        bars.setSeriesPaint(0, LINE);
        bars.setSeriesPaint(1, new Color(0xB0BEC5));
        write(chart(t.get(capital ? "chart.capital" : "chart.operating"), data, bars, t, fonts, "#,##0"), out, SPENDING_WIDTH, SPENDING_HEIGHT);
    }

    private static JFreeChart chart(String title, DefaultCategoryDataset data, CategoryItemRenderer renderer,
            RoadmapTexts t, ReportFonts fonts, String format) {
        CategoryAxis years = new CategoryAxis();
        years.setTickLabelFont(fonts.awt(false, 13f));
        years.setTickLabelPaint(TEXT);
        NumberAxis values = new NumberAxis();
        values.setTickLabelFont(fonts.awt(false, 12f));
        values.setNumberFormatOverride(new DecimalFormat(format, DecimalFormatSymbols.getInstance(Locale.ENGLISH)));
        values.setAutoRangeIncludesZero(renderer instanceof BarRenderer);
        values.setUpperMargin(0.1);
        values.setLowerMargin(0.1);
        CategoryPlot plot = new CategoryPlot(data, years, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0D0D0));
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(6, 8, 6, 8));
        JFreeChart chart = new JFreeChart(null, fonts.awt(true, 15f), plot, true);
        TextTitle heading = new TextTitle(title, fonts.awt(true, 15f));
        heading.setPaint(TEXT);
        heading.setPadding(new RectangleInsets(4, 4, 8, 4));
        chart.setTitle(heading);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(fonts.awt(false, 12f));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static void write(JFreeChart chart, Path out, int width, int height) throws IOException {
        try (OutputStream s = Files.newOutputStream(out)) {
            ChartUtils.writeChartAsPNG(s, chart, width, height);
        }
    }
}
