package org.nafitha.locate.internal;

import java.util.Arrays;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;

/**
 * p-median and MCLP with the bound driving the search (a Lagrangian heuristic, Beasley 1993): greedy and interchange
 * give a first answer; then the relaxation iterates, and every few iterations the sites it opens start an interchange
 * descent, which restarts the incumbent the subgradient steps aim at. Sites fixed by reduced costs leave the search.
 * It stops when the gap is at most the target, the step has shrunk to nothing or the time is up; with {@code vns} the
 * time left goes to variable neighbourhood search.
 */
final class BoundedSearch {

    /** Iterations between two starts of the descent from the relaxation's sites. */
    private static final int HEURISTIC_EVERY = 8;
    /** The relative distance of the relaxation's value to the incumbent under which its sites are tried more often. */
    private static final double NEAR = 0.02;

    private final Instance inst;
    private final Problem problem;
    private final boolean median;
    private final IProgressMonitor monitor;
    private final long deadline;
    private Search search;
    private int[] best;
    private double objective;
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

    private Search newSearch(Instance on) {
        return median ? new PMedianSearch(on, problem.p(), monitor, deadline) : new CoverSearch(on, problem.p(), problem.radiusKm(), monitor, deadline);
    }

    private double value(Search s) {
        return median ? s.cost() : ((CoverSearch) s).covered();
    }

    private boolean improves(double v) {
        double tol = 1e-9 * Math.max(1, Math.abs(objective));
        return median ? v < objective - tol : v > objective + tol;
    }

    private Solution solve(String solver, Solver.Options options, boolean vns) {
        search = newSearch(inst);
        search.greedy();
        search.localSearch();
        best = search.openSites();
        objective = value(search);
        double none = median ? ((PMedianSearch) search).none() : Double.NaN;
        Relaxation relax = new Relaxation(inst, median, problem.p(), problem.radiusKm(), none,
                median ? ((PMedianSearch) search).d1.clone() : null);
        int[] tried = null;
        int fixedSeen = 0;
        long now = System.nanoTime();
        // the relaxation has three quarters of the time left (all of it without neighbourhood search); from three fifths on
        // its sites start descents whatever its distance to the incumbent
        long relaxUntil = vns ? now + (deadline - now) * 3 / 4 : deadline;
        long descentsFrom = now + (relaxUntil - now) * 3 / 5;
        while (System.nanoTime() < relaxUntil) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            relax.iterate(objective);
            if (relax.prunes(objective) || relax.gap(objective) <= options.targetGap() || relax.step() < 1e-6 || relax.infeasible()) {
                break;
            }
            // the relaxation's sites start a descent once its value nears the incumbent, its step has shrunk or time has passed
            double near = Math.abs(relax.last() - objective) / Math.max(1e-9, Math.abs(objective));
            if (near > NEAR && relax.step() >= 1 && System.nanoTime() < descentsFrom || relax.iterations() % HEURISTIC_EVERY != 0) {
                continue;
            }
            int[] start = relax.chosenSites();
            Arrays.sort(start);
            if (start.length != problem.p() || Arrays.equals(start, tried)) {
                continue;
            }
            tried = start;
            if (relax.fixed() != fixedSeen) {
                fixedSeen = relax.fixed();
                moves += search.moves();
                search = newSearch(inst.withStatus(relax.statuses()));
            }
            search.set(start);
            search.localSearch();
            double v = value(search);
            if (improves(v)) {
                objective = v;
                best = search.openSites();
            }
        }
        if (vns && !relax.prunes(objective) && relax.gap(objective) > options.targetGap() && System.nanoTime() < deadline) {
            if (respects(best, search.instance)) {
                search.set(best);
            } // else the search holds its last descent, which respects the fixings
            Engine.descend(search, new Random(options.seed()), true, problem.p());
            double v = value(search);
            if (improves(v)) {
                objective = v;
                best = search.openSites();
            }
        }
        moves += search.moves();
        Search last = newSearch(inst);
        last.set(best);
        int[] assignment = median ? ((PMedianSearch) last).assignment() : ((CoverSearch) last).assignment();
        double bound = median ? Math.min(relax.bound(), objective) : Math.max(relax.bound(), objective);
        if (relax.prunes(objective)) {
            bound = objective; // no answer is better than the incumbent: it is optimal
        }
        Solution s = new Solution(problem, solver, objective, best, assignment, Double.NaN, Double.NaN, median ? Double.NaN : objective, 0, moves);
        return s.withBound(bound);
    }

    private static boolean respects(int[] sites, Instance on) {
        boolean[] open = new boolean[on.siteCount()];
        for (int j : sites) {
            open[j] = true;
            if (on.status(j) == Instance.Status.EXCLUDED) {
                return false;
            }
        }
        for (int j = 0; j < on.siteCount(); j++) {
            if (on.status(j) == Instance.Status.REQUIRED && !open[j]) {
                return false;
            }
        }
        return true;
    }
}
