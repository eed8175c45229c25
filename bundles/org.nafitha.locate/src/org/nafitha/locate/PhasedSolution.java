package org.nafitha.locate;

import java.util.stream.IntStream;

/**
 * A phasing answer: each site's opening period (−1 when it never opens; required sites, open throughout, are −1 too),
 * what each period spends and scores, the objective (Σ over periods), and the bound with the relative gap
 * |objective − bound| / |objective| (a lower bound for p-median, an upper bound on the covered demand for MCLP).
 */
public record PhasedSolution(Phasing phasing, int[] openedIn, double[] spent, double[] periodObjective, double objective, double bound,
        double gap, double seconds) {

    public PhasedSolution {
        openedIn = openedIn.clone();
        spent = spent.clone();
        periodObjective = periodObjective.clone();
    }

    @Override
    public int[] openedIn() {
        return openedIn.clone();
    }

    @Override
    public double[] spent() {
        return spent.clone();
    }

    @Override
    public double[] periodObjective() {
        return periodObjective.clone();
    }

    /** The sites opened in period t, by index. */
    public int[] opened(int t) {
        return IntStream.range(0, openedIn.length).filter(j -> openedIn[j] == t).toArray();
    }
}
