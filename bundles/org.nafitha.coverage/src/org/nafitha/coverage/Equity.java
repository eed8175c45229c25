package org.nafitha.coverage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Population-weighted inequality of a quantity (e.g. accessibility) over zones: Gini, Theil T, Palma ratio and the
 * Lorenz curve. Values must be 0 or more; weights (populations) more than 0 count, others are ignored.
 */
public final class Equity {

    /** The Lorenz curve: cumulative population shares and the cumulative value shares they hold, from (0, 0). */
    public record Lorenz(double[] population, double[] value) {
    }

    private Equity() {
    }

    /**
     * Gini = 1 − Σ_k p_k (L_k + L_(k−1)), the area-based Gini of the population-weighted Lorenz curve (zones sorted by
     * value, p_k the population share, L_k the cumulative value share). One holder among n equal people gives (n−1)/n.
     */
    public static double gini(double[] values, double[] weights) {
        Lorenz l = lorenz(values, weights);
        if (l.population().length < 2) {
            return 0;
        }
        double sum = 0;
        for (int k = 1; k < l.population().length; k++) {
            sum += (l.population()[k] - l.population()[k - 1]) * (l.value()[k] + l.value()[k - 1]);
        }
        return 1 - sum;
    }

    /** Theil T = Σ_i s_i (x_i/μ) ln(x_i/μ), s_i the population share and μ the weighted mean; 0·ln 0 counts as 0. */
    public static double theil(double[] values, double[] weights) {
        check(values, weights);
        double w = 0;
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            if (weights[i] > 0) {
                w += weights[i];
                total += weights[i] * values[i];
            }
        }
        if (w == 0 || total == 0) {
            return 0;
        }
        double mean = total / w;
        double t = 0;
        for (int i = 0; i < values.length; i++) {
            if (weights[i] > 0 && values[i] > 0) {
                double r = values[i] / mean;
                t += weights[i] / w * r * Math.log(r);
            }
        }
        return t;
    }

    /**
     * Palma ratio: the share of the total held by the richest 10 % of the population over the share held by the
     * poorest 40 %, with a zone split where a boundary falls inside it. Infinite when the poorest 40 % hold nothing.
     */
    public static double palma(double[] values, double[] weights) {
        Lorenz l = lorenz(values, weights);
        double bottom40 = at(l, 0.4);
        double top10 = 1 - at(l, 0.9);
        return bottom40 > 0 ? top10 / bottom40 : top10 > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /** The Lorenz curve of the zones with weight more than 0, sorted by value. */
    public static Lorenz lorenz(double[] values, double[] weights) {
        check(values, weights);
        Integer[] order = IntStream.range(0, values.length).filter(i -> weights[i] > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double w = 0;
        double v = 0;
        for (int i : order) {
            w += weights[i];
            v += weights[i] * values[i];
        }
        double[] p = new double[order.length + 1];
        double[] l = new double[order.length + 1];
        double cw = 0;
        double cv = 0;
        for (int k = 0; k < order.length; k++) {
            cw += weights[order[k]];
            cv += weights[order[k]] * values[order[k]];
            p[k + 1] = w > 0 ? cw / w : 0;
            l[k + 1] = v > 0 ? cv / v : p[k + 1];
        }
        return new Lorenz(p, l);
    }

    /** The value share held by the poorest {@code share} of the population (linear inside a zone). */
    static double at(Lorenz l, double share) {
        double[] p = l.population();
        double[] v = l.value();
        for (int k = 1; k < p.length; k++) {
            if (p[k] >= share) {
                double f = p[k] == p[k - 1] ? 1 : (share - p[k - 1]) / (p[k] - p[k - 1]);
                return v[k - 1] + f * (v[k] - v[k - 1]);
            }
        }
        return 1;
    }

    private static void check(double[] values, double[] weights) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException(values.length + " values but " + weights.length + " weights");
        }
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0) || !Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " is " + values[i] + ": expected a finite number, 0 or more");
            }
        }
    }
}
