package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;
import org.nafitha.core.Distances;
import org.nafitha.geo.DistanceModel;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.sample.SampleScenario;

/** A scenario holding a cost table: imported as kind costs, kept in the store, used by coverage, capacity and locate. */
class CostScenarioCommandTest extends CliRunning {

    /** Minutes at 40 km/h over the sample's own distances, for every place and every center or site. */
    private static String minutes(Scenario s, String extraLine) {
        DistanceModel km = Distances.of(s.getParameters());
        StringBuilder sb = new StringBuilder("origin,destination,minutes\n");
        for (DemandPoints.Point p : DemandPoints.of(s)) {
            for (ServiceCenter c : s.getCenters()) {
                sb.append(p.code()).append(',').append(c.getCode()).append(',').append(String.format(Locale.ROOT, "%.3f",
                        km.km(p.latitude(), p.longitude(), c.getLatitude(), c.getLongitude()) * 1.5)).append('\n');
            }
            for (CandidateSite c : s.getCandidateSites()) {
                sb.append(p.code()).append(',').append(c.getCode()).append(',').append(String.format(Locale.ROOT, "%.3f",
                        km.km(p.latitude(), p.longitude(), c.getLatitude(), c.getLongitude()) * 1.5)).append('\n');
            }
        }
        return sb.append(extraLine).toString();
    }

    @Test
    void importedCostsAreTheScenariosTravelTimes(@TempDir Path dir) throws Exception {
        Path costs = dir.resolve("costs.csv");
        Files.writeString(costs, minutes(SampleScenario.create(), ""));
        Path scenario = dir.resolve("s.nafitha");
        assertEquals(Cli.OK, run("import", "--scenario", "sample", "--kind", "costs", "--file", costs.toString(), "--out",
                scenario.toString()), err());
        assertTrue(out().contains("distance model: cost table"), out());
        assertTrue(Files.exists(dir.resolve("s.costs.csv")));

        Path coverage = dir.resolve("coverage");
        assertEquals(Cli.OK, run("coverage", "--scenario", scenario.toString(), "--out", coverage.toString()), err());
        String summary = Files.readString(coverage.resolve("summary.json"));
        assertTrue(summary.contains("\"costUnit\":\"min\"") || summary.contains("\"costUnit\": \"min\""), summary);
        assertTrue(summary.contains("radiusMinutes"), summary);

        assertEquals(Cli.OK, run("capacity", "--scenario", scenario.toString(), "--out", dir.resolve("capacity").toString()), err());

        Path locate = dir.resolve("locate");
        assertEquals(Cli.OK, run("locate", "--scenario", scenario.toString(), "--problem", "pmedian", "--p", "12", "--time-limit", "2",
                "--out", locate.toString()), err());
        String result = Files.readString(locate.resolve("result.json"));
        assertTrue(result.contains("\"costUnit\":\"min\"") || result.contains("\"costUnit\": \"min\""), result);

        String store = dir.resolve("store").toString();
        assertEquals(Cli.OK, run("store", "save", "--scenario", scenario.toString(), "--store", store), err());
        assertTrue(out().contains("travel costs (min)"), out());
        Path back = dir.resolve("back.nafitha");
        assertEquals(Cli.OK, run("store", "load", "--code", "JO-SAMPLE", "--out", back.toString(), "--store", store), err());
        assertEquals(Files.readAllLines(dir.resolve("s.costs.csv")).size(), Files.readAllLines(dir.resolve("back.costs.csv")).size());
    }

    @Test
    void aTableNamingAnUnknownZoneChangesNothing(@TempDir Path dir) throws Exception {
        Path costs = dir.resolve("costs.csv");
        String table = minutes(SampleScenario.create(), "JO-XX-99,NOT-A-CENTER,3\n");
        Files.writeString(costs, table);
        int last = table.split("\n").length;
        Path scenario = dir.resolve("s.nafitha");
        assertEquals(Cli.DATA_ERROR, run("import", "--scenario", "sample", "--kind", "costs", "--file", costs.toString(), "--out",
                scenario.toString()));
        assertTrue(err().contains("costs.csv, line " + last + ", field 'origin'"), err());
        assertTrue(err().contains("nothing was imported"), err());
        assertFalse(Files.exists(scenario));
        assertFalse(Files.exists(dir.resolve("s.costs.csv")));
    }

    @Test
    void aDuplicatePairChangesNothing(@TempDir Path dir) throws Exception {
        String table = minutes(SampleScenario.create(), "");
        String first = table.split("\n")[1];
        Files.writeString(dir.resolve("costs.csv"), table + first + "\n");
        assertEquals(Cli.DATA_ERROR, run("import", "--scenario", "sample", "--kind", "costs", "--file", dir.resolve("costs.csv").toString(),
                "--out", dir.resolve("s.nafitha").toString()));
        assertTrue(err().contains("line " + (table.split("\n").length + 1) + ", field 'origin,destination': expected each pair once, "
                + "found 'the same pair as line 2'"), err());
        assertFalse(Files.exists(dir.resolve("s.nafitha")));
    }
}
