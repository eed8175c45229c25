package org.nafitha.locate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.locate.Instance;
import org.nafitha.locate.PhasedSolution;
import org.nafitha.locate.Phasing;
import org.nafitha.locate.PhasingSolver;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solver;

/**
 * Phasing against exhaustive enumeration of every opening plan (each candidate in one of the periods or never) on small
 * random instances — one to three periods, five to eight sites, with and without carry-over, some with a required or an
 * excluded site: the answer is the enumerated optimum, keeps every budget, and its bound is on the right side of it.
 */
class PhasingTest {

    private static final Solver.Options OPTIONS = new Solver.Options(10, 1, true);

    @Test
    void smallPhasingsReachTheEnumeratedOptimumWithinTheirBudgets() {
        for (int seed = 1; seed <= 40; seed++) {
            Random r = new Random(seed);
            int n = 30 + r.nextInt(40);
            int m = 5 + r.nextInt(4);
            int periods = 1 + r.nextInt(3);
            String[] ids = new String[n];
            double[] x = new double[n];
            double[] y = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                ids[i] = "d" + i;
                x[i] = r.nextDouble() * 50;
                y[i] = r.nextDouble() * 50;
                w[i] = 1 + r.nextInt(20);
            }
            String[] sids = new String[m];
            double[] sx = new double[m];
            double[] sy = new double[m];
            double[] cost = new double[m];
            Instance.Status[] st = new Instance.Status[m];
            for (int j = 0; j < m; j++) {
                sids[j] = "s" + j;
                sx[j] = r.nextDouble() * 50;
                sy[j] = r.nextDouble() * 50;
                cost[j] = 1 + r.nextInt(5);
                st[j] = j == 0 && seed % 3 == 0 ? Instance.Status.REQUIRED
                        : j == 1 && seed % 4 == 0 ? Instance.Status.EXCLUDED : Instance.Status.CANDIDATE;
            }
            Instance inst = Instance.of(ids, x, y, w, sids, sx, sy, st, null, false, 30, 60);
            List<Phasing.Period> list = new ArrayList<>();
            for (int t = 0; t < periods; t++) {
                list.add(new Phasing.Period("p" + t, 2 + r.nextInt(5), 1 + 0.1 * t));
            }
            for (Problem.Type type : List.of(Problem.Type.PMEDIAN, Problem.Type.MCLP)) {
                Phasing phasing = new Phasing(type, 12, list, cost, seed % 2 == 0);
                String name = "seed " + seed + " " + type + " (" + periods + " periods, " + m + " sites" + (phasing.carryOver() ? ", carry-over)" : ")");
                PhasedSolution s = PhasingSolver.solve(inst, phasing, OPTIONS, new NullProgressMonitor());
                double optimum = enumerate(inst, phasing);
                assertEquals(optimum, s.objective(), 1e-9 * Math.max(1, optimum), name);
                assertEquals(s.objective(), value(inst, phasing, s.openedIn()), 1e-9 * Math.max(1, optimum), name + ": objective recomputed");
                assertTrue(keepsBudgets(phasing, s.openedIn(), s.spent()), name + ": over budget");
                assertTrue(type == Problem.Type.PMEDIAN ? s.bound() <= optimum + 1e-6 : s.bound() >= optimum - 1e-6, name + ": bound " + s.bound());
                for (int j = 0; j < m; j++) {
                    assertTrue(st[j] == Instance.Status.CANDIDATE || s.openedIn()[j] == -1, name + ": site " + j + " is not a candidate");
                }
            }
        }
    }

    @Test
    void badPhasingsAreRefused() {
        List<Phasing.Period> one = List.of(new Phasing.Period("2026", 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new Phasing(Problem.Type.LSCP, 10, one, new double[1], false));
        assertThrows(IllegalArgumentException.class, () -> new Phasing(Problem.Type.MCLP, Double.NaN, one, new double[1], false));
        assertThrows(IllegalArgumentException.class, () -> new Phasing(Problem.Type.MCLP, 10, List.of(), new double[1], false));
        assertThrows(IllegalArgumentException.class, () -> new Phasing.Period("2026", -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Phasing.Period("2026", 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Phasing(Problem.Type.PMEDIAN, Double.NaN, one, new double[] {-2}, false));
    }

    /**
     * Per-point growth and required sites with windows against enumeration: each point grows at its own rate (its
     * factor in period t is (1 + g_i)^t, g_i from 0 to 30 %), and on some seeds a required site opens only from the
     * second period (a site the roadmap already opens then) or closes after the first.
     */
    @Test
    void perPointGrowthAndRequiredWindowsReachTheEnumeratedOptimum() {
        for (int seed = 1; seed <= 30; seed++) {
            Random r = new Random(1000 + seed);
            int n = 20 + r.nextInt(30);
            int m = 5 + r.nextInt(3);
            int periods = 2 + r.nextInt(2);
            String[] ids = new String[n];
            double[] x = new double[n];
            double[] y = new double[n];
            double[] w = new double[n];
            double[] growth = new double[n];
            for (int i = 0; i < n; i++) {
                ids[i] = "d" + i;
                x[i] = r.nextDouble() * 50;
                y[i] = r.nextDouble() * 50;
                w[i] = 1 + r.nextInt(20);
                growth[i] = 0.3 * r.nextDouble();
            }
            String[] sids = new String[m];
            double[] sx = new double[m];
            double[] sy = new double[m];
            double[] cost = new double[m];
            int[] from = new int[m];
            int[] to = new int[m];
            Instance.Status[] st = new Instance.Status[m];
            for (int j = 0; j < m; j++) {
                sids[j] = "s" + j;
                sx[j] = r.nextDouble() * 50;
                sy[j] = r.nextDouble() * 50;
                cost[j] = 1 + r.nextInt(5);
                st[j] = j < 2 && seed % 2 == 0 ? Instance.Status.REQUIRED : Instance.Status.CANDIDATE;
                from[j] = j == 0 ? 1 : 0; // site 0, when required, opens in the second period
                to[j] = j == 1 ? 0 : periods - 1; // site 1, when required, closes after the first
            }
            Instance inst = Instance.of(ids, x, y, w, sids, sx, sy, st, null, false, 30, 60);
            List<Phasing.Period> list = new ArrayList<>();
            for (int t = 0; t < periods; t++) {
                double[] f = new double[n];
                for (int i = 0; i < n; i++) {
                    f[i] = Math.pow(1 + growth[i], t);
                }
                list.add(new Phasing.Period("p" + t, 2 + r.nextInt(5), 1, f));
            }
            for (Problem.Type type : List.of(Problem.Type.PMEDIAN, Problem.Type.MCLP)) {
                Phasing phasing = new Phasing(type, 12, list, cost, seed % 3 == 0, from, to);
                String name = "seed " + seed + " " + type + " (" + periods + " periods, " + m + " sites)";
                PhasedSolution s = PhasingSolver.solve(inst, phasing, OPTIONS, new NullProgressMonitor());
                double optimum = enumerate(inst, phasing);
                assertEquals(optimum, s.objective(), 1e-9 * Math.max(1, optimum), name);
                assertEquals(s.objective(), value(inst, phasing, s.openedIn()), 1e-9 * Math.max(1, optimum), name + ": objective recomputed");
                assertTrue(keepsBudgets(phasing, s.openedIn(), s.spent()), name + ": over budget");
                assertTrue(type == Problem.Type.PMEDIAN ? s.bound() <= optimum + 1e-6 : s.bound() >= optimum - 1e-6, name + ": bound " + s.bound());
            }
        }
    }

    /**
     * Where demand grows matters. Town A (weight 100) does not grow; town B (weight 80) grows to 1.2 × in the first
     * period and 1.8 × in the second. Site a covers only A, site b only B, each costs 1; the first period's budget is 1,
     * the second's 0, so one site opens, in the first period. Hand computation (MCLP, radius 5):
     * <pre>
     *   per point:  a covers 100 × 1 + 100 × 1 = 200;  b covers 80 × 1.2 + 80 × 1.8 = 240   → open b
     *   one factor (the population-weighted mean): f₁ = (100 + 96) / 180 = 1.0889, f₂ = (100 + 144) / 180 = 1.3556;
     *               a covers 100 × 2.4444 = 244.4;  b covers 80 × 2.4444 = 195.6             → open a
     * </pre>
     * and the enumeration agrees with both.
     */
    @Test
    void perPointGrowthChangesWhichSiteOpensFirst() {
        Instance inst = Instance.of(new String[] {"A", "B"}, new double[] {0, 100}, new double[] {0, 0}, new double[] {100, 80},
                new String[] {"a", "b"}, new double[] {1, 99}, new double[] {0, 0},
                new Instance.Status[] {Instance.Status.CANDIDATE, Instance.Status.CANDIDATE}, null, false, 30, 60);
        double[] cost = {1, 1};
        Phasing perPoint = new Phasing(Problem.Type.MCLP, 5, List.of(new Phasing.Period("2026", 1, 1, new double[] {1, 1.2}),
                new Phasing.Period("2027", 0, 1, new double[] {1, 1.8})), cost, false);
        Phasing uniform = new Phasing(Problem.Type.MCLP, 5, List.of(new Phasing.Period("2026", 1, 196.0 / 180),
                new Phasing.Period("2027", 0, 244.0 / 180)), cost, false);
        PhasedSolution p = PhasingSolver.solve(inst, perPoint, OPTIONS, new NullProgressMonitor());
        PhasedSolution u = PhasingSolver.solve(inst, uniform, OPTIONS, new NullProgressMonitor());
        assertEquals(240, p.objective(), 1e-9);
        assertEquals(240, enumerate(inst, perPoint), 1e-9);
        assertEquals(-1, p.openedIn()[0]);
        assertEquals(0, p.openedIn()[1]);
        assertEquals(100 * 440.0 / 180, u.objective(), 1e-9);
        assertEquals(100 * 440.0 / 180, enumerate(inst, uniform), 1e-9);
        assertEquals(0, u.openedIn()[0]);
        assertEquals(-1, u.openedIn()[1]);
        assertTrue(keepsBudgets(perPoint, p.openedIn(), p.spent()));
        assertTrue(keepsBudgets(uniform, u.openedIn(), u.spent()));
        // the bound proves it: the prices of both years rise together until b's value in either year is its cost's
        // worth (one price at a time stalled at 391 here)
        assertEquals(240, p.bound(), 1e-6 * 240, "bound");
        assertTrue(p.gap() <= 1e-6, "gap " + p.gap());
        // the same with p-median (penalty 60 km for an unserved point): a saves 100 × 59 × 2 = 11,800 km, b saves
        // 80 × 59 × (1.2 + 1.8) = 14,160 → open b
        Phasing median = new Phasing(Problem.Type.PMEDIAN, Double.NaN, perPoint.periods(), cost, false);
        PhasedSolution pm = PhasingSolver.solve(inst, median, OPTIONS, new NullProgressMonitor());
        assertEquals(0, pm.openedIn()[1]);
        assertEquals(enumerate(inst, median), pm.objective(), 1e-9);
    }

    @Test
    void badPerPointFactorsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Phasing.Period("2026", 1, 1, new double[] {1, -0.5}));
        assertThrows(IllegalArgumentException.class, () -> new Phasing.Period("2026", 1, 1, new double[] {Double.NaN}));
        Instance inst = Instance.of(new String[] {"A", "B"}, new double[] {0, 1}, new double[] {0, 0}, new double[] {1, 1},
                new String[] {"a"}, new double[] {0}, new double[] {0}, new Instance.Status[] {Instance.Status.CANDIDATE}, null, false, 30, 60);
        Phasing wrongLength = new Phasing(Problem.Type.MCLP, 5, List.of(new Phasing.Period("2026", 1, 1, new double[] {1, 1, 1})),
                new double[] {1}, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhasingSolver.solve(inst, wrongLength, OPTIONS, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("3 demand factors for 2 demand points"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Phasing(Problem.Type.MCLP, 5, wrongLength.periods(), new double[] {1}, false, new int[] {0, 1}, null));
    }

    static boolean keepsBudgets(Phasing phasing, int[] openedIn, double[] spent) {
        double cum = 0;
        double cumBudget = 0;
        for (int t = 0; t < phasing.count(); t++) {
            double sum = 0;
            for (int j = 0; j < openedIn.length; j++) {
                sum += openedIn[j] == t ? phasing.cost(j) : 0;
            }
            if (Math.abs(sum - spent[t]) > 1e-9) {
                return false;
            }
            double budget = phasing.periods().get(t).budget();
            cum += sum;
            cumBudget += budget;
            if (phasing.carryOver() ? cum > cumBudget + 1e-9 : sum > budget + 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** The objective of an opening plan, computed directly from the definition. */
    static double value(Instance inst, Phasing phasing, int[] openedIn) {
        double v = 0;
        for (int t = 0; t < phasing.count(); t++) {
            Phasing.Period period = phasing.periods().get(t);
            for (int i = 0; i < inst.demandCount(); i++) {
                double f = period.demandFactor() * (period.pointFactors() == null ? 1 : period.pointFactors()[i]);
                double d = Double.POSITIVE_INFINITY;
                for (int k = inst.listStart(i); k < inst.listStart(i + 1); k++) {
                    int j = inst.listSite(k);
                    boolean required = inst.status(j) == Instance.Status.REQUIRED && phasing.firstOpen(j) <= t && t <= phasing.lastOpen(j);
                    if (required || openedIn[j] >= 0 && openedIn[j] <= t) {
                        d = inst.listKm(k);
                        break;
                    }
                }
                if (phasing.type() == Problem.Type.PMEDIAN) {
                    v += f * inst.weight(i) * (Double.isInfinite(d) ? inst.penaltyKm() : d);
                } else if (d <= phasing.radiusKm()) {
                    v += f * inst.weight(i);
                }
            }
        }
        return v;
    }

    /** The best of every plan that keeps the budgets: (periods + 1)^candidates of them. */
    static double enumerate(Instance inst, Phasing phasing) {
        int m = inst.siteCount();
        int periods = phasing.count();
        boolean median = phasing.type() == Problem.Type.PMEDIAN;
        int[] at = new int[m];
        double[] spent = new double[periods];
        double best = median ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        long plans = 1;
        for (int j = 0; j < m; j++) {
            plans *= periods + 1;
        }
        for (long code = 0; code < plans; code++) {
            long c = code;
            boolean allowed = true;
            Arrays.fill(spent, 0);
            for (int j = 0; j < m; j++) {
                at[j] = (int) (c % (periods + 1)) - 1;
                c /= periods + 1;
                allowed &= at[j] == -1 || inst.status(j) == Instance.Status.CANDIDATE;
                if (at[j] >= 0) {
                    spent[at[j]] += phasing.cost(j);
                }
            }
            if (!allowed || !keepsBudgets(phasing, at, spent)) {
                continue;
            }
            double v = value(inst, phasing, at);
            best = median ? Math.min(best, v) : Math.max(best, v);
        }
        return best;
    }
}
