package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.sample.SampleScenario;

/** {@code nafitha roadmap}: the sample's outputs, years past the plan, and the refusals (exit 1 and 2). */
class RoadmapCommandTest extends CliRunning {

    @TempDir
    Path dir;

    @Test
    void theSamplesRoadmapWritesItsFiles() throws Exception {
        Path out = dir.resolve("roadmap");
        assertEquals(Cli.OK, run("roadmap", "--scenario", "sample", "--out", out.toString()), err());
        for (String f : List.of("roadmap.json", "roadmap.csv", "roadmap.html", "roadmap.pdf", "roadmap-capital.png", "roadmap-map-2027.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        String json = Files.readString(out.resolve("roadmap.json"));
        assertTrue(json.contains("\"scenario\" : \"JO-SAMPLE\"") && json.contains("\"from\" : 2026") && json.contains("\"to\" : 2029"), json);
        // capex of 2026 is the sum of its action costs (SampleRoadmapTest checks it by hand: 1,319,000)
        assertTrue(json.contains("\"capex\" : 1319000.0"), json);
        assertTrue(json.contains("\"budgetCapex\" : 1500000.0"));
        List<String> csv = Files.readAllLines(out.resolve("roadmap.csv"));
        assertEquals("year,indicator,value,target,direction,met,gap", csv.get(0));
        assertTrue(csv.contains("2027,capexOverBudget,278000,,,,"), csv.toString());
        String html = Files.readString(out.resolve("roadmap.html"));
        assertTrue(html.contains("dir=\"rtl\"") && html.contains("خارطة الطريق"), "Arabic by default");
        assertTrue(out().contains("OVER by 278,000"), out());
    }

    @Test
    void pastThePlanProjectsWithoutActions() throws Exception {
        Path out = dir.resolve("later");
        assertEquals(Cli.OK, run("roadmap", "--scenario", "sample", "--out", out.toString(), "--from", "2029", "--to", "2031", "--lang", "en"), err());
        String json = Files.readString(out.resolve("roadmap.json"));
        Matcher years = Pattern.compile("\"year\" : (\\d+)").matcher(json);
        StringBuilder found = new StringBuilder();
        while (years.find()) {
            found.append(years.group(1)).append(' ');
        }
        assertEquals("2029 2030 2031 ", found.toString());
        assertTrue(json.contains("\"actions\" : [ ]"), "2030 and 2031 have no actions");
        assertTrue(Files.readString(out.resolve("roadmap.html")).contains("dir=\"ltr\""));
    }

    @Test
    void refusesAYearOutsideTheHorizon() throws Exception {
        Scenario s = SampleScenario.create();
        RoadmapAction late = NafithaFactory.eINSTANCE.createRoadmapAction();
        late.setCode("LATE");
        late.setYear(2031);
        late.setKind(RoadmapActionKind.HIRE_STAFF);
        late.setCenter(s.getCenters().get(0));
        late.setAmount(2);
        s.getRoadmap().getActions().add(late);
        Path file = dir.resolve("late.nafitha");
        ScenarioFiles.save(s, file);
        assertEquals(Cli.DATA_ERROR, run("roadmap", "--scenario", file.toString(), "--out", dir.resolve("x").toString()));
        assertTrue(err().contains("action LATE") && err().contains("outside the horizon 2026-2029"), err());
        assertFalse(err().contains("Exception"), err());
        assertFalse(Files.exists(dir.resolve("x").resolve("roadmap.json")));
    }

    @Test
    void refusesAnActionOnAnUnknownCenterAndACostThatDoesNotParse() throws Exception {
        Path file = dir.resolve("sample.nafitha");
        ScenarioFiles.save(SampleScenario.create(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher center = Pattern.compile("(<actions [^>]*? center=\")([^\"]+)(\")").matcher(text);
        assertTrue(center.find(), "an action with a center");
        Path unknown = dir.resolve("unknown.nafitha");
        Files.writeString(unknown, text.substring(0, center.start(2)) + "NO-SUCH-CENTER" + text.substring(center.end(2)), StandardCharsets.UTF_8);
        assertEquals(Cli.DATA_ERROR, run("roadmap", "--scenario", unknown.toString(), "--out", dir.resolve("y").toString()));
        assertTrue(err().contains("unknown.nafitha") && err().contains("NO-SUCH-CENTER"), err());
        Matcher cost = Pattern.compile("(<actions [^>]*? cost=\")([^\"]+)(\")").matcher(text);
        assertTrue(cost.find(), "an action with a cost");
        Path badCost = dir.resolve("cost.nafitha");
        Files.writeString(badCost, text.substring(0, cost.start(2)) + "forty thousand" + text.substring(cost.end(2)), StandardCharsets.UTF_8);
        assertEquals(Cli.DATA_ERROR, run("roadmap", "--scenario", badCost.toString(), "--out", dir.resolve("z").toString()));
        assertTrue(err().contains("cost.nafitha") && err().contains("line"), err());
        assertFalse(err().contains("Exception in"), err());
    }

    @Test
    void usageErrors() {
        assertEquals(Cli.USAGE_ERROR, run("roadmap", "--scenario", "sample", "--out", dir.toString(), "--lang", "fr"));
        assertEquals(Cli.USAGE_ERROR, run("roadmap", "--scenario", "sample", "--out", dir.toString(), "--from", "2020"));
        assertTrue(err().contains("the roadmap starts in 2026"), err());
        assertEquals(Cli.USAGE_ERROR, run("roadmap", "--scenario", "sample", "--out", dir.toString(), "--to", "soon"));
    }
}
