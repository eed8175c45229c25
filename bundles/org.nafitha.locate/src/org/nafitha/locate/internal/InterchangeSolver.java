package org.nafitha.locate.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;

/** Greedy construction and fast interchange (Teitz–Bart, done as Resende–Werneck), with a Lagrangian bound. */
public final class InterchangeSolver implements Solver {

    public static final String ID = "interchange";

    @Override
    public boolean supports(Problem problem) {
        return true;
    }

    @Override
    public Solution solve(Instance instance, Problem problem, Options options, IProgressMonitor monitor) {
        return Engine.solve(ID, instance, problem, options, monitor, false);
    }
}
