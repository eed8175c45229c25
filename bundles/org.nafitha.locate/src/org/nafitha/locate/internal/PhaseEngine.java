package org.nafitha.locate.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.nafitha.locate.Instance;
import org.nafitha.locate.PhasedSolution;
import org.nafitha.locate.Phasing;
import org.nafitha.locate.Solver;

/**
 * Runs phasing: the greedy and local search with up to half the time, then the Lagrangian bound with the rest (it
 * stops early when the gap reaches the target or the step has shrunk to nothing).
 */
public final class PhaseEngine {

    private PhaseEngine() {
    }

    public static PhasedSolution solve(Instance inst, Phasing phasing, Solver.Options options, IProgressMonitor monitor) {
        long started = System.nanoTime();
        long limit = (long) (options.timeLimitSeconds() * 1e9);
        PhaseState state = new PhaseState(inst, phasing);
        PhaseSearch search = new PhaseSearch(state, monitor, started + (options.bound() ? limit / 2 : limit));
        search.run(options.seed());
        double objective = state.objective();
        double bound = Double.NaN;
        if (options.bound()) {
            PhaseRelaxation relax = new PhaseRelaxation(state);
            long deadline = started + limit;
            while (System.nanoTime() < deadline) {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                relax.iterate(objective);
                if (relax.gap(objective) <= options.targetGap() || relax.step() < 1e-6) {
                    break;
                }
            }
            bound = state.median ? Math.min(relax.bound(), objective) : Math.max(relax.bound(), objective);
        }
        int[] openedIn = new int[state.m];
        for (int j = 0; j < state.m; j++) {
            openedIn[j] = state.candidate[j] ? state.at[j] : -1;
        }
        double[] periodObjective = new double[state.periods];
        for (int t = 0; t < state.periods; t++) {
            periodObjective[t] = state.periodObjective(t);
        }
        double gap = Double.isNaN(bound) ? Double.NaN : objective == 0 ? 0 : Math.abs(objective - bound) / Math.abs(objective);
        return new PhasedSolution(phasing, openedIn, state.spent, periodObjective, objective, bound, gap, (System.nanoTime() - started) / 1e9);
    }
}
