package org.nafitha.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.nafitha.geo.Crs;
import org.nafitha.geo.DistanceModel;
import org.nafitha.geo.GreatCircle;
import org.nafitha.geo.PointIndex;
import org.nafitha.geo.TravelTime;

class GeoTest {

    @Test
    void ranksOrderPairsAsKilometresDoAndTurnBackIntoThemExactly() {
        // Amman (31.95, 35.93) to Aqaba (29.53, 35.01): 2·R·asin(√h) is the haversine formula itself, and the rank is h
        double h = GreatCircle.haversine(31.95, 35.93, 29.53, 35.01);
        double p1 = Math.toRadians(31.95);
        double p2 = Math.toRadians(29.53);
        double byHand = Math.pow(Math.sin((p2 - p1) / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(35.01 - 35.93) / 2), 2);
        assertEquals(byHand, h, 1e-15);
        Random random = new Random(7);
        for (DistanceModel model : new DistanceModel[] {DistanceModel.greatCircle(), DistanceModel.detour(DistanceModel.greatCircle(), 1.3),
                DistanceModel.projected(Crs.of(Crs.JORDAN_TM))}) {
            double lastKm = -1;
            TreeMap<Double, Double> byRank = new TreeMap<>();
            for (int i = 0; i < 2000; i++) {
                double lat = 29 + 4 * random.nextDouble();
                double lon = 35 + 4 * random.nextDouble();
                double km = model.km(31.95, 35.93, lat, lon);
                double rank = model.rank(31.95, 35.93, lat, lon);
                assertEquals(km, model.kmOfRank(rank), 0, "the winner's kilometres are the model's own, to the last bit");
                byRank.put(rank, km);
            }
            for (double km : byRank.values()) {
                assertTrue(km >= lastKm, "ranks order pairs as kilometres do");
                lastKm = km;
            }
            assertTrue(byRank.firstKey() >= 0, "ranks are never negative");
        }
    }

    @Test
    void oneDegreeOfLatitudeIsTheMeanRadiusTimesPiOver180() {
        // 6371.0088 km x pi / 180 = 111.19508 km (hand computation)
        assertEquals(111.19508, GreatCircle.distanceKm(0, 0, 1, 0), 1e-5);
        assertEquals(111.19508, GreatCircle.distanceKm(0, 35, 0, 36), 1e-5);
        assertEquals(0, GreatCircle.distanceKm(31.95, 35.91, 31.95, 35.91), 1e-12);
    }

    @Test
    void utmPutsTheCentralMeridianAtFalseEasting500000AndRoundTrips() {
        Crs utm36 = Crs.of(Crs.UTM_36N);
        double[] origin = utm36.project(33, 0); // zone 36's central meridian is 33 E; the equator has northing 0
        assertEquals(500_000, origin[0], 1e-6);
        assertEquals(0, origin[1], 1e-6);
        double[] amman = utm36.project(35.9106, 31.9539);
        double[] back = utm36.unproject(amman[0], amman[1]);
        assertEquals(35.9106, back[0], 1e-8);
        assertEquals(31.9539, back[1], 1e-8);
        assertTrue(amman[0] > 750_000 && amman[0] < 800_000 && amman[1] > 3_530_000 && amman[1] < 3_550_000,
                amman[0] + " " + amman[1]);
        assertEquals(Crs.UTM_37N, Crs.utmForJordan(37.5).code());
    }

    @Test
    void jordanTransverseMercatorHasItsCentralMeridianAt37East() {
        // EPSG:3066: transverse Mercator, longitude of origin 37 E, false easting 500,000 m
        double[] p = Crs.of(Crs.JORDAN_TM).project(37, 31);
        assertEquals(500_000, p[0], 200); // the datum shift ED50 to WGS84 moves it by tens of metres
    }

    @Test
    void projectedAndGreatCircleDistancesAgreeOverJordanAndDetourStretches() {
        // Amman to Irbid
        double gc = DistanceModel.greatCircle().km(31.9539, 35.9106, 32.5556, 35.85);
        double utm = DistanceModel.projected(Crs.of(Crs.UTM_36N)).km(31.9539, 35.9106, 32.5556, 35.85);
        assertEquals(gc, utm, gc * 0.005);
        assertEquals(gc * 1.3, DistanceModel.detour(DistanceModel.greatCircle(), 1.3).km(31.9539, 35.9106, 32.5556, 35.85), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> DistanceModel.detour(DistanceModel.greatCircle(), 0.9));
        assertEquals(30, TravelTime.minutes(25, 50), 1e-12);
    }

    @Test
    void anUnknownCrsIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Crs.of("EPSG:999999"));
        assertTrue(e.getMessage().contains("EPSG:999999"), e.getMessage());
    }

    @Test
    void planarIndexFindsExactlyThePointsABruteForceFindsAndExcludesTheRadius() {
        Random r = new Random(7);
        int n = 5000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() * 400;
            y[i] = r.nextDouble() * 300;
        }
        x[0] = 100;
        y[0] = 130; // exactly 30 km from the first query
        PointIndex index = PointIndex.euclideanKm(x, y, 15);
        double[][] queries = {{100, 100}, {0, 0}, {399, 299}, {-50, 150}, {200, 150}};
        for (double[] q : queries) {
            TreeMap<Integer, Double> found = new TreeMap<>();
            index.forEachWithin(q[0], q[1], 30, found::put);
            TreeMap<Integer, Double> brute = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                double d = Math.hypot(x[i] - q[0], y[i] - q[1]);
                if (d < 30) {
                    brute.put(i, d);
                }
            }
            assertEquals(brute.keySet(), found.keySet());
            brute.forEach((i, d) -> assertEquals(d, found.get(i), 1e-9));
        }
        TreeMap<Integer, Double> first = new TreeMap<>();
        index.forEachWithin(100, 100, 30, first::put);
        assertTrue(!first.containsKey(0), "a point at exactly the radius is outside");
    }

    @Test
    void greatCircleIndexFindsExactlyThePointsABruteForceFinds() {
        Random r = new Random(11);
        int n = 5000;
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            lon[i] = 35 + r.nextDouble() * 4;
            lat[i] = 29.2 + r.nextDouble() * 4;
        }
        PointIndex index = PointIndex.greatCircle(lon, lat, 15);
        double[][] queries = {{35.91, 31.95}, {35.0, 29.53}, {38.9, 33.2}, {36.5, 31.0}};
        for (double[] q : queries) {
            TreeMap<Integer, Double> found = new TreeMap<>();
            index.forEachWithin(q[0], q[1], 30, found::put);
            TreeMap<Integer, Double> brute = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                double d = GreatCircle.distanceKm(q[1], q[0], lat[i], lon[i]);
                if (d < 30) {
                    brute.put(i, d);
                }
            }
            assertEquals(brute.keySet(), found.keySet());
            brute.forEach((i, d) -> assertEquals(d, found.get(i), 1e-6));
        }
    }

    @Test
    void badCoordinatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PointIndex.euclideanKm(new double[] {Double.NaN}, new double[] {0}, 1));
        assertThrows(IllegalArgumentException.class, () -> PointIndex.greatCircle(new double[] {35}, new double[] {95}, 1));
        assertThrows(IllegalArgumentException.class, () -> PointIndex.euclideanKm(new double[] {1, 2}, new double[] {0}, 1));
    }
}
