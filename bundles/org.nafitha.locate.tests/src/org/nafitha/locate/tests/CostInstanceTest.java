package org.nafitha.locate.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.geo.CostTable;
import org.nafitha.locate.CostInstance;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;
import org.nafitha.locate.Solvers;

/**
 * Location-allocation on a cost table (minutes), checked against optima worked by hand over every choice of sites.
 * Demand A (10), B (20), C (30), D (5); sites S1, S2, S3; costs (a dash: the table has no pair, unreachable):
 *
 * <pre>
 *        S1   S2   S3
 *   A     5   20   40
 *   B    26   10    -
 *   C    30   15    5
 *   D     8    -    -
 * </pre>
 */
class CostInstanceTest {

    private static final Solver.Options OPTIONS = new Solver.Options(5, 1, true);

    private static Instance instance() {
        CostTable t = new CostTable.Builder(CostTable.Unit.MINUTES).add("A", "S1", 5, 2).add("A", "S2", 20, 3).add("A", "S3", 40, 4)
                .add("B", "S1", 26, 5).add("B", "S2", 10, 6).add("C", "S1", 30, 7).add("C", "S2", 15, 8).add("C", "S3", 5, 9)
                .add("D", "S1", 8, 10).build();
        Instance.Status[] candidates = new Instance.Status[3];
        Arrays.fill(candidates, Instance.Status.CANDIDATE);
        return CostInstance.of(t, new String[] {"A", "B", "C", "D"}, null, new double[] {10, 20, 30, 5},
                new String[] {"S1", "S2", "S3"}, candidates, null, Double.POSITIVE_INFINITY, 0);
    }

    @Test
    void listsHoldTheTablesPairsCheapestFirst() {
        Instance in = instance();
        assertEquals(9, in.pairs());
        // B lists S2 (10) then S1 (26), and no S3
        assertEquals(2, in.listStart(2) - in.listStart(1));
        assertEquals(1, in.listSite(in.listStart(1)));
        assertEquals(10, in.listKm(in.listStart(1)));
        assertEquals(0, in.listSite(in.listStart(1) + 1));
        // D lists S1 only
        assertEquals(1, in.listStart(4) - in.listStart(3));
    }

    /**
     * p = 2 by hand: {S1,S2} = 10x5 + 20x10 + 30x15 + 5x8 = 740; {S1,S3} = 50 + 20x26 + 30x5 + 40 = 760; {S2,S3} leaves D
     * unreachable. The optimum is {S1,S2} at 740 minutes x residents.
     */
    @Test
    void pMedianOnCosts() {
        for (String solver : new String[] {"vns", "interchange"}) {
            Solution s = Solvers.builtIn().get(solver).solve(instance(), Problem.pMedian(2), OPTIONS, new NullProgressMonitor());
            assertEquals(740, s.objective(), 1e-9, solver);
            int[] chosen = s.chosen().clone();
            Arrays.sort(chosen);
            assertArrayEquals(new int[] {0, 1}, chosen, solver);
        }
    }

    /**
     * MCLP, p = 1, 20 minutes; locate's radius includes its edge (a cost of exactly 20 is covered, as on its coordinate
     * path): S1 covers A, D (15); S2 covers A, B, C (60); S3 covers C (30). The optimum is S2, covering 60.
     */
    @Test
    void maximalCoveringOnCosts() {
        Solution s = Solvers.builtIn().get("vns").solve(instance(), Problem.mclp(1, 20), OPTIONS, new NullProgressMonitor());
        assertArrayEquals(new int[] {1}, s.chosen());
        assertEquals(60, s.objective(), 1e-9);
    }

    /** LSCP within 20 minutes: D is reached only from S1 and B only from S2 (S1 is 26 away), so {S1,S2}. */
    @Test
    void setCoveringOnCosts() {
        Solution s = Solvers.builtIn().get("vns").solve(instance(), new Problem(Problem.Type.LSCP, 0, 20, false), OPTIONS,
                new NullProgressMonitor());
        int[] chosen = s.chosen().clone();
        Arrays.sort(chosen);
        assertArrayEquals(new int[] {0, 1}, chosen);
    }
}
