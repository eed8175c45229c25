package org.nafitha.locate.internal;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;

/**
 * Runs a problem: greedy construction and fast interchange, then (for {@code vns}) variable neighbourhood search —
 * shake the best answer by k random swaps, descend by interchange, keep it when better and start again from k = 1,
 * else try k + 1 — until {@code max(20, 2p)} shakes in a row bring nothing or the time limit comes. Then the
 * Lagrangian bound and the gap. LSCP and p-center are solved by covering.
 */
public final class Engine {

    private static final AtomicLong HELPER_CPU = new AtomicLong();

    private Engine() {
    }

    /**
     * The threads the bounded p-median and MCLP searches use on an instance: the relaxation's and, on two cores or
     * more, the search's and (from {@value Relaxation#PARALLEL_POINTS} points) a helper taking half the relaxation's passes.
     */
    public static int threads(Instance instance) {
        if (BoundedSearch.THREADS < 2) {
            return 1;
        }
        return instance.demandCount() >= Relaxation.PARALLEL_POINTS ? 3 : 2;
    }

    /**
     * CPU nanoseconds spent so far by the helper threads the engine started (they end with their solve); with the
     * calling thread's CPU time, the whole CPU time a solve took.
     */
    public static long helperCpuNanos() {
        return HELPER_CPU.get();
    }

    static void addHelperCpu(long nanos) {
        HELPER_CPU.addAndGet(nanos);
    }

    public static Solution solve(String solver, Instance inst, Problem problem, Solver.Options options, IProgressMonitor monitor,
            boolean vns) {
        long started = System.nanoTime();
        long limit = (long) (options.timeLimitSeconds() * 1e9);
        // with a bound, the search has three quarters of the time limit and the bound the rest: the whole stays within it
        long deadline = started + (options.bound() ? limit * 3 / 4 : limit);
        long boundDeadline = started + limit;
        Solution s = switch (problem.type()) {
            case PMEDIAN -> pMedian(solver, inst, problem, options, monitor, vns, deadline, boundDeadline);
            case MCLP -> mclp(solver, inst, problem, options, monitor, vns, deadline, boundDeadline);
            case LSCP -> lscp(solver, inst, problem);
            case PCENTER -> pCenter(solver, inst, problem);
        };
        return s.withSeconds((System.nanoTime() - started) / 1e9);
    }

    static void descend(Search search, Random random, boolean vns, int p) {
        search.localSearch();
        if (!vns) {
            return;
        }
        int[] best = search.openSites();
        double bestCost = search.cost();
        int kMax = Math.max(1, Math.min(p, 10));
        int patience = Math.max(20, 2 * p);
        int stale = 0;
        int k = 1;
        while (stale < patience && !search.timeUp()) {
            search.set(best);
            search.shake(k, random, random.nextBoolean());
            search.localSearch();
            double cost = search.cost();
            if (cost < bestCost - 1e-9 * Math.max(1, Math.abs(bestCost))) {
                bestCost = cost;
                best = search.openSites();
                k = 1;
                stale = 0;
            } else {
                k = k % kMax + 1;
                stale++;
            }
        }
        search.set(best);
    }

    private static Solution pMedian(String solver, Instance inst, Problem problem, Solver.Options options, IProgressMonitor monitor,
            boolean vns, long deadline, long boundDeadline) {
        if (options.bound() && !problem.capacitated()) {
            return BoundedSearch.run(solver, inst, problem, options, monitor, vns, boundDeadline);
        }
        PMedianSearch search = new PMedianSearch(inst, problem.p(), monitor, deadline);
        search.greedy();
        descend(search, new Random(options.seed()), vns, problem.p());
        int[] assignment = search.assignment();
        double cost = search.cost();
        if (problem.capacitated()) {
            CapacitatedAssignment.Result r = CapacitatedAssignment.assign(inst, search.openSites(), search.none());
            Solution s = new Solution(problem, solver, r.cost(), search.openSites(), r.assignment(), Double.NaN, Double.NaN, Double.NaN, 0,
                    search.moves());
            // the uncapacitated optimum bounds the capacitated one from below
            if (options.bound()) {
                double[] start = search.d1.clone();
                double lower = Lagrangian.pMedian(inst, problem.p(), search.none(), cost, start, boundDeadline);
                return s.withBound(Math.min(lower, r.cost()));
            }
            return s;
        }
        Solution s = new Solution(problem, solver, cost, search.openSites(), assignment, Double.NaN, Double.NaN, Double.NaN, 0, search.moves());
        if (options.bound()) {
            double lower = Lagrangian.pMedian(inst, problem.p(), search.none(), cost, search.d1.clone(), boundDeadline);
            return s.withBound(Math.min(lower, cost));
        }
        return s;
    }

    private static Solution mclp(String solver, Instance inst, Problem problem, Solver.Options options, IProgressMonitor monitor,
            boolean vns, long deadline, long boundDeadline) {
        if (options.bound()) {
            return BoundedSearch.run(solver, inst, problem, options, monitor, vns, boundDeadline);
        }
        CoverSearch search = new CoverSearch(inst, problem.p(), problem.radiusKm(), monitor, deadline);
        search.greedy();
        descend(search, new Random(options.seed()), vns, problem.p());
        double covered = search.covered();
        Solution s = new Solution(problem, solver, covered, search.openSites(), search.assignment(), Double.NaN, Double.NaN, covered, 0,
                search.moves());
        if (options.bound()) {
            double upper = Lagrangian.mclp(inst, problem.p(), problem.radiusKm(), covered, boundDeadline);
            return s.withBound(Math.max(upper, covered));
        }
        return s;
    }

    private static Solution lscp(String solver, Instance inst, Problem problem) {
        int[] chosen = Covering.cover(inst, problem.radiusKm());
        return covering(solver, inst, problem, chosen, problem.radiusKm(), chosen.length);
    }

    private static Solution pCenter(String solver, Instance inst, Problem problem) {
        double[] radius = new double[1];
        int[] chosen = Covering.center(inst, problem.p(), radius);
        if (chosen.length > problem.p()) {
            throw new IllegalArgumentException("no cover with " + problem.p() + " sites reaches every point in the candidate lists: raise p or the cutoff");
        }
        // fill up to p sites is not needed: fewer sites reach every point within the radius
        double worst = 0;
        int[] assignment = nearest(inst, chosen);
        for (int i = 0; i < inst.demandCount(); i++) {
            worst = Math.max(worst, assignment[i] < 0 ? Double.POSITIVE_INFINITY : distance(inst, i, assignment[i]));
        }
        return covering(solver, inst, problem, chosen, radius[0], worst);
    }

    private static Solution covering(String solver, Instance inst, Problem problem, int[] chosen, double radius, double objective) {
        int[] assignment = nearest(inst, chosen);
        double covered = 0;
        for (int i = 0; i < inst.demandCount(); i++) {
            if (assignment[i] >= 0 && distance(inst, i, assignment[i]) <= radius) {
                covered += inst.weight(i);
            }
        }
        return new Solution(problem, solver, objective, chosen, assignment, Double.NaN, Double.NaN, covered, 0, 0);
    }

    static int[] nearest(Instance inst, int[] chosen) {
        boolean[] open = new boolean[inst.siteCount()];
        for (int j : chosen) {
            open[j] = true;
        }
        int[] a = new int[inst.demandCount()];
        Arrays.fill(a, -1);
        for (int i = 0; i < a.length; i++) {
            for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end; k++) {
                if (open[inst.listSite(k)]) {
                    a[i] = inst.listSite(k);
                    break;
                }
            }
        }
        return a;
    }

    static double distance(Instance inst, int i, int j) {
        for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end; k++) {
            if (inst.listSite(k) == j) {
                return inst.listKm(k);
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
