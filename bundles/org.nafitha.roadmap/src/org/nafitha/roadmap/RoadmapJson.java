package org.nafitha.roadmap;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.nafitha.model.file.OutputFiles;
import org.nafitha.roadmap.RoadmapResult.ActionCost;
import org.nafitha.roadmap.RoadmapResult.IndicatorValue;
import org.nafitha.roadmap.RoadmapResult.Year;

/**
 * Writes a roadmap's result as {@code roadmap.json} and {@code roadmap.csv}, each to a temporary file moved into place.
 * The JSON: {@code {"scenario", "from", "to", "years": [{"year", "population", "inPersonVisits", "centersOpen",
 * "counters", "countersNeeded", "staff", "staffNeeded", "coveredShare", "giniAccess", "meanWaitMinutes",
 * "cardMeanScore", "capex", "opex", "budgetCapex", "budgetOpex", "actions": [{"id", "kind", "target", "cost"}],
 * "indicators": [{"id", "value", "target", "met"}]}]}}, no data as null. The CSV: one row per year and indicator
 * (the yearly figures too), with the target, its direction, whether it is met and the gap.
 */
public final class RoadmapJson {

    private RoadmapJson() {
    }

    public static void write(RoadmapResult r, Path file) throws IOException {
        OutputFiles.write(file, out -> write(r, out));
    }

    public static void write(RoadmapResult r, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("scenario", r.scenario());
            g.writeNumberField("from", r.from());
            g.writeNumberField("to", r.to());
            g.writeArrayFieldStart("years");
            for (Year y : r.years()) {
                g.writeStartObject();
                g.writeNumberField("year", y.year());
                g.writeNumberField("population", y.population());
                g.writeNumberField("inPersonVisits", Math.round(y.inPersonVisits()));
                g.writeNumberField("centersOpen", y.centersOpen());
                g.writeNumberField("counters", y.counters());
                g.writeNumberField("countersNeeded", y.countersNeeded());
                g.writeNumberField("staff", y.staff());
                g.writeNumberField("staffNeeded", y.staffNeeded());
                number(g, "coveredShare", y.coveredShare());
                number(g, "giniAccess", y.giniAccess());
                number(g, "meanWaitMinutes", y.meanWaitMinutes());
                number(g, "cardMeanScore", y.cardMeanScore());
                number(g, "capex", y.capex());
                number(g, "opex", y.opex());
                number(g, "budgetCapex", y.budgetCapex());
                number(g, "budgetOpex", y.budgetOpex());
                g.writeArrayFieldStart("actions");
                for (ActionCost a : y.actions()) {
                    g.writeStartObject();
                    g.writeStringField("id", a.id());
                    g.writeStringField("kind", a.kind());
                    g.writeStringField("target", a.target());
                    number(g, "cost", a.cost());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("indicators");
                for (IndicatorValue i : y.indicators()) {
                    g.writeStartObject();
                    g.writeStringField("id", i.id());
                    number(g, "value", i.value());
                    number(g, "target", i.target());
                    if (i.met() == null) {
                        g.writeNullField("met");
                    } else {
                        g.writeBooleanField("met", i.met());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void number(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null || !Double.isFinite(v)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, Math.abs(v) >= 1000 ? Math.round(v * 100) / 100.0 : v);
        }
    }

    /** {@code year,indicator,value,target,direction,met,gap}: the indicators, then the yearly figures (no target). */
    public static void writeCsv(RoadmapResult r, Path file) throws IOException {
        OutputFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("year,indicator,value,target,direction,met,gap\n");
            for (Year y : r.years()) {
                for (IndicatorValue i : y.indicators()) {
                    w.write(y.year() + "," + i.id() + "," + cell(i.value()) + "," + cell(i.target()) + "," + (i.direction() == null ? "" : i.direction())
                            + "," + (i.met() == null ? "" : i.met()) + "," + cell(i.gap()) + "\n");
                }
                figure(w, y.year(), "population", (double) y.population());
                figure(w, y.year(), "inPersonVisits", (double) Math.round(y.inPersonVisits()));
                figure(w, y.year(), "centersOpen", (double) y.centersOpen());
                figure(w, y.year(), "counters", (double) y.counters());
                figure(w, y.year(), "countersNeeded", (double) y.countersNeeded());
                figure(w, y.year(), "staff", (double) y.staff());
                figure(w, y.year(), "staffNeeded", (double) y.staffNeeded());
                figure(w, y.year(), "capex", y.capex());
                figure(w, y.year(), "opex", y.opex());
                figure(w, y.year(), "budgetCapex", y.budgetCapex());
                figure(w, y.year(), "budgetOpex", y.budgetOpex());
                figure(w, y.year(), "capexOverBudget", y.capexOverBudget());
                figure(w, y.year(), "opexOverBudget", y.opexOverBudget());
            }
            w.flush();
        });
    }

    private static void figure(Writer w, int year, String id, Double v) throws IOException {
        w.write(year + "," + id + "," + cell(v) + ",,,,\n");
    }

    private static String cell(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }
}
