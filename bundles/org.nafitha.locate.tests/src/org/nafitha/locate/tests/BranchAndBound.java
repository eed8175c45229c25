package org.nafitha.locate.tests;

import java.util.ArrayDeque;
import java.util.Deque;

import org.nafitha.locate.Instance;
import org.nafitha.locate.internal.Lagrangian;

/**
 * A small branch and bound for MCLP, for tests: it proves that no set of p sites covers more than
 * {@code incumbent × (1 + tolerance)}. Each node fixes some sites open (required) or shut (excluded); its Lagrangian
 * upper bound prunes it, else it branches on the open site the relaxation values most.
 */
final class BranchAndBound {

    record Proof(boolean proved, int nodes, double bestBound) {
    }

    private BranchAndBound() {
    }

    static Proof mclp(Instance inst, int p, double radius, double incumbent, double tolerance, int maxNodes) {
        Deque<Instance.Status[]> open = new ArrayDeque<>();
        Instance.Status[] root = new Instance.Status[inst.siteCount()];
        for (int j = 0; j < root.length; j++) {
            root[j] = inst.status(j);
        }
        open.push(root);
        int nodes = 0;
        double worst = 0;
        int[] chosen = new int[p];
        while (!open.isEmpty()) {
            if (++nodes > maxNodes) {
                return new Proof(false, nodes, Double.NaN);
            }
            Instance.Status[] st = open.pop();
            int required = 0;
            int usable = 0;
            for (Instance.Status s : st) {
                required += s == Instance.Status.REQUIRED ? 1 : 0;
                usable += s != Instance.Status.EXCLUDED ? 1 : 0;
            }
            if (required > p || usable < p) {
                continue;
            }
            double target = incumbent * (1 + tolerance);
            double bound = Lagrangian.mclp(inst.withStatus(st), p, radius, target, Long.MAX_VALUE, chosen);
            if (bound <= target) {
                worst = Math.max(worst, bound);
                continue;
            }
            int branch = chosen[0];
            if (branch < 0) {
                continue; // every open site is fixed: the node is one solution, no better than its bound
            }
            Instance.Status[] shut = st.clone();
            shut[branch] = Instance.Status.EXCLUDED;
            Instance.Status[] fix = st.clone();
            fix[branch] = Instance.Status.REQUIRED;
            open.push(shut);
            open.push(fix);
        }
        return new Proof(true, nodes, worst);
    }
}
