package org.nafitha.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.nafitha.card.CardCatalog;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.RoadmapTargetDirection;
import org.nafitha.roadmap.RoadmapEngine;
import org.nafitha.roadmap.RoadmapException;
import org.nafitha.roadmap.RoadmapJson;
import org.nafitha.roadmap.RoadmapResult;
import org.nafitha.roadmap.RoadmapResult.IndicatorValue;
import org.nafitha.roadmap.RoadmapResult.Year;

/** The engine on {@link Fixture}: spending against budgets, targets, a quiet year, cancelling. */
class RoadmapEngineTest {

    private static RoadmapEngine engine() {
        return new RoadmapEngine(AnalysisRunner.fromExtensions(), CardCatalog.fromExtensions());
    }

    @Test
    void capexAndOpexByHand() {
        Fixture f = new Fixture();
        f.plan();
        RoadmapResult r = engine().run(f.scenario, 2026, 2028, 2, new NullProgressMonitor());
        assertEquals(List.of(2026, 2027, 2028), r.years().stream().map(Year::year).toList());
        Year y26 = r.year(2026);
        // capex 2026: 2 counters × 20,000 + 2 features × 10,000 + 5 trained × 2,000 = 70,000 (budget 100,000)
        assertEquals(70_000, y26.capex(), 1e-9);
        assertEquals(100_000, y26.budgetCapex(), 0);
        assertEquals(0, y26.capexOverBudget(), 0);
        // opex 2026: N 300,000 + 6 counters × 10,000 + 8 staff × 12,000 = 456,000; S 50,000 + 2 × 10,000 + 3 × 12,000 = 106,000
        assertEquals(562_000, y26.opex(), 1e-9);
        assertEquals(0, y26.opexOverBudget(), 0);
        assertEquals(List.of("A1", "A2", "A3"), y26.actions().stream().map(RoadmapResult.ActionCost::id).toList());
        assertEquals(List.of(40_000.0, 20_000.0, 10_000.0), y26.actions().stream().map(RoadmapResult.ActionCost::cost).toList());
        Year y27 = r.year(2027);
        // capex 2027: M opened, 200,000 + 1 counter × 20,000 = 220,000: 120,000 over the budget of 100,000
        assertEquals(220_000, y27.capex(), 1e-9);
        assertEquals(120_000, y27.capexOverBudget(), 1e-9);
        assertNull(y27.budgetOpex());
        assertNull(y27.opexOverBudget());
        // opex 2027: N 456,000 + M 50,000 + 10,000 + 2 × 12,000 = 84,000; S closed
        assertEquals(540_000, y27.opex(), 1e-9);
        assertEquals(2, y27.centersOpen());
        Year y28 = r.year(2028);
        // capex 2028: the conversion's own 7,500; hiring costs no capital
        assertEquals(7_500, y28.capex(), 1e-9);
        assertNull(y28.budgetCapex());
        // opex 2028: N 300,000 + 60,000 + 10 × 12,000 = 480,000; M 84,000
        assertEquals(564_000, y28.opex(), 1e-9);
        assertEquals(7, y28.counters());
        assertEquals(12, y28.staff());
        assertEquals(102_000 + 50_000, y26.population());
        assertTrue(y26.inPersonVisits() > 0);
    }

    @Test
    void targetsMetAndMissed() {
        Fixture f = new Fixture();
        f.plan();
        // universal counters at the comprehensive centers (N only): 2026 2 of 6; 2028 4 of 6
        f.target("universalCounterShare", 2026, 0.5, RoadmapTargetDirection.AT_LEAST);
        f.target("universalCounterShare", 2028, 0.5, RoadmapTargetDirection.AT_LEAST);
        f.target("trainedEmployees", 2027, 5, RoadmapTargetDirection.AT_LEAST);
        f.target("countersShort", 2027, -1, RoadmapTargetDirection.AT_MOST);
        f.target("registryCompleteness", 2027, 0.9, RoadmapTargetDirection.AT_LEAST);
        RoadmapResult r = engine().run(f.scenario, 2026, 2028, 1, new NullProgressMonitor());
        IndicatorValue u26 = r.year(2026).indicator("universalCounterShare");
        assertEquals(2.0 / 6, u26.value(), 1e-12);
        assertEquals(Boolean.FALSE, u26.met());
        assertEquals(2.0 / 6 - 0.5, u26.gap(), 1e-12);
        IndicatorValue u28 = r.year(2028).indicator("universalCounterShare");
        assertEquals(4.0 / 6, u28.value(), 1e-12);
        assertEquals(Boolean.TRUE, u28.met());
        assertEquals(4.0 / 6 - 0.5, u28.gap(), 1e-12);
        IndicatorValue t27 = r.year(2027).indicator("trainedEmployees");
        assertEquals(Boolean.TRUE, t27.met());
        assertEquals(0, t27.gap(), 0);
        // a shortfall is never below 0: an at-most -1 target is missed by the shortfall + 1
        IndicatorValue s27 = r.year(2027).indicator("countersShort");
        assertEquals(Boolean.FALSE, s27.met());
        assertEquals(s27.value() + 1, s27.gap(), 1e-12);
        // an indicator the engine does not compute: shown with its target and no value, neither met nor missed
        IndicatorValue unknown = r.year(2027).indicator("registryCompleteness");
        assertNull(unknown.value());
        assertNull(unknown.met());
        assertEquals(0.9, unknown.target(), 0);
        // no target that year: no verdict
        assertNull(r.year(2027).indicator("universalCounterShare").met());
        assertEquals(2, r.targetsMet());
        assertEquals(2, r.targetsMissed());
    }

    @Test
    void aQuietYearWithoutGrowthRepeatsTheYearBefore() {
        Fixture f = new Fixture();
        f.roadmap.getGrowth().clear();
        f.action("A1", 2026, RoadmapActionKind.ADD_COUNTERS, f.n, 2.0, null);
        f.action("A2", 2026, RoadmapActionKind.CLOSE_CENTER, f.s, null, null);
        RoadmapResult r = engine().run(f.scenario, 2026, 2028, 2, new NullProgressMonitor());
        Year a = r.year(2026);
        Year b = r.year(2027);
        assertEquals(a.population(), b.population());
        assertEquals(a.inPersonVisits(), b.inPersonVisits(), 0);
        assertEquals(a.counters(), b.counters());
        assertEquals(a.countersNeeded(), b.countersNeeded());
        assertEquals(a.opex(), b.opex(), 0);
        assertEquals(0, b.capex(), 0);
        for (int i = 0; i < a.indicators().size(); i++) {
            assertEquals(a.indicators().get(i).id(), b.indicators().get(i).id());
            if (!a.indicators().get(i).id().equals("satisfaction") && !a.indicators().get(i).id().equals("nps")) {
                assertEquals(a.indicators().get(i).value(), b.indicators().get(i).value(), a.indicators().get(i).id());
            }
        }
        // and one year past the plan projects with no new actions
        RoadmapResult past = engine().run(f.scenario, 2028, 2030, 1, new NullProgressMonitor());
        assertEquals(3, past.years().size());
        assertEquals(a.counters(), past.year(2030).counters());
    }

    @Test
    void jsonHasTheIssuesShape() throws Exception {
        Fixture f = new Fixture();
        f.plan();
        RoadmapResult r = engine().run(f.scenario, 2026, 2027, 1, new NullProgressMonitor());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RoadmapJson.write(r, out);
        String json = out.toString(StandardCharsets.UTF_8);
        for (String key : List.of("\"scenario\" : \"small\"", "\"from\" : 2026", "\"to\" : 2027", "\"population\" : 152000", "\"capex\" : 70000.0",
                "\"budgetOpex\" : null", "\"kind\" : \"ADD_COUNTERS\"", "\"target\" : \"N\"", "\"cost\" : 40000.0", "\"met\" : null",
                "\"coveredShare\"", "\"giniAccess\"", "\"meanWaitMinutes\"", "\"cardMeanScore\"", "\"countersNeeded\"", "\"staffNeeded\"")) {
            assertTrue(json.contains(key), key + " in " + json);
        }
    }

    @Test
    void refusesARoadmapWithErrors() {
        Fixture f = new Fixture();
        f.plan();
        f.action("LATE", 2031, RoadmapActionKind.HIRE_STAFF, f.n, 1.0, null);
        RoadmapException e = assertThrows(RoadmapException.class, () -> engine().run(f.scenario, 2026, 2028, 1, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("LATE") && e.getMessage().contains("outside the horizon 2026-2028"), e.getMessage());
    }

    @Test
    void cancels() {
        Fixture f = new Fixture();
        NullProgressMonitor canceled = new NullProgressMonitor();
        canceled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> engine().run(f.scenario, 2026, 2028, 2, canceled));
        assertThrows(OperationCanceledException.class, () -> engine().run(f.scenario, 2026, 2028, 1, canceled));
        assertFalse(engine().analyzers().contains(RoadmapEngine.LOCATE_ANALYZER));
    }
}
