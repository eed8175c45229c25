package org.nafitha.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.nafitha.io.Schema.Type;
import org.nafitha.model.AccessibilityFeature;
import org.nafitha.model.DemandZone;
import org.nafitha.model.DocumentRequirement;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.Named;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.Settlement;
import org.nafitha.model.file.OutputFiles;

/**
 * Writes a scenario's centers, demand zones, services or regions to a file of any writable {@link Format}, with the
 * same column names the importer reads, so that an export imports back unchanged.
 */
public final class ScenarioExporter {

    private final Formats formats;
    private final GeometryFactory geometries = new GeometryFactory();

    public ScenarioExporter(Formats formats) {
        this.formats = formats;
    }

    /** @return the number of records written */
    public int export(Scenario scenario, Kind kind, Path file, String formatId) throws IOException {
        OutputFiles.checkTarget(file); // a directory is not replaced, in any format
        Format format;
        try {
            format = formats.forFile(file, formatId);
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (!format.canWrite()) {
            throw new IOException(format.name() + " files cannot be written");
        }
        Schema schema = schema(kind);
        FeatureWriter writer;
        try {
            writer = format.create(file, schema);
        } catch (FileSystemException e) { // a folder that cannot be made, a file that cannot be created
            throw OutputFiles.failure(file, e);
        }
        int count = 0;
        try {
            if (kind == Kind.DOCUMENTS) {
                for (Service service : scenario.getServices()) {
                    for (DocumentRequirement d : service.getDocuments()) {
                        writer.write(document(service, d));
                        count++;
                    }
                }
            } else if (kind == Kind.EVALUATIONS) {
                for (ServiceCenter c : scenario.getCenters()) {
                    for (EvaluationRecord r : c.getEvaluationRecords()) {
                        writer.write(evaluation(c, r));
                        count++;
                    }
                }
            } else if (kind == Kind.SETTLEMENTS) {
                for (DemandZone zone : scenario.getDemandZones()) {
                    for (Settlement st : zone.getSettlements()) {
                        writer.write(settlement(zone, st));
                        count++;
                    }
                }
            } else {
                for (Named object : objects(scenario, kind)) {
                    writer.write(feature(kind, object));
                    count++;
                }
            }
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw e;
        }
        writer.close();
        return count;
    }

    private static List<? extends Named> objects(Scenario scenario, Kind kind) {
        return switch (kind) {
            case CENTERS -> scenario.getCenters();
            case DEMAND -> scenario.getDemandZones();
            case SERVICES -> scenario.getServices();
            case REGIONS -> scenario.getRegions();
            case SETTLEMENTS, EVALUATIONS, DOCUMENTS -> throw new IllegalArgumentException("written owner by owner");
        };
    }

    /** A document a service requires, in the columns the importer reads. */
    private static Feature document(Service s, DocumentRequirement d) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("service", s.getCode());
        a.put("code", d.getCode());
        a.put("name_en", d.getNameEn());
        a.put("name_ar", d.getNameAr());
        a.put("issuer", d.getIssuer() == null ? null : d.getIssuer().getCode());
        a.put("held_by_government", d.isHeldByGovernment());
        a.put("fetched_by_government", d.isFetchedByGovernment());
        return new Feature("document " + s.getCode() + "/" + d.getCode(), null, a);
    }

    /** An evaluation record, in the columns the importer reads (values of other kinds empty). */
    private static Feature evaluation(ServiceCenter c, EvaluationRecord r) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("center", c.getCode());
        a.put("date", r.getDate());
        a.put("kind", r.getKind().getName().toLowerCase(Locale.ROOT));
        a.put("score", r.isSetScore() ? r.getScore() : null);
        a.put("observed_wait_min", r.isSetObservedWaitMinutes() ? r.getObservedWaitMinutes() : null);
        a.put("specialist_present", r.isSetSpecialistPresent() ? r.isSpecialistPresent() : null);
        a.put("responses", r.isSetResponses() ? (long) r.getResponses() : null);
        a.put("satisfaction_mean", r.isSetSatisfactionMean() ? r.getSatisfactionMean() : null);
        a.put("promoters", r.isSetPromoters() ? (long) r.getPromoters() : null);
        a.put("passives", r.isSetPassives() ? (long) r.getPassives() : null);
        a.put("detractors", r.isSetDetractors() ? (long) r.getDetractors() : null);
        a.put("received", r.isSetReceived() ? (long) r.getReceived() : null);
        a.put("answered_on_time", r.isSetAnsweredOnTime() ? (long) r.getAnsweredOnTime() : null);
        a.put("description", r.getDescription());
        a.put("from_feedback", r.isSetFromFeedback() ? r.isFromFeedback() : null);
        return new Feature("evaluation " + c.getCode() + " " + r.getDate() + " " + r.getKind().getName(), null, a);
    }

    /** A settlement, with its zone's code and its residents (the zone's population times its share). */
    private Feature settlement(DemandZone zone, Settlement st) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("zone", zone.getCode());
        a.put("code", st.getCode());
        a.put("name_en", st.getNameEn());
        a.put("name_ar", st.getNameAr());
        a.put("share", st.getShare());
        a.put("population", Math.round(zone.getPopulation() * st.getShare()));
        a.put("area_type", st.isSetAreaType() ? st.getAreaType().getName() : null);
        return new Feature("settlement " + zone.getCode() + "/" + st.getCode(), point(st.getLongitude(), st.getLatitude()), a);
    }

    /** The fields written for a kind. */
    public static Schema schema(Kind kind) {
        return switch (kind) {
            case CENTERS -> new Schema("centers", "Point").field("code", Type.STRING).field("name_en", Type.STRING)
                    .field("name_ar", Type.STRING).field("kind", Type.STRING).field("status", Type.STRING)
                    .field("region", Type.STRING).field("agency", Type.STRING).field("counters", Type.INTEGER)
                    .field("staff", Type.INTEGER).field("opening_hours", Type.STRING).field("services", Type.STRING)
                    .field("accessibility", Type.STRING);
            case DEMAND -> new Schema("demand_zones", "Point").field("code", Type.STRING).field("name_en", Type.STRING)
                    .field("name_ar", Type.STRING).field("region", Type.STRING).field("population", Type.INTEGER)
                    .field("area_type", Type.STRING);
            case SERVICES -> new Schema("services", null).field("code", Type.STRING).field("name_en", Type.STRING)
                    .field("name_ar", Type.STRING).field("agency", Type.STRING).field("category", Type.STRING)
                    .field("annual_transactions", Type.INTEGER).field("per_capita_rate", Type.REAL)
                    .field("mean_handling_minutes", Type.REAL).field("handling_cv", Type.REAL)
                    .field("digital_share", Type.REAL).field("presence_required", Type.BOOLEAN).field("channel", Type.STRING)
                    .field("handling_minutes_before", Type.REAL).field("steps_before", Type.INTEGER).field("steps_after", Type.INTEGER)
                    .field("participating_agencies", Type.STRING);
            case REGIONS -> new Schema("regions", "MultiPolygon").field("code", Type.STRING).field("name_en", Type.STRING)
                    .field("name_ar", Type.STRING).field("level", Type.STRING).field("parent", Type.STRING)
                    .field("area_km2", Type.REAL).field("wikidata", Type.STRING).field("lat", Type.REAL)
                    .field("lon", Type.REAL);
            case DOCUMENTS -> new Schema("documents", null).field("service", Type.STRING).field("code", Type.STRING)
                    .field("name_en", Type.STRING).field("name_ar", Type.STRING).field("issuer", Type.STRING)
                    .field("held_by_government", Type.BOOLEAN).field("fetched_by_government", Type.BOOLEAN);
            case EVALUATIONS -> new Schema("evaluations", null).field("center", Type.STRING).field("date", Type.STRING)
                    .field("kind", Type.STRING).field("score", Type.REAL).field("observed_wait_min", Type.REAL)
                    .field("specialist_present", Type.BOOLEAN).field("responses", Type.INTEGER).field("satisfaction_mean", Type.REAL)
                    .field("promoters", Type.INTEGER).field("passives", Type.INTEGER).field("detractors", Type.INTEGER)
                    .field("received", Type.INTEGER).field("answered_on_time", Type.INTEGER).field("description", Type.STRING)
                    .field("from_feedback", Type.BOOLEAN);
            case SETTLEMENTS -> new Schema("settlements", "Point").field("zone", Type.STRING).field("code", Type.STRING)
                    .field("name_en", Type.STRING).field("name_ar", Type.STRING).field("share", Type.REAL)
                    .field("population", Type.INTEGER).field("area_type", Type.STRING);
        };
    }

    private Feature feature(Kind kind, Named object) throws IOException {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", object.getCode());
        a.put("name_en", object.getNameEn());
        a.put("name_ar", object.getNameAr());
        Geometry geometry = null;
        switch (kind) {
            case CENTERS -> {
                ServiceCenter c = (ServiceCenter) object;
                a.put("kind", c.getKind().getName());
                a.put("status", c.getStatus().getName());
                a.put("region", c.getRegion() == null ? null : c.getRegion().getCode());
                a.put("agency", c.getAgency() == null ? null : c.getAgency().getCode());
                a.put("counters", (long) c.getCounters().size());
                a.put("staff", (long) c.getStaff());
                a.put("opening_hours", c.getOpeningHours());
                a.put("services", c.getServicesOffered().stream().map(Service::getCode).collect(Collectors.joining(";")));
                a.put("accessibility", c.getAccessibility().stream().map(AccessibilityFeature::getName).collect(Collectors.joining(";")));
                geometry = point(c.getLongitude(), c.getLatitude());
            }
            case DEMAND -> {
                DemandZone z = (DemandZone) object;
                a.put("region", z.getRegion() == null ? null : z.getRegion().getCode());
                a.put("population", z.getPopulation());
                a.put("area_type", z.getAreaType().getName());
                geometry = point(z.getLongitude(), z.getLatitude());
            }
            case SERVICES -> {
                Service s = (Service) object;
                a.put("agency", s.getAgency() == null ? null : s.getAgency().getCode());
                a.put("category", s.getCategory());
                a.put("annual_transactions", s.getAnnualTransactions());
                a.put("per_capita_rate", s.getPerCapitaRate());
                a.put("mean_handling_minutes", s.getMeanHandlingMinutes());
                a.put("handling_cv", s.getHandlingTimeCv());
                a.put("digital_share", s.getDigitalShare());
                a.put("presence_required", s.isPresenceRequired());
                a.put("channel", s.isSetChannel() ? s.getChannel().getName() : null);
                a.put("handling_minutes_before", s.isSetHandlingMinutesBefore() ? s.getHandlingMinutesBefore() : null);
                a.put("steps_before", s.isSetStepsBefore() ? (Object) (long) s.getStepsBefore() : null);
                a.put("steps_after", s.isSetStepsAfter() ? (Object) (long) s.getStepsAfter() : null);
                a.put("participating_agencies", s.getParticipatingAgencies().stream().map(x -> x.getCode()).collect(Collectors.joining(";")));
            }
            case REGIONS -> {
                Region r = (Region) object;
                a.put("level", r.getLevel().getName());
                a.put("parent", r.getParent() == null ? null : r.getParent().getCode());
                a.put("area_km2", r.getAreaKm2());
                a.put("wikidata", r.getWikidata());
                a.put("lat", r.getLatitude());
                a.put("lon", r.getLongitude());
                if (r.getGeometryWkt() != null && !r.getGeometryWkt().isBlank()) {
                    try {
                        geometry = new WKTReader(geometries).read(r.getGeometryWkt());
                    } catch (ParseException e) {
                        throw new IOException("region " + r.getCode() + ": its boundary is not valid WKT: " + e.getMessage(), e);
                    }
                    if (geometry instanceof Polygon p) {
                        geometry = geometries.createMultiPolygon(new Polygon[] {p});
                    }
                }
            }
        }
        return new Feature(kind.id() + " " + object.getCode(), geometry, a);
    }

    private Geometry point(double lon, double lat) {
        return geometries.createPoint(new Coordinate(lon, lat));
    }
}
