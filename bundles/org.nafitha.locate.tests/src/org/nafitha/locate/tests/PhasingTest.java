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
            double f = phasing.periods().get(t).demandFactor();
            for (int i = 0; i < inst.demandCount(); i++) {
                double d = Double.POSITIVE_INFINITY;
                for (int k = inst.listStart(i); k < inst.listStart(i + 1); k++) {
                    int j = inst.listSite(k);
                    if (inst.status(j) == Instance.Status.REQUIRED || openedIn[j] >= 0 && openedIn[j] <= t) {
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
