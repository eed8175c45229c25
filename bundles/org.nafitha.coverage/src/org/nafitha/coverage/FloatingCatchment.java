package org.nafitha.coverage;

import java.util.stream.IntStream;

/**
 * Two-step floating catchment accessibility with distance decay, which covers 2SFCA (Luo and Wang 2003, step decay)
 * and E2SFCA (Luo and Qi 2009, banded weights):
 * <ol>
 * <li>for each site j, the supply ratio R_j = S_j / Σ_k P_k·w(d_kj) over demand points k with d_kj &lt; d0;</li>
 * <li>for each demand point i, the accessibility A_i = Σ_j R_j·w(d_ij) over sites j with d_ij &lt; d0.</li>
 * </ol>
 * Σ_i P_i·A_i equals the total supply of the sites that have demand in their catchment. Both steps visit only the
 * pairs within d0 that the {@link Neighbourhood} yields; sites are split among threads.
 */
public final class FloatingCatchment {

    /** The accessibility of each demand point and the supply ratio of each site. */
    public record Result(double[] access, double[] supplyRatio) {
    }

    private FloatingCatchment() {
    }

    public static Result compute(Neighbourhood pairs, double[] demand, double[] supply, Decay decay, int threads) {
        if (demand.length != pairs.points() || supply.length != pairs.sites()) {
            throw new IllegalArgumentException("demand (" + demand.length + ") or supply (" + supply.length
                    + ") does not match the neighbourhood (" + pairs.points() + " points, " + pairs.sites() + " sites)");
        }
        double radius = decay.radiusKm();
        int workers = Math.max(1, Math.min(threads, pairs.sites()));
        if (decay instanceof Decay.Step && pairs instanceof Neighbourhood.Indexed indexed) {
            return step(indexed, demand, supply, radius, workers);
        }
        double[] ratio = new double[pairs.sites()];
        int sites = pairs.sites();
        // sites in interleaved blocks, so that dense and sparse areas are shared between workers
        int block = Math.max(1, Math.min(64, sites / (workers * 4) + 1));
        int blocks = (sites + block - 1) / block;
        // step 1: sites are independent
        IntStream.range(0, workers).parallel().forEach(w -> {
            double[] sum = new double[1];
            for (int b = w; b < blocks; b += workers) {
                for (int j = b * block, end = Math.min(sites, (b + 1) * block); j < end; j++) {
                    sum[0] = 0;
                    pairs.forEachWithin(j, radius, (i, d) -> sum[0] += demand[i] * decay.weight(d));
                    ratio[j] = sum[0] > 0 ? supply[j] / sum[0] : 0;
                }
            }
        });
        // step 2: each worker adds into its own array, then the arrays are summed
        double[][] partial = new double[workers][];
        IntStream.range(0, workers).parallel().forEach(w -> {
            double[] access = new double[pairs.points()];
            for (int b = w; b < blocks; b += workers) {
                for (int j = b * block, end = Math.min(sites, (b + 1) * block); j < end; j++) {
                    double r = ratio[j];
                    if (r > 0) {
                        pairs.forEachWithin(j, radius, (i, d) -> access[i] += r * decay.weight(d));
                    }
                }
            }
            partial[w] = access;
        });
        return new Result(sum(partial), ratio);
    }

    /**
     * 2SFCA through a point index: with weight 1 inside the catchment no distance is needed, so both steps sum and add
     * over the index's cell-sorted arrays directly (the same pairs, the same result, several times faster).
     */
    private static Result step(Neighbourhood.Indexed n, double[] demand, double[] supply, double radius, int workers) {
        int sites = n.sites();
        double[] sortedDemand = n.index.toIndexOrder(demand);
        double[] ratio = new double[sites];
        IntStream.range(0, workers).parallel().forEach(w -> {
            for (int j = w; j < sites; j += workers) {
                double sum = n.index.sumWithin(n.siteX[j], n.siteY[j], radius, sortedDemand);
                ratio[j] = sum > 0 ? supply[j] / sum : 0;
            }
        });
        double[][] partial = new double[workers][];
        IntStream.range(0, workers).parallel().forEach(w -> {
            double[] access = new double[n.points()];
            for (int j = w; j < sites; j += workers) {
                if (ratio[j] > 0) {
                    n.index.addWithin(n.siteX[j], n.siteY[j], radius, access, ratio[j]);
                }
            }
            partial[w] = access;
        });
        return new Result(n.index.fromIndexOrder(sum(partial)), ratio);
    }

    /** Adds the workers' arrays into the first. */
    private static double[] sum(double[][] partial) {
        double[] total = partial[0];
        for (int w = 1; w < partial.length; w++) {
            for (int i = 0; i < total.length; i++) {
                total[i] += partial[w][i];
            }
        }
        return total;
    }
}
