package org.nafitha.card;

import java.util.Arrays;

/**
 * Ratings from scores: rating {@code k + 1} when the score is at least {@code thresholds[k]} (the highest such k),
 * rating 1 below {@code thresholds[1]}. The default is seven stars, one step per ten points from 40:
 * 1★ &lt; 40 ≤ 2★ &lt; 50 ≤ 3★ &lt; 60 ≤ 4★ &lt; 70 ≤ 5★ &lt; 80 ≤ 6★ &lt; 90 ≤ 7★.
 *
 * @param thresholds the lowest score of each rating, ascending, the first 0
 */
public record RatingScale(String name, double[] thresholds) {

    public static final RatingScale STARS_7 = new RatingScale("stars", new double[] { 0, 40, 50, 60, 70, 80, 90 });

    public RatingScale {
        if (thresholds.length < 2 || thresholds[0] != 0) {
            throw new IllegalArgumentException("rating thresholds " + Arrays.toString(thresholds) + ": expected 0 first and at least two");
        }
        for (int i = 1; i < thresholds.length; i++) {
            if (!(thresholds[i] > thresholds[i - 1]) || thresholds[i] > 100) {
                throw new IllegalArgumentException("rating thresholds " + Arrays.toString(thresholds) + ": expected ascending, up to 100");
            }
        }
        thresholds = thresholds.clone();
    }

    /** The number of ratings (7 for the default). */
    public int levels() {
        return thresholds.length;
    }

    /** The rating 1..levels of a score 0–100. */
    public int rating(double score) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score NaN: expected 0 to 100");
        }
        int r = 1;
        for (int k = 1; k < thresholds.length; k++) {
            if (score >= thresholds[k]) {
                r = k + 1;
            }
        }
        return r;
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }
}
