package org.nafitha.locate;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A location-allocation solver, contributed through {@code org.nafitha.locate.solvers}. Solvers must be deterministic
 * for a seed, stop by the time limit (returning the best answer found) and stop at the next check when the monitor is
 * canceled (throwing {@link org.eclipse.core.runtime.OperationCanceledException}).
 */
public interface Solver {

    /** How a solve runs: a time limit in seconds, a seed, and whether to compute a bound (and so a gap). */
    record Options(double timeLimitSeconds, long seed, boolean bound) {
        public Options {
            if (!(timeLimitSeconds > 0)) {
                throw new IllegalArgumentException("time limit " + timeLimitSeconds + " s: expected more than 0");
            }
        }

        public static Options defaults() {
            return new Options(60, 1, true);
        }
    }

    boolean supports(Problem problem);

    Solution solve(Instance instance, Problem problem, Options options, IProgressMonitor monitor);
}
