package org.nafitha.roadmap.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.roadmap.RoadmapIndicators;
import org.nafitha.roadmap.RoadmapResult;
import org.nafitha.roadmap.RoadmapResult.ActionCost;
import org.nafitha.roadmap.RoadmapResult.IndicatorValue;
import org.nafitha.roadmap.RoadmapResult.Year;

/**
 * The roadmap report as XHTML (A4 pages for the PDF, right to left in Arabic): a summary, the network year by year,
 * the indicators against their targets (table and charts), spending against budget, a Gantt of the actions by year
 * and a map per year of what changes.
 */
public final class RoadmapHtml {

    /** The image files beside the HTML: indicator charts by id, the two spending charts, the maps by year. */
    public record Images(Map<String, String> indicators, String capital, String operating, Map<Integer, String> maps) {
    }

    private RoadmapHtml() {
    }

    public static String write(RoadmapResult r, RoadmapTexts t, LocalDate date, Images images) {
        StringBuilder h = new StringBuilder(32_000);
        String dir = t.arabic() ? "rtl" : "ltr";
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(t.lang())
                .append("\" dir=\"").append(dir).append("\">\n<head><meta charset=\"UTF-8\"/><title>")
                .append(esc(t.get("title", Integer.toString(r.from()), Integer.toString(r.to())))).append("</title>\n<style>\n").append(css(t.arabic())).append("</style></head>\n<body>\n");
        h.append("<h1>").append(esc(t.get("title", Integer.toString(r.from()), Integer.toString(r.to())))).append("</h1>\n<p class=\"sub\">")
                .append(esc(t.get("subtitle", t.name(r.nameEn(), r.nameAr()), date.toString()))).append("</p>\n");
        summary(h, r, t);
        figures(h, r, t);
        indicators(h, r, t, images);
        h.append("<h2>").append(esc(t.get("section.spending"))).append("</h2>\n");
        h.append("<p class=\"chart\"><img src=\"").append(images.capital()).append("\" alt=\"\" width=\"680\"/></p>\n");
        h.append("<p class=\"chart\"><img src=\"").append(images.operating()).append("\" alt=\"\" width=\"680\"/></p>\n");
        gantt(h, r, t);
        if (!images.maps().isEmpty()) {
            h.append("<h2 class=\"page\">").append(esc(t.get("section.maps"))).append("</h2>\n<table class=\"maps\">");
            List<String> cells = new ArrayList<>(images.maps().values());
            for (int i = 0; i < cells.size(); i += 2) {
                h.append("<tr>");
                for (int j = i; j < i + 2; j++) {
                    h.append("<td>");
                    if (j < cells.size()) {
                        h.append("<img src=\"").append(cells.get(j)).append("\" alt=\"\" width=\"330\"/>");
                    }
                    h.append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<p class=\"note\">").append(esc(t.get("source"))).append("</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, RoadmapResult r, RoadmapTexts t) {
        double capex = r.years().stream().mapToDouble(Year::capex).sum();
        long met = r.targetsMet();
        long missed = r.targetsMissed();
        long noData = r.years().stream().flatMap(y -> y.indicators().stream()).filter(i -> i.target() != null && i.met() == null).count();
        h.append("<p class=\"summary\">").append(esc(t.get("summary", t.money(capex), t.integer(r.years().size()), t.integer(met), t.integer(met + missed + noData), t.integer(missed), t.integer(noData))));
        List<String> over = new ArrayList<>();
        for (Year y : r.years()) {
            if (y.capexOverBudget() != null && y.capexOverBudget() > 0) {
                over.add(y.year() + " " + t.get("chart.capex") + " " + t.get("over", t.money(y.capexOverBudget())));
            }
            if (y.opexOverBudget() != null && y.opexOverBudget() > 0) {
                over.add(y.year() + " " + t.get("chart.opex") + " " + t.get("over", t.money(y.opexOverBudget())));
            }
        }
        h.append(' ').append(esc(over.isEmpty() ? t.get("summary.within") : t.get("summary.over", String.join("; ", over)))).append("</p>\n");
    }

    private static void figures(StringBuilder h, RoadmapResult r, RoadmapTexts t) {
        h.append("<h2>").append(esc(t.get("section.figures"))).append("</h2>\n<table class=\"grid\">").append(columns(r.years().size(), false))
                .append("<tr><th></th>");
        for (Year y : r.years()) {
            h.append("<th>").append(y.year()).append(y.year() > r.planLast() ? "*" : "").append("</th>");
        }
        h.append("</tr>\n");
        row(h, t.get("figure.population"), r, y -> esc(t.integer(y.population())), y -> "");
        row(h, t.get("figure.inPersonVisits"), r, y -> esc(t.integer(y.inPersonVisits())), y -> "");
        row(h, t.get("figure.centersOpen"), r, y -> esc(t.integer(y.centersOpen())), y -> "");
        row(h, t.get("figure.counters"), r, y -> esc(t.integer(y.counters())) + small(t.get("needed", t.integer(y.countersNeeded()))), y -> "");
        row(h, t.get("figure.staff"), r, y -> esc(t.integer(y.staff())) + small(t.get("needed", t.integer(y.staffNeeded()))), y -> "");
        row(h, t.get("figure.capex"), r, y -> esc(t.integer(y.capex())) + (y.budgetCapex() == null ? "" : small(t.get("budget", t.integer(y.budgetCapex()))))
                + over(t, y.capexOverBudget()), y -> y.capexOverBudget() != null && y.capexOverBudget() > 0 ? "bad" : "");
        row(h, t.get("figure.opex"), r, y -> esc(t.integer(y.opex())) + (y.budgetOpex() == null ? "" : small(t.get("budget", t.integer(y.budgetOpex()))))
                + over(t, y.opexOverBudget()), y -> y.opexOverBudget() != null && y.opexOverBudget() > 0 ? "bad" : "");
        h.append("</table>\n");
        if (r.to() > r.planLast()) {
            h.append("<p class=\"note\">* ").append(esc(t.get("beyond"))).append("</p>\n");
        }
    }

    private static String small(String text) {
        return "<br/><span class=\"target\">" + esc(text) + "</span>";
    }

    private static String over(RoadmapTexts t, Double over) {
        return over != null && over > 0 ? "<br/><span class=\"target\">" + esc(t.get("over", t.integer(over))) + "</span>" : "";
    }

    /** A cell's XHTML (escaped by the caller). */
    private interface Cell {
        String of(Year y);
    }

    private static void row(StringBuilder h, String label, RoadmapResult r, Cell value, Cell css) {
        h.append("<tr><th class=\"label\">").append(esc(label)).append("</th>");
        for (Year y : r.years()) {
            String c = css.of(y);
            h.append("<td").append(c.isEmpty() ? "" : " class=\"" + c + "\"").append(">").append(value.of(y)).append("</td>");
        }
        h.append("</tr>\n");
    }

    private static void indicators(StringBuilder h, RoadmapResult r, RoadmapTexts t, Images images) {
        h.append("<h2 class=\"page\">").append(esc(t.get("section.indicators"))).append("</h2>\n<table class=\"grid\">")
                .append(columns(r.years().size(), false)).append("<tr><th>").append(esc(t.get("indicator"))).append("</th>");
        r.years().forEach(y -> h.append("<th>").append(y.year()).append("</th>"));
        h.append("</tr>\n");
        List<String> ids = new ArrayList<>();
        RoadmapIndicators.ALL.forEach(i -> ids.add(i.id()));
        r.years().forEach(y -> y.indicators().stream().map(IndicatorValue::id).filter(id -> !ids.contains(id)).forEach(ids::add));
        for (String id : ids) {
            h.append("<tr><th class=\"label\">").append(esc(t.get("indicator." + id))).append("</th>");
            for (Year y : r.years()) {
                IndicatorValue i = y.indicator(id);
                String css = i == null || i.met() == null ? (i == null || i.value() == null ? "none" : "") : i.met() ? "good" : "bad";
                h.append("<td").append(css.isEmpty() ? "" : " class=\"" + css + "\"").append(">").append(esc(t.indicator(id, i == null ? null : i.value())));
                if (i != null && i.target() != null) {
                    h.append("<br/><span class=\"target\">").append(esc(t.get("target", t.indicator(id, i.target()))));
                    if (i.met() != null) {
                        h.append(" \u00b7 ").append(esc(i.met() ? t.get("met") : t.get("missed", t.gap(id, i.gap()))));
                    }
                    h.append("</span>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<table class=\"charts\">");
        List<String> charts = new ArrayList<>(images.indicators().values());
        for (int i = 0; i < charts.size(); i += 2) {
            h.append("<tr>");
            for (int j = i; j < i + 2; j++) {
                h.append("<td>");
                if (j < charts.size()) {
                    h.append("<img src=\"").append(charts.get(j)).append("\" alt=\"\" width=\"330\"/>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** One row per kind of action, a bar across the years it runs in, each year's cell with its count and cost. */
    private static void gantt(StringBuilder h, RoadmapResult r, RoadmapTexts t) {
        Map<String, Map<Integer, List<ActionCost>>> byKind = new LinkedHashMap<>();
        for (Year y : r.years()) {
            for (ActionCost a : y.actions()) {
                byKind.computeIfAbsent(a.kind(), k -> new LinkedHashMap<>()).computeIfAbsent(y.year(), k -> new ArrayList<>()).add(a);
            }
        }
        h.append("<h2 class=\"page\">").append(esc(t.get("section.gantt"))).append("</h2>\n<table class=\"gantt\">").append(columns(r.years().size(), true))
                .append("<tr><th>")
                .append(esc(t.get("gantt.kind"))).append("</th>");
        r.years().forEach(y -> h.append("<th>").append(y.year()).append("</th>"));
        h.append("<th>").append(esc(t.get("gantt.total"))).append("</th></tr>\n");
        for (Map.Entry<String, Map<Integer, List<ActionCost>>> e : byKind.entrySet()) {
            h.append("<tr><th class=\"label\">").append(esc(t.get("kind." + e.getKey()))).append("</th>");
            double total = 0;
            for (Year y : r.years()) {
                List<ActionCost> in = e.getValue().get(y.year());
                if (in == null) {
                    h.append("<td></td>");
                    continue;
                }
                double cost = in.stream().mapToDouble(ActionCost::cost).sum();
                total += cost;
                List<String> targets = in.stream().map(ActionCost::target).filter(x -> x != null).distinct().toList();
                h.append("<td class=\"bar\"><b>").append(esc(t.get("actions.count", in.size()))).append("</b><br/>")
                        .append(esc(t.integer(cost))).append("<br/><span class=\"codes\">")
                        .append(esc(String.join(" ", targets.subList(0, Math.min(6, targets.size()))) + (targets.size() > 6 ? " \u2026" : "")))
                        .append("</span></td>");
            }
            h.append("<td>").append(esc(t.integer(total))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Fixed column widths: the label a third, the years sharing the rest (less a total column for the Gantt). */
    private static String columns(int years, boolean total) {
        double rest = total ? 54 : 66;
        StringBuilder c = new StringBuilder("<colgroup><col style=\"width: 34%\"/>");
        for (int i = 0; i < years; i++) {
            c.append(String.format(Locale.ROOT, "<col style=\"width: %.2f%%\"/>", rest / years));
        }
        if (total) {
            c.append("<col style=\"width: 12%\"/>");
        }
        return c.append("</colgroup>").toString();
    }

    private static String css(boolean rtl) {
        String start = rtl ? "right" : "left";
        return "@page { size: A4; margin: 14mm 12mm; }\n"
                + "body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #202020; }\n"
                + "h1 { font-size: 18pt; margin: 0 0 2mm 0; color: #0D47A1; }\n"
                + "h2 { font-size: 13pt; margin: 6mm 0 2mm 0; color: #0D47A1; border-bottom: 1px solid #90A4AE; }\n"
                + "h2.page { page-break-before: always; }\n"
                + ".sub { color: #555555; margin: 0 0 3mm 0; }\n"
                + ".summary { background: #ECEFF1; padding: 2mm 3mm; }\n"
                + "table { border-collapse: collapse; width: 100%; }\ntable.grid, table.gantt { table-layout: fixed; }\n"
                + "table.grid td, table.grid th, table.gantt td, table.gantt th { border: 1px solid #CFD8DC; padding: 1.2mm 1.5mm; text-align: center; }\n"
                + "th.label { text-align: " + start + "; font-weight: normal; background: #F5F7F8; }\n"
                + "table.grid th, table.gantt th { background: #E3F2FD; }\n"
                + "td.good { background: #E8F5E9; } td.bad { background: #FFEBEE; } td.none { color: #9E9E9E; }\n"
                + ".target { font-size: 7.5pt; color: #555555; }\n"
                + "table.charts td, table.maps td { text-align: center; padding: 1mm; }\n"
                + "p.chart { text-align: center; margin: 2mm 0; }\n"
                + "td.bar { background: #BBDEFB; font-size: 8pt; }\n"
                + ".codes { font-size: 6.5pt; color: #37474F; }\n"
                + ".note { font-size: 7.5pt; color: #666666; }\n";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
