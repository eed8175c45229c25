package org.nafitha.locate.internal;

import java.util.Arrays;

import org.nafitha.locate.Instance;

/**
 * Assigns each point whole to an open site with room for its weight, by regret: points whose second choice costs most
 * more than their first go first, each to its nearest open site with room. A point no open site has room for goes to its
 * nearest open site anyway and the excess is reported as overload. A greedy rule, not an optimal assignment.
 */
public final class CapacitatedAssignment {

    public record Result(int[] assignment, double cost, double overload) {
    }

    private CapacitatedAssignment() {
    }

    public static Result assign(Instance inst, int[] openSites, double none) {
        int n = inst.demandCount();
        boolean[] open = new boolean[inst.siteCount()];
        double[] room = new double[inst.siteCount()];
        for (int j : openSites) {
            open[j] = true;
            room[j] = Double.isNaN(inst.capacity(j)) ? Double.POSITIVE_INFINITY : inst.capacity(j);
        }
        Integer[] order = new Integer[n];
        double[] regret = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            double a = none;
            double b = none;
            for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end; k++) {
                if (open[inst.listSite(k)]) {
                    if (a == none) {
                        a = inst.listKm(k);
                    } else {
                        b = inst.listKm(k);
                        break;
                    }
                }
            }
            regret[i] = inst.weight(i) * (b - a);
        }
        Arrays.sort(order, (x, y) -> Double.compare(regret[y], regret[x]));
        int[] assignment = new int[n];
        double cost = 0;
        double overload = 0;
        for (int i : order) {
            double w = inst.weight(i);
            int chosen = -1;
            int nearest = -1;
            double chosenKm = none;
            double nearestKm = none;
            for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end; k++) {
                int j = inst.listSite(k);
                if (!open[j]) {
                    continue;
                }
                if (nearest < 0) {
                    nearest = j;
                    nearestKm = inst.listKm(k);
                }
                if (room[j] >= w) {
                    chosen = j;
                    chosenKm = inst.listKm(k);
                    break;
                }
            }
            if (chosen < 0 && nearest >= 0) {
                overload += w - Math.max(0, room[nearest]);
                chosen = nearest;
                chosenKm = nearestKm;
            }
            assignment[i] = chosen;
            if (chosen >= 0) {
                room[chosen] -= w;
            }
            cost += w * chosenKm;
        }
        return new Result(assignment, cost, overload);
    }
}
