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
        assertEquals(List.of("coverage.catchments", "coverage.access", "coverage.covered"), layers.stream().map(MapLayer::id).toList());
        MapLayer covered = layers.get(2);
        assertEquals(s.getDemandZones().size(), covered.features().size());
        long beyond = covered.features().stream().filter(f -> "beyond the thresholds".equals(f.attributes().get("covered"))).count();
        assertEquals(r.zones().stream().filter(z -> !z.covered()).count(), beyond);
        assertEquals(5, layers.get(1).legend().size(), "accessibility in quintiles");
        assertTrue(new CoverageLayers().layers(new LayerSource.Input(s, Map.of(), input.projector())).isEmpty(), "nothing without a result");
    }
}
