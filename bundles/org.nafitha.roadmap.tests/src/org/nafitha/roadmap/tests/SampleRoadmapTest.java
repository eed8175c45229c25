package org.nafitha.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.card.CardCatalog;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.model.Scenario;
import org.nafitha.roadmap.RoadmapEngine;
import org.nafitha.roadmap.RoadmapPlan;
import org.nafitha.roadmap.RoadmapResult;
import org.nafitha.roadmap.RoadmapResult.Year;
import org.nafitha.sample.SampleScenario;

/** The sample's roadmap 2026-2029 (data/roadmap_*.csv) evaluated. */
class SampleRoadmapTest {

    @Test
    void theSamplesRoadmap() {
        Scenario s = SampleScenario.create();
        assertEquals(List.of(), RoadmapEngine.errors(s));
        RoadmapPlan plan = RoadmapPlan.of(s);
        assertEquals(2026, plan.firstYear());
        assertEquals(2029, plan.lastYear());
        // Ma'an: (194,500 / 144,082)^(1/9) - 1 = 3.39 % a year (2015 census, 2024 districts)
        assertEquals(Math.pow(194_500.0 / 144_082, 1.0 / 9) - 1, plan.growthRate(s.getDemandZones().stream()
                .filter(z -> z.getCode().startsWith("JO-MN-")).findFirst().orElseThrow()), 1e-12);
        RoadmapResult r = new RoadmapEngine(AnalysisRunner.fromExtensions(), CardCatalog.fromExtensions()).run(s, 2026, 2029, 2,
                new NullProgressMonitor());
        for (Year y : r.years()) {
            System.out.printf("%d population %d centers %d counters %d/%d staff %d/%d covered %.4f gini %.4f wait %s score %s capex %.0f/%s opex %.0f/%s%n",
                    y.year(), y.population(), y.centersOpen(), y.counters(), y.countersNeeded(), y.staff(), y.staffNeeded(), y.coveredShare(),
                    y.giniAccess(), y.meanWaitMinutes(), y.cardMeanScore(), y.capex(), y.budgetCapex(), y.opex(), y.budgetOpex());
        }
        // capex by hand from roadmap_actions.csv and roadmap_costs.csv:
        // 2026: accessibility 3 centers × 6 features × 12,000 = 216,000; 22 trained × 1,500 = 33,000; 18 conversions × 3,000 = 54,000;
        // 4 counters × 8,000 = 32,000; 3 mobile units × (120,000 + 8,000) = 384,000; 15 channels × 40,000 = 600,000 -> 1,319,000
        assertEquals(1_319_000, r.year(2026).capex(), 1e-6);
        // 2027: 24 features 288,000; 38 trained 57,000; 31 conversions 93,000; 6 counters 48,000; Tafilah 1,500,000 + 12 × 8,000;
        // 3 one-stop shops × (180,000 + 4 × 8,000) = 636,000; 40 licences × 1,500 = 60,000 -> 2,778,000, 278,000 over 2,500,000
        assertEquals(2_778_000, r.year(2027).capex(), 1e-6);
        assertEquals(278_000, r.year(2027).capexOverBudget(), 1e-6);
        // 2028: 23 features 276,000; 38 trained 57,000; 31 conversions 93,000; 2 one-stop shops 424,000; 60 licences 90,000 -> 940,000
        assertEquals(940_000, r.year(2028).capex(), 1e-6);
        // 2029: 12 trained 18,000; 10 conversions 30,000; 4 counters 32,000 -> 80,000
        assertEquals(80_000, r.year(2029).capex(), 1e-6);
        assertEquals(178 + 3, r.year(2026).centersOpen());
        assertEquals(178 + 3 + 1 + 3 + 2, r.year(2029).centersOpen());
        assertTrue(r.year(2029).population() > r.year(2026).population());
        // digitization completes in 2026: every service with a channel online at least in part
        assertEquals(1.0, r.year(2026).indicator("digitizedShare").value(), 1e-12);
        assertEquals(Boolean.TRUE, r.year(2026).indicator("digitizedShare").met());
        // accessibility: all 12 comprehensive centers meet the 10-item checklist in 2028
        assertEquals(1.0, r.year(2028).indicator("accessibilityCompliance").value(), 1e-12);
        assertTrue(r.year(2026).indicator("accessibilityCompliance").value() < 1);
        // citizen-voice records end in 2026: later years have no data
        assertNull(r.year(2027).indicator("satisfaction").value());
    }
}
