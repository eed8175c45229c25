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

    /** Profits of every swap: fills gain[j], loss[pos] and extra[j * p + pos]. */
    protected abstract void swapProfits(double[] gain, double[] loss, double[] extra);

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

    /** Swaps site {@code in} for the open site in slot {@code slot}. */
    protected void swap(int in, int slot) {
        int out = openSites[slot];
        open[out] = false;
        position[out] = -1;
        place(slot, in);
        refresh();
        moves++;
    }

    /** Makes the best improving swap until none improves (or time runs out). */
    public void localSearch() {
        double[] gain = new double[m];
        double[] loss = new double[p];
        double[] extra = new double[m * p];
        double tolerance = 1e-9 * Math.max(1, Math.abs(cost()));
        while (!timeUp()) {
            checkStop();
            Arrays.fill(gain, 0);
            Arrays.fill(loss, 0);
            Arrays.fill(extra, 0);
            swapProfits(gain, loss, extra);
            double best = tolerance;
            int bestIn = -1;
            int bestSlot = -1;
            for (int j = 0; j < m; j++) {
                if (open[j] || instance.status(j) != Instance.Status.CANDIDATE) {
                    continue;
                }
                for (int slot = 0; slot < p; slot++) {
                    if (fixed[openSites[slot]]) {
                        continue;
                    }
                    double profit = gain[j] - loss[slot] + extra[j * p + slot];
                    if (profit > best) {
                        best = profit;
                        bestIn = j;
                        bestSlot = slot;
                    }
                }
            }
            if (bestIn < 0) {
                return;
            }
            swap(bestIn, bestSlot);
        }
    }

    /** k random swaps of open (not required) sites for closed candidates. */
    public void shake(int k, Random random) {
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
            int in;
            do {
                in = random.nextInt(m);
            } while (open[in] || instance.status(in) != Instance.Status.CANDIDATE);
            int out = openSites[slot];
            open[out] = false;
            position[out] = -1;
            place(slot, in);
        }
        refresh();
    }
}
