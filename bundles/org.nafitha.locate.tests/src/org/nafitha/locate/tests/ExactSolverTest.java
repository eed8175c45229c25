package org.nafitha.locate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;
import org.nafitha.locate.Solvers;

/**
 * The exact solver (branch and bound over the Lagrangian bound) and {@code auto} against exhaustive enumeration
 * ({@link LocateTest#bruteForce}) on random instances of every shape: uniform and clustered demand, few and many sites,
 * p small and up to a third of the sites.
 */
class ExactSolverTest {

    private static final Solver.Options OPTIONS = new Solver.Options(60, 1, true);

    /** {points, sites, p, clustered (1) or uniform (0)} */
    private static final int[][] SHAPES = {{200, 10, 2, 0}, {250, 12, 4, 1}, {300, 24, 3, 0}, {300, 18, 6, 1}, {400, 30, 2, 1},
        {150, 21, 7, 0}};

    static Instance shaped(int n, int m, boolean clustered, long seed, double cutoff) {
        Random r = new Random(seed);
        double[][] centres = new double[4][];
        for (int c = 0; c < centres.length; c++) {
            centres[c] = new double[] {10 + r.nextDouble() * 80, 10 + r.nextDouble() * 80};
        }
        String[] ids = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "d" + i;
            if (clustered) {
                double[] c = centres[r.nextInt(centres.length)];
                x[i] = c[0] + r.nextGaussian() * 6;
                y[i] = c[1] + r.nextGaussian() * 6;
            } else {
                x[i] = r.nextDouble() * 100;
                y[i] = r.nextDouble() * 100;
            }
            w[i] = 1 + r.nextInt(100);
        }
        String[] sids = new String[m];
        double[] sx = new double[m];
        double[] sy = new double[m];
        Instance.Status[] st = new Instance.Status[m];
        for (int j = 0; j < m; j++) {
            sids[j] = "s" + j;
            sx[j] = r.nextDouble() * 100;
            sy[j] = r.nextDouble() * 100;
            st[j] = Instance.Status.CANDIDATE;
        }
        return Instance.of(ids, x, y, w, sids, sx, sy, st, null, false, cutoff, Double.isInfinite(cutoff) ? 0 : 2 * cutoff);
    }

    @Test
    void theExactSolverProvesTheOptimumOfEveryShape() {
        Solver exact = Solvers.builtIn().get("exact");
        for (int[] shape : SHAPES) {
            for (long seed = 1; seed <= 2; seed++) {
                String name = shape[0] + "x" + shape[1] + " p=" + shape[2] + (shape[3] == 1 ? " clustered" : " uniform") + " seed " + seed;
                Instance complete = shaped(shape[0], shape[1], shape[3] == 1, seed, Double.POSITIVE_INFINITY);
                double median = LocateTest.bruteForce(complete, shape[2], Double.NaN);
                Solution s = exact.solve(complete, Problem.pMedian(shape[2]), OPTIONS, new NullProgressMonitor());
                assertEquals(median, s.objective(), 1e-6 * median, name + " p-median");
                assertEquals(0, s.gap(), 1e-9, name + " p-median: proven");
                Instance listed = shaped(shape[0], shape[1], shape[3] == 1, seed, 40);
                double covered = LocateTest.bruteForce(listed, shape[2], 15);
                Solution c = exact.solve(listed, Problem.mclp(shape[2], 15), OPTIONS, new NullProgressMonitor());
                assertEquals(covered, c.objective(), 1e-9, name + " MCLP");
                assertEquals(0, c.gap(), 1e-9, name + " MCLP: proven");
                assertEquals(c.objective(), c.covered(), 1e-9);
            }
        }
    }

    /**
     * The bounded heuristic (vns: relaxation and search on two threads) on the same shapes: it reaches the enumerated
     * optimum, and its bound and answer bracket it.
     */
    @Test
    void theBoundedSearchReachesTheOptimumOfEveryShape() {
        Solver vns = Solvers.builtIn().get("vns");
        for (int[] shape : SHAPES) {
            for (long seed = 1; seed <= 2; seed++) {
                String name = shape[0] + "x" + shape[1] + " p=" + shape[2] + (shape[3] == 1 ? " clustered" : " uniform") + " seed " + seed;
                Instance complete = shaped(shape[0], shape[1], shape[3] == 1, seed, Double.POSITIVE_INFINITY);
                double median = LocateTest.bruteForce(complete, shape[2], Double.NaN);
                Solution s = vns.solve(complete, Problem.pMedian(shape[2]), OPTIONS, new NullProgressMonitor());
                assertEquals(median, s.objective(), 1e-6 * median, name + " p-median");
                assertTrue(s.bound() <= median * (1 + 1e-9), name + " p-median: bound " + s.bound() + " ≤ optimum " + median);
                Instance listed = shaped(shape[0], shape[1], shape[3] == 1, seed, 40);
                double covered = LocateTest.bruteForce(listed, shape[2], 15);
                Solution c = vns.solve(listed, Problem.mclp(shape[2], 15), OPTIONS, new NullProgressMonitor());
                assertEquals(covered, c.objective(), 1e-9, name + " MCLP");
                assertTrue(c.bound() >= covered - 1e-9, name + " MCLP: bound " + c.bound() + " ≥ optimum " + covered);
            }
        }
    }

    @Test
    void autoUsesTheExactSolverWhenItProvesInTimeAndSaysSo() {
        Instance inst = shaped(300, 18, true, 7, 40);
        Solution s = Solvers.builtIn().get(Solvers.DEFAULT).solve(inst, Problem.mclp(6, 15), OPTIONS, new NullProgressMonitor());
        assertEquals("auto", Solvers.DEFAULT);
        assertEquals("exact", s.solver());
        assertEquals(LocateTest.bruteForce(inst, 6, 15), s.objective(), 1e-9);
        assertEquals(0, s.gap(), 1e-9);
        // capacities are beyond the exact solver: auto says it used the heuristic
        Solution held = Solvers.builtIn().get("auto").solve(inst, new Problem(Problem.Type.PMEDIAN, 6, Double.NaN, true), OPTIONS,
                new NullProgressMonitor());
        assertEquals("vns", held.solver());
    }

    @Test
    void requiredAndExcludedSitesBindTheExactSolver() {
        Instance base = shaped(200, 12, false, 3, Double.POSITIVE_INFINITY);
        Instance.Status[] st = new Instance.Status[12];
        for (int j = 0; j < 12; j++) {
            st[j] = j == 2 ? Instance.Status.REQUIRED : j < 6 ? Instance.Status.EXCLUDED : Instance.Status.CANDIDATE;
        }
        Instance constrained = base.withStatus(st);
        Solution s = Solvers.builtIn().get("exact").solve(constrained, Problem.pMedian(3), OPTIONS, new NullProgressMonitor());
        boolean hasRequired = false;
        for (int j : s.chosen()) {
            assertTrue(j == 2 || j >= 6, "site " + j + " is excluded");
            hasRequired |= j == 2;
        }
        assertTrue(hasRequired, "the required site is open");
        // enumeration over the allowed sites: site 2 with two of sites 6..11
        double best = Double.POSITIVE_INFINITY;
        for (int a = 6; a < 12; a++) {
            for (int b = a + 1; b < 12; b++) {
                double v = 0;
                for (int i = 0; i < constrained.demandCount(); i++) {
                    v += constrained.weight(i) * Math.min(distance(constrained, i, 2), Math.min(distance(constrained, i, a), distance(constrained, i, b)));
                }
                best = Math.min(best, v);
            }
        }
        assertEquals(best, s.objective(), 1e-6 * best);
        assertEquals(0, s.gap(), 1e-9);
    }

    private static double distance(Instance inst, int i, int j) {
        for (int k = inst.listStart(i); k < inst.listStart(i + 1); k++) {
            if (inst.listSite(k) == j) {
                return inst.listKm(k);
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
