package org.nafitha.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.nafitha.model.EvaluationKind;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.ProgramIndicators;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.BilingualLabels;

/**
 * A center's evaluation rounds over time: the mystery-shopper, self-assessment and volunteer-visitor scores (0-100),
 * satisfaction as a percentage of the 1-5 scale, and the net promoter score computed from each survey's answer counts.
 * A kind with no round has no series.
 */
public final class EvaluationCharts {

    private static final Color PURPLE = new Color(0x6A1B9A);
    private static final Color RED = new Color(0xC62828);

    private EvaluationCharts() {
    }

    /** The trend chart of a center's dated rounds (null when it has none). */
    public static JFreeChart trend(ServiceCenter center) {
        XYSeriesCollection data = series(center);
        if (data.getSeriesCount() == 0) {
            return null;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(NLS.bind(Messages.trendTitle, BilingualLabels.name(center)), Messages.trendDate,
                Messages.trendValue, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        DateAxis dates = new DateAxis(Messages.trendDate);
        plot.setDomainAxis(dates);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, colour((String) data.getSeriesKey(i)));
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(r);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(new Color(0xFAFAFA));
        chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(14f));
        return chart;
    }

    /**
     * The series of a center's rounds, each point (date as milliseconds since 1970 UTC, value), in date order; only
     * the kinds that have rounds, in the order mystery shopper, self-assessment, volunteer visitor, satisfaction, NPS.
     */
    public static XYSeriesCollection series(ServiceCenter center) {
        List<EvaluationRecord> rounds = new ArrayList<>(center.getEvaluationRecords());
        rounds.removeIf(r -> millis(r.getDate()) == null);
        rounds.sort(Comparator.comparing(EvaluationRecord::getDate));
        XYSeries mystery = new XYSeries(Messages.trendMystery, false, true);
        XYSeries self = new XYSeries(Messages.trendSelf, false, true);
        XYSeries volunteer = new XYSeries(Messages.trendVolunteer, false, true);
        XYSeries satisfaction = new XYSeries(Messages.trendSatisfaction, false, true);
        XYSeries nps = new XYSeries(Messages.trendNps, false, true);
        for (EvaluationRecord r : rounds) {
            long t = millis(r.getDate());
            EvaluationKind k = r.getKind();
            if (k == null) {
                continue;
            }
            switch (k) {
                case MYSTERY_SHOPPER -> addScore(mystery, t, r);
                case SELF_ASSESSMENT -> addScore(self, t, r);
                case VOLUNTEER_VISITOR -> addScore(volunteer, t, r);
                case SATISFACTION_SURVEY -> {
                    if (r.isSetSatisfactionMean()) {
                        satisfaction.add(t, ProgramIndicators.satisfactionPercent(r.getSatisfactionMean()));
                    }
                }
                case NPS_SURVEY -> {
                    double v = ProgramIndicators.nps(r.getPromoters(), r.getPassives(), r.getDetractors());
                    if (!Double.isNaN(v)) {
                        nps.add(t, v);
                    }
                }
                default -> {
                    // complaints and improvements are counted on the card, not drawn as a trend
                }
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries s : List.of(mystery, self, volunteer, satisfaction, nps)) {
            if (s.getItemCount() > 0) {
                data.addSeries(s);
            }
        }
        return data;
    }

    private static void addScore(XYSeries s, long t, EvaluationRecord r) {
        if (r.isSetScore()) {
            s.add(t, r.getScore());
        }
    }

    /** An ISO date as milliseconds at midnight UTC, or null when it is not one. */
    public static Long millis(String isoDate) {
        if (isoDate == null) {
            return null;
        }
        try {
            return LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Color colour(String series) {
        if (series.equals(Messages.trendMystery)) {
            return AnalysisCharts.BLUE;
        }
        if (series.equals(Messages.trendSelf)) {
            return AnalysisCharts.AMBER;
        }
        if (series.equals(Messages.trendVolunteer)) {
            return PURPLE;
        }
        if (series.equals(Messages.trendSatisfaction)) {
            return AnalysisCharts.GREEN;
        }
        return RED;
    }
}
