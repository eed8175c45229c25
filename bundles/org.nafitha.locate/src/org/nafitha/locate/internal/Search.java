package org.nafitha.locate.internal;

import java.util.Arrays;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.nafitha.locate.Instance;

/**
 * What the p-median and MCLP searches share: the open sites (required ones fixed), greedy construction, the fast
 * swap-based local search of Whitaker as organised by Resende and Werneck (every swap's profit from one pass over the
 * candidate lists: gain of the site coming in, loss of the site going out, and a sparse correction for the pairs),
 * and the random swaps of variable neighbourhood search. Costs are minimized (MCLP minimizes the uncovered weight).
 */
public abstract class Search {

    protected final Instance instance;
    protected final int n;
    protected final int m;
    protected final int p;
    protected final boolean[] open;
    protected final int[] openSites;
    protected final int[] position;
    protected final boolean[] fixed;
    private final IProgressMonitor monitor;
    private final long deadline;
    private int moves;

    protected Search(Instance instance, int p, IProgressMonitor monitor, long deadlineNanos) {
        this.instance = instance;
        this.n = instance.demandCount();
        this.m = instance.siteCount();
        this.monitor = monitor;
        this.deadline = deadlineNanos;
        int required = 0;
        int usable = 0;
        this.fixed = new boolean[m];
        for (int j = 0; j < m; j++) {
            if (instance.status(j) == Instance.Status.REQUIRED) {
                fixed[j] = true;
                required++;
            }
            if (instance.status(j) != Instance.Status.EXCLUDED) {
                usable++;
            }
        }
        if (required > p) {
            throw new IllegalArgumentException(required + " sites are required but p is " + p + ": p must be at least the required sites");
        }
        if (usable < p) {
            throw new IllegalArgumentException("p is " + p + " but only " + usable + " sites are not excluded");
        }
        this.p = p;
        this.open = new boolean[m];
        this.openSites = new int[p];
        this.position = new int[m];
        Arrays.fill(position, -1);
    }

    /** The current cost (to minimize). */
    public abstract double cost();

    /** Recomputes the per-point state after the open set changed. */
    protected abstract void refresh();

    /** The gain of opening each closed site, into {@code gain} (length m), given the current state. */
    protected abstract void gains(double[] gain);

    /**
     * Adds (sign 1) or takes back (sign −1) point i's part of every swap's profit: to gain[j] what opening j saves it,
     * to loss[slot] what closing its site costs it, to extra[j * p + slot] the correction for the pair.
     */
    protected abstract void contribute(int i, double sign, double[] gain, double[] loss, double[] extra);

    /** Recomputes point i's state after the open set changed. */
    protected abstract void refreshPoint(int i);

    /**
     * Whether point i's state or part of the profits may change when {@code in} opens and {@code out} closes; k is the
     * place in i's list of {@code in} (when {@code incoming}) or of {@code out}.
     */
    protected abstract boolean touches(int i, int k, boolean incoming, int in, int out);

    /** Profits of every swap: fills gain[j], loss[pos] and extra[j * p + pos]. */
    protected void swapProfits(double[] gain, double[] loss, double[] extra) {
        for (int i = 0; i < n; i++) {
            contribute(i, 1, gain, loss, extra);
        }
    }

    protected void checkStop() {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    public boolean timeUp() {
        return System.nanoTime() > deadline;
    }

    public int moves() {
        return moves;
    }

    /** Opens the required sites, then the site of largest gain until p are open. */
    public void greedy() {
        int count = 0;
        for (int j = 0; j < m; j++) {
            if (fixed[j]) {
                place(count++, j);
            }
        }
        refresh();
        double[] gain = new double[m];
        while (count < p) {
            checkStop();
            gains(gain);
            int best = -1;
            for (int j = 0; j < m; j++) {
                if (!open[j] && instance.status(j) == Instance.Status.CANDIDATE && (best < 0 || gain[j] > gain[best])) {
                    best = j;
                }
            }
            place(count++, best);
            refresh();
        }
    }

    private void place(int slot, int site) {
        openSites[slot] = site;
        open[site] = true;
        position[site] = slot;
    }

    /** Opens exactly these sites (the required ones must be among them). */
    public void set(int[] sites) {
        Arrays.fill(open, false);
        Arrays.fill(position, -1);
        for (int k = 0; k < p; k++) {
            place(k, sites[k]);
        }
        refresh();
    }

    public int[] openSites() {
        return openSites.clone();
    }

    /**
     * Makes the best improving swap until none improves (or time runs out). The profits are computed once, then after
     * each swap only the points it touches (found through the columns of the sites coming in and going out) are taken
     * back and added again: Resende and Werneck's incremental scheme.
     */
    public void localSearch() {
        double[] gain = new double[m];
        double[] loss = new double[p];
        double[] extra = new double[m * p];
        swapProfits(gain, loss, extra);
        double current = cost();
        double tolerance = 1e-9 * Math.max(1, Math.abs(current));
        while (!timeUp()) {
            checkStop();
            double best = tolerance;
            int bestIn = -1;
            int bestSlot = -1;
            for (int j = 0; j < m; j++) {
                if (open[j] || instance.status(j) != Instance.Status.CANDIDATE) {
                    continue;
                }
                double g = gain[j];
                for (int slot = 0, at = j * p; slot < p; slot++, at++) {
                    double profit = g - loss[slot] + extra[at];
                    if (profit > best && !fixed[openSites[slot]]) {
                        best = profit;
                        bestIn = j;
                        bestSlot = slot;
                    }
                }
            }
            if (bestIn < 0) {
                return;
            }
            int count = touchedBy(bestIn, openSites[bestSlot]);
            for (int t = 0; t < count; t++) {
                contribute(touched[t], -1, gain, loss, extra);
            }
            int out = openSites[bestSlot];
            open[out] = false;
            position[out] = -1;
            place(bestSlot, bestIn);
            moves++;
            for (int t = 0; t < count; t++) {
                refreshPoint(touched[t]);
            }
            for (int t = 0; t < count; t++) {
                contribute(touched[t], 1, gain, loss, extra);
            }
            double now = cost();
            if (!(now < current)) {
                return; // rounding made a swap look better than it is: stop rather than cycle
            }
            current = now;
        }
    }

    private int[] touched;
    private int[] stamp;
    private int round;

    /** The points whose part of the profits a swap of {@code in} for {@code out} changes, into {@link #touched}. */
    private int touchedBy(int in, int out) {
        if (touched == null) {
            touched = new int[n];
            stamp = new int[n];
        }
        if (++round == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            round = 1;
        }
        Columns columns = Columns.of(instance);
        int count = 0;
        for (int c = columns.start(in), end = columns.start(in + 1); c < end; c++) {
            int i = columns.point(c);
            if (touches(i, columns.position(c), true, in, out)) {
                stamp[i] = round;
                touched[count++] = i;
            }
        }
        for (int c = columns.start(out), end = columns.start(out + 1); c < end; c++) {
            int i = columns.point(c);
            if (stamp[i] != round && touches(i, columns.position(c), false, in, out)) {
                stamp[i] = round;
                touched[count++] = i;
            }
        }
        return count;
    }

    /** k random swaps of open (not required) sites for closed candidates. */
    public void shake(int k, Random random) {
        shake(k, random, false);
    }

    /**
     * k random swaps of open (not required) sites for closed candidates; with {@code near}, each site coming in is drawn
     * near the one going out (from the lists of the points that list it), so the shake stays within a neighbourhood.
     */
    public void shake(int k, Random random, boolean near) {
        int free = 0;
        for (int slot = 0; slot < p; slot++) {
            if (!fixed[openSites[slot]]) {
                free++;
            }
        }
        int candidates = 0;
        for (int j = 0; j < m; j++) {
            if (instance.status(j) == Instance.Status.CANDIDATE) {
                candidates++;
            }
        }
        if (free == 0 || candidates <= free) {
            return;
        }
        for (int t = 0; t < k; t++) {
            int slot;
            do {
                slot = random.nextInt(p);
            } while (fixed[openSites[slot]]);
            int out = openSites[slot];
            int in = -1;
            for (int tries = 0; near && in < 0 && tries < 5; tries++) {
                in = nearby(out, random);
            }
            while (in < 0 || open[in] || instance.status(in) != Instance.Status.CANDIDATE) {
                in = random.nextInt(m);
            }
            open[out] = false;
            position[out] = -1;
            place(slot, in);
        }
        refresh();
    }

    /** Sites among the nearest in a point's list that a near shake draws from. */
    private static final int NEAR = 8;

    /**
     * A closed candidate near {@code site}: among the first {@value #NEAR} of the list of a point whose list holds the
     * site, drawn at random; −1 when the draw finds none.
     */
    private int nearby(int site, Random random) {
        Columns columns = Columns.of(instance);
        int from = columns.start(site);
        int count = columns.start(site + 1) - from;
        if (count == 0) {
            return -1;
        }
        int i = columns.point(from + random.nextInt(count));
        int start = instance.listStart(i);
        int len = Math.min(NEAR, instance.listStart(i + 1) - start);
        int j = instance.listSite(start + random.nextInt(len));
        return open[j] || instance.status(j) != Instance.Status.CANDIDATE ? -1 : j;
    }
}
