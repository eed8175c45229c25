package org.nafitha.analysis.layers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nafitha.analysis.layers.IsochroneLayers;
import org.nafitha.geo.Crs;
import org.nafitha.geo.GreatCircle;
import org.nafitha.geo.Isochrones;
import org.nafitha.geo.RoadGraph;
import org.nafitha.geo.RoadSnap;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Projector;
import org.nafitha.map.sources.LayerSource;

class IsochroneLayersTest {

    /**
     * A road east along latitude 31 at 60 km/h (a km a minute) through longitudes 36.0, 36.1, 36.2, 36.4 and 37.0, a
     * center at its west end. A tenth of a degree there is 111.195 x cos 31° x 0.1 = 9.53 km, so the nodes are 0, 9.5,
     * 19.1, 38.1 and 95.3 minutes away: the first segment lies within 15 minutes, the second within 30, the third within
     * 60, the last beyond every band and is not drawn.
     */
    @Test
    void eachRoadInTheSmallestBandHoldingBothEnds() {
        RoadGraph g = new RoadGraph.Builder(true).addLine(new double[] {36.0, 36.1, 36.2, 36.4, 37.0}, new double[] {31, 31, 31, 31, 31}, 60,
                RoadGraph.Direction.BOTH).build();
        RoadSnap.Snap[] center = RoadSnap.snap(g, new double[] {36.0}, new double[] {31}, 1);
        Isochrones iso = Isochrones.of(g, center, new double[] {15, 30, 60}, 5);
        assertEquals(GreatCircle.distanceKm(31, 36.0, 31, 36.1) + GreatCircle.distanceKm(31, 36.1, 31, 36.2), iso.minutes(2), 1e-9);
        List<MapLayer> layers = new IsochroneLayers().layers(new LayerSource.Input(null, Map.of(Isochrones.KEY, iso),
                new Projector(Crs.of(Crs.UTM_36N))));
        assertEquals(1, layers.size());
        List<Object> bands = layers.get(0).features().stream().map(f -> f.attributes().get("band")).toList();
        assertEquals(List.of("within 15 min", "within 30 min", "within 60 min"), bands);
        List<MapLayer> arabic = new IsochroneLayers(true).layers(new LayerSource.Input(null, Map.of(Isochrones.KEY, iso),
                new Projector(Crs.of(Crs.UTM_36N))));
        assertEquals("ضمن 15 دقيقة", arabic.get(0).features().get(0).attributes().get("band"));
        assertTrue(new IsochroneLayers().layers(new LayerSource.Input(null, Map.of(), new Projector(Crs.of(Crs.UTM_36N)))).isEmpty());
    }
}
