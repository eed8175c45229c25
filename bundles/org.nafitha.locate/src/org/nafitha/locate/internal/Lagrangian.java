package org.nafitha.locate.internal;

import java.util.Arrays;

import org.nafitha.locate.Instance;

/**
 * Lagrangian bounds by subgradient optimization (Held, Wolfe and Crowder's step rule; Beasley's "Lagrangean
 * relaxation", 1993). Every value the iterations reach is a valid bound, so stopping early only weakens it.
 *
 * <p>p-median: the assignment constraints Σⱼ xᵢⱼ = 1 are relaxed with multipliers uᵢ; then
 * L(u) = Σᵢ uᵢ + Σ over the open sites of ρⱼ, ρⱼ = Σᵢ min(0, wᵢdᵢⱼ − uᵢ), opening the required sites and the p − r
 * candidates of smallest ρ. Keeping uᵢ ≤ wᵢ·(penalty distance) makes the pairs outside the lists contribute nothing.
 * It is a lower bound on the optimum.
 *
 * <p>MCLP: the coverage constraints yᵢ ≤ Σ_{j covers i} xⱼ are relaxed with λᵢ ∈ [0, wᵢ]; then
 * L(λ) = Σᵢ max(0, wᵢ − λᵢ) + the p − r largest cⱼ = Σ_{i covered by j} λᵢ (plus the required ones). It is an upper
 * bound on the covered weight.
 */
public final class Lagrangian {

    private Lagrangian() {
    }

    /** A lower bound on the p-median optimum. {@code upper} is the best known cost, {@code start} the points' distances in it. */
    public static double pMedian(Instance inst, int p, double none, double upper, double[] start, long deadline) {
        int n = inst.demandCount();
        int m = inst.siteCount();
        double[] u = new double[n];
        double[] cap = new double[n];
        for (int i = 0; i < n; i++) {
            cap[i] = inst.weight(i) * none;
            u[i] = Math.min(cap[i], inst.weight(i) * start[i]);
        }
        double[] rho = new double[m];
        boolean[] chosen = new boolean[m];
        double[] g = new double[n];
        double best = Double.NEGATIVE_INFINITY;
        double step = 2;
        int stale = 0;
        Integer[] order = new Integer[m];
        for (int it = 0; it < 3000 && step > 1e-4 && System.nanoTime() < deadline; it++) {
            Arrays.fill(rho, 0);
            double sumU = 0;
            for (int i = 0; i < n; i++) {
                sumU += u[i];
                double w = inst.weight(i);
                for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end; k++) {
                    double r = w * inst.listKm(k) - u[i];
                    if (r >= 0) {
                        break; // lists are sorted: the rest are not smaller
                    }
                    rho[inst.listSite(k)] += r;
                }
            }
            double value = sumU + choose(inst, p, rho, chosen, order, true);
            if (best == Double.NEGATIVE_INFINITY || value > best + 1e-9 * Math.abs(best)) {
                best = value;
                stale = 0;
            } else if (++stale >= 40) {
                step /= 2;
                stale = 0;
            }
            if (best >= upper - 1e-9 * Math.abs(upper)) {
                break; // the bound meets the answer: it is optimal
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                double assigned = 0;
                double w = inst.weight(i);
                for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end; k++) {
                    if (w * inst.listKm(k) - u[i] >= 0) {
                        break;
                    }
                    if (chosen[inst.listSite(k)]) {
                        assigned++;
                    }
                }
                g[i] = 1 - assigned;
                norm += g[i] * g[i];
            }
            if (norm == 0) {
                break; // the relaxed solution is feasible, hence optimal
            }
            double t = step * (upper - value) / norm;
            for (int i = 0; i < n; i++) {
                u[i] = Math.max(0, Math.min(cap[i], u[i] + t * g[i]));
            }
        }
        return best;
    }

    /** An upper bound on the weight MCLP can cover. {@code lower} is the best known covered weight. */
    public static double mclp(Instance inst, int p, double radius, double lower, long deadline) {
        return mclp(inst, p, radius, lower, deadline, null);
    }

    /**
     * As {@link #mclp(Instance, int, double, double, long)}, also giving the sites the relaxation opens at its best
     * multipliers, largest value first, in {@code chosenOut} (for branching). Iterations stop once the bound is at most
     * {@code lower}, so a caller that only needs to prove a bound passes the value to prove.
     */
    public static double mclp(Instance inst, int p, double radius, double lower, long deadline, int[] chosenOut) {
        int n = inst.demandCount();
        int m = inst.siteCount();
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = inst.weight(i) / 2;
        }
        double[] c = new double[m];
        boolean[] chosen = new boolean[m];
        double[] g = new double[n];
        Integer[] order = new Integer[m];
        double best = Double.POSITIVE_INFINITY;
        double step = 2;
        int stale = 0;
        for (int it = 0; it < 3000 && step > 1e-4 && System.nanoTime() < deadline; it++) {
            Arrays.fill(c, 0);
            double free = 0;
            for (int i = 0; i < n; i++) {
                free += Math.max(0, inst.weight(i) - lambda[i]);
                for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end && inst.listKm(k) <= radius; k++) {
                    c[inst.listSite(k)] += lambda[i];
                }
            }
            double value = free + choose(inst, p, c, chosen, order, false);
            if (best == Double.POSITIVE_INFINITY || value < best - 1e-9 * Math.abs(best)) {
                best = value;
                stale = 0;
                if (chosenOut != null) {
                    int at = 0;
                    for (int k = 0; k < m && at < chosenOut.length; k++) {
                        Integer j = order[k];
                        if (j == null) {
                            break;
                        }
                        if (chosen[j] && inst.status(j) == Instance.Status.CANDIDATE) {
                            chosenOut[at++] = j;
                        }
                    }
                    Arrays.fill(chosenOut, at, chosenOut.length, -1);
                }
            } else if (++stale >= 40) {
                step /= 2;
                stale = 0;
            }
            if (best <= lower + 1e-9 * Math.abs(lower)) {
                break;
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                int covering = 0;
                for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end && inst.listKm(k) <= radius; k++) {
                    if (chosen[inst.listSite(k)]) {
                        covering++;
                    }
                }
                double y = inst.weight(i) > lambda[i] ? 1 : 0;
                g[i] = y - covering; // dL/dλᵢ = covering − y
                norm += g[i] * g[i];
            }
            if (norm == 0) {
                break;
            }
            double t = step * (value - lower) / norm;
            for (int i = 0; i < n; i++) {
                lambda[i] = Math.max(0, Math.min(inst.weight(i), lambda[i] + t * g[i]));
            }
        }
        return best;
    }

    /** Opens the required sites and the best p − r candidates (smallest values when {@code smallest}); returns their sum. */
    private static double choose(Instance inst, int p, double[] value, boolean[] chosen, Integer[] order, boolean smallest) {
        int m = inst.siteCount();
        Arrays.fill(chosen, false);
        double sum = 0;
        int count = 0;
        int candidates = 0;
        for (int j = 0; j < m; j++) {
            Instance.Status s = inst.status(j);
            if (s == Instance.Status.REQUIRED) {
                chosen[j] = true;
                sum += value[j];
                count++;
            } else if (s == Instance.Status.CANDIDATE) {
                order[candidates++] = j;
            }
        }
        Arrays.sort(order, 0, candidates, smallest ? (a, b) -> Double.compare(value[a], value[b]) : (a, b) -> Double.compare(value[b], value[a]));
        for (int k = 0; k < candidates && count < p; k++, count++) {
            chosen[order[k]] = true;
            sum += value[order[k]];
        }
        return sum;
    }
}
