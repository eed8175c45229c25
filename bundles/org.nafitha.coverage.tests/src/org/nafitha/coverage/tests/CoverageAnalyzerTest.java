package org.nafitha.coverage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.sample.SampleScenario;

class CoverageAnalyzerTest {

    @Test
    void theContributedAnalyzerCoversTheSampleOfJordan() {
        AnalysisRunner runner = AnalysisRunner.fromExtensions();
        assertTrue(runner.analyzers().stream().anyMatch(a -> a.id().equals(CoverageAnalyzer.ID)), "contributed through the extension point");
        AnalysisContext c = runner.run(new AnalysisContext(SampleScenario.create(), Map.of()), List.of(CoverageAnalyzer.ID),
                new NullProgressMonitor());
        CoverageResult r = c.result(CoverageAnalyzer.ID, CoverageResult.class).orElseThrow();

        assertEquals(51, r.zones().size());
        assertEquals(12, r.regions().size());
        long population = r.regions().stream().mapToLong(CoverageResult.Region::population).sum();
        assertEquals(11_625_745, population);
        long covered = r.regions().stream().mapToLong(CoverageResult.Region::coveredPopulation).sum();
        assertTrue(covered > 0 && covered <= population);
        assertTrue(r.equity().gini() >= 0 && r.equity().gini() <= 1, "gini " + r.equity().gini());
        assertEquals(10, r.underserved().size());
        // the Marka district of Amman has many centers nearby
        CoverageResult.Zone marka = r.zones().stream().filter(z -> z.code().equals("JO-AM-01")).findFirst().orElseThrow();
        assertTrue(marka.covered() && marka.access() > 0 && marka.distanceKm() < 15, marka.toString());
        // every group is reported, and its residents are its shares of the population
        CoverageResult.Group women = r.groups().stream().filter(g -> g.code().equals("WOMEN")).findFirst().orElseThrow();
        assertEquals(0.47 * 11_625_745, women.residents(), 1);
        // supply is counters: the population-weighted access sums to the supply of centers that have demand in reach
        double weighted = r.zones().stream().mapToDouble(z -> z.population() * z.access()).sum() / 100_000;
        double supply = r.centers().stream().filter(x -> x.supplyRatio() > 0).mapToDouble(CoverageResult.Center::supply).sum();
        assertEquals(supply, weighted, supply * 1e-9);
    }

    @Test
    void twoStepWithAWideRadiusReachesEveryZone() {
        AnalysisContext c = new AnalysisContext(SampleScenario.create(), Map.of("coverage.method", "2sfca", "coverage.radiusKm", "1000"));
        CoverageResult r = new CoverageAnalyzer().analyze(c, new NullProgressMonitor());
        assertTrue(r.zones().stream().allMatch(z -> z.access() > 0));
        assertEquals(0, r.equity().gini(), 1e-9, "with one catchment for all, access is the same everywhere");
    }
}
