package org.nafitha.analysis.layers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
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
        assertEquals(List.of(IsochroneLayers.AREAS, "network.isochrones"), layers.stream().map(MapLayer::id).toList());
        List<Object> bands = layers.get(1).features().stream().map(f -> f.attributes().get("band")).toList();
        assertEquals(List.of("within 15 min", "within 30 min", "within 60 min"), bands);
        List<MapLayer> arabic = new IsochroneLayers(true).layers(new LayerSource.Input(null, Map.of(Isochrones.KEY, iso),
                new Projector(Crs.of(Crs.UTM_36N))));
        assertEquals("ضمن 15 دقيقة", arabic.get(1).features().get(0).attributes().get("band"));
        assertTrue(new IsochroneLayers().layers(new LayerSource.Input(null, Map.of(), new Projector(Crs.of(Crs.UTM_36N)))).isEmpty());
    }

    /**
     * The areas: the same road (60 km/h, a km a minute; nodes 9.53 km apart), a center at its west end, 6 km/h off the
     * road (0.1 km a minute). Within 15 minutes: the road up to 15 km east, and around each point of it the disk of the
     * minutes left x 0.1 km: 1.5 km around the center, 15 - 9.53 = 5.47 minutes (0.547 km) around the second node.
     * So 1 km north of the center is inside the 15-minute area; 1 km north of the second node is not (0.547 km), nor is
     * the road 16 km east (16 minutes); both are within 30 minutes (1 km north of the second node: 9.53 + 10 = 19.53).
     */
    @Test
    void theAreasHoldWhatIsReachedByRoadThenOffIt() {
        RoadGraph g = new RoadGraph.Builder(true).addLine(new double[] {36.0, 36.1, 36.2, 36.4, 37.0}, new double[] {31, 31, 31, 31, 31}, 60,
                RoadGraph.Direction.BOTH).build();
        Isochrones iso = Isochrones.of(g, RoadSnap.snap(g, new double[] {36.0}, new double[] {31}, 1), new double[] {15, 30, 60}, 6);
        Projector projector = new Projector(Crs.of(Crs.UTM_36N));
        MapLayer areas = new IsochroneLayers().layers(new LayerSource.Input(null, Map.of(Isochrones.KEY, iso), projector)).get(0);
        assertEquals(IsochroneLayers.AREAS, areas.id());
        // the largest band first, drawn under the smaller
        assertEquals(List.of(60.0, 30.0, 15.0), areas.features().stream().map(f -> f.attributes().get("minutes")).toList());
        Geometry within15 = areas.features().get(2).geometry();
        Geometry within30 = areas.features().get(1).geometry();
        double kmNorth = 1 / 111.195; // a degree of latitude is 111.195 km
        double degreesEastPerKm = 0.1 / GreatCircle.distanceKm(31, 36.0, 31, 36.1);
        Point nearCenter = projector.point(36.0, 31 + kmNorth);
        Point offSecondNode = projector.point(36.1, 31 + kmNorth);
        Point roadAt14 = projector.point(36.0 + 14 * degreesEastPerKm, 31);
        Point roadAt16 = projector.point(36.0 + 16 * degreesEastPerKm, 31);
        assertTrue(within15.contains(nearCenter));
        assertTrue(within15.contains(roadAt14));
        assertFalse(within15.contains(offSecondNode));
        assertFalse(within15.contains(roadAt16));
        assertTrue(within30.contains(offSecondNode));
        assertTrue(within30.contains(roadAt16));
        assertTrue(within30.contains(within15));
    }
}
