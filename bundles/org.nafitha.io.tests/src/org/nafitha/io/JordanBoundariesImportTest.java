package org.nafitha.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Scenario;

/**
 * Imports the real Jordan boundary GeoPackages from ../shared/data (ODbL, © OpenStreetMap contributors, compiled by
 * izaslavsky/jordan-administrative-boundaries): the 51 districts as regions and as demand (11,625,745 residents in
 * 2024, the sum the data's README gives), and the 12 governorates. Skipped with a message when the folder is absent.
 */
class JordanBoundariesImportTest {

    static Path boundaries() {
        String env = System.getenv("NAFITHA_SHARED_DATA");
        if (env != null) {
            return Path.of(env, "jordan-boundaries");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data").resolve("jordan-boundaries");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Path file(String name) {
        Path dir = boundaries();
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(dir.resolve(name)),
                "skipped: ../shared/data/jordan-boundaries/" + name + " is not on this machine (set NAFITHA_SHARED_DATA to its data folder)");
        return dir.resolve(name);
    }

    private static Scenario empty() {
        Scenario s = NafithaFactory.eINSTANCE.createScenario();
        s.setCode("jordan");
        s.setNameEn("Jordan");
        return s;
    }

    @Test
    void districtsAsRegionsAndDemand() throws Exception {
        Path districts = file("dis_simpl_20m.gpkg");
        Scenario s = empty();
        ScenarioImporter importer = new ScenarioImporter(Formats.builtIn());
        ImportPlan regions = importer.plan(s, Kind.REGIONS, districts, new ImportOptions().regionLevel(RegionLevel.DISTRICT));
        assertEquals("EPSG:4326", regions.crs());
        regions.apply();
        assertEquals(51, s.getRegions().size());
        for (Region r : s.getRegions()) {
            assertTrue(r.getGeometryWkt().startsWith("MULTIPOLYGON") || r.getGeometryWkt().startsWith("POLYGON"), r.getCode());
            assertTrue(r.getAreaKm2() > 10 && r.getAreaKm2() < 40_000, r.getCode() + " " + r.getAreaKm2());
            assertTrue(r.getCode().startsWith("Q"), "codes are the Wikidata ids: " + r.getCode());
        }
        ImportPlan demand = importer.plan(s, Kind.DEMAND, districts, new ImportOptions().column("region", "wikidata"));
        demand.apply();
        assertEquals(51, s.getDemandZones().size());
        assertEquals(11_625_745L, s.getDemandZones().stream().mapToLong(DemandZone::getPopulation).sum());
        for (DemandZone z : s.getDemandZones()) {
            assertNotNull(z.getRegion(), z.getCode());
            assertEquals(z.getCode(), z.getRegion().getCode());
            assertTrue(z.getLatitude() > 29 && z.getLatitude() < 33.5 && z.getLongitude() > 34.8 && z.getLongitude() < 39.4);
        }
        long arabic = s.getRegions().stream().filter(r -> r.getNameAr() != null && r.getNameAr().matches(".*[\\u0600-\\u06FF].*")).count();
        assertEquals(51, arabic, "every district keeps its Arabic name");
    }

    @Test
    void governoratesAsRegions() throws Exception {
        Scenario s = empty();
        new ScenarioImporter(Formats.builtIn())
                .plan(s, Kind.REGIONS, file("gov_simpl_20m.gpkg"), new ImportOptions().regionLevel(RegionLevel.GOVERNORATE)).apply();
        assertEquals(12, s.getRegions().size());
        double total = s.getRegions().stream().mapToDouble(Region::getAreaKm2).sum();
        // Jordan's land area is about 88,800 km² (89,342 km² with water, DoS): the polygons measured in UTM agree to 3 %
        assertTrue(total > 86_000 && total < 92_000, "total area " + total);
    }
}
