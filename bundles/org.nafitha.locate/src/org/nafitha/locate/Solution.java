package org.nafitha.locate;

import java.util.Arrays;

/**
 * An answer: the open sites, each demand point's site (−1 when none is within reach), the objective, and, when a bound
 * was computed, the bound and the relative gap |objective − bound| / |objective| (an upper bound on how far from optimal
 * the answer can be).
 *
 * @param covered for MCLP, LSCP and p-center the weight within reach of an open site; else NaN
 */
public record Solution(Problem problem, String solver, double objective, int[] chosen, int[] assignment, double bound, double gap,
        double covered, double seconds, int iterations) {

    public Solution {
        chosen = chosen.clone();
        Arrays.sort(chosen);
        assignment = assignment.clone();
    }

    public boolean hasBound() {
        return !Double.isNaN(bound);
    }

    public Solution withBound(double bound) {
        double gap = Double.isNaN(bound) ? Double.NaN : objective == 0 ? 0 : Math.max(0, Math.abs(objective - bound) / Math.abs(objective));
        return new Solution(problem, solver, objective, chosen, assignment, bound, gap, covered, seconds, iterations);
    }

    public Solution withSeconds(double s) {
        return new Solution(problem, solver, objective, chosen, assignment, bound, gap, covered, s, iterations);
    }
}
