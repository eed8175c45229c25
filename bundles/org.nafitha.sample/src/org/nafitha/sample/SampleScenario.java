package org.nafitha.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.nafitha.model.AccessibilityFeature;
import org.nafitha.model.Agency;
import org.nafitha.model.AreaType;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.DemandZone;
import org.nafitha.model.DistanceModel;
import org.nafitha.model.Evaluation;
import org.nafitha.model.GroupPopulation;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Named;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Scenario;
import org.nafitha.model.Score;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceBundle;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.Settlement;
import org.nafitha.model.SiteRole;
import org.nafitha.sample.internal.CsvTable;
import org.nafitha.sample.internal.ProgramData;
import org.nafitha.sample.internal.RoadmapData;

/**
 * The embedded sample scenario of Jordan: the 12 governorates, the 51 districts as demand zones with their 2024
 * population and interior point, population groups, the national services registry (agencies, services, bundles),
 * the comprehensive service centers in the governorate capitals, a representative set of agency offices, municipal
 * offices, mobile units and kiosks, candidate sites and the planning norms. The files are in {@code data/}; their
 * README says where each figure comes from and which are planning assumptions.
 *
 * <p>Boundaries and populations © OpenStreetMap contributors, ODbL; compiled by
 * izaslavsky/jordan-administrative-boundaries. Country outline: Made with Natural Earth.
 */
public final class SampleScenario {

    /** The name a user types for this scenario: {@code --scenario sample}. */
    public static final String NAME = "sample";

    /** Districts with at least this many residents become candidate sites for new centers. */
    static final long CANDIDATE_SITE_MIN_POPULATION = 150_000;

    private final NafithaFactory f = NafithaFactory.eINSTANCE;
    private final Scenario scenario = f.createScenario();
    private final Map<String, Region> regions = new HashMap<>();
    private final Map<String, PopulationGroup> groups = new LinkedHashMap<>();
    private final Map<String, Double> groupShares = new HashMap<>();
    private final Map<String, Agency> agencies = new HashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();

    private SampleScenario() {
    }

    /** Builds a fresh copy of the sample: each call returns an independent scenario a planner may change. */
    public static Scenario create() {
        return new SampleScenario().build();
    }

    private Scenario build() {
        scenario.setCode("JO-SAMPLE");
        scenario.setNameEn("Jordan sample network");
        scenario.setNameAr("شبكة الأردن النموذجية");
        scenario.setDescription("The 12 governorates and 51 districts of Jordan with their 2024 population, the national "
                + "services registry, the comprehensive government service centers in the governorate capitals and a "
                + "representative set of agency offices. Boundaries and populations © OpenStreetMap contributors, ODbL; "
                + "compiled by izaslavsky/jordan-administrative-boundaries. Country outline made with Natural Earth. "
                + "Volumes, handling times, counters and staff are planning assumptions unless data/README.md says otherwise.");
        scenario.setBaseYear(2024);
        scenario.setStudyArea(text("jordan_outline.wkt"));
        parameters();
        groups();
        governorates();
        districts();
        boundaries();
        settlements();
        agencies();
        services();
        bundles();
        comprehensiveCenters();
        offices();
        evaluations();
        ProgramData.load(scenario, SampleScenario::table);
        candidateSites();
        RoadmapData.load(scenario, SampleScenario::table);
        return scenario;
    }

    private void parameters() {
        PlanningParameters p = f.createPlanningParameters();
        p.setDistanceModel(DistanceModel.DETOUR);
        p.setDetourFactor(1.3);
        p.setServiceLevelShare(0.8);
        p.setServiceLevelWaitMinutes(15);
        p.setWorkingDaysPerYear(250);
        p.setWorkingHoursPerDay(7);
        p.setPeakFactor(1.3);
        p.setDigitalShift(0.1);
        p.setStaffPerCounter(1.2);
        for (CsvTable.Row row : table("planning_parameters.csv").rows()) {
            CoverageThreshold t = f.createCoverageThreshold();
            t.setAreaType(literal(AreaType.class, row, "area_type"));
            t.setMaxDistanceKm(row.decimal("max_distance_km"));
            t.setMaxTravelMinutes(row.decimal("max_travel_minutes"));
            t.setSpeedKmh(row.decimal("speed_kmh"));
            p.getCoverageThresholds().add(t);
        }
        scenario.setParameters(p);
    }

    private void groups() {
        for (CsvTable.Row row : table("population_groups.csv").rows()) {
            PopulationGroup g = f.createPopulationGroup();
            named(g, row);
            g.setDescription(row.text("description"));
            String partition = row.text("partition");
            g.setPartition(partition.isEmpty() ? null : partition);
            scenario.getPopulationGroups().add(g);
            groups.put(g.getCode(), g);
            groupShares.put(g.getCode(), row.decimal("national_share"));
        }
    }

    private void governorates() {
        for (CsvTable.Row row : table("governorates.csv").rows()) {
            Region region = f.createRegion();
            named(region, row);
            region.setLevel(RegionLevel.GOVERNORATE);
            region.setLatitude(row.decimal("lat"));
            region.setLongitude(row.decimal("lon"));
            region.setAreaKm2(row.decimal("area_km2"));
            region.setWikidata(row.text("wikidata"));
            scenario.getRegions().add(region);
            regions.put(region.getCode(), region);
        }
    }

    private void districts() {
        for (CsvTable.Row row : table("districts.csv").rows()) {
            DemandZone zone = f.createDemandZone();
            named(zone, row);
            zone.setLatitude(row.decimal("lat"));
            zone.setLongitude(row.decimal("lon"));
            zone.setPopulation(row.integer("population_2024"));
            zone.setRegion(lookup(regions, row, "governorate_code", "governorate"));
            double density = zone.getPopulation() / row.decimal("area_km2");
            zone.setAreaType(density >= 500 ? AreaType.URBAN : density < 20 ? AreaType.BADIA : AreaType.RURAL);
            for (PopulationGroup g : groups.values()) {
                GroupPopulation gp = f.createGroupPopulation();
                gp.setGroup(g);
                gp.setShare(groupShares.get(g.getCode()));
                zone.getGroups().add(gp);
            }
            scenario.getDemandZones().add(zone);

            Region district = f.createRegion();
            named(district, row);
            district.setLevel(RegionLevel.DISTRICT);
            district.setParent(zone.getRegion());
            district.setLatitude(zone.getLatitude());
            district.setLongitude(zone.getLongitude());
            district.setAreaKm2(row.decimal("area_km2"));
            district.setWikidata(row.text("wikidata"));
            scenario.getRegions().add(district);
            regions.put(district.getCode(), district);
        }
    }

    /**
     * The base map: each governorate's and district's outline (boundaries.csv, ODbL, simplified as README.md says),
     * as its region's geometry. Every region must have one, of its own level.
     */
    private void boundaries() {
        for (CsvTable.Row row : table("boundaries.csv").rows()) {
            Region region = lookup(regions, row, "code", "governorate or district");
            if (!region.getLevel().getName().equals(row.text("level"))) {
                throw row.error("level", region.getLevel().getName());
            }
            String wkt = row.text("wkt");
            if (!wkt.startsWith("POLYGON") && !wkt.startsWith("MULTIPOLYGON")) {
                throw row.error("wkt", "a POLYGON or MULTIPOLYGON in WKT");
            }
            region.setGeometryWkt(wkt);
        }
        for (Region region : scenario.getRegions()) {
            if (region.getGeometryWkt() == null) {
                throw new IllegalStateException("data/boundaries.csv: no outline for the region " + region.getCode());
            }
        }
    }

    /** Where each district's residents live: its seat and its other subdistricts (settlements.csv, README.md). */
    private void settlements() {
        Map<String, DemandZone> zones = new HashMap<>();
        scenario.getDemandZones().forEach(z -> zones.put(z.getCode(), z));
        for (CsvTable.Row row : table("settlements.csv").rows()) {
            DemandZone zone = lookup(zones, row, "zone_code", "demand zone");
            Settlement st = f.createSettlement();
            named(st, row);
            st.setLatitude(row.decimal("lat"));
            st.setLongitude(row.decimal("lon"));
            st.setShare(row.decimal("share"));
            if (!row.text("area_type").isEmpty()) {
                st.setAreaType(literal(AreaType.class, row, "area_type"));
            }
            zone.getSettlements().add(st);
        }
    }

    private void agencies() {
        for (CsvTable.Row row : table("agencies.csv").rows()) {
            Agency a = f.createAgency();
            named(a, row);
            a.setAcronym(row.text("acronym"));
            scenario.getAgencies().add(a);
            agencies.put(a.getCode(), a);
        }
    }

    private void services() {
        for (CsvTable.Row row : table("services.csv").rows()) {
            Service s = f.createService();
            named(s, row);
            s.setAgency(lookup(agencies, row, "agency_code", "agency"));
            s.setCategory(row.text("category"));
            if (!row.text("annual_transactions").isEmpty()) {
                s.setAnnualTransactions(row.integer("annual_transactions"));
            }
            if (!row.text("per_capita_rate").isEmpty()) {
                s.setPerCapitaRate(row.decimal("per_capita_rate"));
            }
            s.setMeanHandlingMinutes(row.decimal("mean_handling_minutes"));
            s.setHandlingTimeCv(row.decimal("handling_cv"));
            s.setDigitalShare(row.decimal("digital_share"));
            s.setPresenceRequired(Boolean.parseBoolean(row.text("presence_required")));
            for (String code : list(row.text("eligible_groups"))) {
                PopulationGroup g = groups.get(code);
                if (g == null) {
                    throw row.error("eligible_groups", "codes of population_groups.csv, not '" + code + "'");
                }
                s.getEligibleGroups().add(g);
            }
            scenario.getServices().add(s);
            services.put(s.getCode(), s);
        }
    }

    private void bundles() {
        for (CsvTable.Row row : table("bundles.csv").rows()) {
            ServiceBundle b = f.createServiceBundle();
            named(b, row);
            b.setLifeEvent(row.text("life_event"));
            b.getServices().addAll(servicesOf(row, "services"));
            scenario.getBundles().add(b);
        }
    }

    private void comprehensiveCenters() {
        Map<String, CsvTable.Row> offered = new HashMap<>();
        for (CsvTable.Row row : table("comprehensive_services.csv").rows()) {
            offered.put(row.text("center_code"), row);
        }
        for (CsvTable.Row row : table("centers.csv").rows()) {
            ServiceCenter center = center(row);
            CsvTable.Row services = offered.get(center.getCode());
            if (services == null) {
                throw row.error("code", "a center listed in comprehensive_services.csv");
            }
            center.getServicesOffered().addAll(servicesOf(services, "services"));
            switch (row.text("counter_model")) {
                case "AGENCY_DESKS" -> specializedCounters(center, (int) row.integer("counters"));
                case "UNIVERSAL" -> universalCounters(center, (int) row.integer("counters"));
                default -> throw row.error("counter_model", "AGENCY_DESKS or UNIVERSAL");
            }
            scenario.getCenters().add(center);
        }
    }

    private void offices() {
        for (CsvTable.Row row : table("offices.csv").rows()) {
            ServiceCenter office = center(row);
            office.setAgency(lookup(agencies, row, "agency_code", "agency"));
            office.getServicesOffered().addAll(servicesOf(row, "services"));
            universalCounters(office, (int) row.integer("counters"));
            scenario.getCenters().add(office);
        }
    }

    /** The largest districts are where a new center could go. */
    /** Readiness scores and citizen-voice results (illustrative): a blank cell is not assessed and stays unset. */
    private void evaluations() {
        Map<String, ServiceCenter> byCode = new HashMap<>();
        for (ServiceCenter c : scenario.getCenters()) {
            byCode.put(c.getCode(), c);
        }
        for (CsvTable.Row row : table("center_evaluations.csv").rows()) {
            ServiceCenter center = lookup(byCode, row, "code", "a center of centers.csv or offices.csv");
            for (String dimension : List.of("infrastructure", "equipment", "connectivity")) {
                if (!row.text(dimension).isEmpty()) {
                    Score score = f.createScore();
                    score.setDimension(dimension);
                    score.setValue(percent(row, dimension, 0));
                    center.getReadiness().add(score);
                }
            }
            Evaluation e = f.createEvaluation();
            if (!row.text("satisfaction").isEmpty()) {
                e.setSatisfaction(percent(row, "satisfaction", 0));
            }
            if (!row.text("mystery_shopper").isEmpty()) {
                e.setMysteryShopper(percent(row, "mystery_shopper", 0));
            }
            if (!row.text("volunteer_visitor").isEmpty()) {
                e.setVolunteerVisitor(percent(row, "volunteer_visitor", 0));
            }
            if (!row.text("nps").isEmpty()) {
                e.setNetPromoterScore(percent(row, "nps", -100));
            }
            if (!row.text("complaint_response").isEmpty()) {
                e.setComplaintResponse(percent(row, "complaint_response", 0));
            }
            center.setEvaluation(e);
        }
    }

    private static double percent(CsvTable.Row row, String column, double min) {
        double v = row.decimal(column);
        if (!(v >= min && v <= 100)) {
            throw row.error(column, "a number from " + (int) min + " to 100");
        }
        return v;
    }

    private void candidateSites() {
        for (DemandZone zone : scenario.getDemandZones()) {
            if (zone.getPopulation() >= CANDIDATE_SITE_MIN_POPULATION) {
                CandidateSite site = f.createCandidateSite();
                site.setCode("SITE-" + zone.getCode());
                site.setNameEn(zone.getNameEn() + " site");
                site.setNameAr("موقع " + zone.getNameAr());
                site.setLatitude(zone.getLatitude());
                site.setLongitude(zone.getLongitude());
                site.setRegion(zone.getRegion());
                site.setRole(SiteRole.CANDIDATE);
                site.setMaxCounters(30);
                // no fixed cost of its own: the roadmap's cost model prices a 30-counter comprehensive center
                scenario.getCandidateSites().add(site);
            }
        }
        // satellite center sites with illustrative costs (candidate_sites.csv)
        for (CsvTable.Row row : table("candidate_sites.csv").rows()) {
            CandidateSite site = f.createCandidateSite();
            named(site, row);
            site.setRegion(lookup(regions, row, "region_code", "governorate"));
            site.setLatitude(row.decimal("lat"));
            site.setLongitude(row.decimal("lon"));
            site.setRole(SiteRole.CANDIDATE);
            site.setMaxCounters((int) row.integer("max_counters"));
            site.setFixedCost(row.decimal("fixed_cost_jod"));
            scenario.getCandidateSites().add(site);
        }
    }

    private ServiceCenter center(CsvTable.Row row) {
        ServiceCenter center = f.createServiceCenter();
        named(center, row);
        center.setKind(literal(CenterKind.class, row, "kind"));
        center.setStatus(literal(CenterStatus.class, row, "status"));
        center.setRegion(lookup(regions, row, "region_code", "governorate"));
        center.setLatitude(row.decimal("lat"));
        center.setLongitude(row.decimal("lon"));
        center.setStaff((int) row.integer("staff"));
        center.setOpeningHours(row.text("opening_hours"));
        for (String feature : list(row.text("accessibility"))) {
            try {
                center.getAccessibility().add(AccessibilityFeature.valueOf(feature));
            } catch (IllegalArgumentException e) {
                throw row.error("accessibility", "features of " + List.of(AccessibilityFeature.values()) + ", not '" + feature + "'");
            }
        }
        return center;
    }

    private void universalCounters(ServiceCenter center, int count) {
        for (int i = 1; i <= count; i++) {
            Counter counter = f.createCounter();
            counter.setCode(String.format("%s-C%02d", center.getCode(), i));
            counter.setUniversal(true);
            counter.setAccessible(i == 1 && center.getAccessibility().contains(AccessibilityFeature.ACCESSIBLE_COUNTER));
            center.getCounters().add(counter);
        }
    }

    /**
     * Agency desks as the existing comprehensive centers work today: the counters are shared among the agencies in
     * proportion to the number of their services the center offers (at least one each, largest remainder first); with
     * fewer counters than agencies, agencies share desks. The center gets exactly {@code count} counters.
     */
    private void specializedCounters(ServiceCenter center, int count) {
        Map<Agency, List<Service>> byAgency = center.getServicesOffered().stream()
                .collect(Collectors.groupingBy(Service::getAgency, LinkedHashMap::new, Collectors.toList()));
        List<Agency> order = new ArrayList<>(byAgency.keySet());
        order.sort((a, b) -> Integer.compare(byAgency.get(b).size(), byAgency.get(a).size()));
        int total = center.getServicesOffered().size();
        if (order.size() > count) {
            // fewer counters than agencies: agencies share desks, round robin from the largest
            for (int k = 0; k < count; k++) {
                Counter counter = f.createCounter();
                counter.setCode(String.format("%s-C%02d", center.getCode(), k + 1));
                for (int a = k; a < order.size(); a += count) {
                    counter.getServices().addAll(byAgency.get(order.get(a)));
                }
                counter.setAccessible(k == 0 && center.getAccessibility().contains(AccessibilityFeature.ACCESSIBLE_COUNTER));
                center.getCounters().add(counter);
            }
            return;
        }
        Map<Agency, Integer> desks = new LinkedHashMap<>();
        int given = 0;
        for (Agency a : order) {
            int n = Math.max(1, (int) Math.floor((double) count * byAgency.get(a).size() / total));
            desks.put(a, n);
            given += n;
        }
        for (int i = 0; given < count; i = (i + 1) % order.size(), given++) {
            desks.merge(order.get(i), 1, Integer::sum);
        }
        int i = 1;
        for (Agency a : order) {
            for (int k = 0; k < desks.get(a); k++) {
                Counter counter = f.createCounter();
                counter.setCode(String.format("%s-C%02d", center.getCode(), i++));
                counter.getServices().addAll(byAgency.get(a));
                counter.setAccessible(k == 0 && center.getAccessibility().contains(AccessibilityFeature.ACCESSIBLE_COUNTER));
                center.getCounters().add(counter);
            }
        }
    }

    private List<Service> servicesOf(CsvTable.Row row, String column) {
        List<Service> list = new ArrayList<>();
        for (String code : list(row.text(column))) {
            Service s = services.get(code);
            if (s == null) {
                throw row.error(column, "codes of services.csv, not '" + code + "'");
            }
            list.add(s);
        }
        return list;
    }

    private void named(Named n, CsvTable.Row row) {
        n.setCode(row.text("code"));
        n.setNameEn(row.text("name_en"));
        n.setNameAr(row.text("name_ar"));
    }

    private static List<String> list(String cell) {
        List<String> items = new ArrayList<>();
        for (String s : cell.split(";")) {
            if (!s.isBlank()) {
                items.add(s.trim());
            }
        }
        return items;
    }

    private static CsvTable table(String name) {
        return CsvTable.read("data/" + name, SampleScenario.class.getResourceAsStream("/data/" + name));
    }

    /** A text file without its '#' comment lines. */
    private static String text(String name) {
        InputStream in = SampleScenario.class.getResourceAsStream("/data/" + name);
        if (in == null) {
            throw new IllegalStateException("sample data file missing: data/" + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.joining("\n")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T lookup(Map<String, T> map, CsvTable.Row row, String column, String what) {
        T t = map.get(row.text(column));
        if (t == null) {
            throw row.error(column, "the code of a " + what);
        }
        return t;
    }

    private static <E extends Enum<E>> E literal(Class<E> type, CsvTable.Row row, String column) {
        try {
            return Enum.valueOf(type, row.text(column));
        } catch (IllegalArgumentException e) {
            throw row.error(column, "one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
