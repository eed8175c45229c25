package org.nafitha.sample;

import java.util.HashMap;
import java.util.Map;

import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.sample.internal.CsvTable;

/**
 * The embedded sample scenario of Jordan: the 12 governorates, the 51 districts as demand zones with their
 * 2024 population and centroid, and the comprehensive service centers in the governorate capitals.
 *
 * <p>Boundaries and populations © OpenStreetMap contributors, ODbL; compiled by
 * izaslavsky/jordan-administrative-boundaries (see data/README.md).
 */
public final class SampleScenario {

    /** The name a user types for this scenario: {@code --scenario sample}. */
    public static final String NAME = "sample";

    private SampleScenario() {
    }

    /** Builds a fresh copy of the sample: each call returns an independent scenario a planner may change. */
    public static Scenario create() {
        NafithaFactory f = NafithaFactory.eINSTANCE;
        Scenario scenario = f.createScenario();
        scenario.setCode("JO-SAMPLE");
        scenario.setNameEn("Jordan sample network");
        scenario.setNameAr("شبكة الأردن النموذجية");
        scenario.setDescription("The 12 governorates and 51 districts of Jordan with their 2024 population, and the "
                + "comprehensive government service centers in the governorate capitals. Boundaries and populations "
                + "© OpenStreetMap contributors, ODbL; compiled by izaslavsky/jordan-administrative-boundaries.");
        scenario.setBaseYear(2024);

        Map<String, Region> regions = new HashMap<>();
        for (CsvTable.Row row : table("governorates.csv").rows()) {
            Region region = f.createRegion();
            region.setCode(row.text("code"));
            region.setNameEn(row.text("name_en"));
            region.setNameAr(row.text("name_ar"));
            region.setLevel(RegionLevel.GOVERNORATE);
            region.setLatitude(row.decimal("lat"));
            region.setLongitude(row.decimal("lon"));
            region.setAreaKm2(row.decimal("area_km2"));
            region.setWikidata(row.text("wikidata"));
            scenario.getRegions().add(region);
            regions.put(region.getCode(), region);
        }

        for (CsvTable.Row row : table("districts.csv").rows()) {
            DemandZone zone = f.createDemandZone();
            zone.setCode(row.text("code"));
            zone.setNameEn(row.text("name_en"));
            zone.setNameAr(row.text("name_ar"));
            zone.setLatitude(row.decimal("lat"));
            zone.setLongitude(row.decimal("lon"));
            zone.setPopulation(row.integer("population_2024"));
            zone.setRegion(region(regions, row, "governorate_code"));
            scenario.getDemandZones().add(zone);
        }

        for (CsvTable.Row row : table("centers.csv").rows()) {
            ServiceCenter center = f.createServiceCenter();
            center.setCode(row.text("code"));
            center.setNameEn(row.text("name_en"));
            center.setNameAr(row.text("name_ar"));
            center.setKind(literal(CenterKind.class, row, "kind"));
            center.setStatus(literal(CenterStatus.class, row, "status"));
            center.setRegion(region(regions, row, "region_code"));
            center.setLatitude(row.decimal("lat"));
            center.setLongitude(row.decimal("lon"));
            center.setStaff((int) row.integer("staff"));
            long counters = row.integer("counters");
            for (int i = 1; i <= counters; i++) {
                Counter counter = f.createCounter();
                counter.setCode(String.format("%s-C%02d", center.getCode(), i));
                counter.setUniversal(true);
                center.getCounters().add(counter);
            }
            scenario.getCenters().add(center);
        }
        return scenario;
    }

    private static CsvTable table(String name) {
        return CsvTable.read("data/" + name, SampleScenario.class.getResourceAsStream("/data/" + name));
    }

    private static Region region(Map<String, Region> regions, CsvTable.Row row, String column) {
        Region region = regions.get(row.text(column));
        if (region == null) {
            throw row.error(column, "the code of one of the governorates");
        }
        return region;
    }

    private static <E extends Enum<E>> E literal(Class<E> type, CsvTable.Row row, String column) {
        try {
            return Enum.valueOf(type, row.text(column));
        } catch (IllegalArgumentException e) {
            throw row.error(column, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
