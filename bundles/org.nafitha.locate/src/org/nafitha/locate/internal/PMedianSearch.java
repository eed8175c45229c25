package org.nafitha.locate.internal;

import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.nafitha.locate.Instance;

/**
 * p-median: each point's nearest and second-nearest open sites are kept; a point with none in its list costs the
 * instance's penalty distance (or a distance larger than any in a complete instance).
 */
public final class PMedianSearch extends Search {

    private final double none;
    final int[] first;
    final double[] d1;
    private final double[] d2;
    private final int[] second;

    public PMedianSearch(Instance instance, int p, IProgressMonitor monitor, long deadlineNanos) {
        super(instance, p, monitor, deadlineNanos);
        this.none = noneDistance(instance);
        this.first = new int[n];
        this.d1 = new double[n];
        this.d2 = new double[n];
        this.second = new int[n];
    }

    /** The distance of a point with no open site in its list: the penalty, or ten times the longest listed distance. */
    public static double noneDistance(Instance instance) {
        if (instance.penaltyKm() > 0) {
            return instance.penaltyKm();
        }
        double max = 0;
        for (long k = 0; k < instance.pairs(); k++) {
            max = Math.max(max, instance.listKm((int) k));
        }
        return 10 * max + 1;
    }

    /** The distance of a point with no open site in its list. */
    public double none() {
        return none;
    }

    @Override
    protected void refresh() {
        for (int i = 0; i < n; i++) {
            refreshPoint(i);
        }
    }

    @Override
    protected void refreshPoint(int i) {
        int f = -1;
        int s = -1;
        double a = none;
        double b = none;
        for (int k = instance.listStart(i), end = instance.listStart(i + 1); k < end; k++) {
            int j = instance.listSite(k);
            if (open[j]) {
                if (f < 0) {
                    f = j;
                    a = instance.listKm(k);
                } else {
                    s = j;
                    b = instance.listKm(k);
                    break;
                }
            }
        }
        first[i] = f;
        second[i] = s;
        d1[i] = a;
        d2[i] = b;
    }

    @Override
    protected boolean touches(int i, int k, boolean incoming, int in, int out) {
        return first[i] == out || second[i] == out || incoming && instance.listKm(k) <= d2[i];
    }

    @Override
    public double cost() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += instance.weight(i) * d1[i];
        }
        return sum;
    }

    @Override
    protected void gains(double[] gain) {
        Arrays.fill(gain, 0);
        for (int i = 0; i < n; i++) {
            double w = instance.weight(i);
            for (int k = instance.listStart(i), end = instance.listStart(i + 1); k < end; k++) {
                double d = instance.listKm(k);
                if (d >= d1[i]) {
                    break;
                }
                gain[instance.listSite(k)] += w * (d1[i] - d);
            }
        }
    }

    @Override
    protected void contribute(int i, double sign, double[] gain, double[] loss, double[] extra) {
        double w = sign * instance.weight(i);
        int f = first[i];
        int slot = f < 0 ? -1 : position[f];
        double a = d1[i];
        double b = d2[i];
        if (slot >= 0) {
            loss[slot] += w * (b - a);
        }
        int base = slot;
        for (int k = instance.listStart(i), end = instance.listStart(i + 1); k < end; k++) {
            double d = instance.listKm(k);
            if (d >= b) {
                break;
            }
            int j = instance.listSite(k);
            if (open[j]) {
                continue;
            }
            if (d < a) {
                gain[j] += w * (a - d);
            }
            if (base >= 0) {
                extra[j * p + base] += w * (b - Math.max(d, a));
            }
        }
    }

    /** Each point's open site, −1 when none is in its list. */
    public int[] assignment() {
        return first.clone();
    }
}
