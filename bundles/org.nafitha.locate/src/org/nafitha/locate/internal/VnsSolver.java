package org.nafitha.locate.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;

/** Variable neighbourhood search around fast interchange (Hansen and Mladenović), with a Lagrangian bound. */
public final class VnsSolver implements Solver {

    public static final String ID = "vns";

    @Override
    public boolean supports(Problem problem) {
        return true;
    }

    @Override
    public Solution solve(Instance instance, Problem problem, Options options, IProgressMonitor monitor) {
        return Engine.solve(ID, instance, problem, options, monitor, true);
    }
}
