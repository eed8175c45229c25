package org.nafitha.locate.internal;

import java.util.Map;
import java.util.WeakHashMap;

import org.nafitha.locate.Instance;

/**
 * The candidate lists turned around: for each site, the points whose lists hold it and where (the position in the
 * point's list, so its distance is {@code listKm(position)}), points in increasing order. The interchange uses it to find
 * the points a swap touches without a pass over every list. Built once per instance (kept while the instance lives).
 */
final class Columns {

    private static final Map<Instance, Columns> CACHE = new WeakHashMap<>();

    private final int[] start;
    private final int[] point;
    private final int[] position;

    private Columns(Instance inst) {
        int n = inst.demandCount();
        int m = inst.siteCount();
        start = new int[m + 1];
        int pairs = inst.listStart(n);
        for (int k = 0; k < pairs; k++) {
            start[inst.listSite(k) + 1]++;
        }
        for (int j = 0; j < m; j++) {
            start[j + 1] += start[j];
        }
        int[] fill = start.clone();
        point = new int[pairs];
        position = new int[pairs];
        for (int i = 0; i < n; i++) {
            for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end; k++) {
                int at = fill[inst.listSite(k)]++;
                point[at] = i;
                position[at] = k;
            }
        }
    }

    static Columns of(Instance inst) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(inst, Columns::new);
        }
    }

    /** The first index of site j's column; it runs to {@code start(j + 1)}. */
    int start(int j) {
        return start[j];
    }

    /** The point at an index of the columns. */
    int point(int c) {
        return point[c];
    }

    /** The position in that point's list. */
    int position(int c) {
        return position[c];
    }
}
