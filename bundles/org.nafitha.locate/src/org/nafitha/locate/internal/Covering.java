package org.nafitha.locate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nafitha.locate.Instance;

/**
 * Set covering: LSCP by the greedy rule (the site covering the most uncovered weight... here: the most uncovered
 * points, ties by weight) then dropping sites made redundant; p-center as the smallest radius whose cover needs at most p
 * sites, found by bisection over the distances in the lists.
 */
public final class Covering {

    private Covering() {
    }

    /** The sites of a cover of every point that some non-excluded site reaches within the radius (required ones included). */
    public static int[] cover(Instance inst, double radius) {
        int n = inst.demandCount();
        int m = inst.siteCount();
        boolean[] covered = new boolean[n];
        boolean[] open = new boolean[m];
        List<Integer> chosen = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (inst.status(j) == Instance.Status.REQUIRED) {
                open[j] = true;
                chosen.add(j);
            }
        }
        int[] reach = new int[m];
        for (int i = 0; i < n; i++) {
            for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end && inst.listKm(k) <= radius; k++) {
                if (open[inst.listSite(k)]) {
                    covered[i] = true;
                    break;
                }
            }
        }
        while (true) {
            Arrays.fill(reach, 0);
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if (covered[i]) {
                    continue;
                }
                for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end && inst.listKm(k) <= radius; k++) {
                    reach[inst.listSite(k)]++;
                    any = true;
                }
            }
            if (!any) {
                break;
            }
            int best = -1;
            for (int j = 0; j < m; j++) {
                if (!open[j] && inst.status(j) == Instance.Status.CANDIDATE && (best < 0 || reach[j] > reach[best])) {
                    best = j;
                }
            }
            open[best] = true;
            chosen.add(best);
            for (int i = 0; i < n; i++) {
                if (!covered[i]) {
                    for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end && inst.listKm(k) <= radius; k++) {
                        if (inst.listSite(k) == best) {
                            covered[i] = true;
                            break;
                        }
                    }
                }
            }
        }
        // drop sites (last chosen first) whose points all have another open site within the radius
        for (int c = chosen.size() - 1; c >= 0; c--) {
            int j = chosen.get(c);
            if (inst.status(j) == Instance.Status.REQUIRED) {
                continue;
            }
            open[j] = false;
            if (!stillCovered(inst, radius, open, j)) {
                open[j] = true;
            } else {
                chosen.remove(c);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean stillCovered(Instance inst, double radius, boolean[] open, int dropped) {
        for (int i = 0; i < inst.demandCount(); i++) {
            boolean reachesDropped = false;
            boolean other = false;
            for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end && inst.listKm(k) <= radius; k++) {
                int j = inst.listSite(k);
                if (j == dropped) {
                    reachesDropped = true;
                } else if (open[j]) {
                    other = true;
                    break;
                }
            }
            if (reachesDropped && !other) {
                return false;
            }
        }
        return true;
    }

    /** The smallest radius (among the list distances) whose greedy cover has at most p sites, and that cover. */
    public static int[] center(Instance inst, int p, double[] radiusOut) {
        double[] all = new double[(int) inst.pairs()];
        for (int k = 0; k < all.length; k++) {
            all[k] = inst.listKm(k);
        }
        Arrays.sort(all);
        int lo = 0;
        int hi = all.length - 1;
        int[] best = cover(inst, all[hi]);
        double radius = all[hi];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int[] c = cover(inst, all[mid]);
            if (c.length <= p) {
                best = c;
                radius = all[mid];
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        radiusOut[0] = radius;
        return best;
    }
}
