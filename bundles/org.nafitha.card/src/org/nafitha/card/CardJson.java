package org.nafitha.card;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.nafitha.model.ProgramIndicators;
import org.nafitha.card.CardResult.CenterCard;
import org.nafitha.card.CardResult.DimensionInfo;
import org.nafitha.card.CardResult.DimensionScore;
import org.nafitha.card.CardResult.GovernorateSummary;
import org.nafitha.card.CardResult.IndicatorInfo;
import org.nafitha.card.CardResult.IndicatorValue;
import org.nafitha.card.CardResult.NationalCard;
import org.nafitha.card.CardResult.Shortfall;
import org.nafitha.card.CardResult.UnservedZone;
import org.nafitha.model.file.OutputFiles;

/**
 * Writes a card as JSON ({@code card.json}): every figure, with missing values as {@code null} and their reason.
 * Written to a temporary file and moved into place, so a failed write leaves the previous file intact.
 */
public final class CardJson {

    private CardJson() {
    }

    public static void write(CardResult card, Path file) throws IOException {
        OutputFiles.write(file, out -> write(card, out));
    }

    public static void write(CardResult card, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("scenario", card.scenarioCode());
            g.writeStringField("nameEn", card.scenarioNameEn());
            g.writeStringField("nameAr", card.scenarioNameAr());
            g.writeObjectFieldStart("rating");
            g.writeStringField("scale", card.scale().name());
            g.writeNumberField("levels", card.scale().levels());
            g.writeArrayFieldStart("thresholds");
            for (double t : card.scale().thresholds()) {
                g.writeNumber(t);
            }
            g.writeEndArray();
            g.writeBooleanField("weakestLink", card.weakestLink());
            g.writeEndObject();
            g.writeArrayFieldStart("dimensions");
            for (DimensionInfo d : card.dimensions()) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("nameEn", d.nameEn());
                g.writeStringField("nameAr", d.nameAr());
                number(g, "weight", d.weight());
                number(g, "weightShare", d.weightShare());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("indicators");
            for (IndicatorInfo i : card.indicators()) {
                g.writeStartObject();
                g.writeStringField("id", i.id());
                g.writeStringField("dimension", i.dimension());
                g.writeStringField("nameEn", i.nameEn());
                g.writeStringField("nameAr", i.nameAr());
                g.writeStringField("unit", i.unit());
                g.writeStringField("direction", i.direction().name().toLowerCase(Locale.ROOT));
                g.writeStringField("scoring", i.scoring());
                number(g, "weight", i.weight());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("centers");
            for (CenterCard c : card.centers()) {
                center(g, c);
            }
            g.writeEndArray();
            national(g, card.national());
            if (card.program() != null) {
                program(g, card.program());
            }
            g.writeEndObject();
        }
    }

    private static void center(JsonGenerator g, CenterCard c) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", c.code());
        g.writeStringField("nameEn", c.nameEn());
        g.writeStringField("nameAr", c.nameAr());
        g.writeStringField("kind", c.kind());
        g.writeStringField("status", c.status());
        g.writeStringField("governorate", c.governorate());
        number(g, "overall", c.overall());
        integer(g, "rating", c.rating());
        integer(g, "uncappedRating", c.uncappedRating());
        number(g, "completeness", c.completeness());
        g.writeStringField("note", c.note());
        g.writeObjectFieldStart("dimensions");
        for (DimensionScore d : c.dimensions()) {
            g.writeObjectFieldStart(d.id());
            number(g, "score", d.score());
            integer(g, "rating", d.rating());
            g.writeNumberField("indicatorsScored", d.indicatorsScored());
            g.writeNumberField("indicators", d.indicatorsTotal());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("indicators");
        for (IndicatorValue v : c.indicators()) {
            g.writeObjectFieldStart(v.id());
            number(g, "value", v.value());
            number(g, "score", v.score());
            if (v.isMissing()) {
                g.writeStringField("missing", v.missing());
            } else {
                g.writeStringField("detail", v.detail());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("pullDown");
        for (Shortfall s : c.pullDown()) {
            g.writeStartObject();
            g.writeStringField("indicator", s.indicator());
            g.writeStringField("dimension", s.dimension());
            number(g, "score", s.score());
            number(g, "pointsLost", s.pointsLost());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The program's indicators: citizen voice nationally and by governorate, re-engineering, digitization, the framework. */
    private static void program(JsonGenerator g, ProgramFigures p) throws IOException {
        g.writeObjectFieldStart("program");
        g.writeFieldName("voice");
        voice(g, p.national());
        g.writeArrayFieldStart("voiceByGovernorate");
        for (ProgramFigures.Voice v : p.governorates()) {
            voice(g, v);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("reengineering");
        number(g, "minutesBefore", p.minutesBefore());
        number(g, "minutesAfter", p.minutesAfter());
        g.writeNumberField("services", p.reengineeredServices());
        g.writeEndObject();
        g.writeObjectFieldStart("digitization");
        number(g, "digitizedByCount", p.digitizedByCount());
        number(g, "digitizedByVolume", p.digitizedByVolume());
        number(g, "fullyDigitalByCount", p.fullyDigitalByCount());
        number(g, "mark", ProgramIndicators.DIGITIZED_MARK);
        g.writeEndObject();
        number(g, "agenciesApplyingFramework", p.agenciesApplyingFramework());
        g.writeEndObject();
    }

    private static void voice(JsonGenerator g, ProgramFigures.Voice v) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", v.code());
        g.writeStringField("nameEn", v.nameEn());
        g.writeStringField("nameAr", v.nameAr());
        g.writeNumberField("records", v.records());
        number(g, "satisfactionMean", v.satisfactionMean());
        number(g, "satisfactionPercent", v.satisfactionPercent());
        number(g, "nps", v.nps());
        number(g, "complaintResponse", v.complaintResponse());
        number(g, "improvementsFromCitizens", v.improvementsFromCitizens());
        g.writeEndObject();
    }

    private static void national(JsonGenerator g, NationalCard n) throws IOException {
        g.writeObjectFieldStart("national");
        g.writeObjectFieldStart("ratings");
        for (int r = 0; r < n.ratingCounts().length; r++) {
            g.writeNumberField(Integer.toString(r + 1), n.ratingCounts()[r]);
        }
        g.writeNumberField("unrated", n.unrated());
        g.writeEndObject();
        number(g, "meanScore", n.meanScore());
        g.writeNumberField("population", n.population());
        number(g, "coveredShare", n.coveredShare());
        g.writeNumberField("unservedPopulation", n.unservedPopulation());
        g.writeObjectFieldStart("equity");
        number(g, "giniBetweenGovernorates", n.equityGini());
        number(g, "theilBetweenGovernorates", n.equityTheil());
        number(g, "giniBetweenZones", n.zoneGini());
        g.writeEndObject();
        g.writeObjectFieldStart("meanDimensionScores");
        for (Map.Entry<String, Double> e : n.meanDimensionScores().entrySet()) {
            number(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        if (n.totals() != null) {
            CardResult.Totals t = n.totals();
            g.writeObjectFieldStart("totals");
            g.writeNumberField("centers", t.centers());
            g.writeNumberField("requiredCounters", t.requiredCounters());
            g.writeNumberField("existingCounters", t.existingCounters());
            g.writeNumberField("requiredStaff", t.requiredStaff());
            g.writeNumberField("existingStaff", t.existingStaff());
            g.writeNumberField("counterShortfall", t.shortfall());
            g.writeNumberField("counterSurplus", t.surplus());
            number(g, "annualVisits", t.annualVisits());
            number(g, "visitsSavedByBundling", t.visitsSaved());
            number(g, "unservedVisits", t.unservedVisits());
            g.writeEndObject();
        } else {
            g.writeNullField("totals");
        }
        g.writeArrayFieldStart("governorates");
        for (GovernorateSummary gs : n.governorates()) {
            g.writeStartObject();
            g.writeStringField("code", gs.code());
            g.writeStringField("nameEn", gs.nameEn());
            g.writeStringField("nameAr", gs.nameAr());
            g.writeNumberField("population", gs.population());
            number(g, "coveredShare", gs.coveredShare());
            number(g, "meanAccess", gs.meanAccess());
            g.writeNumberField("centers", gs.centers());
            number(g, "meanScore", gs.meanScore());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("weakest");
        for (CenterCard c : n.weakest()) {
            g.writeStartObject();
            g.writeStringField("code", c.code());
            number(g, "overall", c.overall());
            integer(g, "rating", c.rating());
            g.writeArrayFieldStart("pullDown");
            for (Shortfall s : c.pullDown()) {
                g.writeString(s.indicator());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unservedZones");
        for (UnservedZone z : n.unserved()) {
            g.writeStartObject();
            g.writeStringField("code", z.code());
            g.writeStringField("name", z.name());
            g.writeStringField("governorate", z.governorate());
            g.writeNumberField("population", z.population());
            number(g, "distanceKm", z.distanceKm());
            number(g, "travelMinutes", z.travelMinutes());
            g.writeStringField("nearestCenter", z.nearestCenter());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null || !Double.isFinite(v)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, Math.round(v * 1e6) / 1e6);
        }
    }

    private static void integer(JsonGenerator g, String name, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
