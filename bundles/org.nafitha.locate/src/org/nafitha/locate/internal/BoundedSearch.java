package org.nafitha.locate.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;

/**
 * p-median and MCLP with the bound driving the search (a Lagrangian heuristic, Beasley 1993). Greedy and interchange
 * give a first answer; then the relaxation iterates on one thread while, on a second one (when the machine has two
 * cores), the search descends by interchange from the sites the relaxation opens and, between those, runs variable
 * neighbourhood search from the best answer. The relaxation aims its steps at the best answer so far and fixes sites
 * by reduced costs against it. It stops when the gap is at most the target, the relaxation has converged and the
 * search has had the time left, or the time is up. On one core (or without {@code vns}) the two take turns. On large
 * instances a third thread takes half of each of the relaxation's passes over the lists, which are most of its time.
 */
final class BoundedSearch {

    /** The threads the search uses: the relaxation and the search each have one when the machine has two cores. */
    static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());
    /** Iterations between two proposals of the relaxation's sites to the search. */
    private static final int PROPOSE_EVERY = 8;
    /** Shakes between two descents from the relaxation's sites. */
    private static final int SHAKES_BETWEEN = 10;
    /** The relative distance of the relaxation's value to the incumbent under which its sites are proposed. */
    private static final double NEAR = 0.02;
    /** Iterations over which the bound's progress is measured, and the relative progress under which it has converged. */
    private static final int WINDOW = 100;
    private static final double STALLED = 1e-5;

    private final Instance inst;
    private final Problem problem;
    private final boolean median;
    private final IProgressMonitor monitor;
    private final long deadline;
    private final Object lock = new Object();
    private volatile double objective;
    private int[] best;
    private volatile int[] proposal;
    private volatile boolean stop;
    private int moves;

    private BoundedSearch(Instance inst, Problem problem, IProgressMonitor monitor, long deadline) {
        this.inst = inst;
        this.problem = problem;
        this.median = problem.type() == Problem.Type.PMEDIAN;
        this.monitor = monitor;
        this.deadline = deadline;
    }

    static Solution run(String solver, Instance inst, Problem problem, Solver.Options options, IProgressMonitor monitor, boolean vns,
            long deadline) {
        BoundedSearch b = new BoundedSearch(inst, problem, monitor, deadline);
        return b.solve(solver, options, vns);
    }

    /** A monitor that reports cancelled when the caller cancels or the relaxation tells the search to stop. */
    private final class Stopper extends NullProgressMonitor {
        @Override
        public boolean isCanceled() {
            return stop || monitor != null && monitor.isCanceled();
        }
    }

    private Search newSearch(IProgressMonitor m) {
        return median ? new PMedianSearch(inst, problem.p(), m, deadline) : new CoverSearch(inst, problem.p(), problem.radiusKm(), m, deadline);
    }

    private double value(Search s) {
        return median ? s.cost() : ((CoverSearch) s).covered();
    }

    /** Keeps the search's answer when it is better than the best so far. */
    private boolean offer(Search s) {
        double v = value(s);
        synchronized (lock) {
            double tol = 1e-9 * Math.max(1, Math.abs(objective));
            if (median ? v < objective - tol : v > objective + tol) {
                objective = v;
                best = s.openSites();
                return true;
            }
            return false;
        }
    }

    private int[] bestSites() {
        synchronized (lock) {
            return best.clone();
        }
    }

    /** What one search thread does between proposals: its own descent state and shaking size. */
    private final class Walker {
        final Search search;
        final Random random;
        final boolean vns;
        int[] tried;
        int k = 1;
        int stale;
        int shakes;

        Walker(Search search, long seed, boolean vns) {
            this.search = search;
            this.random = new Random(seed);
            this.vns = vns;
        }

        /**
         * A descent from the relaxation's newest sites, or else (with vns) one shake and descent from the best answer;
         * with vns, at least {@value #SHAKES_BETWEEN} shakes come between two descents from the relaxation's sites.
         */
        boolean step() {
            int[] start = proposal;
            if (start != null && start != tried && (!vns || shakes >= SHAKES_BETWEEN)) {
                tried = start;
                shakes = 0;
                search.set(start);
                search.localSearch();
                offer(search);
                return true;
            }
            if (!vns) {
                return false;
            }
            search.set(bestSites());
            search.shake(k, random, random.nextBoolean());
            search.localSearch();
            shakes++;
            if (offer(search)) {
                k = 1;
                stale = 0;
            } else {
                k = k % Math.max(1, Math.min(problem.p(), 10)) + 1;
                stale++;
            }
            return true;
        }
    }

    private Solution solve(String solver, Solver.Options options, boolean vns) {
        Search first = newSearch(monitor);
        first.greedy();
        first.localSearch();
        best = first.openSites();
        objective = value(first);
        double none = median ? ((PMedianSearch) first).none() : Double.NaN;
        Relaxation relax = new Relaxation(inst, median, problem.p(), problem.radiusKm(), none,
                median ? ((PMedianSearch) first).d1.clone() : null);
        boolean parallel = vns && THREADS > 1;
        Walker walker = new Walker(first, options.seed(), vns);
        Thread worker = null;
        RuntimeException[] failure = new RuntimeException[1];
        if (parallel) {
            Walker w = new Walker(newSearch(new Stopper()), options.seed(), true);
            worker = new Thread(() -> {
                try {
                    while (!stop && !w.search.timeUp()) {
                        w.step();
                    }
                } catch (OperationCanceledException e) {
                    // stopped by the relaxation or the caller
                } catch (RuntimeException e) {
                    failure[0] = e;
                } finally {
                    synchronized (lock) {
                        moves += w.search.moves();
                    }
                    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                    if (threads.isCurrentThreadCpuTimeSupported()) {
                        Engine.addHelperCpu(threads.getCurrentThreadCpuTime());
                    }
                }
            }, "nafitha-locate-search");
            worker.setDaemon(true);
            worker.start();
        }
        Thread[] relaxThread = new Thread[1];
        ExecutorService pool = THREADS > 1 && inst.demandCount() >= Relaxation.PARALLEL_POINTS ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "nafitha-locate-relax");
            t.setDaemon(true);
            relaxThread[0] = t;
            return t;
        }) : null;
        relax.helper(pool);
        try {
            relaxAndSearch(relax, walker, options, parallel);
        } finally {
            if (pool != null) {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                if (relaxThread[0] != null && threads.isThreadCpuTimeSupported()) {
                    Engine.addHelperCpu(Math.max(0, threads.getThreadCpuTime(relaxThread[0].getId())));
                }
                pool.shutdownNow();
            }
            stop = true;
            if (worker != null) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        moves += first.moves();
        Search last = newSearch(monitor);
        last.set(best);
        int[] assignment = median ? ((PMedianSearch) last).assignment() : ((CoverSearch) last).assignment();
        double bound = median ? Math.min(relax.bound(), objective) : Math.max(relax.bound(), objective);
        if (relax.prunes(objective)) {
            bound = objective; // no answer is better than the incumbent: it is optimal
        }
        Solution s = new Solution(problem, solver, objective, best, assignment, Double.NaN, Double.NaN, median ? Double.NaN : objective, 0, moves);
        return s.withBound(bound);
    }

    /**
     * The relaxation's loop: iterate, propose its sites to the search, stop when the gap is closed; once it has
     * converged, this thread searches too (with another seed) until the time is up, the gap is closed or
     * {@code max(20, 2p)} shakes in a row have brought nothing.
     */
    private void relaxAndSearch(Relaxation relax, Walker walker, Solver.Options options, boolean parallel) {
        int[] proposed = null;
        double previous = relax.bound();
        while (System.nanoTime() < deadline) {
            checkCanceled();
            relax.iterate(objective);
            if (closed(relax, options) || relax.step() < 1e-6 || relax.infeasible()) {
                break;
            }
            if (relax.iterations() % WINDOW == 0) {
                double b = relax.bound();
                if (Math.abs(b - previous) <= STALLED * Math.abs(b)) {
                    break; // converged: what is left of the time goes to the search
                }
                previous = b;
            }
            // the relaxation's sites are worth a descent once its value nears the incumbent
            double near = Math.abs(relax.last() - objective) / Math.max(1e-9, Math.abs(objective));
            if (relax.iterations() % PROPOSE_EVERY != 0 || near > NEAR && relax.iterations() < WINDOW * 3) {
                continue;
            }
            int[] start = relax.chosenSites();
            Arrays.sort(start);
            if (start.length == problem.p() && !Arrays.equals(start, proposed)) {
                proposed = start;
                proposal = start;
                if (!parallel) {
                    walker.step();
                }
            }
        }
        if (!walker.vns) {
            walker.step();
            return;
        }
        Walker own = parallel ? new Walker(newSearch(monitor), options.seed() + 1, true) : walker;
        int patience = Math.max(20, 2 * problem.p());
        own.stale = 0;
        while (!closed(relax, options) && own.stale < patience && System.nanoTime() < deadline) {
            checkCanceled();
            own.step();
        }
        if (own != walker) {
            synchronized (lock) {
                moves += own.search.moves();
            }
        }
    }

    private boolean closed(Relaxation relax, Solver.Options options) {
        double v = objective;
        return relax.prunes(v) || relax.gap(v) <= options.targetGap();
    }

    private void checkCanceled() {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
