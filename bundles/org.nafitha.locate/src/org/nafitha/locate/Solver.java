package org.nafitha.locate;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A location-allocation solver, contributed through {@code org.nafitha.locate.solvers}. Solvers must be deterministic
 * for a seed, stop by the time limit (returning the best answer found) and stop at the next check when the monitor is
 * canceled (throwing {@link org.eclipse.core.runtime.OperationCanceledException}).
 */
public interface Solver {

    /**
     * How a solve runs: a time limit in seconds, a seed, whether to compute a bound (and so a gap), and the relative gap
     * at which a solver with a bound may stop (0: only when the answer is proven optimal).
     */
    record Options(double timeLimitSeconds, long seed, boolean bound, double targetGap) {
        public Options {
            if (!(timeLimitSeconds > 0)) {
                throw new IllegalArgumentException("time limit " + timeLimitSeconds + " s: expected more than 0");
            }
            if (!(targetGap >= 0 && targetGap < 1)) {
                throw new IllegalArgumentException("target gap " + targetGap + ": expected 0 or more and less than 1");
            }
        }

        /** Options that stop early only on a proven optimum. */
        public Options(double timeLimitSeconds, long seed, boolean bound) {
            this(timeLimitSeconds, seed, bound, 0);
        }

        public static Options defaults() {
            return new Options(60, 1, true);
        }
    }

    boolean supports(Problem problem);

    Solution solve(Instance instance, Problem problem, Options options, IProgressMonitor monitor);
}
