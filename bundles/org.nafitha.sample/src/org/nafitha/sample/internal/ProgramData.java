package org.nafitha.sample.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.nafitha.model.Agency;
import org.nafitha.model.AreaType;
import org.nafitha.model.DigitalUptake;
import org.nafitha.model.DocumentRequirement;
import org.nafitha.model.EvaluationKind;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.ServiceChannel;

/**
 * The program's registry and citizen-voice data of the sample (data/README.md says which values are illustrative):
 * documents each service requires and who holds them, channels and re-engineering facts, agencies applying the
 * digital-transformation standards framework, the digital gap, and the comprehensive centers' evaluation rounds.
 */
public final class ProgramData {

    private static final NafithaFactory F = NafithaFactory.eINSTANCE;

    private final Scenario scenario;
    private final Function<String, CsvTable> tables;
    private final Map<String, Agency> agencies = new HashMap<>();
    private final Map<String, Service> services = new HashMap<>();

    private ProgramData(Scenario scenario, Function<String, CsvTable> tables) {
        this.scenario = scenario;
        this.tables = tables;
        scenario.getAgencies().forEach(a -> agencies.put(a.getCode(), a));
        scenario.getServices().forEach(s -> services.put(s.getCode(), s));
    }

    /** Adds the program data to a sample whose agencies, services, regions, groups and centers are there. */
    public static void load(Scenario scenario, Function<String, CsvTable> tables) {
        ProgramData d = new ProgramData(scenario, tables);
        d.documents();
        d.serviceFacts();
        d.agencyFacts();
        d.digitalUptake();
        d.evaluations();
    }

    private Service service(CsvTable.Row row) {
        Service s = services.get(row.text("service_code"));
        if (s == null) {
            throw row.error("service_code", "the code of a service of services.csv");
        }
        return s;
    }

    private Agency agency(CsvTable.Row row, String column, String code) {
        Agency a = agencies.get(code);
        if (a == null) {
            throw row.error(column, "codes of agencies.csv");
        }
        return a;
    }

    private void documents() {
        for (CsvTable.Row row : tables.apply("service_documents.csv").rows()) {
            DocumentRequirement d = F.createDocumentRequirement();
            d.setCode(row.text("code"));
            d.setNameEn(row.text("name_en"));
            d.setNameAr(row.text("name_ar"));
            if (!row.text("issuer").isEmpty()) {
                d.setIssuer(agency(row, "issuer", row.text("issuer")));
            }
            d.setHeldByGovernment(bool(row, "held_by_government"));
            d.setFetchedByGovernment(bool(row, "fetched_by_government"));
            service(row).getDocuments().add(d);
        }
    }

    private void serviceFacts() {
        for (CsvTable.Row row : tables.apply("service_facts.csv").rows()) {
            Service s = service(row);
            try {
                s.setChannel(ServiceChannel.valueOf(row.text("channel")));
            } catch (IllegalArgumentException e) {
                throw row.error("channel", "IN_PERSON_ONLY, PARTLY_DIGITAL or FULLY_DIGITAL");
            }
            if (!row.text("handling_minutes_before").isEmpty()) {
                s.setHandlingMinutesBefore(row.decimal("handling_minutes_before"));
            }
            if (!row.text("steps_before").isEmpty()) {
                s.setStepsBefore((int) row.integer("steps_before"));
            }
            if (!row.text("steps_after").isEmpty()) {
                s.setStepsAfter((int) row.integer("steps_after"));
            }
            for (String code : row.text("participating_agencies").split(";")) {
                if (!code.isBlank()) {
                    s.getParticipatingAgencies().add(agency(row, "participating_agencies", code.trim()));
                }
            }
        }
    }

    private void agencyFacts() {
        for (CsvTable.Row row : tables.apply("agency_facts.csv").rows()) {
            Agency a = agency(row, "agency_code", row.text("agency_code"));
            a.setAppliesStandardsFramework(bool(row, "applies_standards_framework"));
            if (!row.text("framework_year").isEmpty()) {
                a.setStandardsFrameworkYear((int) row.integer("framework_year"));
            }
        }
    }

    private void digitalUptake() {
        Map<String, Region> regions = new HashMap<>();
        scenario.getRegions().forEach(r -> regions.put(r.getCode(), r));
        Map<String, PopulationGroup> groups = new HashMap<>();
        scenario.getPopulationGroups().forEach(g -> groups.put(g.getCode(), g));
        for (CsvTable.Row row : tables.apply("digital_uptake.csv").rows()) {
            DigitalUptake u = F.createDigitalUptake();
            if (!row.text("region_code").isEmpty()) {
                u.setRegion(regions.get(row.text("region_code")));
                if (u.getRegion() == null) {
                    throw row.error("region_code", "a code of governorates.csv");
                }
            }
            if (!row.text("area_type").isEmpty()) {
                try {
                    u.setAreaType(AreaType.valueOf(row.text("area_type")));
                } catch (IllegalArgumentException e) {
                    throw row.error("area_type", "URBAN, RURAL or BADIA");
                }
            }
            if (!row.text("group_code").isEmpty()) {
                u.setGroup(groups.get(row.text("group_code")));
                if (u.getGroup() == null) {
                    throw row.error("group_code", "a code of population_groups.csv");
                }
            }
            u.setMultiplier(row.decimal("multiplier"));
            scenario.getParameters().getDigitalUptake().add(u);
        }
    }

    private void evaluations() {
        Map<String, ServiceCenter> centers = new HashMap<>();
        scenario.getCenters().forEach(c -> centers.put(c.getCode(), c));
        for (CsvTable.Row row : tables.apply("evaluations.csv").rows()) {
            ServiceCenter c = centers.get(row.text("center"));
            if (c == null) {
                throw row.error("center", "the code of a center of centers.csv");
            }
            EvaluationRecord r = F.createEvaluationRecord();
            r.setDate(row.text("date"));
            try {
                r.setKind(EvaluationKind.valueOf(row.text("kind").toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw row.error("kind", "an evaluation kind such as mystery_shopper");
            }
            if (!row.text("score").isEmpty()) {
                r.setScore(row.decimal("score"));
            }
            if (!row.text("observed_wait_min").isEmpty()) {
                r.setObservedWaitMinutes(row.decimal("observed_wait_min"));
            }
            if (!row.text("specialist_present").isEmpty()) {
                r.setSpecialistPresent(bool(row, "specialist_present"));
            }
            if (!row.text("responses").isEmpty()) {
                r.setResponses((int) row.integer("responses"));
            }
            if (!row.text("satisfaction_mean").isEmpty()) {
                r.setSatisfactionMean(row.decimal("satisfaction_mean"));
            }
            for (String count : new String[] {"promoters", "passives", "detractors", "received", "answered_on_time"}) {
                if (!row.text(count).isEmpty()) {
                    int v = (int) row.integer(count);
                    switch (count) {
                        case "promoters" -> r.setPromoters(v);
                        case "passives" -> r.setPassives(v);
                        case "detractors" -> r.setDetractors(v);
                        case "received" -> r.setReceived(v);
                        default -> r.setAnsweredOnTime(v);
                    }
                }
            }
            if (!row.text("description").isEmpty()) {
                r.setDescription(row.text("description"));
            }
            if (!row.text("from_feedback").isEmpty()) {
                r.setFromFeedback(bool(row, "from_feedback"));
            }
            c.getEvaluationRecords().add(r);
        }
    }

    private static boolean bool(CsvTable.Row row, String column) {
        return switch (row.text(column).toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw row.error(column, "true or false (yes or no)");
        };
    }
}
