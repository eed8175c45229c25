package org.nafitha.locate.internal;

import java.util.Arrays;

import org.nafitha.locate.Instance;
import org.nafitha.locate.Phasing;
import org.nafitha.locate.Problem;

/**
 * A phasing answer being built: each site's opening period, what each period spends, and per period and demand point
 * the nearest and second-nearest open sites (p-median) or the count of open sites within the radius (MCLP). The
 * candidate lists are also kept by site (columns), so opening a site updates only the points it reaches.
 */
final class PhaseState {

    final Instance inst;
    final Phasing phasing;
    final boolean median;
    final int n;
    final int m;
    final int periods;
    final double radius;
    final double none;
    /** Demand of each period and point, at t * n + i: the base weight × the period's factor for the point. */
    private final double[] demand;
    /** −1 closed; else the period it opens in (required sites: the first period of their window). */
    final int[] at;
    /** The last period a site is open: a required site's window's last; a candidate's the last period. */
    final int[] until;
    final boolean[] required;
    final boolean[] candidate;
    final double[] spent;
    final int[] colStart;
    final int[] colPoint;
    final double[] colKm;
    // per period t and point i, at t * n + i
    final int[] first;
    final double[] d1;
    final double[] d2;
    final int[] count;

    PhaseState(Instance inst, Phasing phasing) {
        this.inst = inst;
        this.phasing = phasing;
        this.median = phasing.type() == Problem.Type.PMEDIAN;
        this.n = inst.demandCount();
        this.m = inst.siteCount();
        this.periods = phasing.count();
        if (phasing.cost().length != m) {
            throw new IllegalArgumentException(phasing.cost().length + " site costs for " + m + " sites");
        }
        this.radius = phasing.radiusKm();
        this.none = median ? PMedianSearch.noneDistance(inst) : Double.NaN;
        this.demand = new double[periods * n];
        for (int t = 0; t < periods; t++) {
            Phasing.Period p = phasing.periods().get(t);
            if (p.perPoint() && p.pointFactors().length != n) {
                throw new IllegalArgumentException("period " + p.id() + ": " + p.pointFactors().length + " demand factors for " + n + " demand points");
            }
            for (int i = 0; i < n; i++) {
                demand[t * n + i] = p.factor(i) * inst.weight(i);
            }
        }
        this.at = new int[m];
        this.until = new int[m];
        this.required = new boolean[m];
        this.candidate = new boolean[m];
        Arrays.fill(at, -1);
        Arrays.fill(until, periods - 1);
        for (int j = 0; j < m; j++) {
            required[j] = inst.status(j) == Instance.Status.REQUIRED;
            candidate[j] = inst.status(j) == Instance.Status.CANDIDATE;
            if (required[j]) {
                int from = Math.max(0, phasing.firstOpen(j));
                int to = Math.min(periods - 1, phasing.lastOpen(j));
                at[j] = from <= to ? from : -1;
                until[j] = to;
            }
        }
        this.spent = new double[periods];
        // columns: for each site the points listing it (within the radius for MCLP)
        colStart = new int[m + 1];
        for (int i = 0; i < n; i++) {
            for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end && (median || inst.listKm(k) <= radius); k++) {
                colStart[inst.listSite(k) + 1]++;
            }
        }
        for (int j = 0; j < m; j++) {
            colStart[j + 1] += colStart[j];
        }
        colPoint = new int[colStart[m]];
        colKm = new double[colStart[m]];
        int[] fill = Arrays.copyOf(colStart, m);
        for (int i = 0; i < n; i++) {
            for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end && (median || inst.listKm(k) <= radius); k++) {
                int j = inst.listSite(k);
                colPoint[fill[j]] = i;
                colKm[fill[j]++] = inst.listKm(k);
            }
        }
        first = median ? new int[periods * n] : null;
        d1 = median ? new double[periods * n] : null;
        d2 = median ? new double[periods * n] : null;
        count = median ? null : new int[periods * n];
        refresh();
    }

    boolean openAt(int j, int t) {
        return at[j] >= 0 && at[j] <= t && t <= until[j];
    }

    /** Recomputes every period's per-point state. */
    void refresh() {
        for (int t = 0; t < periods; t++) {
            for (int i = 0; i < n; i++) {
                refreshPoint(t, i);
            }
        }
    }

    private void refreshPoint(int t, int i) {
        int x = t * n + i;
        if (median) {
            int f = -1;
            double a = none;
            double b = none;
            for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end; k++) {
                if (openAt(inst.listSite(k), t)) {
                    if (f < 0) {
                        f = inst.listSite(k);
                        a = inst.listKm(k);
                    } else {
                        b = inst.listKm(k);
                        break;
                    }
                }
            }
            first[x] = f;
            d1[x] = a;
            d2[x] = b;
        } else {
            int c = 0;
            for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end && inst.listKm(k) <= radius; k++) {
                if (openAt(inst.listSite(k), t)) {
                    c++;
                }
            }
            count[x] = c;
        }
    }

    /** Opens closed site j in period s (updating the points it reaches). */
    void open(int j, int s) {
        at[j] = s;
        spent[s] += phasing.cost(j);
        for (int c = colStart[j]; c < colStart[j + 1]; c++) {
            int i = colPoint[c];
            double d = colKm[c];
            for (int t = s; t < periods; t++) {
                int x = t * n + i;
                if (median) {
                    if (d < d1[x]) {
                        d2[x] = d1[x];
                        d1[x] = d;
                        first[x] = j;
                    } else if (d < d2[x]) {
                        d2[x] = d;
                    }
                } else {
                    count[x]++;
                }
            }
        }
    }

    /** Closes open site j (recomputing the points it reaches). */
    void close(int j) {
        int s = at[j];
        spent[s] -= phasing.cost(j);
        at[j] = -1;
        for (int c = colStart[j]; c < colStart[j + 1]; c++) {
            for (int t = s; t < periods; t++) {
                refreshPoint(t, colPoint[c]);
            }
        }
    }

    /** The weight of point i in period t. */
    double weight(int t, int i) {
        return demand[t * n + i];
    }

    /** The objective of period t: demand-weighted distance (p-median) or covered demand (MCLP). */
    double periodObjective(int t) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int x = t * n + i;
            if (median) {
                sum += weight(t, i) * d1[x];
            } else if (count[x] > 0) {
                sum += weight(t, i);
            }
        }
        return sum;
    }

    double objective() {
        double sum = 0;
        for (int t = 0; t < periods; t++) {
            sum += periodObjective(t);
        }
        return sum;
    }

    /** Whether moving cost {@code out} out of period {@code from} (−1: none) and {@code in} into period {@code to} keeps every budget. */
    boolean fits(int from, double out, int to, double in) {
        double cumBudget = 0;
        double cumSpent = 0;
        for (int t = 0; t < periods; t++) {
            double s = spent[t] + (t == to ? in : 0) - (t == from ? out : 0);
            double b = phasing.periods().get(t).budget();
            double tol = 1e-9 * Math.max(1, b);
            if (phasing.carryOver()) {
                cumBudget += b;
                cumSpent += s;
                if (cumSpent > cumBudget + tol) {
                    return false;
                }
            } else if (s > b + tol) {
                return false;
            }
        }
        return true;
    }

    /** Whether the answer keeps every budget. */
    boolean feasible() {
        return fits(-1, 0, -1, 0);
    }

    /** Whether a change of the objective by {@code delta} is an improvement. */
    boolean improves(double delta, double scale) {
        double tol = 1e-9 * Math.max(1, Math.abs(scale));
        return median ? delta < -tol : delta > tol;
    }
}
