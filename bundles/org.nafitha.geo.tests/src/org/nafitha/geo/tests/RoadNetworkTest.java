package org.nafitha.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nafitha.geo.RoadGraph;
import org.nafitha.geo.RoadGraph.Direction;
import org.nafitha.geo.RoadSnap;
import org.nafitha.geo.TravelTimes;

/**
 * Travel times on small road networks drawn by hand in planar kilometres, every expected time worked by hand: at
 * 60 km/h a kilometre takes 1 minute; off the road at 6 km/h, 10 minutes.
 */
class RoadNetworkTest {

    private static final double OFF_ROAD_KMH = 6;

    private static RoadGraph.Builder roads() {
        return new RoadGraph.Builder(false);
    }

    private static void line(RoadGraph.Builder b, double kmh, Direction d, double... xy) {
        double[] x = new double[xy.length / 2];
        double[] y = new double[xy.length / 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = xy[2 * i];
            y[i] = xy[2 * i + 1];
        }
        b.addLine(x, y, kmh, d);
    }

    /** Minutes from each center to each zone ("c->z"), within 60 minutes. */
    private static Map<String, Double> times(RoadGraph g, double[][] centers, double[][] zones, double snapKm) {
        RoadSnap.Snap[] s = RoadSnap.snap(g, centers[0], centers[1], snapKm);
        RoadSnap.Snap[] t = RoadSnap.snap(g, zones[0], zones[1], snapKm);
        Map<String, Double> out = new HashMap<>();
        TravelTimes.between(g, s, t, 60, OFF_ROAD_KMH, 2, (c, z, m) -> out.put(c + "->" + z, m));
        return out;
    }

    /**
     * A(0,0)-B(10,0) at 60 km/h, B-C(10,5) at 30 km/h. From a center at A: C is 10 + 5 x 2 = 20 min; a zone at (5, 0.5)
     * snaps onto AB half way: 5 min along, 0.5 km off the road = 5 min, 10 min in all.
     */
    @Test
    void handComputedTimes() {
        RoadGraph.Builder b = roads();
        line(b, 60, Direction.BOTH, 0, 0, 10, 0);
        line(b, 30, Direction.BOTH, 10, 0, 10, 5);
        RoadGraph g = b.build();
        assertEquals(3, g.nodes()); // B is shared by both lines
        assertEquals(4, g.edges());
        Map<String, Double> m = times(g, new double[][] {{0}, {0}}, new double[][] {{10, 5}, {5, 0.5}}, 2);
        assertEquals(20, m.get("0->0"), 1e-9);
        assertEquals(10, m.get("0->1"), 1e-9);
    }

    /**
     * A one-way street A(0,0)->B(10,0); back from B to A only around the block B-D(10,10)-E(0,10)-A, 30 km at 60 km/h.
     * A to B: 10 min; B to A: 30 min.
     */
    @Test
    void oneWayStreets() {
        RoadGraph.Builder b = roads();
        line(b, 60, Direction.FORWARD, 0, 0, 10, 0);
        line(b, 60, Direction.BOTH, 10, 0, 10, 10, 0, 10, 0, 0);
        RoadGraph g = b.build();
        Map<String, Double> m = times(g, new double[][] {{0, 10}, {0, 0}}, new double[][] {{0, 10}, {0, 0}}, 1);
        assertEquals(0, m.get("0->0"), 1e-9);
        assertEquals(10, m.get("0->1"), 1e-9);
        assertEquals(30, m.get("1->0"), 1e-9);
        assertEquals(0, m.get("1->1"), 1e-9);
        // drawn the other way, a BACKWARD line is the same street
        RoadGraph.Builder r = roads();
        line(r, 60, Direction.BACKWARD, 10, 0, 0, 0);
        line(r, 60, Direction.BOTH, 10, 0, 10, 10, 0, 10, 0, 0);
        Map<String, Double> m2 = times(r.build(), new double[][] {{0, 10}, {0, 0}}, new double[][] {{0, 10}, {0, 0}}, 1);
        assertEquals(10, m2.get("0->1"), 1e-9);
        assertEquals(30, m2.get("1->0"), 1e-9);
    }

    /**
     * A river between x = 0.5 and x = 1.5 with roads along both banks (x = 0 and x = 2, from y = 0 to y = 10) and one
     * bridge at y = 10. A highway crosses both bank roads at y = 5 with no common vertex (an overpass): it does not
     * connect them. From the west bank at (0,0) to the east bank at (2,0), 2 km apart: 10 + 2 + 10 = 22 km by road,
     * 22 min, never the 20 min of walking straight across the water.
     */
    @Test
    void aRiverWithOneBridge() {
        RoadGraph.Builder b = roads();
        line(b, 60, Direction.BOTH, 0, 0, 0, 10);
        line(b, 60, Direction.BOTH, 2, 0, 2, 10);
        line(b, 60, Direction.BOTH, 0, 10, 2, 10);
        line(b, 60, Direction.BOTH, -1, 5, 3, 5);
        RoadGraph g = b.build();
        Map<String, Double> m = times(g, new double[][] {{0}, {0}}, new double[][] {{2}, {0}}, 0.4);
        assertEquals(22, m.get("0->0"), 1e-9);
        // the highway alone reaches neither bank road: from its west end, the east bank is out of reach
        Map<String, Double> highway = times(g, new double[][] {{-1}, {5}}, new double[][] {{2}, {0}}, 0.4);
        assertFalse(highway.containsKey("0->0"));
    }

    /**
     * Snapping: a zone 1 km off the road snaps onto it (10 min off the road); one 3 km off, beyond a 2 km snapping
     * distance, reaches nothing. Road A(0,0)-B(20,0) at 60 km/h, center at A; zone (12, 1): 12 + 10 = 22 min.
     */
    @Test
    void snappingWithinADistance() {
        RoadGraph.Builder b = roads();
        line(b, 60, Direction.BOTH, 0, 0, 20, 0);
        RoadGraph g = b.build();
        RoadSnap.Snap[] snaps = RoadSnap.snap(g, new double[] {12, 12}, new double[] {1, 3}, 2);
        assertEquals(0, snaps[0].segment());
        assertEquals(0.6, snaps[0].fraction(), 1e-12);
        assertEquals(1, snaps[0].offKm(), 1e-12);
        assertFalse(snaps[1].onRoad());
        Map<String, Double> m = times(g, new double[][] {{0}, {0}}, new double[][] {{12, 12}, {1, 3}}, 2);
        assertEquals(22, m.get("0->0"), 1e-9);
        assertFalse(m.containsKey("0->1"));
        // two places on one segment travel along it: a center at (4, 0.5) to the zone at (12, 1): 5 + 8 + 10 = 23 min
        Map<String, Double> along = times(g, new double[][] {{4}, {0.5}}, new double[][] {{12}, {1}}, 2);
        assertEquals(23, along.get("0->0"), 1e-9);
    }

    /** Beyond the largest threshold nothing is listed: a 70 km road at 60 km/h, zone at its end, threshold 60 min. */
    @Test
    void theSearchStopsAtTheLargestThreshold() {
        RoadGraph.Builder b = roads();
        line(b, 60, Direction.BOTH, 0, 0, 30, 0, 70, 0);
        Map<String, Double> m = times(b.build(), new double[][] {{0}, {0}}, new double[][] {{70, 30}, {0, 0}}, 1);
        assertFalse(m.containsKey("0->0"));
        assertEquals(30, m.get("0->1"), 1e-9);
    }

    /** The nearest of several centers per node, in one search: centers at 0 and 20 on a 20 km road. */
    @Test
    void nearestCenterOfEachNode() {
        RoadGraph.Builder b = roads();
        line(b, 60, Direction.BOTH, 0, 0, 5, 0, 15, 0, 20, 0);
        RoadGraph g = b.build();
        RoadSnap.Snap[] centers = RoadSnap.snap(g, new double[] {0, 20}, new double[] {0, 0}, 1);
        double[] minutes = TravelTimes.nearestSource(g, centers, 60, OFF_ROAD_KMH);
        assertEquals(0, minutes[0], 1e-9);
        assertEquals(5, minutes[1], 1e-9);
        assertEquals(5, minutes[2], 1e-9);
        assertEquals(0, minutes[3], 1e-9);
    }

    @Test
    void oneWayValuesAndBadLinesAreRefused() {
        assertEquals(Direction.FORWARD, Direction.parse("yes"));
        assertEquals(Direction.FORWARD, Direction.parse("FT"));
        assertEquals(Direction.BACKWARD, Direction.parse("-1"));
        assertEquals(Direction.BOTH, Direction.parse(null));
        assertEquals(Direction.BOTH, Direction.parse("no"));
        assertThrows(IllegalArgumentException.class, () -> Direction.parse("sometimes"));
        RoadGraph.Builder b = roads();
        assertThrows(IllegalArgumentException.class, () -> line(b, 0, Direction.BOTH, 0, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> line(b, 50, Direction.BOTH, 0, 0));
        assertTrue(b.build().nodes() == 0);
    }
}
