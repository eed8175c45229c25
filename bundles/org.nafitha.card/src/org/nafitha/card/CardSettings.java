package org.nafitha.card;

import java.util.LinkedHashMap;
import java.util.Map;

import org.nafitha.model.PlanningParameters;
import org.nafitha.model.Scenario;
import org.nafitha.model.Score;

/**
 * How the card rates: dimension weights that replace the defaults, the weakest-link rule, the rating scale, and the
 * least share of the weight that must have data for a center to be rated (default one half).
 */
public record CardSettings(Map<String, Double> weights, boolean weakestLink, RatingScale scale, double minCompleteness) {

    public static final double DEFAULT_MIN_COMPLETENESS = 0.5;

    public CardSettings {
        weights = Map.copyOf(weights);
        weights.forEach((k, v) -> {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("card weight of '" + k + "' " + v + ": expected a number 0 or more");
            }
        });
        if (!(minCompleteness >= 0 && minCompleteness <= 1)) {
            throw new IllegalArgumentException("minimum completeness " + minCompleteness + ": expected 0 to 1");
        }
    }

    public static CardSettings defaults() {
        return new CardSettings(Map.of(), false, RatingScale.STARS_7, DEFAULT_MIN_COMPLETENESS);
    }

    /** The settings in a scenario's planning parameters ({@code cardWeights}, {@code cardWeakestLink}). */
    public static CardSettings of(Scenario scenario) {
        PlanningParameters p = scenario.getParameters();
        if (p == null) {
            return defaults();
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        int i = 0;
        for (Score s : p.getCardWeights()) {
            i++;
            if (s.getDimension() == null || s.getDimension().isBlank()) {
                throw new IllegalArgumentException("card weight " + i + " of the planning parameters: expected a dimension id");
            }
            if (weights.put(s.getDimension().trim(), s.getValue()) != null) {
                throw new IllegalArgumentException("card weight " + i + ": dimension '" + s.getDimension() + "' is weighted twice");
            }
        }
        return new CardSettings(weights, p.isCardWeakestLink(), RatingScale.STARS_7, DEFAULT_MIN_COMPLETENESS);
    }

    public CardSettings withWeakestLink(boolean on) {
        return new CardSettings(weights, on, scale, minCompleteness);
    }

    public CardSettings withWeight(String dimension, double weight) {
        Map<String, Double> w = new LinkedHashMap<>(weights);
        w.put(dimension, weight);
        return new CardSettings(w, weakestLink, scale, minCompleteness);
    }
}
