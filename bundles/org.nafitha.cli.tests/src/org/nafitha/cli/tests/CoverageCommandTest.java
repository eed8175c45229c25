package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;

class CoverageCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.withBuiltins(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void twoStepOnFilesGivesTheHandWorkedValues(@TempDir Path dir) throws Exception {
        // the example of FloatingCatchmentTest: access 1/30, 1/30, 1/15
        Files.writeString(dir.resolve("demand.csv"), "id,x,y,weight\nA,0,0,100\nB,10,0,200\nC,30,0,300\n");
        Files.writeString(dir.resolve("sites.csv"), "id,x,y,capacity\nS1,5,0,10\nS2,25,0,20\n");
        Path access = dir.resolve("access.csv");
        assertEquals(Cli.OK, run("coverage", "--demand", dir.resolve("demand.csv").toString(), "--sites",
                dir.resolve("sites.csv").toString(), "--method", "2sfca", "--radius-km", "12", "--out", access.toString()), err.toString());
        List<String> lines = Files.readAllLines(access);
        assertEquals("id,access", lines.get(0));
        assertEquals(1.0 / 30, Double.parseDouble(lines.get(1).split(",")[1]), 1e-12);
        assertEquals(1.0 / 30, Double.parseDouble(lines.get(2).split(",")[1]), 1e-12);
        assertEquals(1.0 / 15, Double.parseDouble(lines.get(3).split(",")[1]), 1e-12);
    }

    @Test
    void aBadNumberIsReportedWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("demand.csv"), "id,x,y,weight\nA,0,0,100\nB,ten,0,200\n");
        Files.writeString(dir.resolve("sites.csv"), "id,x,y,capacity\nS1,5,0,10\n");
        assertEquals(Cli.DATA_ERROR, run("coverage", "--demand", dir.resolve("demand.csv").toString(), "--sites",
                dir.resolve("sites.csv").toString(), "--method", "2sfca", "--radius-km", "12", "--out", dir.resolve("a.csv").toString()));
        assertTrue(err.toString().contains("demand.csv line 3, column x: expected a number, found 'ten'"), err.toString());
    }

    @Test
    void twoStepWithoutARadiusIsAUsageError(@TempDir Path dir) {
        assertEquals(Cli.USAGE_ERROR, run("coverage", "--demand", "d.csv", "--sites", "s.csv", "--method", "2sfca", "--out", "a.csv"));
        assertTrue(err.toString().contains("--radius-km"), err.toString());
    }

    @Test
    void theScenarioAnalysisWritesTablesPerZoneCenterRegionAndGroup(@TempDir Path dir) throws Exception {
        assertEquals(Cli.OK, run("coverage", "--scenario", "sample", "--out", dir.toString()), err.toString());
        for (String f : List.of("zones.csv", "centers.csv", "regions.csv", "groups.csv", "summary.json")) {
            assertTrue(Files.size(dir.resolve(f)) > 50, f);
        }
        assertEquals(52, Files.readAllLines(dir.resolve("zones.csv")).size());
        String summary = Files.readString(dir.resolve("summary.json"));
        assertTrue(summary.contains("\"population\": 11625745") && summary.contains("\"gini\""), summary);
        assertTrue(out.toString().contains("within the thresholds"), out.toString());
    }

    @Test
    void theBenchmarkPrintsJson() {
        assertEquals(Cli.OK, run("bench", "coverage", "--points", "20000", "--sites", "100", "--repeat", "1"), err.toString());
        assertTrue(out.toString().contains("\"twoStepSeconds\"") && out.toString().contains("\"points\": 20000"), out.toString());
    }
}
