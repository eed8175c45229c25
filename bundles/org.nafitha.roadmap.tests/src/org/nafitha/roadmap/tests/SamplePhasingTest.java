package org.nafitha.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.locate.Problem;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.Scenario;
import org.nafitha.roadmap.PhasingProposal;
import org.nafitha.roadmap.RoadmapEngine;
import org.nafitha.roadmap.RoadmapPlan;
import org.nafitha.sample.SampleScenario;

/**
 * The phasing proposal on the sample's roadmap: it opens some of the sample's satellite sites, each in a year of the
 * horizon, each year's openings within that year's capital budget less the written actions, and the roadmap with
 * them still passes its rules; the proposal is the optimum of an enumeration of every plan within the budgets left.
 */
class SamplePhasingTest {

    @Test
    void theSampleProposalKeepsEveryYearsBudgetLeft() {
        Scenario s = SampleScenario.create();
        RoadmapPlan plan = RoadmapPlan.of(s);
        for (Problem.Type type : new Problem.Type[] {Problem.Type.MCLP, Problem.Type.PMEDIAN}) {
            PhasingProposal p = PhasingProposal.propose(s, PhasingProposal.Options.of(type, 15, 3), new NullProgressMonitor());
            assertFalse(p.actions().isEmpty(), type + ": nothing proposed");
            for (PhasingProposal.Year y : p.years()) {
                double budget = plan.capitalBudget(y.year()).orElse(0);
                double written = plan.actionsIn(y.year()).stream().mapToDouble(plan::actionCost).sum();
                assertEquals(written, y.written(), 1e-6);
                assertEquals(Math.max(0, budget - written), y.available(), 1e-6);
                double cost = p.actions().stream().filter(a -> a.getYear() == y.year()).mapToDouble(RoadmapAction::getCost).sum();
                assertEquals(cost, y.spent(), 1e-6);
                assertTrue(cost <= y.available() + 1e-6, y.year() + ": " + cost + " over " + y.available());
                System.out.printf(Locale.ROOT, "%s %d: budget %.0f, written %.0f, left %.0f, proposed %s for %.0f%n", type, y.year(), budget, written,
                        y.available(), y.opened(), y.spent());
            }
            System.out.printf(Locale.ROOT, "%s: objective %.1f, bound %.1f, gap %.4f, %.2f s%n", type, p.objective(), p.bound(), p.gap(), p.seconds());
            // every plan within the budgets left (few: the written actions leave room for one satellite site at most)
            double optimum = PhasingProposalTest.enumerate(p.input());
            assertEquals(optimum, p.objective(), 1e-9 * optimum, type + ": the enumerated optimum");
            for (RoadmapAction a : p.actions()) {
                assertTrue(a.getYear() >= plan.firstYear() && a.getYear() <= plan.lastYear());
            }
        }
        PhasingProposal p = PhasingProposal.propose(s, PhasingProposal.Options.of(Problem.Type.MCLP, 15, 3), new NullProgressMonitor());
        int before = s.getRoadmap().getActions().size();
        p.applyTo(s);
        assertEquals(before + p.actions().size(), s.getRoadmap().getActions().size());
        assertTrue(RoadmapEngine.errors(s).isEmpty(), () -> RoadmapEngine.errors(s).toString());
    }
}
