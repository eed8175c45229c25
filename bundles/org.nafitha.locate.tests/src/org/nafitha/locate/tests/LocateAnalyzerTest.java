package org.nafitha.locate.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.locate.Instance;
import org.nafitha.locate.LocateAnalyzer;
import org.nafitha.locate.LocateResult;
import org.nafitha.locate.Problem;
import org.nafitha.locate.ScenarioInstance;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;
import org.nafitha.locate.Solvers;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Scenario;
import org.nafitha.sample.SampleScenario;

/** Location-allocation run as an analyzer, through the runner as the workbench and the CLI run it. */
class LocateAnalyzerTest {

    private static LocateResult run(Scenario s, Map<String, String> options) {
        AnalysisContext context = AnalysisRunner.fromExtensions().run(new AnalysisContext(s, options), List.of(LocateAnalyzer.ID),
                new NullProgressMonitor());
        return context.result(LocateAnalyzer.ID, LocateResult.class).orElseThrow();
    }

    @Test
    void theRunnerRunsTheContributedAnalyzerAndItAnswersAsTheSolverDoesOnTheScenarioInstance() {
        Scenario s = SampleScenario.create();
        LocateResult r = run(s, Map.of("locate.problem", "mclp", "locate.p", "12", "locate.radiusKm", "20", "locate.seed", "3",
                "locate.timeLimit", "5"));
        Instance direct = ScenarioInstance.of(s, false, null);
        Solution expected = Solvers.fromExtensions(null).get(Solvers.DEFAULT).solve(direct, Problem.mclp(12, 20), new Solver.Options(5, 3, true),
                new NullProgressMonitor());
        assertEquals(direct.demandCount(), r.instance().demandCount());
        assertEquals(Problem.Type.MCLP, r.solution().problem().type());
        assertArrayEquals(expected.chosen(), r.solution().chosen());
        assertEquals(expected.objective(), r.solution().objective(), 1e-6);
    }

    @Test
    void withoutOptionsItPlacesTheComprehensiveCentersTheScenarioHasOrPlans() {
        Scenario s = SampleScenario.create();
        long centers = s.getCenters().stream().filter(c -> c.getKind() == CenterKind.COMPREHENSIVE_CENTER
                && (c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED)).count();
        assertTrue(centers > 0);
        LocateResult r = run(s, Map.of());
        assertEquals(Problem.Type.PMEDIAN, r.solution().problem().type());
        assertEquals(centers, r.solution().chosen().length);
        for (int i = 0; i < r.instance().demandCount(); i++) {
            assertTrue(r.solution().assignment()[i] >= 0, "every place is served in a p-median answer");
        }
    }

    @Test
    void aWrongOptionIsNamedInTheError() {
        Scenario s = SampleScenario.create();
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> run(s, Map.of("locate.p", "ten")));
        assertTrue(p.getMessage().contains("locate.p 'ten'"), p.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> run(s, Map.of("locate.problem", "tsp")));
        assertTrue(type.getMessage().contains("tsp"), type.getMessage());
        IllegalArgumentException group = assertThrows(IllegalArgumentException.class, () -> run(s, Map.of("locate.group", "NOPE")));
        assertTrue(group.getMessage().contains("NOPE"), group.getMessage());
    }
}
