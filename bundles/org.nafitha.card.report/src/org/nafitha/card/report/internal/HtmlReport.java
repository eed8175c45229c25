package org.nafitha.card.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nafitha.card.CardResult;
import org.nafitha.card.CardResult.CenterCard;
import org.nafitha.card.CardResult.DimensionInfo;
import org.nafitha.card.CardResult.DimensionScore;
import org.nafitha.card.CardResult.GovernorateSummary;
import org.nafitha.card.CardResult.IndicatorInfo;
import org.nafitha.card.CardResult.IndicatorValue;
import org.nafitha.card.CardResult.NationalCard;
import org.nafitha.card.CardResult.Shortfall;
import org.nafitha.card.CardResult.Totals;
import org.nafitha.card.CardResult.UnservedZone;

/**
 * The card as one XHTML document (well-formed XML, so openhtmltopdf reads the same file the browser shows): the
 * national summary, the charts and the map as PNG files beside it, the tables, and a compact card per center.
 * Right to left in Arabic ({@code dir="rtl"}), with the direction also set in CSS for the PDF renderer.
 */
public final class HtmlReport {

    /** The PNG files the document refers to (relative names); null for one not drawn. */
    public record Images(String ratings, String map, String governorates, String dimensions) {
    }

    private final CardResult card;
    private final Texts t;
    private final int levels;
    private final Map<String, IndicatorInfo> indicators = new HashMap<>();
    private final Map<String, DimensionInfo> dimensions = new HashMap<>();
    private final Map<String, GovernorateSummary> governorates = new HashMap<>();
    private final Map<String, CenterCard> centers = new HashMap<>();
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlReport(CardResult card, Texts t) {
        this.card = card;
        this.t = t;
        this.levels = card.scale().levels();
        card.indicators().forEach(i -> indicators.put(i.id(), i));
        card.dimensions().forEach(d -> dimensions.put(d.id(), d));
        card.national().governorates().forEach(g -> governorates.put(g.code(), g));
        card.centers().forEach(c -> centers.put(c.code(), c));
    }

    public static String write(CardResult card, Texts t, LocalDate date, Images images) {
        return new HtmlReport(card, t).document(date, images);
    }

    private String document(LocalDate date, Images images) {
        String scenario = t.name(card.scenarioNameEn(), card.scenarioNameAr());
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
        out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(t.lang()).append("\" dir=\"").append(t.arabic() ? "rtl" : "ltr")
                .append("\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n<title>")
                .append(e(t.get("report.title") + " \u2014 " + scenario)).append("</title>\n<style type=\"text/css\">\n").append(css())
                .append("</style>\n</head>\n<body class=\"").append(t.arabic() ? "rtl" : "ltr").append("\">\n");
        header(scenario, date);
        summary();
        if (images.ratings() != null) {
            section("ratings.title");
            image(images.ratings(), "ratings.title", "chart");
        }
        if (images.map() != null) {
            section("map.title");
            image(images.map(), "map.title", "map");
            out.append("<p class=\"caption\">").append(e(t.get("map.caption"))).append("</p>\n");
        }
        governorates(images.governorates());
        dimensions(images.dimensions());
        weakest();
        unserved();
        centerCards();
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void header(String scenario, LocalDate date) {
        out.append("<div class=\"header\">\n<h1>").append(e(t.get("report.title"))).append(": ").append(e(scenario)).append("</h1>\n");
        out.append("<p class=\"meta\">").append(e(t.get("report.generated", card.scenarioCode(), date.toString()))).append(" \u00b7 ")
                .append(e(t.get("report.scale", levels, thresholds()))).append(" \u00b7 ")
                .append(e(t.get(card.weakestLink() ? "report.weakestLink.on" : "report.weakestLink.off"))).append("</p>\n</div>\n");
    }

    private String thresholds() {
        double[] th = card.scale().thresholds();
        List<String> parts = new ArrayList<>();
        for (int k = 1; k < th.length; k++) {
            parts.add((k + 1) + "\u2605 \u2265 " + t.value(th[k]));
        }
        return String.join(", ", parts);
    }

    private void summary() {
        NationalCard n = card.national();
        int rated = 0;
        for (int c : n.ratingCounts()) {
            rated += c;
        }
        section("summary.title");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { t.get("summary.centers"), t.integer(card.centers().size()) });
        rows.add(new String[] { t.get("summary.rated"), t.integer(rated) });
        rows.add(new String[] { t.get("summary.unrated"), t.integer(n.unrated()) });
        rows.add(new String[] { t.get("summary.meanScore"), t.score(n.meanScore()) });
        rows.add(new String[] { t.get("summary.population"), t.integer(n.population()) });
        rows.add(new String[] { t.get("summary.covered"), t.percent(n.coveredShare()) });
        rows.add(new String[] { t.get("summary.unservedPopulation"), t.integer(n.unservedPopulation()) });
        rows.add(new String[] { t.get("summary.zoneGini"), t.number(n.zoneGini(), 3) });
        rows.add(new String[] { t.get("summary.gini"), t.number(n.equityGini(), 3) });
        rows.add(new String[] { t.get("summary.theil"), t.number(n.equityTheil(), 3) });
        out.append("<table class=\"kv\">\n");
        for (int i = 0; i < rows.size(); i += 2) {
            out.append("<tr>");
            for (int j = i; j < i + 2; j++) {
                if (j < rows.size()) {
                    out.append("<th>").append(e(rows.get(j)[0])).append("</th><td class=\"num\">").append(e(rows.get(j)[1])).append("</td>");
                } else {
                    out.append("<th></th><td></td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n<p class=\"explain\">").append(e(t.get("summary.equityExplained"))).append("</p>\n");
        Totals tot = n.totals();
        if (tot != null) {
            out.append("<h3>").append(e(t.get("totals.title"))).append("</h3>\n<table class=\"grid totals\">\n<tr>");
            for (String k : new String[] { "totals.item", "totals.required", "totals.existing", "totals.difference" }) {
                out.append("<th>").append(e(t.get(k))).append("</th>");
            }
            out.append("</tr>\n");
            totalsRow("totals.counters", tot.requiredCounters(), tot.existingCounters());
            totalsRow("totals.staff", tot.requiredStaff(), tot.existingStaff());
            out.append("</table>\n<p>");
            out.append(e(t.get("totals.shortfall", t.integer(tot.shortfall())))).append("<br/>");
            out.append(e(t.get("totals.surplus", t.integer(tot.surplus())))).append("<br/>");
            out.append(e(t.get("totals.visits", t.integer(tot.annualVisits()), t.integer(tot.visitsSaved()), t.integer(tot.unservedVisits()))));
            out.append("</p>\n");
        }
    }

    private void totalsRow(String key, int required, int existing) {
        int diff = existing - required;
        out.append("<tr><td>").append(e(t.get(key))).append("</td><td class=\"num\">").append(t.integer(required)).append("</td><td class=\"num\">")
                .append(t.integer(existing)).append("</td><td class=\"num ").append(diff < 0 ? "short" : "ok").append("\">")
                .append(diff > 0 ? "+" : diff < 0 ? "\u2212" : "").append(t.integer(Math.abs(diff))).append("</td></tr>\n");
    }

    private void governorates(String chart) {
        List<GovernorateSummary> list = card.national().governorates();
        if (list.isEmpty()) {
            return;
        }
        section("gov.title");
        out.append("<table class=\"grid\">\n<tr>");
        for (String k : new String[] { "gov.name", "gov.population", "gov.covered", "gov.access", "gov.centers", "gov.meanScore" }) {
            out.append("<th>").append(e(t.get(k))).append("</th>");
        }
        out.append("</tr>\n");
        for (GovernorateSummary g : list) {
            out.append("<tr><td>").append(e(t.name(g.nameEn(), g.nameAr()))).append("</td><td class=\"num\">").append(t.integer(g.population()))
                    .append("</td><td class=\"num\">").append(t.percent(g.coveredShare())).append("</td><td class=\"num\">")
                    .append(t.number(g.meanAccess(), 3)).append("</td><td class=\"num\">").append(t.integer(g.centers()))
                    .append("</td><td class=\"num\">").append(t.score(g.meanScore())).append("</td></tr>\n");
        }
        out.append("</table>\n");
        if (chart != null) {
            image(chart, "gov.chart", "chart");
        }
    }

    private void dimensions(String chart) {
        section("dim.title");
        out.append("<table class=\"grid dims\">\n<tr>");
        for (String k : new String[] { "dim.name", "dim.weight", "dim.share", "dim.unit", "dim.direction", "dim.scoring" }) {
            out.append("<th>").append(e(t.get(k))).append("</th>");
        }
        out.append("</tr>\n");
        for (DimensionInfo d : card.dimensions()) {
            out.append("<tr class=\"dim\"><td>").append(e(t.name(d.nameEn(), d.nameAr()))).append("</td><td class=\"num\">").append(t.value(d.weight()))
                    .append("</td><td class=\"num\">").append(t.percent(d.weightShare())).append("</td><td></td><td></td><td></td></tr>\n");
            boolean any = false;
            for (IndicatorInfo i : card.indicators()) {
                if (!d.id().equals(i.dimension())) {
                    continue;
                }
                any = true;
                out.append("<tr><td class=\"ind\">").append(e(t.name(i.nameEn(), i.nameAr()))).append("</td><td class=\"num\">").append(t.value(i.weight()))
                        .append("</td><td></td><td>").append(e(t.unit(i.unit()))).append("</td><td>")
                        .append(e(i.direction() == null ? "" : t.get("direction." + i.direction().name().toLowerCase(java.util.Locale.ROOT))))
                        .append("</td><td>").append(e(ScoringWords.words(i.scoring(), t))).append("</td></tr>\n");
            }
            if (!any) {
                out.append("<tr><td class=\"ind missing\" colspan=\"6\">").append(e(t.get("dim.noIndicators"))).append("</td></tr>\n");
            }
        }
        out.append("</table>\n");
        if (chart != null) {
            image(chart, "dim.chart", "chart");
        }
    }

    private void weakest() {
        section("weakest.title");
        List<CenterCard> list = card.national().weakest();
        if (list.isEmpty()) {
            out.append("<p>").append(e(t.get("weakest.none"))).append("</p>\n");
            return;
        }
        out.append("<table class=\"grid\">\n<tr>");
        for (String k : new String[] { "weakest.rank", "weakest.center", "weakest.governorate", "weakest.rating", "weakest.score", "weakest.pullDown" }) {
            out.append("<th>").append(e(t.get(k))).append("</th>");
        }
        out.append("</tr>\n");
        int rank = 1;
        for (CenterCard c : list) {
            out.append("<tr><td class=\"num\">").append(rank++).append("</td><td>").append(e(t.name(c.nameEn(), c.nameAr()))).append("</td><td>")
                    .append(e(governorate(c.governorate()))).append("</td><td class=\"stars\" style=\"color: ")
                    .append(hex(Charts.ratingColor(c.rating(), levels))).append("\">").append(e(t.stars(c.rating(), levels)))
                    .append("</td><td class=\"num\">").append(t.score(c.overall())).append("</td><td>").append(e(pullDown(c))).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private String pullDown(CenterCard c) {
        List<String> parts = new ArrayList<>();
        if (c.pullDown() != null) {
            for (Shortfall s : c.pullDown()) {
                IndicatorInfo i = indicators.get(s.indicator());
                String name = i == null ? s.indicator() : t.name(i.nameEn(), i.nameAr());
                parts.add(t.get("weakest.lost", name, t.number(s.score(), 1), t.number(s.pointsLost(), 1)));
            }
        }
        return String.join(t.arabic() ? "؛ " : "; ", parts);
    }

    private void unserved() {
        section("unserved.title");
        List<UnservedZone> list = card.national().unserved();
        if (list.isEmpty()) {
            out.append("<p>").append(e(t.get("unserved.none"))).append("</p>\n");
            return;
        }
        out.append("<table class=\"grid\">\n<tr>");
        for (String k : new String[] { "unserved.zone", "unserved.governorate", "unserved.population", "unserved.distance", "unserved.travel",
                "unserved.nearest" }) {
            out.append("<th>").append(e(t.get(k))).append("</th>");
        }
        out.append("</tr>\n");
        for (UnservedZone z : list) {
            CenterCard nearest = z.nearestCenter() == null ? null : centers.get(z.nearestCenter());
            String nearestName = nearest != null ? t.name(nearest.nameEn(), nearest.nameAr()) : z.nearestCenter() == null ? "" : z.nearestCenter();
            out.append("<tr><td>").append(e(z.name() == null || z.name().isBlank() ? z.code() : z.name())).append("</td><td>")
                    .append(e(governorate(z.governorate()))).append("</td><td class=\"num\">").append(t.integer(z.population()))
                    .append("</td><td class=\"num\">").append(t.number(z.distanceKm(), 1)).append("</td><td class=\"num\">")
                    .append(t.number(z.travelMinutes(), 0)).append("</td><td>").append(e(nearestName)).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void centerCards() {
        out.append("<h2 class=\"break\">").append(e(t.get("centers.title"))).append("</h2>\n");
        for (CenterCard c : card.centers()) {
            centerCard(c);
        }
    }

    private void centerCard(CenterCard c) {
        Integer rating = c.rating();
        out.append("<div class=\"card\" id=\"c-").append(e(c.code())).append("\">\n");
        out.append("<table class=\"head\"><tr><td class=\"title\"><span class=\"name\">").append(e(t.name(c.nameEn(), c.nameAr())))
                .append("</span><br/><span class=\"meta\">").append(e(t.get("center.kindStatus", t.word("kind", c.kind()), t.word("status", c.status()))))
                .append(" \u00b7 ").append(e(t.get("center.governorate", governorate(c.governorate())))).append(" \u00b7 ")
                .append(e(t.get("center.code", c.code()))).append("</span></td>");
        out.append("<td class=\"rating\"><span class=\"stars\" style=\"color: ").append(hex(Charts.ratingColor(rating, levels))).append("\">")
                .append(e(t.stars(rating, levels))).append("</span><br/><span class=\"meta\">")
                .append(e(c.overall() == null ? t.get("center.notRated") : t.get("center.score", t.score(c.overall())))).append(" \u00b7 ")
                .append(e(t.get("center.completeness", t.percent(c.completeness())))).append("</span></td></tr></table>\n");
        if (c.note() != null && !c.note().isBlank()) {
            out.append("<p class=\"note\">").append(e(c.note())).append("</p>\n");
        } else if (rating != null && c.uncappedRating() != null && !rating.equals(c.uncappedRating())) {
            out.append("<p class=\"note\">").append(e(t.get("center.capped", t.stars(c.uncappedRating(), levels)))).append("</p>\n");
        }
        if (c.indicators().isEmpty() && c.dimensions().isEmpty()) {
            out.append("<p class=\"missing\">").append(e(t.get("center.noIndicators"))).append("</p>\n</div>\n");
            return;
        }
        out.append("<table class=\"grid ind\">\n<tr><th>").append(e(t.get("center.indicator"))).append("</th><th>").append(e(t.get("center.value")))
                .append("</th><th>").append(e(t.get("center.points"))).append("</th></tr>\n");
        List<String> shown = new ArrayList<>();
        for (DimensionInfo d : card.dimensions()) {
            DimensionScore ds = c.dimension(d.id());
            out.append("<tr class=\"dim\"><td>").append(e(t.name(d.nameEn(), d.nameAr()))).append("</td><td class=\"num\">");
            if (ds != null) {
                out.append(ds.indicatorsScored()).append("/").append(ds.indicatorsTotal());
            }
            out.append("</td><td class=\"num\">");
            if (ds == null || ds.isMissing()) {
                out.append("<span class=\"missing\">").append(e(t.get("missing.value"))).append("</span>");
            } else {
                out.append(t.score(ds.score())).append(" <span class=\"stars small\" style=\"color: ").append(hex(Charts.ratingColor(ds.rating(), levels)))
                        .append("\">").append(e(t.stars(ds.rating(), levels))).append("</span>");
            }
            out.append("</td></tr>\n");
            for (IndicatorValue v : c.indicators()) {
                IndicatorInfo info = indicators.get(v.id());
                if (info == null || !d.id().equals(info.dimension())) {
                    continue;
                }
                shown.add(v.id());
                indicatorRow(v, info);
            }
        }
        for (IndicatorValue v : c.indicators()) {
            if (!shown.contains(v.id())) {
                indicatorRow(v, indicators.get(v.id()));
            }
        }
        out.append("</table>\n");
        String pull = pullDown(c);
        if (!pull.isEmpty()) {
            out.append("<p class=\"pull\">").append(e(t.get("center.pullDown", pull))).append("</p>\n");
        }
        out.append("</div>\n");
    }

    private void indicatorRow(IndicatorValue v, IndicatorInfo info) {
        String name = info == null ? v.id() : t.name(info.nameEn(), info.nameAr());
        out.append("<tr><td class=\"ind\">").append(e(name)).append("</td>");
        if (v.isMissing()) {
            // shown as missing, never as a number
            String reason = v.missing() == null || v.missing().isBlank() ? t.get("missing.value") : v.missing();
            out.append("<td class=\"missing\" colspan=\"2\">").append(e(t.get("center.missing", reason))).append("</td></tr>\n");
            return;
        }
        String value = v.value() == null ? t.get("missing.value") : t.valueWithUnit(v.value(), info == null ? null : info.unit());
        out.append("<td class=\"num\">").append(e(value));
        if (v.detail() != null && !v.detail().isBlank()) {
            out.append("<br/><span class=\"detail\">").append(e(v.detail())).append("</span>");
        }
        out.append("</td><td class=\"num\">").append(t.score(v.score())).append("</td></tr>\n");
    }

    private String governorate(String code) {
        if (code == null) {
            return "";
        }
        GovernorateSummary g = governorates.get(code);
        return g == null ? code : t.name(g.nameEn(), g.nameAr());
    }

    private void section(String key) {
        out.append("<h2>").append(e(t.get(key))).append("</h2>\n");
    }

    private void image(String file, String altKey, String cssClass) {
        out.append("<div class=\"figure\"><img class=\"").append(cssClass).append("\" src=\"").append(e(file)).append("\" alt=\"")
                .append(e(t.get(altKey))).append("\"/></div>\n");
    }

    private static String hex(java.awt.Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** Text and attribute values as XML: markup characters escaped, characters XML forbids dropped. */
    static String e(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '&' -> b.append("&amp;");
            case '"' -> b.append("&quot;");
            case '\'' -> b.append("&#39;");
            default -> {
                if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                    if (ch != 0xFFFE && ch != 0xFFFF) {
                        b.append(ch);
                    }
                }
            }
            }
        }
        return b.toString();
    }

    private String css() {
        String start = t.arabic() ? "right" : "left";
        String end = t.arabic() ? "left" : "right";
        return """
                @page { size: A4; margin: 14mm 12mm 16mm 12mm;
                  @bottom-center { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; color: #666666; } }
                html { font-family: 'DejaVu Sans', 'Noto Sans Arabic', sans-serif; font-size: 9pt; color: #202020; }
                body { margin: 0; direction: %DIR%; text-align: %START%; }
                .header { border-bottom: 1mm solid #0d3b66; margin-bottom: 3mm; padding-bottom: 1mm; }
                h1 { font-size: 17pt; margin: 0 0 1mm 0; color: #0d3b66; }
                h2 { font-size: 13pt; margin: 5mm 0 2mm 0; color: #0d3b66; border-bottom: 0.4mm solid #0d3b66; padding-bottom: 0.5mm;
                  page-break-after: avoid; }
                h3 { font-size: 10.5pt; margin: 3mm 0 1mm 0; color: #0d3b66; page-break-after: avoid; }
                p { margin: 1mm 0 2mm 0; }
                .meta { color: #555555; font-size: 8pt; }
                .explain, .caption { color: #444444; font-size: 8pt; }
                table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm 0; direction: %DIR%; }
                th, td { border: 0.25mm solid #c5ccd3; padding: 0.8mm 1.5mm; vertical-align: top; text-align: %START%; }
                th { background-color: #e6edf4; font-weight: bold; }
                td.num { text-align: %END%; white-space: nowrap; }
                table.kv th { width: 30%; font-weight: normal; background-color: #f3f6f9; }
                table.kv td { width: 20%; font-weight: bold; }
                tr { page-break-inside: avoid; }
                tr.dim td { background-color: #f1f4f7; font-weight: bold; }
                td.ind { padding-%START%: 5mm; }
                td.short { color: #b71c1c; font-weight: bold; }
                td.ok { color: #2e7d32; }
                .missing { color: #a23b12; font-style: italic; background-color: #fff1e6; }
                .stars { font-size: 11pt; white-space: nowrap; }
                .stars.small { font-size: 8pt; }
                .detail { color: #666666; font-size: 7pt; }
                .figure { text-align: center; margin: 1mm 0 3mm 0; page-break-inside: avoid; }
                img.chart { width: 170mm; }
                img.map { width: 170mm; }
                h2.break { page-break-before: always; }
                .card { border: 0.35mm solid #9db3c8; padding: 1.5mm 2.5mm; margin: 0 0 3mm 0; page-break-inside: avoid; }
                table.head { margin: 0 0 1mm 0; }
                table.head td { border: none; padding: 0; vertical-align: middle; }
                table.head td.rating { text-align: %END%; width: 42%; }
                .card .name { font-size: 11pt; font-weight: bold; color: #0d3b66; }
                .note { background-color: #fff8e1; border-%START%: 1mm solid #f9a825; padding: 0.8mm 2mm; font-size: 8pt; }
                .pull { font-size: 8pt; color: #6d2b12; }
                """.replace("%DIR%", t.arabic() ? "rtl" : "ltr").replace("%START%", start).replace("%END%", end);
    }
}
