package org.nafitha.locate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


/**
 * The Lagrangian bound of phasing. The assignment (p-median) or coverage (MCLP) constraints of every period are relaxed
 * with multipliers u_ti, as for one period (see {@link Relaxation}); what is left is the choice of the sites' opening
 * periods: opening site j in period s is worth V_js = Σ_{t ≥ s} b_jt, b_jt the benefit of j being open in period t
 * (Σᵢ max(0, u_ti − f_t wᵢ dᵢⱼ) for p-median, Σ over the points within the radius of u_ti for MCLP). Its budget rows
 * are relaxed in turn with prices μ_r ≥ 0, each site then taking its best period (or none) at V_js − π_s c_j. So
 * <pre>
 *   p-median: L(u, μ) = Σ u − Σ_required Σ_t b_jt − S(μ)      (a lower bound)
 *   MCLP:     U(u, μ) = Σ max(0, f_t wᵢ − u_ti) + Σ_required Σ_t b_jt + S(μ)      (an upper bound)
 *   S(μ) = Σ_r μ_r B_r + Σ_candidates max(0, max_s (V_js − π_s c_j)),   π_s = Σ of the rows holding period s
 * </pre>
 * hold for every u and μ ≥ 0 (every answer is feasible for the relaxed problem); a required site's Σ_t runs over the
 * periods it is open. S is convex in μ: each evaluation
 * minimizes it by line searches along each price and along runs of prices ({@link #prices}); u follows subgradient steps of Polyak's length.
 * Without carry-over row t holds period t (budget B_t); with it, row t holds periods 1..t (the budgets up to t).
 */
final class PhaseRelaxation {

    /** At most this many sweeps of line searches over the prices per evaluation. */
    private static final int SWEEPS = 6;

    private final PhaseState s;
    private final int n;
    private final int m;
    private final int periods;
    private final double[] mult;
    private final double[] cap;
    private final double[] bestMult;
    private final double[] benefit;
    private final double[] value;
    private final double[] rowBudget;
    private final double[] mu;
    private final int[] pick;
    /** The directions the prices move along: each period alone, and runs of periods together. */
    private final boolean[][] directions;
    private final int[] reach;
    private final double[] g;
    private double best;
    private double step = 2;
    private int stale;
    private int iterations;

    PhaseRelaxation(PhaseState state) {
        this.s = state;
        this.n = state.n;
        this.m = state.m;
        this.periods = state.periods;
        mult = new double[periods * n];
        cap = new double[periods * n];
        for (int t = 0; t < periods; t++) {
            for (int i = 0; i < n; i++) {
                int x = t * n + i;
                double w = state.weight(t, i);
                cap[x] = state.median ? w * state.none : w;
                mult[x] = state.median ? Math.min(cap[x], w * state.d1[x]) : w / 2;
            }
        }
        bestMult = mult.clone();
        benefit = new double[m * periods];
        value = new double[m * periods];
        rowBudget = new double[periods];
        double cum = 0;
        for (int t = 0; t < periods; t++) {
            double b = state.phasing.periods().get(t).budget();
            cum += b;
            rowBudget[t] = state.phasing.carryOver() ? cum : b;
        }
        mu = new double[periods];
        pick = new int[m];
        directions = directions(periods);
        reach = new int[periods * n];
        g = new double[periods * n];
        best = state.median ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    double bound() {
        return best;
    }

    int iterations() {
        return iterations;
    }

    double step() {
        return step;
    }

    double gap(double incumbent) {
        if (incumbent == 0) {
            return 0;
        }
        return Math.max(0, s.median ? (incumbent - best) / Math.abs(incumbent) : (best - incumbent) / Math.abs(incumbent));
    }

    /** One iteration: evaluates the relaxation, keeps the best bound, steps the multipliers towards the incumbent. */
    void iterate(double incumbent) {
        iterations++;
        double v = evaluate();
        boolean better = s.median ? v > best + 1e-9 * Math.abs(best) : v < best - 1e-9 * Math.abs(best);
        if (Double.isInfinite(best) || better) {
            best = v;
            System.arraycopy(mult, 0, bestMult, 0, mult.length);
            stale = 0;
        } else if (++stale >= Relaxation.PATIENCE) {
            step /= 2;
            stale = 0;
            System.arraycopy(bestMult, 0, mult, 0, mult.length);
            return;
        }
        double norm = 0;
        for (int t = 0; t < periods; t++) {
            for (int i = 0; i < n; i++) {
                int x = t * n + i;
                int covering = 0;
                for (int k = s.inst.listStart(i), end = k + reach[x]; k < end; k++) {
                    int j = s.inst.listSite(k);
                    if (s.required[j] ? s.openAt(j, t) : pick[j] >= 0 && pick[j] <= t) {
                        covering++;
                    }
                }
                double gi;
                if (s.median) {
                    gi = covering == 0 && mult[x] >= cap[x] ? 0 : 1 - covering;
                } else {
                    double w = s.weight(t, i);
                    double y = w > mult[x] ? 1 : w < mult[x] ? 0 : Math.min(1, covering);
                    gi = y - covering;
                }
                g[x] = gi;
                norm += gi * gi;
            }
        }
        if (norm == 0) {
            step = 0;
            return;
        }
        double distance = Math.abs(incumbent - v);
        if (distance == 0) {
            distance = 1e-6 * Math.max(1, Math.abs(v));
        }
        double tStep = step * distance / norm;
        for (int x = 0; x < mult.length; x++) {
            mult[x] = Math.max(0, Math.min(cap[x], mult[x] + tStep * g[x]));
        }
    }

    private double evaluate() {
        Arrays.fill(benefit, 0);
        double base = 0;
        for (int t = 0; t < periods; t++) {
            for (int i = 0; i < n; i++) {
                int x = t * n + i;
                double w = s.weight(t, i);
                double u = mult[x];
                int k = s.inst.listStart(i);
                int from = k;
                int end = s.inst.listStart(i + 1);
                if (s.median) {
                    base += u;
                    for (; k < end; k++) {
                        double r = u - w * s.inst.listKm(k);
                        if (r <= 0) {
                            break;
                        }
                        benefit[s.inst.listSite(k) * periods + t] += r;
                    }
                } else {
                    base += Math.max(0, w - u);
                    for (; k < end && s.inst.listKm(k) <= s.radius; k++) {
                        benefit[s.inst.listSite(k) * periods + t] += u;
                    }
                }
                reach[x] = k - from;
            }
        }
        double fixed = 0;
        for (int j = 0; j < m; j++) {
            double tail = 0;
            for (int t = periods - 1; t >= 0; t--) {
                tail += benefit[j * periods + t];
                value[j * periods + t] = tail;
            }
            if (s.required[j]) {
                for (int t = 0; t < periods; t++) {
                    fixed += s.openAt(j, t) ? benefit[j * periods + t] : 0;
                }
            }
        }
        double sub = prices();
        return s.median ? base - fixed - sub : base + fixed + sub;
    }

    /**
     * Minimizes S(μ) by line searches (ternary, S being convex) along each price alone and along the prices of a run of
     * periods together (every suffix and prefix of the periods), sweeping until a sweep gains nothing: one price at a
     * time alone stalls where a site's best period only moves when two prices rise together. Leaves each candidate's
     * best period in pick.
     */
    private double prices() {
        double hi = 0;
        for (int j = 0; j < m; j++) {
            double c = s.phasing.cost(j);
            if (s.candidate[j] && c > 0) {
                hi = Math.max(hi, value[j * periods] / c);
            }
        }
        if (hi > 0) {
            double current = sub();
            for (int sweep = 0; sweep < SWEEPS; sweep++) {
                double start = current;
                for (boolean[] direction : directions) {
                    current = line(direction, hi, current);
                }
                if (current >= start - 1e-9 * Math.max(1, Math.abs(start))) {
                    break;
                }
            }
        }
        return sub();
    }

    /** The best S along μ + d × direction, d from −(the least price moved) to hi; μ moves only when S falls. */
    private double line(boolean[] direction, double hi, double current) {
        double least = Double.POSITIVE_INFINITY;
        for (int r = 0; r < periods; r++) {
            if (direction[r]) {
                least = Math.min(least, mu[r]);
            }
        }
        double[] base = mu.clone();
        double lo = -least;
        double top = hi;
        for (int it = 0; it < 40; it++) {
            double a = lo + (top - lo) / 3;
            double b = top - (top - lo) / 3;
            if (along(base, direction, a) <= along(base, direction, b)) {
                top = b;
            } else {
                lo = a;
            }
        }
        double v = along(base, direction, (lo + top) / 2);
        if (v <= current) {
            return v;
        }
        System.arraycopy(base, 0, mu, 0, periods);
        return current;
    }

    private double along(double[] base, boolean[] direction, double d) {
        for (int r = 0; r < periods; r++) {
            mu[r] = direction[r] ? Math.max(0, base[r] + d) : base[r];
        }
        return sub();
    }

    /** Each period alone, then every run of periods from the first or to the last (each once). */
    private static boolean[][] directions(int periods) {
        List<boolean[]> out = new ArrayList<>();
        for (int r = 0; r < periods; r++) {
            boolean[] d = new boolean[periods];
            d[r] = true;
            out.add(d);
        }
        for (int k = 0; k + 1 < periods; k++) {
            boolean[] suffix = new boolean[periods];
            Arrays.fill(suffix, k, periods, true);
            out.add(suffix);
            if (k > 0) {
                boolean[] prefix = new boolean[periods];
                Arrays.fill(prefix, 0, k + 1, true);
                out.add(prefix);
            }
        }
        return out.toArray(boolean[][]::new);
    }

    private double sub() {
        double[] price = new double[periods];
        double total = 0;
        for (int r = 0; r < periods; r++) {
            total += mu[r] * rowBudget[r];
            if (s.phasing.carryOver()) {
                for (int t = 0; t <= r; t++) {
                    price[t] += mu[r];
                }
            } else {
                price[r] += mu[r];
            }
        }
        for (int j = 0; j < m; j++) {
            pick[j] = -1;
            if (!s.candidate[j]) {
                continue;
            }
            double c = s.phasing.cost(j);
            double bestValue = 0;
            for (int t = 0; t < periods; t++) {
                double v = value[j * periods + t] - price[t] * c;
                if (v > bestValue) {
                    bestValue = v;
                    pick[j] = t;
                }
            }
            total += bestValue;
        }
        return total;
    }
}
