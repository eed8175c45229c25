package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.Scenario;
import org.nafitha.model.SiteRole;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.sample.SampleScenario;

/** {@code nafitha roadmap --propose-phasing}: the sample's proposal and its files, and the refusals (exit 2 and 1). */
class RoadmapPhasingCommandTest extends CliRunning {

    @TempDir
    Path dir;

    @Test
    void theSampleProposalIsWrittenAppliedAndEvaluated() throws Exception {
        Path out = dir.resolve("phased");
        assertEquals(Cli.OK, run("roadmap", "--scenario", "sample", "--propose-phasing", "--problem", "mclp", "--radius-km", "15", "--time-limit", "2",
                "--lang", "en", "--out", out.toString()), err());
        String json = Files.readString(out.resolve("phasing.json"));
        for (String key : List.of("\"problem\": \"mclp\"", "\"objective\"", "\"bound\"", "\"gap\"", "\"seconds\"", "\"budgetBasis\"",
                "\"period\": \"2026\"", "\"period\": \"2029\"", "\"writtenActions\": 1319000,", "\"capitalBudget\": 1500000,",
                "\"budget\": 181000,")) {
            assertTrue(json.contains(key), key + " in " + json);
        }
        // every proposed action is in the scenario written beside it, and the roadmap evaluated counts its cost
        Scenario phased = ScenarioFiles.load(out.resolve("scenario.nafitha"));
        assertEquals("JO-SAMPLE-PH", phased.getCode());
        List<RoadmapAction> proposed = phased.getRoadmap().getActions().stream().filter(a -> a.getCode().startsWith("PH-")).toList();
        assertFalse(proposed.isEmpty());
        Matcher ids = Pattern.compile("\"id\": \"(PH-[^\"]+)\"").matcher(json);
        int count = 0;
        while (ids.find()) {
            String id = ids.group(1);
            assertTrue(proposed.stream().anyMatch(a -> a.getCode().equals(id)), id);
            count++;
        }
        assertEquals(proposed.size(), count);
        String roadmap = Files.readString(out.resolve("roadmap.json"));
        assertTrue(roadmap.contains("\"scenario\" : \"JO-SAMPLE-PH\""), roadmap);
        for (RoadmapAction a : proposed) {
            assertTrue(roadmap.contains("\"id\" : \"" + a.getCode() + "\""), a.getCode());
        }
        assertTrue(Files.size(out.resolve("roadmap.pdf")) > 0);
        assertTrue(out().contains("less what the actions already written for that year cost"), out());
    }

    @Test
    void usageErrorsExit2() {
        assertEquals(Cli.USAGE_ERROR, run("roadmap", "--scenario", "sample", "--propose-phasing", "--out", dir.toString()));
        assertTrue(err().contains("--propose-phasing needs --problem"), err());
        assertEquals(Cli.USAGE_ERROR, run("roadmap", "--scenario", "sample", "--propose-phasing", "--problem", "lscp", "--out", dir.toString()));
        assertTrue(err().contains("expected mclp or pmedian"), err());
        assertEquals(Cli.USAGE_ERROR, run("roadmap", "--scenario", "sample", "--propose-phasing", "--problem", "mclp", "--out", dir.toString()));
        assertTrue(err().contains("--radius-km"), err());
        assertEquals(Cli.USAGE_ERROR, run("roadmap", "--scenario", "sample", "--problem", "mclp", "--out", dir.toString()));
        assertFalse(Files.exists(dir.resolve("phasing.json")));
    }

    @Test
    void aScenarioWithoutCandidatesExits1() throws Exception {
        Scenario s = SampleScenario.create();
        s.getCandidateSites().forEach(c -> c.setRole(SiteRole.EXCLUDED));
        // (the sample's one candidate center, Tafilah's, is opened by the roadmap in 2027: not a candidate either)
        Path file = dir.resolve("none.nafitha");
        ScenarioFiles.save(s, file);
        Path out = dir.resolve("x");
        assertEquals(Cli.DATA_ERROR, run("roadmap", "--scenario", file.toString(), "--propose-phasing", "--problem", "pmedian", "--out", out.toString()));
        assertTrue(err().contains("no candidate"), err());
        assertFalse(err().contains("Exception"), err());
        assertFalse(Files.exists(out.resolve("phasing.json")));
    }
}
