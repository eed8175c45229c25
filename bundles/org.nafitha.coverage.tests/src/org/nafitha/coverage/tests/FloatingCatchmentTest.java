package org.nafitha.coverage.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nafitha.coverage.Decay;
import org.nafitha.coverage.FloatingCatchment;
import org.nafitha.coverage.Neighbourhood;
import org.nafitha.geo.PointIndex;

class FloatingCatchmentTest {

    private static FloatingCatchment.Result run(double[] dx, double[] dy, double[] p, double[] sx, double[] sy, double[] s, Decay decay) {
        return FloatingCatchment.compute(Neighbourhood.indexed(PointIndex.euclideanKm(dx, dy, 5), sx, sy), p, s, decay, 2);
    }

    /**
     * Hand-worked 2SFCA (Luo and Wang 2003), planar km, d0 = 12:
     * demand A (0,0) P=100, B (10,0) P=200, C (30,0) P=300; sites S1 (5,0) S=10, S2 (25,0) S=20.
     * S1 reaches A and B (5 km each), not C (25); S2 reaches C (5), not A (25) or B (15).
     * R1 = 10 / (100 + 200) = 1/30; R2 = 20 / 300 = 1/15.
     * A_A = 1/30, A_B = 1/30, A_C = 1/15; and 100/30 + 200/30 + 300/15 = 30 = 10 + 20.
     */
    @Test
    void twoStepFloatingCatchmentWorkedByHand() {
        FloatingCatchment.Result r = run(new double[] {0, 10, 30}, new double[] {0, 0, 0}, new double[] {100, 200, 300},
                new double[] {5, 25}, new double[] {0, 0}, new double[] {10, 20}, Decay.step(12));
        assertArrayEquals(new double[] {1.0 / 30, 1.0 / 15}, r.supplyRatio(), 1e-12);
        assertArrayEquals(new double[] {1.0 / 30, 1.0 / 30, 1.0 / 15}, r.access(), 1e-12);
    }

    /**
     * E2SFCA (Luo and Qi 2009) with bands [0,5) weight 1 and [5,10) weight 0.5: demand A (0,0) P=100 and B (10,0)
     * P=100, one site at (3,0) with S=30: A is 3 km away (w 1), B 7 km (w 0.5).
     * R = 30 / (100x1 + 100x0.5) = 0.2; A_A = 0.2 x 1 = 0.2, A_B = 0.2 x 0.5 = 0.1.
     */
    @Test
    void enhancedTwoStepWithBandsWorkedByHand() {
        FloatingCatchment.Result r = run(new double[] {0, 10}, new double[] {0, 0}, new double[] {100, 100},
                new double[] {3}, new double[] {0}, new double[] {30}, Decay.bands("5:1,10:0.5"));
        assertEquals(0.2, r.supplyRatio()[0], 1e-12);
        assertArrayEquals(new double[] {0.2, 0.1}, r.access(), 1e-12);
    }

    @Test
    void theCutoffIsStrict() {
        // the demand point is exactly 12 km from the site: outside the catchment
        FloatingCatchment.Result r = run(new double[] {0}, new double[] {0}, new double[] {100}, new double[] {12},
                new double[] {0}, new double[] {10}, Decay.step(12));
        assertEquals(0, r.access()[0]);
        assertEquals(0, Decay.bands("10:1,20:0.68,30:0.22").weight(30));
        assertEquals(0.68, Decay.bands("10:1,20:0.68,30:0.22").weight(10));
    }

    @Test
    void populationWeightedAccessSumsToTotalSupplyWhenEveryZoneReachesEverySite() {
        Random rnd = new Random(3);
        int n = 2000;
        int m = 50;
        double[] dx = new double[n];
        double[] dy = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            dx[i] = rnd.nextDouble() * 100;
            dy[i] = rnd.nextDouble() * 100;
            p[i] = 1 + rnd.nextInt(5000);
        }
        double[] sx = new double[m];
        double[] sy = new double[m];
        double[] s = new double[m];
        double total = 0;
        for (int j = 0; j < m; j++) {
            sx[j] = rnd.nextDouble() * 100;
            sy[j] = rnd.nextDouble() * 100;
            s[j] = 1 + rnd.nextInt(30);
            total += s[j];
        }
        for (Decay decay : new Decay[] {Decay.step(1000), Decay.bands("50:1,100:0.6,1000:0.2"), Decay.gaussian(1000),
            Decay.gravity(1000, 1.5)}) {
            FloatingCatchment.Result r = run(dx, dy, p, sx, sy, s, decay);
            double weighted = 0;
            for (int i = 0; i < n; i++) {
                weighted += p[i] * r.access()[i];
            }
            assertEquals(total, weighted, total * 1e-9, decay.toString());
        }
    }

    @Test
    void theIndexAndAFullDistanceMatrixGiveTheSameAccessibility() {
        Random rnd = new Random(5);
        int n = 500;
        int m = 20;
        double[] dx = new double[n];
        double[] dy = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            dx[i] = rnd.nextDouble() * 80;
            dy[i] = rnd.nextDouble() * 80;
            p[i] = rnd.nextInt(1000);
        }
        double[] sx = new double[m];
        double[] sy = new double[m];
        double[] s = new double[m];
        double[][] km = new double[m][n];
        for (int j = 0; j < m; j++) {
            sx[j] = rnd.nextDouble() * 80;
            sy[j] = rnd.nextDouble() * 80;
            s[j] = 5;
            for (int i = 0; i < n; i++) {
                km[j][i] = Math.hypot(dx[i] - sx[j], dy[i] - sy[j]);
            }
        }
        // bands take the general path; a step takes the index's distance-free path: both must match the matrix
        for (Decay decay : new Decay[] {Decay.bands("10:1,20:0.68,30:0.22"), Decay.step(25)}) {
            FloatingCatchment.Result a = run(dx, dy, p, sx, sy, s, decay);
            FloatingCatchment.Result b = FloatingCatchment.compute(Neighbourhood.matrix(km, n), p, s, decay, 1);
            assertArrayEquals(b.access(), a.access(), 1e-12);
            assertArrayEquals(b.supplyRatio(), a.supplyRatio(), 1e-12);
        }
    }

    @Test
    void malformedBandsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Decay.bands("10:1,5:0.5"));
        assertThrows(IllegalArgumentException.class, () -> Decay.bands("10-1"));
        assertThrows(IllegalArgumentException.class, () -> Decay.bands("ten:1"));
    }
}
