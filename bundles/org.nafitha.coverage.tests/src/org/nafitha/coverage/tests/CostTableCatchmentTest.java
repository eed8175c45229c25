package org.nafitha.coverage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.nafitha.coverage.Decay;
import org.nafitha.coverage.FloatingCatchment;
import org.nafitha.coverage.Neighbourhood;
import org.nafitha.geo.CostTable;
import org.nafitha.geo.PointIndex;

/** The floating catchment on travel costs from a cost table rather than coordinates. */
class CostTableCatchmentTest {

    /**
     * Luo, W. and Wang, F. (2003), "Measures of spatial accessibility to health care in a GIS environment: synthesis
     * and a case study in the Chicago region", Environment and Planning B 30(6), 865-884, Fig. 3 and its text: two
     * physician locations a and b with one physician each; every dot is one resident; the catchment of a (a threshold
     * of 30) holds 8 residents and that of b holds 4, so R_a = 1/8 and R_b = 1/4, and a resident has accessibility
     * 1/8 = 0.125 (only a within reach), 1/4 = 0.25 (only b) or 1/8 + 1/4 = 0.375 (both, where the circles overlap).
     * The figure draws the catchments as circles and prints no costs: the costs below put each dot inside (less than
     * 30) or outside (more than 30) as the figure places it, 7 in a's circle only, 1 in both, 3 in b's only; costs
     * beyond the circles are listed too (a GIS's table holds them), and one far resident's pair to a is missing.
     */
    @Test
    void luoAndWang2003Figure3() {
        CostTable.Builder b = new CostTable.Builder(CostTable.Unit.MINUTES);
        String[] residents = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"};
        double[] toA = {5, 10, 12, 18, 20, 24, 28, 22, 40, 45, Double.NaN};
        double[] toB = {60, 55, 50, 48, 44, 40, 35, 25, 8, 15, 20};
        int line = 1;
        for (int i = 0; i < residents.length; i++) {
            if (!Double.isNaN(toA[i])) {
                b.add(residents[i], "a", toA[i], ++line);
            }
            b.add(residents[i], "b", toB[i], ++line);
        }
        CostTable t = b.build();
        double[] population = new double[residents.length];
        Arrays.fill(population, 1);
        FloatingCatchment.Result r = FloatingCatchment.compute(Neighbourhood.costs(t, residents, new String[] {"a", "b"}),
                population, new double[] {1, 1}, Decay.step(30), 2);
        assertEquals(1 / 8.0, r.supplyRatio()[0], 1e-12);
        assertEquals(1 / 4.0, r.supplyRatio()[1], 1e-12);
        double[] expected = {0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.375, 0.25, 0.25, 0.25};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], r.access()[i], 1e-12, "resident " + residents[i]);
        }
    }

    /**
     * E2SFCA with bands [0,10) weight 1, [10,20) 0.5, [20,30) 0.25, costs in minutes. A cost exactly on an edge falls
     * in the band above it (10 weighs 0.5, 20 weighs 0.25, 30 is outside), as on the coordinate path (Decay: a band
     * is [lower, upper)). By hand: site S1 (supply 10) reaches P1 (100 residents, 5 min, w 1), P2 (200, 10 min,
     * w 0.5), P3 (400, 20 min, w 0.25), P4 (800, 30 min, w 0); P5 has no pair to S1. R1 = 10 / (100 + 100 + 100) =
     * 1/30. Site S2 (supply 6) reaches P2 in 25 min (w 0.25) and P5 in 0 min (w 1): R2 = 6 / (50 + 50) = 0.06.
     * A1 = 1/30, A2 = 0.5/30 + 0.25 x 0.06 = 0.031667, A3 = 0.25/30, A4 = 0, A5 = 0.06.
     */
    @Test
    void e2sfcaBandsOnACostTableByHand() {
        CostTable t = new CostTable.Builder(CostTable.Unit.MINUTES).add("P1", "S1", 5, 2).add("P2", "S1", 10, 3)
                .add("P3", "S1", 20, 4).add("P4", "S1", 30, 5).add("P2", "S2", 25, 6).add("P5", "S2", 0, 7).build();
        String[] points = {"P1", "P2", "P3", "P4", "P5"};
        double[] population = {100, 200, 400, 800, 50};
        Decay bands = Decay.bands("10:1,20:0.5,30:0.25");
        FloatingCatchment.Result r = FloatingCatchment.compute(Neighbourhood.costs(t, points, new String[] {"S1", "S2"}),
                population, new double[] {10, 6}, bands, 1);
        assertEquals(1 / 30.0, r.supplyRatio()[0], 1e-12);
        assertEquals(0.06, r.supplyRatio()[1], 1e-12);
        double[] expected = {1 / 30.0, 0.5 / 30 + 0.25 * 0.06, 0.25 / 30, 0, 0.06};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], r.access()[i], 1e-12, points[i]);
        }
    }

    /** The same site and points on a line (x = the cost in km) through the point index give the same access. */
    @Test
    void bandEdgesFallOnTheSameSideAsOnTheCoordinatePath() {
        double[] cost = {5, 10, 20, 30};
        double[] population = {100, 200, 400, 800};
        String[] points = {"P1", "P2", "P3", "P4"};
        CostTable.Builder b = new CostTable.Builder(CostTable.Unit.KILOMETRES);
        for (int i = 0; i < cost.length; i++) {
            b.add(points[i], "S1", cost[i], i + 2);
        }
        Decay bands = Decay.bands("10:1,20:0.5,30:0.25");
        FloatingCatchment.Result byTable = FloatingCatchment.compute(Neighbourhood.costs(b.build(), points, new String[] {"S1"}),
                population, new double[] {10}, bands, 1);
        PointIndex index = PointIndex.euclideanKm(cost, new double[4], 5);
        FloatingCatchment.Result byCoordinates = FloatingCatchment.compute(Neighbourhood.indexed(index, new double[] {0},
                new double[] {0}), population, new double[] {10}, bands, 1);
        for (int i = 0; i < cost.length; i++) {
            assertEquals(byCoordinates.access()[i], byTable.access()[i], 1e-12, points[i]);
        }
        assertEquals(1 / 30.0, byTable.access()[0], 1e-12);
        assertEquals(0, byTable.access()[3]);
    }

    /** 2SFCA: a cost exactly at the cutoff is outside, a pair missing from the table is unreachable. */
    @Test
    void theCutoffAndMissingPairsAreOutside() {
        CostTable t = new CostTable.Builder(CostTable.Unit.MINUTES).add("P1", "S1", 29.999, 2).add("P2", "S1", 30, 3).build();
        FloatingCatchment.Result r = FloatingCatchment.compute(Neighbourhood.costs(t, new String[] {"P1", "P2", "P3"},
                new String[] {"S1"}), new double[] {4, 4, 4}, new double[] {2}, Decay.step(30), 1);
        assertEquals(0.5, r.access()[0], 1e-12);
        assertEquals(0, r.access()[1]);
        assertEquals(0, r.access()[2]);
    }
}
