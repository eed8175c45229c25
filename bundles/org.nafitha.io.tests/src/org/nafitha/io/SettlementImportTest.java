package org.nafitha.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.model.AreaType;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;
import org.nafitha.model.Settlement;
import org.nafitha.model.file.ScenarioFiles;

/** Importing where the residents of existing zones live: all or nothing, shares checked per zone. */
class SettlementImportTest {

    private static final NafithaFactory F = NafithaFactory.eINSTANCE;

    /** Zone Z (10,000 residents, rural) in region R, whose boundary is the square 35..36 E x 29..30 N. */
    private static Scenario scenario() {
        Scenario s = F.createScenario();
        s.setCode("T");
        Region r = F.createRegion();
        r.setCode("R");
        r.setGeometryWkt("POLYGON ((35 29, 36 29, 36 30, 35 30, 35 29))");
        s.getRegions().add(r);
        DemandZone z = F.createDemandZone();
        z.setCode("Z");
        z.setPopulation(10_000);
        z.setAreaType(AreaType.RURAL);
        z.setRegion(r);
        z.setLatitude(29.5);
        z.setLongitude(35.5);
        s.getDemandZones().add(z);
        return s;
    }

    private static Path csv(Path dir, String text) throws Exception {
        Path file = dir.resolve("settlements.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void populationsBecomeSharesAndReplaceTheZonesPlaces(@TempDir Path dir) throws Exception {
        Scenario s = scenario();
        DemandZone before = s.getDemandZones().get(0);
        Path file = csv(dir, """
                zone,code,name_en,name_ar,lat,lon,population,area_type
                Z,TOWN,Town,بلدة,29.10,35.10,6000,URBAN
                Z,VILLAGE,Village,قرية,29.50,35.50,3000,
                Z,REST,Dispersed,متفرق,29.90,35.90,1000,
                """);
        ImportPlan plan = new ScenarioImporter(Formats.builtIn()).plan(s, Kind.SETTLEMENTS, file, new ImportOptions());
        assertEquals(0, plan.added());
        assertEquals(1, plan.replaced().size());
        assertTrue(before.getSettlements().isEmpty(), "nothing changes before apply");
        plan.apply();
        DemandZone z = s.getDemandZones().get(0);
        assertEquals(3, z.getSettlements().size());
        assertEquals(0.6, z.getSettlements().get(0).getShare(), 1e-12);
        assertEquals(0.3, z.getSettlements().get(1).getShare(), 1e-12);
        assertEquals(0.1, z.getSettlements().get(2).getShare(), 1e-12);
        assertEquals(AreaType.URBAN, z.getSettlements().get(0).getAreaType());
        assertFalse(z.getSettlements().get(1).isSetAreaType(), "no area type: the zone's");
        assertEquals("قرية", z.getSettlements().get(1).getNameAr());
        assertSame(s.getRegions().get(0), z.getRegion(), "the zone keeps its region");
        assertEquals(10_000, z.getPopulation());
    }

    @Test
    void sharesThatDoNotSumToOneAreRefused(@TempDir Path dir) throws Exception {
        refused(dir, """
                zone,code,lat,lon,share
                Z,A,29.1,35.1,0.5
                Z,B,29.2,35.2,0.4
                """, "settlements.csv, line 3, field 'share': expected the shares of zone Z's places to sum to 1");
    }

    @Test
    void aPointOutsideItsZoneIsRefused(@TempDir Path dir) throws Exception {
        refused(dir, """
                zone,code,lat,lon,share
                Z,A,29.1,35.1,0.5
                Z,B,31.5,35.5,0.5
                """, "line 3, field 'lat/lon': expected a point inside its zone Z (within the boundary of R)");
    }

    @Test
    void anUnknownZoneIsRefused(@TempDir Path dir) throws Exception {
        refused(dir, """
                zone,code,lat,lon,share
                Q,A,29.1,35.1,1
                """, "line 2, field 'zone': expected the code of a demand zone of the scenario (unknown zone)");
    }

    private static void refused(Path dir, String text, String expected) throws Exception {
        Scenario s = scenario();
        byte[] before = ScenarioFiles.toBytes(s);
        ImportException e = assertThrows(ImportException.class,
                () -> new ScenarioImporter(Formats.builtIn()).plan(s, Kind.SETTLEMENTS, csv(dir, text), new ImportOptions()).apply());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertArrayEquals(before, ScenarioFiles.toBytes(s), "the scenario is as it was");
    }

    @Test
    void theSampleExportsItsSettlementsAndReadsThemBack(@TempDir Path dir) throws Exception {
        Scenario sample = org.nafitha.sample.SampleScenario.create();
        Path file = dir.resolve("settlements.csv");
        int written = new ScenarioExporter(Formats.builtIn()).export(sample, Kind.SETTLEMENTS, file, null);
        assertEquals(sample.getDemandZones().stream().mapToInt(z -> z.getSettlements().size()).sum(), written);
        Scenario other = org.nafitha.sample.SampleScenario.create();
        other.getDemandZones().forEach(z -> z.getSettlements().clear());
        new ScenarioImporter(Formats.builtIn()).plan(other, Kind.SETTLEMENTS, file, new ImportOptions()).apply();
        for (int i = 0; i < sample.getDemandZones().size(); i++) {
            var a = sample.getDemandZones().get(i).getSettlements();
            var b = other.getDemandZones().get(i).getSettlements();
            assertEquals(a.size(), b.size());
            for (int k = 0; k < a.size(); k++) {
                Settlement x = a.get(k);
                Settlement y = b.get(k);
                assertEquals(x.getCode(), y.getCode());
                assertEquals(x.getShare(), y.getShare(), 1e-12);
                assertEquals(x.getLatitude(), y.getLatitude(), 1e-9);
                assertEquals(x.isSetAreaType(), y.isSetAreaType());
            }
        }
    }
}
