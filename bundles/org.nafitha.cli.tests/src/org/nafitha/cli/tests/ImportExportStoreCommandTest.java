package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.sample.SampleScenario;

/** The import, export and store commands, end to end through the command line. */
class ImportExportStoreCommandTest extends CliRunning {

    @Test
    void exportedCentersImportBackUnchangedInEveryWritableFormat(@TempDir Path dir) throws Exception {
        for (String extension : new String[] {"csv", "geojson", "gpkg", "xlsx"}) {
            Path file = dir.resolve("centers." + extension);
            assertEquals(Cli.OK, run("export", "--scenario", "sample", "--kind", "centers", "--out", file.toString()), err());
            assertTrue(out().contains("wrote 185 centers"), out());
            Path result = dir.resolve("from-" + extension + ".nafitha");
            assertEquals(Cli.OK, run("import", "--scenario", "sample", "--kind", "centers", "--file", file.toString(), "--out",
                    result.toString()), extension + ": " + err());
            assertTrue(out().contains("imported 185 centers (0 added, 185 replaced)"), out());
            Scenario imported = ScenarioFiles.load(result);
            Scenario sample = SampleScenario.create();
            assertEquals(sample.getCenters().size(), imported.getCenters().size());
            for (int i = 0; i < sample.getCenters().size(); i++) {
                var a = sample.getCenters().get(i);
                var b = imported.getCenters().get(i);
                assertEquals(a.getCode(), b.getCode());
                assertEquals(a.getNameAr(), b.getNameAr(), extension + " keeps Arabic names");
                assertEquals(a.getLatitude(), b.getLatitude(), 1e-6);
                assertEquals(a.getLongitude(), b.getLongitude(), 1e-6);
                assertEquals(a.getCounters().size(), b.getCounters().size());
                assertEquals(a.getServicesOffered().size(), b.getServicesOffered().size());
                assertEquals(a.getKind(), b.getKind());
            }
        }
    }

    @Test
    void aShapefileTakesTheZonesButRefusesServiceListsLongerThanItsFieldsHold(@TempDir Path dir) throws Exception {
        Path shp = dir.resolve("centers.shp");
        assertEquals(Cli.DATA_ERROR, run("export", "--scenario", "sample", "--kind", "centers", "--out", shp.toString()));
        assertTrue(err().contains("at most 254 bytes"), err());
        assertFalse(Files.exists(shp), "no half-written Shapefile");
        Path zones = dir.resolve("zones.shp");
        assertEquals(Cli.OK, run("export", "--scenario", "sample", "--kind", "demand", "--out", zones.toString()), err());
        Path result = dir.resolve("zones.nafitha");
        assertEquals(Cli.OK, run("import", "--scenario", "sample", "--kind", "demand", "--file", zones.toString(), "--out",
                result.toString()), err());
        assertTrue(out().contains("imported 51 demand (0 added, 51 replaced)"), out());
        Scenario s = ScenarioFiles.load(result);
        assertEquals(11_625_745L, s.getDemandZones().stream().mapToLong(z -> z.getPopulation()).sum());
        assertEquals(SampleScenario.create().getDemandZones().get(7).getNameAr(), s.getDemandZones().get(7).getNameAr());
    }

    @Test
    void aBadFileIsReportedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("zones.csv");
        Files.writeString(csv, "code,name_en,population,lat,lon\nZ1,One,100,31.9,35.9\nZ2,Two,lots,31.8,35.8\n");
        Path result = dir.resolve("out.nafitha");
        assertEquals(Cli.DATA_ERROR, run("import", "--scenario", "sample", "--kind", "demand", "--file", csv.toString(), "--out",
                result.toString()));
        assertTrue(err().contains("zones.csv, line 3, field 'population': expected a whole number of residents"), err());
        assertFalse(Files.exists(result), "nothing is written");
        assertEquals(Cli.USAGE_ERROR, run("import", "--scenario", "sample", "--kind", "planets", "--file", csv.toString(), "--out",
                result.toString()));
    }

    @Test
    void xyCoordinatesAreReprojectedFromTheGivenCrs(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("zones.csv");
        // 31.9539 N 35.9340 E (Amman's citadel) is (777,324.26 E, 3,539,085.80 N) in UTM 36N, EPSG:32636 (GDAL gdaltransform)
        Files.writeString(csv, "code,name_en,population,x,y\nZ1,Citadel,100,777324.26,3539085.80\n");
        Path result = dir.resolve("out.nafitha");
        assertEquals(Cli.DATA_ERROR, run("import", "--scenario", "sample", "--kind", "demand", "--file", csv.toString(), "--out",
                result.toString()));
        assertTrue(err().contains("give it (e.g. --crs"), "the CRS is never guessed: " + err());
        assertEquals(Cli.OK, run("import", "--scenario", "sample", "--kind", "demand", "--file", csv.toString(), "--crs", "EPSG:32636",
                "--out", result.toString()), err());
        Scenario s = ScenarioFiles.load(result);
        var zone = s.getDemandZones().stream().filter(z -> z.getCode().equals("Z1")).findFirst().orElseThrow();
        assertEquals(31.9539, zone.getLatitude(), 1e-6);
        assertEquals(35.9340, zone.getLongitude(), 1e-6);
    }

    @Test
    void storeSaveListCopyDiffLoadDelete(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        assertEquals(Cli.OK, run("store", "save", "--scenario", "sample", "--store", store), err());
        assertTrue(out().contains("revision 1 (51 zones, 185 centers)"), out());
        assertEquals(Cli.OK, run("store", "copy", "--from", "JO-SAMPLE", "--to", "variant", "--store", store), err());
        assertEquals(Cli.OK, run("store", "list", "--json", "--store", store), err());
        assertTrue(out().contains("\"code\":\"variant\"") || out().contains("\"code\": \"variant\""), out());
        assertTrue(out().contains("11625745"), out());
        Path file = dir.resolve("variant.nafitha");
        assertEquals(Cli.OK, run("store", "load", "--code", "variant", "--out", file.toString(), "--store", store), err());
        Scenario variant = ScenarioFiles.load(file);
        variant.getDemandZones().get(0).setPopulation(variant.getDemandZones().get(0).getPopulation() + 1000);
        ScenarioFiles.save(variant, file);
        assertEquals(Cli.OK, run("store", "save", "--scenario", file.toString(), "--store", store), err());
        assertTrue(out().contains("variant revision 2"), out());
        assertEquals(Cli.OK, run("store", "diff", "--base", "JO-SAMPLE", "--other", "variant", "--json", "--store", store), err());
        assertTrue(out().contains("11626745"), "the diff shows the population after: " + out());
        assertEquals(Cli.OK, run("store", "delete", "--code", "variant", "--store", store), err());
        assertEquals(Cli.DATA_ERROR, run("store", "load", "--code", "variant", "--out", file.toString(), "--store", store));
        assertTrue(err().contains("no scenario 'variant'"), err());
    }
}
