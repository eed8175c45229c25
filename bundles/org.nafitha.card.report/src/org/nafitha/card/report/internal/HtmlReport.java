package org.nafitha.card.report.internal;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.nafitha.card.CardResult;

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
        section("ratings.title");
        scale();
        if (images.ratings() != null) {
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
                .append(e(t.get("report.scale", levels))).append(" \u00b7 ")
                .append(e(t.get(card.weakestLink() ? "report.weakestLink.on" : "report.weakestLink.off"))).append("</p>\n</div>\n");
    }

    /**
     * A table row. openhtmltopdf lays table columns out left to right whatever the direction, so in Arabic the cells
     * are written last first in a table of direction ltr, each cell right to left: the first column stands on the
     * right in the PDF and in a browser alike.
     */
    private final class Row {
        private final String cssClass;
        private final List<String> cells = new ArrayList<>();

        Row(String cssClass) {
            this.cssClass = cssClass;
        }

        Row th(String text) {
            cells.add("<th>" + e(text) + "</th>");
            return this;
        }

        Row td(String text) {
            cells.add("<td>" + e(text) + "</td>");
            return this;
        }

        /** A text cell of a class (e.g. the width of a wide column). */
        Row td(String text, String cssClass) {
            cells.add("<td class=\"" + cssClass + "\">" + e(text) + "</td>");
            return this;
        }

        Row num(String text) {
            cells.add("<td class=\"num\">" + e(text) + "</td>");
            return this;
        }

        /** A cell of markup: {@code <td ...>...</td>}. */
        Row cell(String html) {
            cells.add(html);
            return this;
        }

        void end() {
            out.append("<tr").append(cssClass == null ? "" : " class=\"" + cssClass + "\"").append(">");
            for (int i = 0; i < cells.size(); i++) {
                out.append(cells.get(t.arabic() ? cells.size() - 1 - i : i));
            }
            out.append("</tr>\n");
        }
    }

    private Row row() {
        return new Row(null);
    }

    private Row row(String cssClass) {
        return new Row(cssClass);
    }

    /** The heading row, repeated at the top of each page the table runs over. */
    private void headings(String... keys) {
        Row r = row();
        for (String k : keys) {
            r.th(t.get(k));
        }
        out.append("<thead>");
        r.end();
        out.append("</thead>\n");
    }

    /** A signed whole number; in Arabic the sign is written after the digits, so right-to-left text shows it before them. */
    private String signed(long v) {
        String digits = t.integer(Math.abs(v));
        String sign = v > 0 ? "+" : v < 0 ? "\u2212" : "";
        return t.arabic() ? digits + sign : sign + digits;
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
            Row r = row();
            for (int j = i; j < i + 2; j++) {
                if (j < rows.size()) {
                    r.th(rows.get(j)[0]).num(rows.get(j)[1]);
                } else {
                    r.th("").td("");
                }
            }
            r.end();
        }
        out.append("</table>\n<p class=\"explain\">").append(e(t.get("summary.equityExplained"))).append("</p>\n");
        Totals tot = n.totals();
        if (tot != null) {
            out.append("<h3>").append(e(t.get("totals.title"))).append("</h3>\n<table class=\"grid totals\">\n");
            headings("totals.item", "totals.required", "totals.existing", "totals.difference");
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
        row().td(t.get(key)).num(t.integer(required)).num(t.integer(existing))
                .cell("<td class=\"num " + (diff < 0 ? "short" : "ok") + "\">" + e(signed(diff)) + "</td>").end();
    }

    /** The scale: each rating's stars and the scores that earn it. */
    private void scale() {
        double[] th = card.scale().thresholds();
        out.append("<table class=\"grid scale\">\n");
        Row stars = row();
        Row scores = row();
        stars.th(t.get("ratings.rating"));
        scores.th(t.get("weakest.score"));
        for (int k = 0; k < th.length; k++) {
            stars.cell("<td class=\"stars small\" style=\"color: " + hex(Charts.ratingColor(k + 1, levels)) + "\">" + e(t.stars(k + 1, levels)) + "</td>");
            scores.num(t.value(th[k]) + "\u2013" + (k + 1 < th.length ? t.value(th[k + 1]) : "100"));
        }
        stars.end();
        scores.end();
        out.append("</table>\n");
    }

    private void governorates(String chart) {
        List<GovernorateSummary> list = card.national().governorates();
        if (list.isEmpty()) {
            return;
        }
        section("gov.title");
        out.append("<table class=\"grid\">\n");
        headings("gov.name", "gov.population", "gov.covered", "gov.access", "gov.centers", "gov.meanScore");
        for (GovernorateSummary g : list) {
            row().td(t.name(g.nameEn(), g.nameAr())).num(t.integer(g.population())).num(t.percent(g.coveredShare())).num(t.number(g.meanAccess(), 3))
                    .num(t.integer(g.centers())).num(t.score(g.meanScore())).end();
        }
        out.append("</table>\n");
        if (chart != null) {
            image(chart, "gov.chart", "chart");
        }
    }

    private void dimensions(String chart) {
        section("dim.title");
        out.append("<table class=\"grid dims\">\n");
        headings("dim.name", "dim.weight", "dim.share", "dim.unit", "dim.direction", "dim.scoring");
        for (DimensionInfo d : card.dimensions()) {
            row("dim").td(t.name(d.nameEn(), d.nameAr())).num(t.value(d.weight())).num(t.percent(d.weightShare())).td("").td("").td("").end();
            boolean any = false;
            for (IndicatorInfo i : card.indicators()) {
                if (!d.id().equals(i.dimension())) {
                    continue;
                }
                any = true;
                row().cell("<td class=\"ind\">" + e(t.name(i.nameEn(), i.nameAr())) + "</td>").num(t.value(i.weight())).td("").td(t.unit(i.unit()))
                        .td(i.direction() == null ? "" : t.get("direction." + i.direction().name().toLowerCase(Locale.ROOT)))
                        .td(ScoringWords.words(i.scoring(), t)).end();
            }
            if (!any) {
                row().cell("<td class=\"ind missing\" colspan=\"6\">" + e(t.get("dim.noIndicators")) + "</td>").end();
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
        out.append("<table class=\"grid\">\n");
        headings("weakest.rank", "weakest.center", "weakest.governorate", "weakest.rating", "weakest.score", "weakest.pullDown");
        int rank = 1;
        for (CenterCard c : list) {
            row().num(String.valueOf(rank++)).td(t.name(c.nameEn(), c.nameAr()), "name").td(governorate(c.governorate()))
                    .cell("<td class=\"stars\" style=\"color: " + hex(Charts.ratingColor(c.rating(), levels)) + "\">" + e(t.stars(c.rating(), levels)) + "</td>")
                    .num(t.score(c.overall())).td(pullDown(c), "pull").end();
        }
        out.append("</table>\n");
    }

    private String pullDown(CenterCard c) {
        List<String> parts = new ArrayList<>();
        if (c.pullDown() != null) {
            for (Shortfall s : c.pullDown()) {
                if (!(s.pointsLost() >= 0.05)) {
                    continue; // loses nothing that shows at one decimal
                }
                IndicatorInfo i = indicators.get(s.indicator());
                String name = i == null ? s.indicator() : t.name(i.nameEn(), i.nameAr());
                parts.add(t.get("weakest.lost", name, t.number(s.score(), 1), t.number(s.pointsLost(), 1)));
            }
        }
        return String.join(t.arabic() ? "\u061b " : "; ", parts);
    }

    private void unserved() {
        section("unserved.title");
        List<UnservedZone> list = card.national().unserved();
        if (list.isEmpty()) {
            out.append("<p>").append(e(t.get("unserved.none"))).append("</p>\n");
            return;
        }
        out.append("<table class=\"grid\">\n");
        headings("unserved.zone", "unserved.governorate", "unserved.population", "unserved.distance", "unserved.travel", "unserved.nearest");
        for (UnservedZone z : list) {
            CenterCard nearest = z.nearestCenter() == null ? null : centers.get(z.nearestCenter());
            String nearestName = nearest != null ? t.name(nearest.nameEn(), nearest.nameAr()) : z.nearestCenter() == null ? "" : z.nearestCenter();
            // a cost table in minutes knows no kilometres, and a place it does not connect has no trip: a dash
            row().td(zoneName(z), "wide").td(governorate(z.governorate())).num(t.integer(z.population()))
                    .num(Double.isFinite(z.distanceKm()) ? t.number(z.distanceKm(), 1) : "—")
                    .num(Double.isFinite(z.travelMinutes()) ? t.number(z.travelMinutes(), 0) : "—").td(nearestName, "wide").end();
        }
        out.append("</table>\n");
    }

    private String zoneName(UnservedZone z) {
        return z.name() == null || z.name().isBlank() ? z.code() : z.name();
    }

    private void centerCards() {
        out.append("<h2 class=\"break\">").append(e(t.get("centers.title"))).append("</h2>\n");
        for (CenterCard c : card.centers()) {
            centerCard(c);
        }
    }

    private void centerCard(CenterCard c) {
        Integer rating = c.rating();
        out.append("<div class=\"card\" id=\"c-").append(e(c.code())).append("\">\n<table class=\"head\">");
        row().cell("<td class=\"title\"><span class=\"name\">" + e(t.name(c.nameEn(), c.nameAr())) + "</span><br/><span class=\"meta\">"
                + e(t.get("center.kindStatus", t.word("kind", c.kind()), t.word("status", c.status()))) + " \u00b7 "
                + e(t.get("center.governorate", governorate(c.governorate()))) + " \u00b7 " + e(t.get("center.code", c.code())) + "</span></td>")
                .cell("<td class=\"rating\"><span class=\"stars\" style=\"color: " + hex(Charts.ratingColor(rating, levels)) + "\">"
                        + e(t.stars(rating, levels)) + "</span><br/><span class=\"meta\">"
                        + e(c.overall() == null ? t.get("center.notRated") : t.get("center.score", t.score(c.overall()))) + " \u00b7 "
                        + e(t.get("center.completeness", t.percent(c.completeness()))) + "</span></td>")
                .end();
        out.append("</table>\n");
        if (c.note() != null && !c.note().isBlank()) {
            out.append("<p class=\"note").append(latin(c.note())).append("</p>\n");
        } else if (rating != null && c.uncappedRating() != null && !rating.equals(c.uncappedRating())) {
            out.append("<p class=\"note\">").append(e(t.get("center.capped", t.stars(c.uncappedRating(), levels)))).append("</p>\n");
        }
        if (c.indicators().isEmpty() && c.dimensions().isEmpty()) {
            out.append("<p class=\"missing\">").append(e(t.get("center.noIndicators"))).append("</p>\n</div>\n");
            return;
        }
        out.append("<table class=\"grid ind\">\n");
        headings("center.indicator", "center.value", "center.points");
        List<String> shown = new ArrayList<>();
        for (DimensionInfo d : card.dimensions()) {
            DimensionScore ds = c.dimension(d.id());
            String score = ds == null || ds.isMissing() ? "<span class=\"missing\">" + e(t.get("missing.value")) + "</span>"
                    : e(t.score(ds.score())) + " <span class=\"stars small\" style=\"color: " + hex(Charts.ratingColor(ds.rating(), levels)) + "\">"
                            + e(t.stars(ds.rating(), levels)) + "</span>";
            row("dim").td(t.name(d.nameEn(), d.nameAr())).num(ds == null ? "" : ds.indicatorsScored() + "/" + ds.indicatorsTotal())
                    .cell("<td class=\"num\">" + score + "</td>").end();
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
        Row r = row().cell("<td class=\"ind\">" + e(name) + "</td>");
        if (v.isMissing()) {
            // shown as missing, never as a number
            String reason = v.missing() == null || v.missing().isBlank() ? t.get("missing.value") : v.missing();
            r.cell("<td class=\"missing\" colspan=\"2\">" + e(t.get("center.missing", reason)) + "</td>").end();
            return;
        }
        String value = v.value() == null ? t.get("missing.value") : t.valueWithUnit(v.value(), info == null ? null : info.unit());
        String detail = v.detail() != null && !v.detail().isBlank() ? "<div class=\"detail" + latin(v.detail()) + "</div>" : "";
        r.cell("<td class=\"num\">" + e(value) + detail + "</td>").num(t.score(v.score())).end();
    }

    /**
     * The end of the class attribute and the element's text, for a text the card's engine wrote (notes, details): one
     * without Arabic letters in an Arabic report is a left-to-right paragraph, so its words and numbers stay in order.
     */
    private String latin(String text) {
        boolean hasArabic = text.codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.ARABIC);
        return t.arabic() && !hasArabic ? " latin\" dir=\"ltr\">" + e(text) : "\">" + e(text);
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

    private static String hex(Color c) {
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
                @media screen { body { max-width: 190mm; margin: 6mm auto; padding: 0 4mm; } }
                .header { border-bottom: 1mm solid #0d3b66; margin-bottom: 3mm; padding-bottom: 1mm; }
                h1 { font-size: 17pt; margin: 0 0 1mm 0; color: #0d3b66; }
                h2 { font-size: 13pt; margin: 5mm 0 2mm 0; color: #0d3b66; border-bottom: 0.4mm solid #0d3b66; padding-bottom: 0.5mm;
                  page-break-after: avoid; }
                h3 { font-size: 10.5pt; margin: 3mm 0 1mm 0; color: #0d3b66; page-break-after: avoid; }
                p { margin: 1mm 0 2mm 0; }
                .meta { color: #555555; font-size: 8pt; }
                .explain, .caption { color: #444444; font-size: 8pt; }
                table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm 0; direction: ltr; }
                th, td { border: 0.25mm solid #c5ccd3; padding: 0.8mm 1.5mm; vertical-align: top; text-align: %START%; direction: %DIR%; }
                th { background-color: #e6edf4; font-weight: bold; }
                td.num { text-align: %END%; white-space: nowrap; }
                table.kv th { width: 30%; font-weight: normal; background-color: #f3f6f9; }
                table.kv td { width: 20%; font-weight: bold; }
                tr { page-break-inside: avoid; }
                table.grid { -fs-table-paginate: paginate; }
                tr.dim td { background-color: #f1f4f7; font-weight: bold; }
                td.ind { padding-%START%: 5mm; }
                td.wide { width: 30%; }
                td.name { width: 26%; }
                td.pull { width: 40%; }
                table.ind td.ind { width: 55%; }
                td.short { color: #b71c1c; font-weight: bold; }
                td.ok { color: #2e7d32; }
                .missing { color: #a23b12; font-style: italic; background-color: #fff1e6; }
                .stars { font-size: 11pt; white-space: nowrap; }
                .stars.small { font-size: 8pt; }
                .detail { color: #666666; font-size: 7pt; }
                .latin { direction: ltr; }
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
