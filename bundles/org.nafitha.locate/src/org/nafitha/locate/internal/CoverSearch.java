package org.nafitha.locate.internal;

import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.nafitha.locate.Instance;

/** MCLP: minimizes the weight not within the radius of an open site (so maximizes the covered weight). */
public final class CoverSearch extends Search {

    private final double radius;
    private final int[] count;
    private final int[] only;
    private final double total;

    public CoverSearch(Instance instance, int p, double radiusKm, IProgressMonitor monitor, long deadlineNanos) {
        super(instance, p, monitor, deadlineNanos);
        this.radius = radiusKm;
        this.count = new int[n];
        this.only = new int[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += instance.weight(i);
        }
        this.total = sum;
    }

    @Override
    protected void refresh() {
        for (int i = 0; i < n; i++) {
            refreshPoint(i);
        }
    }

    @Override
    protected void refreshPoint(int i) {
        int c = 0;
        int o = -1;
        for (int k = instance.listStart(i), end = instance.listStart(i + 1); k < end && instance.listKm(k) <= radius; k++) {
            int j = instance.listSite(k);
            if (open[j] && c++ == 0) {
                o = j;
            }
        }
        count[i] = c;
        only[i] = o;
    }

    @Override
    protected boolean touches(int i, int k, boolean incoming, int in, int out) {
        return instance.listKm(k) <= radius;
    }

    /** Uncovered weight. */
    @Override
    public double cost() {
        double uncovered = 0;
        for (int i = 0; i < n; i++) {
            if (count[i] == 0) {
                uncovered += instance.weight(i);
            }
        }
        return uncovered;
    }

    public double covered() {
        return total - cost();
    }

    @Override
    protected void gains(double[] gain) {
        Arrays.fill(gain, 0);
        for (int i = 0; i < n; i++) {
            if (count[i] > 0) {
                continue;
            }
            for (int k = instance.listStart(i), end = instance.listStart(i + 1); k < end && instance.listKm(k) <= radius; k++) {
                gain[instance.listSite(k)] += instance.weight(i);
            }
        }
    }

    @Override
    protected void contribute(int i, double sign, double[] gain, double[] loss, double[] extra) {
        int c = count[i];
        if (c >= 2) {
            return; // covered whatever single swap happens
        }
        double w = sign * instance.weight(i);
        int slot = c == 1 ? position[only[i]] : -1;
        if (slot >= 0) {
            loss[slot] += w;
        }
        for (int k = instance.listStart(i), end = instance.listStart(i + 1); k < end && instance.listKm(k) <= radius; k++) {
            int j = instance.listSite(k);
            if (open[j]) {
                continue;
            }
            if (c == 0) {
                gain[j] += w;
            } else {
                extra[j * p + slot] += w;
            }
        }
    }

    /** Each point's nearest open site within the radius, −1 when none. */
    public int[] assignment() {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = -1;
            for (int k = instance.listStart(i), end = instance.listStart(i + 1); k < end && instance.listKm(k) <= radius; k++) {
                if (open[instance.listSite(k)]) {
                    a[i] = instance.listSite(k);
                    break;
                }
            }
        }
        return a;
    }
}
