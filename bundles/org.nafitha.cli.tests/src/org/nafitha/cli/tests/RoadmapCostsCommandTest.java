package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.sample.SampleScenario;

/** {@code nafitha roadmap} on a scenario holding a cost table: each year's covered share follows the table's minutes. */
class RoadmapCostsCommandTest extends CliRunning {

    @TempDir
    Path dir;

    /** Every place to every center and candidate site at the same number of minutes. */
    private static String everyPairAt(Scenario s, String minutes) {
        StringBuilder sb = new StringBuilder("origin,destination,minutes\n");
        for (DemandPoints.Point p : DemandPoints.of(s)) {
            for (ServiceCenter c : s.getCenters()) {
                sb.append(p.code()).append(',').append(c.getCode()).append(',').append(minutes).append('\n');
            }
            for (CandidateSite c : s.getCandidateSites()) {
                sb.append(p.code()).append(',').append(c.getCode()).append(',').append(minutes).append('\n');
            }
        }
        return sb.toString();
    }

    private List<Double> coveredShares(Path out) throws Exception {
        Matcher m = Pattern.compile("\"coveredShare\" : ([-0-9.Ee]+)").matcher(Files.readString(out.resolve("roadmap.json")));
        List<Double> shares = new ArrayList<>();
        while (m.find()) {
            shares.add(Double.parseDouble(m.group(1)));
        }
        return shares;
    }

    @Test
    void theRoadmapMeasuresTripsByTheScenariosCostTable() throws Exception {
        // Hand computation: the sample's time thresholds are all between 1 and 1,000 minutes (and a cost table in minutes
        // is judged by the time threshold alone, CoverageAnalyzer). A table giving every place 1 minute to every center
        // covers every resident in every year (share 1); one giving every pair 1,000 minutes covers none (share 0).
        // Straight lines give the sample a share strictly between the two, so either extreme proves the table is used.
        Scenario sample = SampleScenario.create();
        Path straight = dir.resolve("straight");
        assertEquals(Cli.OK, run("roadmap", "--scenario", "sample", "--out", straight.toString(), "--lang", "en"), err());
        List<Double> lines = coveredShares(straight);
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.stream().allMatch(v -> v > 0 && v < 1), lines.toString());

        // the table kept beside the scenario file (as nafitha import --kind costs writes it)
        Path file = dir.resolve("jo.nafitha");
        ScenarioFiles.save(sample, file);
        Files.writeString(dir.resolve("jo.costs.csv"), everyPairAt(sample, "1"));
        Path near = dir.resolve("near");
        assertEquals(Cli.OK, run("roadmap", "--scenario", file.toString(), "--out", near.toString(), "--lang", "en"), err());
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0), coveredShares(near));
        assertTrue(out().contains("travel costs from the cost table (min)"), out());

        // --costs FILE instead of the scenario's own
        Path farTable = dir.resolve("far.csv");
        Files.writeString(farTable, everyPairAt(sample, "1000"));
        Path far = dir.resolve("far");
        assertEquals(Cli.OK, run("roadmap", "--scenario", file.toString(), "--costs", farTable.toString(), "--out", far.toString(), "--lang",
                "en"), err());
        assertEquals(List.of(0.0, 0.0, 0.0, 0.0), coveredShares(far));

        // a table naming an unknown center is refused with its file and line, and nothing is written
        Files.writeString(farTable, everyPairAt(sample, "5") + DemandPoints.of(sample).get(0).code() + ",NO-SUCH-CENTER,3\n");
        Path bad = dir.resolve("bad");
        assertEquals(Cli.DATA_ERROR, run("roadmap", "--scenario", file.toString(), "--costs", farTable.toString(), "--out", bad.toString()));
        assertTrue(err().contains("far.csv, line ") && err().contains("field 'destination'"), err());
        assertTrue(!Files.exists(bad.resolve("roadmap.json")));
    }
}
