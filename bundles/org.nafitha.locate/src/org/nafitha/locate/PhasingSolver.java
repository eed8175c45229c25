package org.nafitha.locate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.nafitha.locate.internal.PhaseEngine;

/** Solves {@link Phasing}: which sites to open in which period under the periods' budgets, with a bound and its gap. */
public final class PhasingSolver {

    private PhasingSolver() {
    }

    /**
     * The answer within the time limit; with {@code options.bound()} a Lagrangian bound and the gap. Stops at the next
     * check when the monitor is canceled ({@link org.eclipse.core.runtime.OperationCanceledException}).
     */
    public static PhasedSolution solve(Instance instance, Phasing phasing, Solver.Options options, IProgressMonitor monitor) {
        return PhaseEngine.solve(instance, phasing, options, monitor);
    }
}
