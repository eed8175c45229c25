package org.nafitha.analysis.layers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.core.AnalysisContext;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.analysis.layers.CoverageLayers;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.geo.Crs;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Projector;
import org.nafitha.model.Scenario;
import org.nafitha.sample.SampleScenario;

class CoverageLayersTest {

    @Test
    void theCoverageResultIsDrawnAsCatchmentsAndCoveredZones() {
        Scenario s = SampleScenario.create();
        CoverageResult r = new CoverageAnalyzer().analyze(new AnalysisContext(s, Map.of()), new NullProgressMonitor());
        LayerSource.Input input = new LayerSource.Input(s, Map.of(CoverageAnalyzer.ID, r), new Projector(Crs.of(Crs.UTM_36N)));
        List<MapLayer> layers = new CoverageLayers().layers(input);
        assertEquals(List.of("coverage.district.access", "coverage.district.covered", "coverage.catchments", "coverage.access", "coverage.covered"),
                layers.stream().map(MapLayer::id).toList());
        MapLayer covered = layers.get(4);
        assertEquals(s.getDemandZones().size(), covered.features().size());
        long beyond = covered.features().stream().filter(f -> "beyond the thresholds".equals(f.attributes().get("covered"))).count();
        assertEquals(r.zones().stream().filter(z -> !z.covered()).count(), beyond);
        assertEquals(5, layers.get(3).legend().size(), "accessibility in quintiles");
        assertTrue(new CoverageLayers().layers(new LayerSource.Input(s, Map.of(), input.projector())).isEmpty(), "nothing without a result");
    }

    @Test
    void coverageAndEquityPerDistrictAreChoroplethsOnTheDistrictOutlines() {
        Scenario s = SampleScenario.create();
        CoverageResult r = new CoverageAnalyzer().analyze(new AnalysisContext(s, Map.of()), new NullProgressMonitor());
        LayerSource.Input input = new LayerSource.Input(s, Map.of(CoverageAnalyzer.ID, r), new Projector(Crs.of(Crs.UTM_36N)));
        List<MapLayer> layers = new CoverageLayers().layers(input);
        MapLayer share = layers.stream().filter(l -> l.id().equals("coverage.district.covered")).findFirst().orElseThrow();
        MapLayer equity = layers.stream().filter(l -> l.id().equals("coverage.district.access")).findFirst().orElseThrow();
        assertEquals(51, share.features().size(), "one polygon per district of the sample");
        assertTrue(share.features().stream().allMatch(f -> f.geometry().getDimension() == 2), "districts drawn as their outlines");
        for (CoverageResult.Zone z : r.zones()) {
            MapLayer.MapFeature f = share.features().stream().filter(x -> x.id().equals(z.code())).findFirst().orElseThrow();
            assertEquals((double) z.coveredPopulation() / z.population(), (Double) f.attributes().get("coveredShare"), 1e-12, z.code());
            assertEquals(z.access(), (Double) f.attributes().get("access"), 1e-12, z.code());
        }
        assertEquals(5, share.legend().size(), "five fixed classes of the covered share");
        assertEquals(5, equity.legend().size(), "accessibility per district in quintiles");
        assertTrue(!share.visible() && !equity.visible(), "filled layers start hidden");
    }
}
