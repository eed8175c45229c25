package org.nafitha.locate.internal;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.OperationCanceledException;
import org.nafitha.locate.Instance;

/**
 * The Lagrangian relaxation of p-median or MCLP as a state that iterates: multipliers, the sites fixed open or shut, the
 * best bound so far. Each {@link #iterate(double)} evaluates the relaxation at the current multipliers, fixes sites by
 * their reduced costs and takes a step of Polyak's length towards the incumbent. By default the step follows the
 * volume algorithm (Barahona and Anbil, "The volume algorithm", Math. Programming 87, 2000): from the best multipliers
 * along an average of the subgradients (weight {@value #ALPHA} for the newest), its length factor grown by a tenth
 * after an improvement whose subgradient agrees with the direction and cut to {@value #DECAY} of itself after
 * {@value #REDS} iterations without one. It converges much further on large instances than plain subgradient steps,
 * which {@link #plainSteps()} selects: Polyak's step from the current multipliers, halved after {@value #PATIENCE}
 * iterations without progress (and going back to the best multipliers); Beasley, "Lagrangean relaxation" (1993) and
 * "Lagrangean heuristics for location problems" (EJOR 65, 1993).
 *
 * <p>p-median: the assignment constraints Σⱼ xᵢⱼ = 1 are relaxed with uᵢ ∈ [0, wᵢ·none]:
 * L(u) = Σᵢ uᵢ + Σ over the open sites of ρⱼ, ρⱼ = Σᵢ min(0, wᵢdᵢⱼ − uᵢ) — a lower bound on every answer that opens
 * the fixed-open sites and none of the shut ones. A site whose forced opening (closing) lifts L above the incumbent is
 * shut (fixed open): no answer better than the incumbent has it open (closed).
 *
 * <p>MCLP: the coverage constraints yᵢ ≤ Σ_{j covers i} xⱼ are relaxed with λᵢ ∈ [0, wᵢ]:
 * U(λ) = Σᵢ max(0, wᵢ − λᵢ) + Σ over the open sites of cⱼ = Σ_{i within the radius of j} λᵢ — an upper bound on the
 * covered weight. With whole weights an answer better than the incumbent covers at least one more unit, which the
 * fixing and pruning use.
 *
 * <p>The relaxation works on the instance's candidate lists, which define the problem (a point with no open site in its
 * list pays the penalty distance), so the bound is a bound on that problem, not on a restriction of it.
 */
public final class Relaxation {

    static final int PATIENCE = 25;
    static final double STEP = 2;
    /** The volume algorithm: the newest subgradient's weight in the direction. */
    static final double ALPHA = 0.1;
    /** The volume algorithm: the first length factor (the first multipliers come from an answer, so are not far off). */
    static final double FIRST_STEP = 0.3;
    /** The volume algorithm: the length factor's cut after {@value #REDS} iterations without improvement. */
    static final double DECAY = 0.8;
    static final int REDS = 10;
    /** The points from which a helper thread pays for its hand-over. */
    static final int PARALLEL_POINTS = 5000;
    static final byte FREE = 0;
    static final byte OPEN = 1;
    static final byte SHUT = -1;

    private final Instance inst;
    private final boolean median;
    private final int n;
    private final int m;
    private final int p;
    private final double radius;
    private final double[] mult;
    private final double[] cap;
    private final double[] bestMult;
    private final byte[] state;
    private final double[] value;
    private final boolean[] chosen;
    private final int[] reach;
    private final double[] g;
    private final Integer[] order;
    /** MCLP: each point's sites within the radius (compressed rows), so iterations read no distances. */
    private final int[] coverStart;
    private final int[] cover;
    private final double granularity;
    private double best;
    private double last;
    private double step = STEP;
    private int stale;
    private int iterations;
    private int fixedCount;
    private boolean infeasible;
    /** The volume algorithm's direction (null before the first iteration), whether it is used, and iterations without improvement. */
    private double[] dir;
    private boolean volume = true;
    private int reds;
    /** A thread that takes half the points of each pass, and its part of the sites' values; null when none. */
    private ExecutorService helper;
    private double[] value2;

    /**
     * @param none the distance of a point with no open site in its list (p-median)
     * @param start the points' distances in the incumbent (p-median: the first multipliers), or null
     */
    public Relaxation(Instance inst, boolean median, int p, double radius, double none, double[] start) {
        this.inst = inst;
        this.median = median;
        this.n = inst.demandCount();
        this.m = inst.siteCount();
        this.p = p;
        this.radius = radius;
        this.mult = new double[n];
        this.cap = new double[n];
        boolean whole = true;
        for (int i = 0; i < n; i++) {
            double w = inst.weight(i);
            whole &= w == Math.rint(w);
            cap[i] = median ? w * none : w;
            mult[i] = median ? Math.min(cap[i], w * (start == null ? none : start[i])) : w / 2;
        }
        this.granularity = !median && whole ? 1 : 0;
        this.bestMult = mult.clone();
        this.state = new byte[m];
        for (int j = 0; j < m; j++) {
            Instance.Status s = inst.status(j);
            state[j] = s == Instance.Status.REQUIRED ? OPEN : s == Instance.Status.EXCLUDED ? SHUT : FREE;
        }
        this.value = new double[m];
        this.chosen = new boolean[m];
        this.reach = new int[n];
        this.g = new double[n];
        this.order = new Integer[m];
        if (median) {
            coverStart = null;
            cover = null;
        } else {
            coverStart = new int[n + 1];
            for (int i = 0; i < n; i++) {
                int k = inst.listStart(i);
                int end = inst.listStart(i + 1);
                while (k < end && inst.listKm(k) <= radius) {
                    k++;
                }
                coverStart[i + 1] = coverStart[i] + k - inst.listStart(i);
            }
            cover = new int[coverStart[n]];
            for (int i = 0; i < n; i++) {
                for (int c = coverStart[i], k = inst.listStart(i); c < coverStart[i + 1]; c++, k++) {
                    cover[c] = inst.listSite(k);
                }
            }
        }
        this.best = median ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        checkFeasible();
    }

    /**
     * Lets a helper thread evaluate half the points in each pass (the passes over the candidate lists are most of an
     * iteration's time); null goes back to one thread. Instances under {@value #PARALLEL_POINTS} points stay on one.
     */
    public Relaxation helper(ExecutorService pool) {
        helper = pool;
        if (pool != null && value2 == null) {
            value2 = new double[m];
        }
        return this;
    }

    /**
     * Steps by the plain subgradient rule (Polyak's length from the current multipliers, halved after
     * {@value #PATIENCE} iterations without progress) instead of the volume algorithm: the branch and bound's nodes,
     * which start near their parent's optimum, go further with it. Before the first iteration.
     */
    public Relaxation plainSteps() {
        volume = false;
        return this;
    }

    /** A copy for a branch: the same multipliers (the best ones), fixings and step. */
    public Relaxation branch(int site, byte fix) {
        Relaxation r = new Relaxation(this);
        r.state[site] = fix;
        r.checkFeasible();
        return r;
    }

    private Relaxation(Relaxation o) {
        inst = o.inst;
        median = o.median;
        n = o.n;
        m = o.m;
        p = o.p;
        radius = o.radius;
        mult = o.bestMult.clone();
        cap = o.cap;
        bestMult = o.bestMult.clone();
        state = o.state.clone();
        value = new double[m];
        chosen = new boolean[m];
        reach = new int[n];
        g = new double[n];
        order = new Integer[m];
        coverStart = o.coverStart;
        cover = o.cover;
        granularity = o.granularity;
        best = median ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        step = STEP;
        volume = false;
    }

    private void checkFeasible() {
        int open = 0;
        int usable = 0;
        for (byte s : state) {
            open += s == OPEN ? 1 : 0;
            usable += s != SHUT ? 1 : 0;
        }
        infeasible = open > p || usable < p;
    }

    /** Whether no answer respects the fixings (more sites fixed open than p, or fewer than p usable). */
    public boolean infeasible() {
        return infeasible;
    }

    /** The best bound so far (a lower bound for p-median, an upper bound on the covered weight for MCLP). */
    public double bound() {
        return infeasible ? (median ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY) : best;
    }

    public int iterations() {
        return iterations;
    }

    /** Sites fixed by reduced costs so far. */
    public int fixed() {
        return fixedCount;
    }

    public double step() {
        return step;
    }

    /** Whether no answer here is better than the incumbent (the node can be pruned). */
    public boolean prunes(double incumbent) {
        double b = bound();
        double tol = 1e-9 * Math.max(1, Math.abs(incumbent));
        return median ? b >= incumbent - tol : b < incumbent + Math.max(granularity, tol) - tol;
    }

    /** The relative gap between the incumbent and the bound. */
    public double gap(double incumbent) {
        if (incumbent == 0) {
            return 0;
        }
        return Math.max(0, median ? (incumbent - bound()) / Math.abs(incumbent) : (bound() - incumbent) / Math.abs(incumbent));
    }

    /** One iteration; returns the relaxation's value at the multipliers it evaluated. */
    public double iterate(double incumbent) {
        if (infeasible) {
            return bound();
        }
        return volume ? volume(incumbent) : plain(incumbent);
    }

    /** A step of the volume algorithm. */
    private double volume(double incumbent) {
        iterations++;
        double v = evaluate();
        last = v;
        fix(v, incumbent);
        double norm = subgradient();
        boolean first = dir == null;
        boolean better = first || Double.isInfinite(best) || (median ? v > best + 1e-9 * Math.abs(best) : v < best - 1e-9 * Math.abs(best));
        if (first) {
            dir = g.clone();
            step = FIRST_STEP;
        } else {
            double dot = 0;
            for (int i = 0; i < n; i++) {
                dot += g[i] * dir[i];
            }
            if (better) {
                reds = 0;
                if (dot >= 0) {
                    step = Math.min(STEP, step * 1.1);
                }
            } else if (++reds >= REDS) {
                step *= DECAY;
                reds = 0;
            }
            for (int i = 0; i < n; i++) {
                dir[i] = ALPHA * g[i] + (1 - ALPHA) * dir[i];
            }
        }
        if (better) {
            best = v;
            System.arraycopy(mult, 0, bestMult, 0, n);
        }
        if (norm == 0 && better) {
            step = 0; // the relaxed answer is feasible: no step improves the bound
            return v;
        }
        double dnorm = 0;
        for (int i = 0; i < n; i++) {
            dnorm += dir[i] * dir[i];
        }
        if (dnorm == 0) {
            return v;
        }
        double distance = Math.abs(incumbent - best);
        if (distance == 0) {
            distance = 1e-6 * Math.max(1, Math.abs(best));
        }
        double t = step * distance / dnorm;
        for (int i = 0; i < n; i++) {
            mult[i] = Math.max(0, Math.min(cap[i], bestMult[i] + t * dir[i]));
        }
        return v;
    }

    /** A plain subgradient step. */
    private double plain(double incumbent) {
        iterations++;
        double v = evaluate();
        last = v;
        boolean better = median ? v > best + 1e-9 * Math.abs(best) : v < best - 1e-9 * Math.abs(best);
        if (best == Double.NEGATIVE_INFINITY || best == Double.POSITIVE_INFINITY || better) {
            best = v;
            System.arraycopy(mult, 0, bestMult, 0, n);
            stale = 0;
        } else if (++stale >= PATIENCE) {
            step /= 2;
            stale = 0;
            System.arraycopy(bestMult, 0, mult, 0, n);
            return v;
        }
        fix(v, incumbent);
        double norm = subgradient();
        if (norm == 0) {
            step = 0; // the relaxed answer is feasible: no step improves the bound
            return v;
        }
        double distance = Math.abs(incumbent - v);
        if (distance == 0) {
            distance = 1e-6 * Math.max(1, Math.abs(v));
        }
        double t = step * distance / norm;
        for (int i = 0; i < n; i++) {
            mult[i] = Math.max(0, Math.min(cap[i], mult[i] + t * g[i]));
        }
        return v;
    }

    /** The value of the last evaluation. */
    public double last() {
        return last;
    }

    private double evaluate() {
        if (helper == null || n < PARALLEL_POINTS) {
            return evaluate(0, n, value) + choose();
        }
        int mid = n / 2;
        Future<Double> other = helper.submit(() -> evaluate(mid, n, value2));
        double base = evaluate(0, mid, value);
        base += join(other);
        for (int j = 0; j < m; j++) {
            value[j] += value2[j];
        }
        return base + choose();
    }

    /** The points from..to−1: their part of the sites' values into {@code into} (cleared first) and of the base. */
    private double evaluate(int from, int to, double[] into) {
        Arrays.fill(into, 0);
        double base = 0;
        for (int i = from; i < to; i++) {
            double w = inst.weight(i);
            double u = mult[i];
            int k = inst.listStart(i);
            int end = inst.listStart(i + 1);
            int first = k;
            if (median) {
                base += u;
                for (; k < end; k++) {
                    double r = w * inst.listKm(k) - u;
                    if (r >= 0) {
                        break; // lists are sorted: the rest are not smaller
                    }
                    into[inst.listSite(k)] += r;
                }
                reach[i] = k - first;
            } else {
                base += Math.max(0, w - u);
                for (int c = coverStart[i], stop = coverStart[i + 1]; c < stop; c++) {
                    into[cover[c]] += u;
                }
            }
        }
        return base;
    }

    private static double join(Future<Double> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Opens the fixed-open sites and the best free ones up to p; returns the sum of their values. */
    private double choose() {
        Arrays.fill(chosen, false);
        double sum = 0;
        int count = 0;
        int free = 0;
        for (int j = 0; j < m; j++) {
            if (state[j] == OPEN) {
                chosen[j] = true;
                sum += value[j];
                count++;
            } else if (state[j] == FREE) {
                order[free++] = j;
            }
        }
        Arrays.sort(order, 0, free, median ? (a, b) -> Double.compare(value[a], value[b]) : (a, b) -> Double.compare(value[b], value[a]));
        for (int k = 0; k < free && count < p; k++, count++) {
            chosen[order[k]] = true;
            sum += value[order[k]];
        }
        freeCount = free;
        return sum;
    }

    private int freeCount;

    /** Reduced-cost fixing: a site whose forced opening (closing) makes the relaxation no better than the incumbent. */
    private void fix(double v, double incumbent) {
        int want = p;
        for (int j = 0; j < m; j++) {
            want -= state[j] == OPEN ? 1 : 0;
        }
        if (want <= 0 || want >= freeCount) {
            return;
        }
        double worstChosen = value[order[want - 1]];
        double bestOut = value[order[want]];
        double tol = 1e-9 * Math.max(1, Math.abs(incumbent));
        for (int k = 0; k < freeCount; k++) {
            int j = order[k];
            double forced = k < want ? v - value[j] + bestOut : v - worstChosen + value[j];
            boolean hopeless = median ? forced >= incumbent - tol : forced < incumbent + Math.max(granularity, tol) - tol;
            if (hopeless) {
                state[j] = k < want ? OPEN : SHUT;
                fixedCount++;
            }
        }
        checkFeasible();
    }

    private double subgradient() {
        if (helper == null || n < PARALLEL_POINTS) {
            return subgradient(0, n);
        }
        int mid = n / 2;
        Future<Double> other = helper.submit(() -> subgradient(mid, n));
        double norm = subgradient(0, mid);
        return norm + join(other);
    }

    /** The subgradient's entries for the points from..to−1; returns their part of its squared norm. */
    private double subgradient(int from, int to) {
        double norm = 0;
        for (int i = from; i < to; i++) {
            int covering = 0;
            if (median) {
                for (int k = inst.listStart(i), end = k + reach[i]; k < end; k++) {
                    if (chosen[inst.listSite(k)]) {
                        covering++;
                    }
                }
            } else {
                for (int c = coverStart[i], stop = coverStart[i + 1]; c < stop; c++) {
                    if (chosen[cover[c]]) {
                        covering++;
                    }
                }
            }
            double gi;
            if (median) {
                gi = 1 - covering;
                if (covering == 0 && mult[i] >= cap[i]) {
                    gi = 0; // at its cap the multiplier prices the penalty distance: it cannot rise
                }
            } else {
                double w = inst.weight(i);
                double y = w > mult[i] ? 1 : w < mult[i] ? 0 : Math.min(1, covering);
                gi = y - covering; // dU/dλᵢ = covering − y: raising λ lowers U when y exceeds the cover
            }
            g[i] = gi;
            norm += gi * gi;
        }
        return norm;
    }

    /** The sites the relaxation opened at its last evaluation (p of them). */
    public int[] chosenSites() {
        int[] s = new int[p];
        int at = 0;
        for (int j = 0; j < m && at < p; j++) {
            if (chosen[j]) {
                s[at++] = j;
            }
        }
        return at == p ? s : Arrays.copyOf(s, at);
    }

    /** The free site the last evaluation opened with the best value, to branch on; −1 when none is open. */
    public int branchSite() {
        for (int k = 0; k < freeCount; k++) {
            int j = order[k];
            if (chosen[j] && state[j] == FREE) {
                return j;
            }
        }
        return -1;
    }

    /** The site statuses with the fixings applied (shut sites excluded, fixed-open ones required). */
    public Instance.Status[] statuses() {
        Instance.Status[] s = new Instance.Status[m];
        for (int j = 0; j < m; j++) {
            s[j] = state[j] == OPEN ? Instance.Status.REQUIRED : state[j] == SHUT ? Instance.Status.EXCLUDED : Instance.Status.CANDIDATE;
        }
        return s;
    }

    /** Whether site j is shut here. */
    public boolean shut(int j) {
        return state[j] == SHUT;
    }
}
