package org.nafitha.locate;

import java.util.ArrayList;
import java.util.List;

/**
 * What an answer means per chosen site, for a results table: the residents (weight) assigned to it and how many
 * places, their weighted mean and their largest distance to it, its capacity and load (assigned over capacity; NaN
 * without capacities); and for the whole answer the objective, the bound and the gap the solver reported, and the
 * weight no open site serves. Distances are the instance's (great-circle kilometres for a scenario's instance).
 */
public record LocateSummary(List<Site> sites, double objective, double bound, double gap, double assignedWeight, double unassignedWeight) {

    /** A chosen site's share of the answer. */
    public record Site(String id, boolean required, double weight, int points, double meanKm, double maxKm, double capacity, double load) {
    }

    public LocateSummary {
        sites = List.copyOf(sites);
    }

    /** The summary of an answer, its sites in the order of the instance. */
    public static LocateSummary of(LocateResult result) {
        Instance in = result.instance();
        Solution s = result.solution();
        int m = in.siteCount();
        double[] weight = new double[m];
        double[] weightedKm = new double[m];
        double[] maxKm = new double[m];
        int[] points = new int[m];
        double unassigned = 0;
        double assigned = 0;
        int[] assignment = s.assignment();
        for (int i = 0; i < assignment.length; i++) {
            int j = assignment[i];
            double w = in.weight(i);
            if (j < 0) {
                unassigned += w;
                continue;
            }
            double km = distance(in, i, j);
            weight[j] += w;
            weightedKm[j] += w * km;
            maxKm[j] = Math.max(maxKm[j], km);
            points[j]++;
            assigned += w;
        }
        List<Site> sites = new ArrayList<>();
        for (int j : s.chosen()) {
            double cap = in.hasCapacities() ? in.capacity(j) : Double.NaN;
            sites.add(new Site(in.siteId(j), in.status(j) == Instance.Status.REQUIRED, weight[j], points[j],
                    weight[j] > 0 ? weightedKm[j] / weight[j] : 0, maxKm[j], cap, cap > 0 ? weight[j] / cap : Double.NaN));
        }
        return new LocateSummary(sites, s.objective(), s.bound(), s.gap(), assigned, unassigned);
    }

    /** The distance of point i to site j from i's list; the instance's penalty when j is not listed (beyond the cutoff). */
    static double distance(Instance in, int i, int j) {
        for (int k = in.listStart(i); k < in.listStart(i + 1); k++) {
            if (in.listSite(k) == j) {
                return in.listKm(k);
            }
        }
        return in.penaltyKm();
    }
}
