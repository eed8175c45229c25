package org.nafitha.locate;

import java.util.Arrays;

import org.nafitha.geo.CostTable;

/**
 * A location-allocation instance from a cost table rather than coordinates: demand point i is the table's origin
 * {@code demandIds[i]} (or, when the table does not name it, {@code fallbackIds[i]}, e.g. its zone), site j the
 * destination {@code siteIds[j]}. Each point lists the sites the table connects it to within the cutoff (strictly
 * less), cheapest first; a pair the table lacks is never listed, so a point no open site reaches pays the penalty
 * (as beyond the cutoff of {@link Instance#of}). Costs keep the table's unit (minutes or km), and so do the radius,
 * the objective and the cutoff; the solvers read the lists only.
 */
public final class CostInstance {

    private CostInstance() {
    }

    /**
     * @param fallbackIds for each point, another origin id tried when the first is not in the table; null for none
     * @param cutoff only pairs cheaper than this are listed; {@code POSITIVE_INFINITY} lists every pair of the table
     * @param penalty the cost per unit weight of a point with no open site listed; 0 lets the solver choose one (more
     *        than any listed cost) when the cutoff is infinite
     */
    public static Instance of(CostTable table, String[] demandIds, String[] fallbackIds, double[] weights, String[] siteIds,
            Instance.Status[] status, double[] capacity, double cutoff, double penalty) {
        int n = demandIds.length;
        int m = siteIds.length;
        if (weights.length != n || status.length != m || fallbackIds != null && fallbackIds.length != n
                || capacity != null && capacity.length != m) {
            throw new IllegalArgumentException("demand and site arrays differ in length");
        }
        for (int i = 0; i < n; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("demand " + demandIds[i] + ": weight " + weights[i] + ", expected a finite number, 0 or more");
            }
        }
        boolean all = Double.isInfinite(cutoff);
        if (!all && !(cutoff > 0)) {
            throw new IllegalArgumentException("cutoff " + cutoff + ": expected more than 0");
        }
        if (!(penalty >= (all ? 0 : cutoff))) {
            throw new IllegalArgumentException("penalty " + penalty + ": expected at least the cutoff (" + cutoff + ")");
        }
        int[] siteOfDestination = new int[table.destinations()];
        Arrays.fill(siteOfDestination, -1);
        for (int j = 0; j < m; j++) {
            int d = table.destinationIndex(siteIds[j]);
            if (d >= 0) {
                siteOfDestination[d] = j;
            }
        }
        int[] start = new int[n + 1];
        int[] rowSite = new int[m];
        double[] rowCost = new double[m];
        int[] site = new int[16];
        double[] cost = new double[16];
        int total = 0;
        for (int i = 0; i < n; i++) {
            int o = table.originIndex(demandIds[i]);
            if (o < 0 && fallbackIds != null && fallbackIds[i] != null) {
                o = table.originIndex(fallbackIds[i]);
            }
            int[] count = {0};
            if (o >= 0) {
                table.forEachFromOrigin(o, (d, c) -> {
                    int j = siteOfDestination[d];
                    if (j >= 0 && status[j] != Instance.Status.EXCLUDED && c < cutoff) {
                        rowSite[count[0]] = j;
                        rowCost[count[0]++] = c;
                    }
                });
            }
            int c = count[0];
            // cheapest first, ties by site
            Integer[] sorted = new Integer[c];
            for (int k = 0; k < c; k++) {
                sorted[k] = k;
            }
            Arrays.sort(sorted, (a, b) -> {
                int byCost = Double.compare(rowCost[a], rowCost[b]);
                return byCost != 0 ? byCost : Integer.compare(rowSite[a], rowSite[b]);
            });
            if (total + c > site.length) {
                int grow = Math.max(site.length * 2, total + c);
                site = Arrays.copyOf(site, grow);
                cost = Arrays.copyOf(cost, grow);
            }
            for (int k = 0; k < c; k++) {
                site[total + k] = rowSite[sorted[k]];
                cost[total + k] = rowCost[sorted[k]];
            }
            total += c;
            start[i + 1] = total;
        }
        return new Instance(demandIds.clone(), weights.clone(), siteIds.clone(), status.clone(), capacity == null ? null : capacity.clone(),
                start, Arrays.copyOf(site, total), Arrays.copyOf(cost, total), cutoff, penalty);
    }
}
