package org.nafitha.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.nafitha.model.CenterKind;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.RoadmapTargetDirection;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.model.validation.ScenarioValidation;
import org.nafitha.model.validation.ScenarioValidator.Rule;
import org.nafitha.roadmap.RoadmapEngine;

/** The roadmap's validation rules (model bundle) and its file round trip. */
class RoadmapRulesTest {

    private static List<String> errors(Scenario s, Rule rule) {
        return ScenarioValidation.problems(s).stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR && ScenarioValidation.rule(d) == rule)
                .map(Diagnostic::getMessage).toList();
    }

    @Test
    void theFixturesPlanIsValid() {
        Fixture f = new Fixture();
        f.plan();
        assertEquals(List.of(), RoadmapEngine.errors(f.scenario));
    }

    @Test
    void countersAddedToACenterClosedEarlier() {
        Fixture f = new Fixture();
        f.plan();
        f.action("LATE", 2028, RoadmapActionKind.ADD_COUNTERS, f.s, 1.0, null);
        List<String> e = errors(f.scenario, Rule.ROADMAP_CONFLICT);
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).contains("LATE") && e.get(0).contains("closed by action A4 in 2027"), e.get(0));
    }

    @Test
    void actionOnACenterBeforeItOpens() {
        Fixture f = new Fixture();
        ServiceCenter m = f.plan();
        f.action("EARLY", 2026, RoadmapActionKind.HIRE_STAFF, m, 1.0, null);
        List<String> e = errors(f.scenario, Rule.ROADMAP_CONFLICT);
        assertTrue(e.size() == 1 && e.get(0).contains("opens only in 2027 (action A5)"), e.toString());
    }

    @Test
    void yearOutsideTheHorizonAndUnknownTargets() {
        Fixture f = new Fixture();
        f.action("OUT", 2025, RoadmapActionKind.HIRE_STAFF, f.n, 1.0, null);
        f.action("NONE", 2026, RoadmapActionKind.ADD_COUNTERS, null, 1.0, null);
        f.action("FEAT", 2026, RoadmapActionKind.ADD_ACCESSIBILITY, f.n, null, "RAMP");
        f.action("MANY", 2026, RoadmapActionKind.REMOVE_COUNTERS, f.s, 3.0, null);
        List<String> e = errors(f.scenario, Rule.ROADMAP_ACTION);
        assertTrue(e.stream().anyMatch(m -> m.contains("OUT") && m.contains("outside the horizon 2026-2028")), e.toString());
        assertTrue(e.stream().anyMatch(m -> m.contains("NONE") && m.contains("names no center")), e.toString());
        assertTrue(e.stream().anyMatch(m -> m.contains("FEAT") && m.contains("unknown accessibility feature 'RAMP'")), e.toString());
        List<String> c = errors(f.scenario, Rule.ROADMAP_CONFLICT);
        assertTrue(c.size() == 1 && c.get(0).contains("removes 3 counters") && c.get(0).contains("which has 2 then"), c.toString());
    }

    @Test
    void negativeCostsAndAnEmptyHorizon() {
        Fixture f = new Fixture();
        f.action("NEG", 2026, RoadmapActionKind.HIRE_STAFF, f.n, 1.0, null).setCost(-5);
        f.roadmap.setLastYear(2020);
        assertEquals(1, errors(f.scenario, Rule.ROADMAP_COST).size());
        assertEquals(1, errors(f.scenario, Rule.ROADMAP_HORIZON).size());
    }

    @Test
    void survivesTheScenarioFile() throws Exception {
        Fixture f = new Fixture();
        ServiceCenter m = f.plan();
        f.action("LATER", 2028, RoadmapActionKind.ADD_COUNTERS, m, 1.0, null);
        f.target("coveredShare", 2028, 0.9, RoadmapTargetDirection.AT_LEAST);
        byte[] bytes = ScenarioFiles.toBytes(f.scenario);
        Scenario back = ScenarioFiles.read(new ByteArrayInputStream(bytes), "small.nafitha");
        assertTrue(EcoreUtil.equals(f.scenario, back), new String(bytes, StandardCharsets.UTF_8));
        // the later action still points at the center held by the opening action
        assertEquals(back.getRoadmap().getActions().get(4).getNewCenter(), back.getRoadmap().getActions().get(7).getCenter());
        assertEquals(CenterKind.MUNICIPAL_OFFICE, back.getRoadmap().getActions().get(7).getCenter().getKind());
        assertEquals(10, back.getRoadmap().getCosts().size());
    }
}
