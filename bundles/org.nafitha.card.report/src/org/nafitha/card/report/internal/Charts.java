package org.nafitha.card.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.nafitha.card.CardResult;
import org.nafitha.card.report.ReportFonts;

/**
 * The report's charts, drawn by JFreeChart with Java2D into PNG files. Titles and labels are in the report's language;
 * in Arabic the category axis stands on the right and bars grow from right to left. Text is drawn in a font with Arabic
 * glyphs, which Java2D joins and orders.
 */
public final class Charts {

    /** Sizes in pixels (tests check them). */
    public static final int WIDTH = 1000;
    public static final int RATINGS_HEIGHT = 420;
    public static final int DIMENSIONS_ROW = 44;
    public static final int GOVERNORATE_ROW = 32;
    public static final int CHROME = 120;

    private static final Color GRID = new Color(0xD0D0D0);
    private static final Color TEXT = new Color(0x202020);

    private Charts() {
    }

    /** A rating's colour, red (1) to green (top); grey for none. */
    public static Color ratingColor(Integer rating, int levels) {
        if (rating == null) {
            return new Color(0x9E9E9E);
        }
        Color[] ramp = { new Color(0xB71C1C), new Color(0xE53935), new Color(0xFB8C00), new Color(0xFDD835), new Color(0xC0CA33),
                new Color(0x7CB342), new Color(0x2E7D32) };
        if (levels <= 1) {
            return ramp[ramp.length - 1];
        }
        double at = (Math.max(1, Math.min(levels, rating)) - 1) / (double) (levels - 1) * (ramp.length - 1);
        return ramp[(int) Math.round(at)];
    }

    /** Centers per rating (and not rated), bars in the ratings' colours. */
    public static void ratings(CardResult card, Texts t, ReportFonts fonts, Path out) throws IOException {
        int levels = card.scale().levels();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Paint> colors = new ArrayList<>();
        int[] counts = card.national().ratingCounts();
        List<Object[]> bars = new ArrayList<>();
        for (int r = 1; r <= levels; r++) {
            bars.add(new Object[] { r + " \u2605", r - 1 < counts.length ? counts[r - 1] : 0, ratingColor(r, levels) });
        }
        bars.add(new Object[] { t.get("ratings.unrated"), card.national().unrated(), ratingColor(null, levels) });
        if (t.arabic()) {
            Collections.reverse(bars); // read from the right: one star first
        }
        for (Object[] b : bars) {
            data.addValue((Integer) b[1], "centers", (String) b[0]);
            colors.add((Paint) b[2]);
        }
        JFreeChart chart = bars(t.get("ratings.title"), t.get("ratings.rating"), t.get("ratings.axis"), data, colors,
                PlotOrientation.VERTICAL, t, fonts, false);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        write(chart, out, WIDTH, RATINGS_HEIGHT);
    }

    public static int governoratesHeight(CardResult card) {
        return CHROME + GOVERNORATE_ROW * Math.max(1, card.national().governorates().size());
    }

    /** The share of residents within the access threshold by governorate, in percent. */
    public static void governorates(CardResult card, Texts t, ReportFonts fonts, Path out) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Paint> colors = new ArrayList<>();
        for (CardResult.GovernorateSummary g : card.national().governorates()) {
            data.addValue(g.coveredShare() * 100, "covered", t.name(g.nameEn(), g.nameAr()));
            colors.add(new Color(0x1565C0));
        }
        JFreeChart chart = bars(t.get("gov.chart"), null, t.get("gov.chartAxis"), data, colors, PlotOrientation.HORIZONTAL, t, fonts, true);
        percentAxis((NumberAxis) chart.getCategoryPlot().getRangeAxis());
        write(chart, out, WIDTH, governoratesHeight(card));
    }

    public static int dimensionsHeight(CardResult card) {
        return CHROME + DIMENSIONS_ROW * Math.max(1, card.dimensions().size());
    }

    /** The national mean score of each dimension, each bar in the colour of the rating that score would have. */
    public static void dimensions(CardResult card, Texts t, ReportFonts fonts, Path out) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Paint> colors = new ArrayList<>();
        for (CardResult.DimensionInfo d : card.dimensions()) {
            Double mean = card.national().meanDimensionScores() == null ? null : card.national().meanDimensionScores().get(d.id());
            data.addValue(mean, "mean", t.name(d.nameEn(), d.nameAr()));
            colors.add(mean == null ? ratingColor(null, card.scale().levels()) : ratingColor(card.scale().rating(mean), card.scale().levels()));
        }
        JFreeChart chart = bars(t.get("dim.chart"), null, t.get("dim.chartAxis"), data, colors, PlotOrientation.HORIZONTAL, t, fonts, true);
        percentAxis((NumberAxis) chart.getCategoryPlot().getRangeAxis());
        write(chart, out, WIDTH, dimensionsHeight(card));
    }

    /**
     * 0 to 100 with room beyond 100 for the labels of the longest bars (JFreeChart clips them to the plot), ticks
     * every 10 and none written past 100.
     */
    private static void percentAxis(NumberAxis axis) {
        axis.setRange(0, 112);
        axis.setTickUnit(new NumberTickUnit(10));
        DecimalFormat whole = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        axis.setNumberFormatOverride(new NumberFormat() {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
                return number > 100.0001 ? to : whole.format(number, to, pos);
            }

            @Override
            public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
                return number > 100 ? to : whole.format(number, to, pos);
            }

            @Override
            public Number parse(String source, ParsePosition pos) {
                return whole.parse(source, pos);
            }
        });
    }

    private static JFreeChart bars(String title, String categoryLabel, String valueLabel, DefaultCategoryDataset data, List<Paint> colors,
            PlotOrientation orientation, Texts t, ReportFonts fonts, boolean oneDecimal) {
        CategoryAxis categories = new CategoryAxis(categoryLabel);
        NumberAxis values = new NumberAxis(valueLabel);
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return column < colors.size() ? colors.get(column) : super.getItemPaint(row, column);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat(oneDecimal ? "#,##0.0" : "#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(fonts.awt(true, 13f));
        renderer.setDefaultItemLabelPaint(TEXT);
        boolean horizontal = orientation == PlotOrientation.HORIZONTAL;
        boolean rtl = t.arabic();
        if (horizontal) {
            // the label stands at the bar's end: right of it in English, left of it in Arabic (bars grow leftwards)
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(rtl ? ItemLabelAnchor.OUTSIDE9 : ItemLabelAnchor.OUTSIDE3,
                    rtl ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT));
        } else {
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        // room beyond the far end of the value axis for the labels of the longest bars and the last tick
        plot.setInsets(horizontal ? new RectangleInsets(8, rtl ? 56 : 12, 8, rtl ? 12 : 56) : new RectangleInsets(8, 12, 8, 12));
        if (horizontal) {
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT); // values below the bars
        }
        if (rtl) {
            if (horizontal) {
                plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
                values.setInverted(true);
            } else {
                plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
                categories.setLabelFont(fonts.awt(false, 14f));
            }
        }
        Font tick = fonts.awt(false, 14f);
        Font label = fonts.awt(false, 14f);
        categories.setTickLabelFont(tick);
        categories.setLabelFont(label);
        categories.setTickLabelPaint(TEXT);
        categories.setCategoryMargin(horizontal ? 0.25 : 0.3);
        categories.setMaximumCategoryLabelWidthRatio(horizontal ? 0.35f : 1f);
        values.setTickLabelFont(fonts.awt(false, 12f));
        values.setLabelFont(label);
        values.setUpperMargin(0.12);
        values.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));
        JFreeChart chart = new JFreeChart(null, fonts.awt(true, 18f), plot, false);
        TextTitle heading = new TextTitle(title, fonts.awt(true, 18f));
        heading.setPaint(TEXT);
        heading.setPadding(new RectangleInsets(6, 6, 10, 6));
        chart.setTitle(heading);
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
