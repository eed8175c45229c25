package org.nafitha.locate.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;

/**
 * The default: the exact solver when the instance is small enough for it to hope to prove the optimum (at most
 * {@value #EXACT_PAIRS} pairs in the candidate lists), with half the time; if it proves it, its answer (solver
 * "exact"); else variable neighbourhood search with the time left, keeping the better answer and the tighter bound
 * (solver "vns"). Problems the exact solver does not handle go to the heuristic directly.
 */
public final class AutoSolver implements Solver {

    public static final String ID = "auto";
    static final long EXACT_PAIRS = 2_000_000;

    @Override
    public boolean supports(Problem problem) {
        return true;
    }

    @Override
    public Solution solve(Instance instance, Problem problem, Options options, IProgressMonitor monitor) {
        long started = System.nanoTime();
        ExactSolver exact = new ExactSolver();
        if (!options.bound() || !exact.supports(problem) || instance.pairs() > EXACT_PAIRS) {
            return Engine.solve(VnsSolver.ID, instance, problem, options, monitor, true);
        }
        Solution e = exact.solve(instance, problem, new Options(options.timeLimitSeconds() / 2, options.seed(), true, 0), monitor);
        if (e.gap() <= options.targetGap() || e.gap() == 0) {
            return e;
        }
        double left = options.timeLimitSeconds() - (System.nanoTime() - started) / 1e9;
        Solution h = Engine.solve(VnsSolver.ID, instance, problem, new Options(Math.max(0.05, left), options.seed(), true, options.targetGap()),
                monitor, true);
        boolean median = problem.type() == Problem.Type.PMEDIAN;
        double bound = median ? Math.max(e.bound(), h.bound()) : Math.min(e.bound(), h.bound());
        Solution better = (median ? h.objective() <= e.objective() : h.objective() >= e.objective()) ? h : e;
        Solution s = new Solution(problem, VnsSolver.ID, better.objective(), better.chosen(), better.assignment(), Double.NaN, Double.NaN,
                better.covered(), 0, e.iterations() + h.iterations());
        return s.withBound(bound).withSeconds((System.nanoTime() - started) / 1e9);
    }
}
