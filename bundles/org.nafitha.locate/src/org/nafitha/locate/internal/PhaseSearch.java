package org.nafitha.locate.internal;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The phasing search. Greedy: period by period, open the candidate of best gain per unit cost (over this and the later
 * periods) that fits the budget, evaluating gains lazily (they only shrink as sites open: both objectives are
 * submodular). Then local search by the best improving move among: open a closed site in a period, open a site in an
 * earlier period, swap an opened site for a closed one (each in any period) — every move's profit from one pass per
 * period over the candidate lists (gain of the site coming in, loss of the site going out, and the correction for the
 * pairs, as in fast interchange), keeping every budget.
 */
final class PhaseSearch {

    /** Random restarts in a row without improvement after which the search stops. */
    private static final int IDLE = 200;

    private final PhaseState s;
    private final IProgressMonitor monitor;
    private final long deadline;
    private int moves;

    PhaseSearch(PhaseState state, IProgressMonitor monitor, long deadline) {
        this.s = state;
        this.monitor = monitor;
        this.deadline = deadline;
    }

    int moves() {
        return moves;
    }

    private void checkStop() {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** Gain of opening closed site j in period from on (Σ over the later periods), from its column. */
    private double gain(int j, int from) {
        double g = 0;
        for (int c = s.colStart[j]; c < s.colStart[j + 1]; c++) {
            int i = s.colPoint[c];
            double d = s.colKm[c];
            for (int t = from; t < s.periods; t++) {
                int x = t * s.n + i;
                if (s.median) {
                    if (d < s.d1[x]) {
                        g += s.weight(t, i) * (s.d1[x] - d);
                    }
                } else if (s.count[x] == 0) {
                    g += s.weight(t, i);
                }
            }
        }
        return g;
    }

    private record Entry(int site, double ratio) {
    }

    /** Opens, period by period, the fitting candidate of best gain per unit cost (of best gain when {@code byGain}). */
    void greedy(boolean byGain) {
        double scale = 0;
        for (int j = 0; j < s.m; j++) {
            scale = Math.max(scale, s.phasing.cost(j));
        }
        double freeCost = Math.max(1e-12, scale * 1e-9);
        for (int t = 0; t < s.periods; t++) {
            PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> Double.compare(b.ratio(), a.ratio()));
            for (int j = 0; j < s.m; j++) {
                if (s.candidate[j] && s.at[j] < 0 && s.fits(-1, 0, t, s.phasing.cost(j))) {
                    queue.add(new Entry(j, gain(j, t) / (byGain ? 1 : Math.max(freeCost, s.phasing.cost(j)))));
                }
            }
            while (!queue.isEmpty()) {
                checkStop();
                Entry e = queue.poll();
                int j = e.site();
                if (s.at[j] >= 0 || !s.fits(-1, 0, t, s.phasing.cost(j))) {
                    continue;
                }
                double ratio = gain(j, t) / (byGain ? 1 : Math.max(freeCost, s.phasing.cost(j)));
                if (ratio <= 0) {
                    continue;
                }
                Entry top = queue.peek();
                if (top != null && ratio < top.ratio()) {
                    queue.add(new Entry(j, ratio)); // stale: put back with its current ratio
                    continue;
                }
                s.open(j, t);
            }
        }
    }

    /**
     * The better of the greedy by gain per cost and the greedy by gain, each followed by local search; then, until the
     * time is up or nothing improves: each opened site is closed and the freed budget refilled greedily (kept when
     * better), and random restarts close a few opened sites (or a period's), open a random one, refill and descend.
     */
    void run(long seed) {
        int[] start = s.at.clone();
        greedy(false);
        localSearch();
        int[] best = s.at.clone();
        double bestValue = s.objective();
        restore(start);
        greedy(true);
        localSearch();
        if (!s.improves(s.objective() - bestValue, bestValue)) {
            restore(best);
        }
        Random random = new Random(seed);
        boolean improved = true;
        int idle = 0;
        while (System.nanoTime() < deadline && idle < IDLE) {
            double before = s.objective();
            int[] saved = s.at.clone();
            if (improved) {
                improved = false;
                for (int j : openedSites()) {
                    if (System.nanoTime() >= deadline) {
                        break;
                    }
                    int[] keep = s.at.clone();
                    double value = s.objective();
                    s.close(j);
                    greedy(false);
                    if (s.improves(s.objective() - value, value)) {
                        improved = true;
                        localSearch();
                    } else {
                        restore(keep);
                    }
                }
                continue;
            }
            int[] opened = openedSites();
            if (opened.length == 0) {
                return;
            }
            int period = random.nextInt(s.periods);
            if (random.nextBoolean()) {
                // a few opened sites closed at random
                for (int k = 1 + random.nextInt(Math.min(3, opened.length)); k > 0; k--) {
                    int j = opened[random.nextInt(opened.length)];
                    if (s.at[j] >= 0) {
                        s.close(j);
                    }
                }
            } else {
                // a period emptied
                for (int j : opened) {
                    if (s.at[j] == period) {
                        s.close(j);
                    }
                }
            }
            int[] closed = closedFitting();
            if (closed.length > 0) {
                int j = closed[random.nextInt(closed.length)];
                if (s.fits(-1, 0, period, s.phasing.cost(j))) {
                    s.open(j, period);
                }
            }
            greedy(random.nextBoolean());
            localSearch();
            if (s.improves(s.objective() - before, before)) {
                improved = true;
                idle = 0;
            } else {
                restore(saved);
                idle++;
            }
        }
    }

    /** The closed candidates whose cost fits some period's budget. */
    private int[] closedFitting() {
        int[] c = new int[s.m];
        int at = 0;
        for (int j = 0; j < s.m; j++) {
            if (s.candidate[j] && s.at[j] < 0) {
                for (int t = 0; t < s.periods; t++) {
                    if (s.fits(-1, 0, t, s.phasing.cost(j))) {
                        c[at++] = j;
                        break;
                    }
                }
            }
        }
        return Arrays.copyOf(c, at);
    }

    /** Sets every site's opening period back to {@code saved}. */
    private void restore(int[] saved) {
        System.arraycopy(saved, 0, s.at, 0, s.m);
        Arrays.fill(s.spent, 0);
        for (int j = 0; j < s.m; j++) {
            if (s.candidate[j] && s.at[j] >= 0) {
                s.spent[s.at[j]] += s.phasing.cost(j);
            }
        }
        s.refresh();
    }

    /** Local search by the best improving move until none improves or the time is up. */
    void localSearch() {
        int[] slotOf = new int[s.m];
        while (System.nanoTime() < deadline) {
            checkStop();
            int[] opened = openedSites();
            int slots = opened.length;
            Arrays.fill(slotOf, -1);
            for (int k = 0; k < slots; k++) {
                slotOf[opened[k]] = k;
            }
            // per period: gain[t][j], loss[t][slot], extra[t][j * slots + slot]
            double[][] gain = new double[s.periods][s.m];
            double[][] loss = new double[s.periods][slots];
            double[][] extra = new double[s.periods][s.m * slots];
            for (int t = 0; t < s.periods; t++) {
                profits(t, slotOf, slots, gain[t], loss[t], extra[t]);
            }
            double objective = s.objective();
            double bestProfit = 0;
            int bestIn = -1;
            int bestInPeriod = -1;
            int bestOut = -1;
            for (int j = 0; j < s.m; j++) {
                if (!s.candidate[j]) {
                    continue;
                }
                double cost = s.phasing.cost(j);
                if (s.at[j] < 0) {
                    double tail = 0;
                    for (int to = s.periods - 1; to >= 0; to--) {
                        tail += gain[to][j];
                        // open j in period `to`
                        if (better(tail, bestProfit, objective) && s.fits(-1, 0, to, cost)) {
                            bestProfit = tail;
                            bestIn = j;
                            bestInPeriod = to;
                            bestOut = -1;
                        }
                        // swap an opened site out for j in period `to`
                        for (int k = 0; k < slots; k++) {
                            int out = opened[k];
                            int from = s.at[out];
                            double profit = tail;
                            for (int u = from; u < s.periods; u++) {
                                profit -= loss[u][k];
                                if (u >= to) {
                                    profit += extra[u][j * slots + k];
                                }
                            }
                            if (better(profit, bestProfit, objective) && s.fits(from, s.phasing.cost(out), to, cost)) {
                                bestProfit = profit;
                                bestIn = j;
                                bestInPeriod = to;
                                bestOut = out;
                            }
                        }
                    }
                } else if (s.at[j] > 0) {
                    // open j earlier
                    double ahead = 0;
                    for (int to = s.at[j] - 1; to >= 0; to--) {
                        ahead += gain[to][j];
                        if (better(ahead, bestProfit, objective) && s.fits(s.at[j], cost, to, cost)) {
                            bestProfit = ahead;
                            bestIn = j;
                            bestInPeriod = to;
                            bestOut = j;
                        }
                    }
                }
            }
            if (bestIn < 0) {
                return;
            }
            if (bestOut >= 0) {
                s.close(bestOut);
            }
            s.open(bestIn, bestInPeriod);
            moves++;
        }
    }

    /** Whether a move of this profit (as an improvement: a fall for p-median, a rise for MCLP) beats the best so far. */
    private boolean better(double profit, double best, double objective) {
        return profit > best + 1e-9 * Math.max(1, Math.abs(objective));
    }

    private int[] openedSites() {
        int c = 0;
        for (int j = 0; j < s.m; j++) {
            c += s.candidate[j] && s.at[j] >= 0 ? 1 : 0;
        }
        int[] o = new int[c];
        c = 0;
        for (int j = 0; j < s.m; j++) {
            if (s.candidate[j] && s.at[j] >= 0) {
                o[c++] = j;
            }
        }
        return o;
    }

    /** One pass over period t: profits as improvements (p-median: distance saved; MCLP: demand covered). */
    private void profits(int t, int[] slotOf, int slots, double[] gain, double[] loss, double[] extra) {
        for (int i = 0; i < s.n; i++) {
            int x = t * s.n + i;
            double w = s.weight(t, i);
            if (s.median) {
                int f = s.first[x];
                int slot = f < 0 ? -1 : slotOf[f];
                double a = s.d1[x];
                double b = s.d2[x];
                if (slot >= 0) {
                    loss[slot] += w * (b - a);
                }
                for (int k = s.inst.listStart(i), end = s.inst.listStart(i + 1); k < end; k++) {
                    double d = s.inst.listKm(k);
                    if (d >= b) {
                        break;
                    }
                    int j = s.inst.listSite(k);
                    if (s.openAt(j, t)) {
                        continue;
                    }
                    if (d < a) {
                        gain[j] += w * (a - d);
                    }
                    if (slot >= 0) {
                        extra[j * slots + slot] += w * (b - Math.max(d, a));
                    }
                }
            } else {
                int c = s.count[x];
                if (c >= 2) {
                    continue;
                }
                int slot = -1;
                if (c == 1) {
                    for (int k = s.inst.listStart(i), end = s.inst.listStart(i + 1); k < end && s.inst.listKm(k) <= s.radius; k++) {
                        if (s.openAt(s.inst.listSite(k), t)) {
                            slot = slotOf[s.inst.listSite(k)];
                            break;
                        }
                    }
                    if (slot >= 0) {
                        loss[slot] += w;
                    }
                }
                for (int k = s.inst.listStart(i), end = s.inst.listStart(i + 1); k < end && s.inst.listKm(k) <= s.radius; k++) {
                    int j = s.inst.listSite(k);
                    if (s.openAt(j, t)) {
                        continue;
                    }
                    if (c == 0) {
                        gain[j] += w;
                    } else if (slot >= 0) {
                        extra[j * slots + slot] += w;
                    }
                }
            }
        }
    }
}
