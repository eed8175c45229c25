package org.nafitha.locate.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nafitha.locate.Instance;
import org.nafitha.locate.OrLibrary;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;
import org.nafitha.locate.Solvers;

class LocateTest {

    private static final Solver.Options OPTIONS = new Solver.Options(30, 1, true);

    static Path orlib() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data").resolve("orlib").resolve("pmed1.txt");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** OR-Library pmed1 (Beasley 1985): 100 vertices, p = 5, optimum 5819. */
    @Test
    void pmed1IsSolvedToItsOptimum() throws Exception {
        Path file = orlib();
        Assumptions.assumeTrue(file != null, "skipped: ../shared/data/orlib/pmed1.txt is not on this machine");
        OrLibrary lib = OrLibrary.read(file);
        assertEquals(5, lib.p());
        for (String id : Solvers.builtIn().ids()) {
            Solution s = Solvers.builtIn().get(id).solve(lib.instance(), Problem.pMedian(lib.p()), OPTIONS, new NullProgressMonitor());
            assertEquals(5819, s.objective(), 1e-9, id);
            assertTrue(s.bound() <= 5819 + 1e-9 && s.gap() < 0.01, id + ": bound " + s.bound() + ", gap " + s.gap());
        }
    }

    /**
     * OR-Library-style instances of our own (releng/orlib/generate.py: random graphs of the pmed series' density, costs
     * 1-100) whose optima CBC 2.10 proved (orlib/README.md): the default solver and the heuristic reach each, and
     * their bounds stay at or below it.
     */
    @ParameterizedTest
    @CsvSource({"g150_10.txt, 4650", "g200_20.txt, 4218", "g200_67.txt, 1613", "g250_5.txt, 7179"})
    void orLibraryStyleInstancesReachTheOptimumCbcProved(String name, double optimum, @TempDir Path dir) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = LocateTest.class.getResourceAsStream("orlib/" + name)) {
            assertNotNull(in, "orlib/" + name + " is packed with the tests");
            Files.copy(in, file);
        }
        OrLibrary lib = OrLibrary.read(file);
        for (String id : new String[] {"auto", "vns"}) {
            Solution s = Solvers.builtIn().get(id).solve(lib.instance(), Problem.pMedian(lib.p()), OPTIONS, new NullProgressMonitor());
            assertEquals(optimum, s.objective(), 1e-9, name + " " + id);
            assertTrue(s.bound() <= optimum + 1e-9, name + " " + id + ": bound " + s.bound() + " above the optimum");
        }
    }

    /** Random points in a 100 km square, weights 1..100; sites among other random points. */
    static Instance random(int n, int m, long seed, double cutoff) {
        Random r = new Random(seed);
        String[] ids = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "d" + i;
            x[i] = r.nextDouble() * 100;
            y[i] = r.nextDouble() * 100;
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

    /**
     * Exhaustive search over every set of p sites: the exact optimum of small instances. Sets are enumerated in
     * lexicographic order, each level keeping every point's distance to the nearest of the sites chosen so far.
     */
    static double bruteForce(Instance inst, int p, double radius) {
        int m = inst.siteCount();
        int n = inst.demandCount();
        double[][] d = new double[m][n];
        for (double[] row : d) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < n; i++) {
            for (int k = inst.listStart(i); k < inst.listStart(i + 1); k++) {
                d[inst.listSite(k)][i] = inst.listKm(k);
            }
        }
        double[][] near = new double[p + 1][n];
        Arrays.fill(near[0], Double.POSITIVE_INFINITY);
        return enumerate(inst, d, p, radius, 0, 0, near);
    }

    private static double enumerate(Instance inst, double[][] d, int p, double radius, int depth, int from, double[][] near) {
        boolean mclp = !Double.isNaN(radius);
        int n = inst.demandCount();
        if (depth == p) {
            double value = 0;
            for (int i = 0; i < n; i++) {
                value += mclp ? (near[p][i] <= radius ? inst.weight(i) : 0) : inst.weight(i) * near[p][i];
            }
            return value;
        }
        double best = mclp ? 0 : Double.POSITIVE_INFINITY;
        for (int j = from; j <= inst.siteCount() - (p - depth); j++) {
            double[] before = near[depth];
            double[] after = near[depth + 1];
            double[] dj = d[j];
            for (int i = 0; i < n; i++) {
                after[i] = Math.min(before[i], dj[i]);
            }
            double v = enumerate(inst, d, p, radius, depth + 1, j + 1, near);
            best = mclp ? Math.max(best, v) : Math.min(best, v);
        }
        return best;
    }

    @Test
    void smallRandomPMediansAreSolvedExactly() {
        for (long seed = 1; seed <= 3; seed++) {
            Instance inst = random(300, 40, seed, Double.POSITIVE_INFINITY);
            double exact = bruteForce(inst, 4, Double.NaN);
            Solution s = Solvers.builtIn().get("vns").solve(inst, Problem.pMedian(4), OPTIONS, new NullProgressMonitor());
            assertTrue(s.objective() <= exact * 1.005, "seed " + seed + ": " + s.objective() + " vs optimum " + exact);
            assertTrue(s.bound() <= exact + 1e-6 && exact <= s.objective() + 1e-6, "bound " + s.bound() + " ≤ optimum " + exact + " ≤ answer");
        }
    }

    @Test
    void smallRandomMclpsAreSolvedExactly() {
        for (long seed = 1; seed <= 3; seed++) {
            Instance inst = random(300, 40, seed, 40);
            double exact = bruteForce(inst, 4, 15);
            Solution s = Solvers.builtIn().get("vns").solve(inst, Problem.mclp(4, 15), OPTIONS, new NullProgressMonitor());
            assertTrue(s.objective() >= exact * 0.995, "seed " + seed + ": " + s.objective() + " vs optimum " + exact);
            assertTrue(s.bound() >= exact - 1e-6 && exact >= s.objective() - 1e-6, "bound " + s.bound() + " ≥ optimum " + exact + " ≥ answer");
        }
    }

    /**
     * Larger random instances (300 and 800 points, 40 and 100 sites): each answer is proved within 0.5 % of the
     * optimum, and its bound and answer bracket the optimum the exact solver proves (bound ≤ optimum ≤ answer for
     * p-median, the reverse for MCLP). For MCLP the Lagrangian bound (which equals the LP relaxation's) can stay above
     * 0.5 %; where it does, a branch and bound over the sites, pruning with the same bound, proves that nothing covers
     * 0.5 % more. The proof at national scale (20,000 × 1,000, p = 50) is the benchmark's ({@code nafitha bench locate}).
     */
    @Test
    void largerRandomInstancesAreProvedWithinHalfAPercent() {
        int[][] sizes = {{300, 40, 5}, {800, 100, 10}};
        Solver exact = Solvers.builtIn().get("exact");
        for (int[] size : sizes) {
            Instance inst = random(size[0], size[1], size[0], 50);
            String name = size[0] + "x" + size[1];
            Solution optimum = exact.solve(inst, Problem.pMedian(size[2]), OPTIONS, new NullProgressMonitor());
            assertEquals(0, optimum.gap(), 1e-9, name + " p-median: the exact solver proves its optimum");
            Solution median = Solvers.builtIn().get("vns").solve(inst, Problem.pMedian(size[2]), OPTIONS, new NullProgressMonitor());
            assertTrue(median.gap() <= 0.005, name + " p-median gap " + median.gap());
            double tol = 1e-9 * optimum.objective();
            assertTrue(median.bound() <= optimum.objective() + tol && optimum.objective() <= median.objective() + tol,
                    name + " p-median: bound " + median.bound() + " ≤ optimum " + optimum.objective() + " ≤ answer " + median.objective());
            Solution best = exact.solve(inst, Problem.mclp(size[2], 12), OPTIONS, new NullProgressMonitor());
            assertEquals(0, best.gap(), 1e-9, name + " MCLP: the exact solver proves its optimum");
            Solution cover = Solvers.builtIn().get("vns").solve(inst, Problem.mclp(size[2], 12), OPTIONS, new NullProgressMonitor());
            assertTrue(cover.bound() >= best.objective() - 1e-9 && best.objective() >= cover.objective() - 1e-9,
                    name + " MCLP: bound " + cover.bound() + " ≥ optimum " + best.objective() + " ≥ answer " + cover.objective());
            if (cover.gap() > 0.005) {
                BranchAndBound.Proof proof = BranchAndBound.mclp(inst, size[2], 12, cover.objective(), 0.005, 20_000);
                assertTrue(proof.proved(), name + " MCLP: gap " + cover.gap() + " and no proof in " + proof.nodes() + " nodes");
            }
        }
    }

    @Test
    void requiredAndExcludedSitesAreHonoured() {
        Instance base = random(400, 30, 9, Double.POSITIVE_INFINITY);
        Solution free = Solvers.builtIn().get("vns").solve(base, Problem.pMedian(3), OPTIONS, new NullProgressMonitor());
        int best = free.chosen()[0];
        int notChosen = 0;
        while (Arrays.binarySearch(free.chosen(), notChosen) >= 0) {
            notChosen++;
        }
        Instance.Status[] st = new Instance.Status[30];
        Arrays.fill(st, Instance.Status.CANDIDATE);
        st[best] = Instance.Status.EXCLUDED;
        st[notChosen] = Instance.Status.REQUIRED;
        Instance constrained = withStatus(9, st);
        Solution s = Solvers.builtIn().get("vns").solve(constrained, Problem.pMedian(3), OPTIONS, new NullProgressMonitor());
        assertTrue(Arrays.binarySearch(s.chosen(), notChosen) >= 0, "the required site is open");
        assertTrue(Arrays.binarySearch(s.chosen(), best) < 0, "the excluded site is not");
        assertTrue(s.objective() >= free.objective() - 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Solvers.builtIn().get("vns").solve(constrained, Problem.pMedian(30), OPTIONS,
                new NullProgressMonitor()), "29 usable sites cannot make p = 30");
    }

    /** The instance {@code random(400, st.length, seed, ∞)} with other site statuses. */
    private static Instance withStatus(long seed, Instance.Status[] st) {
        return random(400, st.length, seed, Double.POSITIVE_INFINITY).withStatus(st);
    }

    @Test
    void theSameSeedGivesTheSameAnswer() {
        Instance inst = random(1000, 120, 5, 40);
        Solution a = Solvers.builtIn().get("vns").solve(inst, Problem.pMedian(12), new Solver.Options(30, 42, false), new NullProgressMonitor());
        Solution b = Solvers.builtIn().get("vns").solve(inst, Problem.pMedian(12), new Solver.Options(30, 42, false), new NullProgressMonitor());
        assertArrayEquals(a.chosen(), b.chosen());
        assertEquals(a.objective(), b.objective());
    }

    @Test
    void theTimeLimitAndCancelAreHonoured() {
        Instance inst = random(2000, 300, 11, 50);
        long t0 = System.nanoTime();
        Solution s = Solvers.builtIn().get("vns").solve(inst, Problem.pMedian(30), new Solver.Options(0.2, 1, false), new NullProgressMonitor());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(30, s.chosen().length, "an answer even when time runs out");
        assertTrue(seconds < 2, "stopped near the 0.2 s limit, took " + seconds);
        NullProgressMonitor canceled = new NullProgressMonitor();
        canceled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> Solvers.builtIn().get("vns").solve(inst, Problem.pMedian(30), OPTIONS, canceled));
    }

    /**
     * With the bound, the relaxation and the search run on two threads (and, from 5,000 points, a helper takes half of
     * the relaxation's passes): all stop at the time limit and on cancel.
     */
    @Test
    void theBoundedSearchStopsBothThreadsAtTheTimeLimitAndOnCancel() throws InterruptedException {
        Instance inst = random(6000, 400, 12, 50);
        long t0 = System.nanoTime();
        Solution s = Solvers.builtIn().get("vns").solve(inst, Problem.pMedian(40), new Solver.Options(0.5, 1, true), new NullProgressMonitor());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(40, s.chosen().length);
        assertTrue(seconds < 3, "stopped near the 0.5 s limit, took " + seconds);
        assertTrue(s.bound() <= s.objective(), "bound " + s.bound() + " ≤ answer " + s.objective());
        // cancelled at the 60th look: the relaxation looks once an iteration, and needs more than 60 to prove anything here
        AtomicInteger looks = new AtomicInteger();
        NullProgressMonitor later = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return looks.incrementAndGet() > 60;
            }
        };
        assertThrows(OperationCanceledException.class,
                () -> Solvers.builtIn().get("vns").solve(inst, Problem.pMedian(40), new Solver.Options(30, 1, true), later));
        assertFalse(alive("nafitha-locate-search"), "the search thread has ended (it is joined)");
        long until = System.nanoTime() + 2_000_000_000L;
        while (alive("nafitha-locate-relax") && System.nanoTime() < until) {
            Thread.sleep(10); // the helper's pool is shut down; its thread ends soon after
        }
        assertFalse(alive("nafitha-locate-relax"), "the relaxation's helper thread has ended");
    }

    private static boolean alive(String threadName) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(threadName) && t.isAlive());
    }

    @Test
    void pointsBeyondTheCutoffPayThePenalty() {
        // two clusters 500 km apart, a site in each; with p = 1 one cluster is beyond the 100 km cutoff
        String[] ids = {"a", "b", "c", "d"};
        double[] x = {0, 1, 500, 501};
        double[] y = {0, 0, 0, 0};
        double[] w = {1, 1, 5, 5};
        Instance inst = Instance.of(ids, x, y, w, new String[] {"west", "east"}, new double[] {0, 500}, new double[] {0, 0},
                new Instance.Status[] {Instance.Status.CANDIDATE, Instance.Status.CANDIDATE}, null, false, 100, 1000);
        Solution s = Solvers.builtIn().get("interchange").solve(inst, Problem.pMedian(1), OPTIONS, new NullProgressMonitor());
        assertArrayEquals(new int[] {1}, s.chosen(), "the heavier cluster gets the site");
        assertEquals(2 * 1000 + 5 * 0 + 5 * 1, s.objective(), 1e-9);
        assertEquals(-1, s.assignment()[0], "beyond the cutoff: no site");
    }

    /** Three points of weight 10 at x = 0; site A there holds 15, site B 10 km away 100: two points must go to B. */
    @Test
    void capacitiesSendPointsFurther() {
        Instance inst = Instance.of(new String[] {"a", "b", "c"}, new double[] {0, 0, 0}, new double[] {0, 0, 0}, new double[] {10, 10, 10},
                new String[] {"A", "B"}, new double[] {0, 10}, new double[] {0, 0},
                new Instance.Status[] {Instance.Status.CANDIDATE, Instance.Status.CANDIDATE}, new double[] {15, 100}, false,
                Double.POSITIVE_INFINITY, 0);
        Solution free = Solvers.builtIn().get("vns").solve(inst, Problem.pMedian(2), OPTIONS, new NullProgressMonitor());
        assertEquals(0, free.objective(), 1e-9);
        Solution held = Solvers.builtIn().get("vns").solve(inst, new Problem(Problem.Type.PMEDIAN, 2, Double.NaN, true), OPTIONS,
                new NullProgressMonitor());
        assertEquals(200, held.objective(), 1e-9);
        assertEquals(1, Arrays.stream(held.assignment()).filter(j -> j == 0).count(), "A takes one point");
        assertTrue(held.bound() <= 200 + 1e-9);
    }

    @Test
    void coveringProblems() {
        Instance inst = random(500, 60, 3, 60);
        Solution lscp = Solvers.builtIn().get("vns").solve(inst, new Problem(Problem.Type.LSCP, 0, 25, false), OPTIONS, new NullProgressMonitor());
        for (int i = 0; i < inst.demandCount(); i++) {
            boolean coverable = inst.listStart(i + 1) > inst.listStart(i) && inst.listKm(inst.listStart(i)) <= 25;
            if (coverable) {
                assertTrue(lscp.assignment()[i] >= 0, "point " + i + " is covered");
            }
        }
        assertEquals(lscp.chosen().length, lscp.objective());
        Solution center = Solvers.builtIn().get("vns").solve(inst, new Problem(Problem.Type.PCENTER, 8, Double.NaN, false), OPTIONS,
                new NullProgressMonitor());
        assertTrue(center.chosen().length <= 8);
        double worst = 0;
        for (int i = 0; i < inst.demandCount(); i++) {
            int j = center.assignment()[i];
            for (int k = inst.listStart(i); k < inst.listStart(i + 1); k++) {
                if (inst.listSite(k) == j) {
                    worst = Math.max(worst, inst.listKm(k));
                }
            }
        }
        assertEquals(worst, center.objective(), 1e-9, "the objective is the farthest point's distance");
    }
}
