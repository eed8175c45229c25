package org.nafitha.locate.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;

/**
 * Branch and bound over the Lagrangian bound, for p-median (uncapacitated) and MCLP: proves an answer optimal (gap 0)
 * when it ends within the time limit. Greedy and interchange give the first incumbent; then depth first, each node iterates its relaxation (warm-started from its parent's multipliers), fixes sites by reduced costs,
 * tries the sites the relaxation opens as an answer (at the root, after an interchange descent from them), and is pruned when its bound is no better than the incumbent; else
 * it branches on the free site the relaxation opens with the best value, open first. When time runs out the answer
 * carries the weakest bound of the nodes left (still a valid bound, so the gap says how far from proven it is).
 */
public final class ExactSolver implements Solver {

    public static final String ID = "exact";

    private static final int ROOT_ITERATIONS = 400;
    private static final int NODE_ITERATIONS = 40;

    @Override
    public boolean supports(Problem problem) {
        return problem.type() == Problem.Type.MCLP || problem.type() == Problem.Type.PMEDIAN && !problem.capacitated();
    }

    @Override
    public Solution solve(Instance inst, Problem problem, Options options, IProgressMonitor monitor) {
        if (!supports(problem)) {
            throw new IllegalArgumentException("the exact solver solves p-median (without capacities) and MCLP");
        }
        long started = System.nanoTime();
        long deadline = started + (long) (options.timeLimitSeconds() * 1e9);
        Solution first = Engine.solve(ID, inst, problem, new Options(options.timeLimitSeconds() / 3, options.seed(), false, 0), monitor, false);
        Solution s = branch(inst, problem, first, deadline, monitor);
        return s.withSeconds((System.nanoTime() - started) / 1e9);
    }

    private record Node(Relaxation relax, double parentBound) {
    }

    private static Solution branch(Instance inst, Problem problem, Solution first, long deadline, IProgressMonitor monitor) {
        boolean median = problem.type() == Problem.Type.PMEDIAN;
        Search search = median ? new PMedianSearch(inst, problem.p(), monitor, deadline)
                : new CoverSearch(inst, problem.p(), problem.radiusKm(), monitor, deadline);
        double none = median ? PMedianSearch.noneDistance(inst) : Double.NaN;
        double[] start = null;
        if (median) {
            search.set(padded(first.chosen(), problem.p()));
            start = ((PMedianSearch) search).d1.clone();
        }
        double[] incumbent = {first.objective()};
        int[][] best = {first.chosen()};
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(new Node(new Relaxation(inst, median, problem.p(), problem.radiusKm(), none, start).plainSteps(),
                median ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY));
        int nodes = 0;
        boolean root = true;
        while (!stack.isEmpty() && System.nanoTime() < deadline) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            Node node = stack.pop();
            Relaxation relax = node.relax();
            nodes++;
            int limit = root ? ROOT_ITERATIONS : NODE_ITERATIONS;
            int[] tried = null;
            while (!relax.infeasible() && relax.iterations() < limit && System.nanoTime() < deadline) {
                relax.iterate(incumbent[0]);
                if (relax.prunes(incumbent[0])) {
                    break;
                }
                int[] sites = relax.chosenSites();
                Arrays.sort(sites);
                if (relax.step() == 0 || relax.iterations() % 5 == 0 && sites.length == problem.p() && !Arrays.equals(sites, tried)) {
                    tried = sites;
                    tryAnswer(search, median, sites, problem.p(), incumbent, best, root && relax.iterations() % 20 == 0);
                }
                if (relax.step() < 1e-4) {
                    break;
                }
            }
            root = false;
            if (relax.infeasible() || relax.prunes(incumbent[0])) {
                continue;
            }
            if (System.nanoTime() >= deadline) {
                stack.push(node);
                break;
            }
            int j = relax.branchSite();
            if (j < 0) {
                // every open site is fixed: the node is one answer
                tryAnswer(search, median, relax.chosenSites(), problem.p(), incumbent, best, false);
                continue;
            }
            double b = relax.bound();
            stack.push(new Node(relax.branch(j, Relaxation.SHUT), b));
            stack.push(new Node(relax.branch(j, Relaxation.OPEN), b));
        }
        double bound = incumbent[0];
        for (Node n : stack) {
            bound = median ? Math.min(bound, n.parentBound()) : Math.max(bound, n.parentBound());
        }
        search.set(best[0]);
        int[] assignment = median ? ((PMedianSearch) search).assignment() : ((CoverSearch) search).assignment();
        return new Solution(problem, ID, incumbent[0], best[0], assignment, Double.NaN, Double.NaN, median ? Double.NaN : incumbent[0], 0, nodes)
                .withBound(bound);
    }

    /** Evaluates the sites as an answer (with {@code descend}, after an interchange descent from them); keeps it when better. */
    private static void tryAnswer(Search search, boolean median, int[] sites, int p, double[] incumbent, int[][] best, boolean descend) {
        if (sites.length != p) {
            return;
        }
        search.set(sites);
        if (descend) {
            search.localSearch();
            sites = search.openSites();
        }
        double v = median ? search.cost() : ((CoverSearch) search).covered();
        double tol = 1e-9 * Math.max(1, Math.abs(incumbent[0]));
        if (median ? v < incumbent[0] - tol : v > incumbent[0] + tol) {
            incumbent[0] = v;
            best[0] = sites.clone();
        }
    }

    private static int[] padded(int[] sites, int p) {
        return sites.length == p ? sites : Arrays.copyOf(sites, p);
    }
}
