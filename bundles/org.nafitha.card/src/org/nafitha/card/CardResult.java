package org.nafitha.card;

import java.util.List;
import java.util.Map;

/**
 * The national card of a scenario: a card per open center and the national summary. Everything a report shows is
 * here; {@link CardJson} writes it as {@code card.json}.
 *
 * @param scenarioCode the scenario's code
 * @param scenarioNameEn the scenario's English name
 * @param scenarioNameAr the scenario's Arabic name
 * @param dimensions the dimensions with the weights used (after the scenario's parameters), in display order
 * @param indicators the indicators used, in display order
 * @param scale the rating scale
 * @param weakestLink whether the weakest-link rule was applied
 * @param centers one card per open center (existing or planned), in the scenario's order
 * @param national the national summary
 */
public record CardResult(String scenarioCode, String scenarioNameEn, String scenarioNameAr, List<DimensionInfo> dimensions,
        List<IndicatorInfo> indicators, RatingScale scale, boolean weakestLink, List<CenterCard> centers, NationalCard national,
        ProgramFigures program) {

    /** A card without the program's figures (null). */
    public CardResult(String scenarioCode, String scenarioNameEn, String scenarioNameAr, List<DimensionInfo> dimensions,
            List<IndicatorInfo> indicators, RatingScale scale, boolean weakestLink, List<CenterCard> centers, NationalCard national) {
        this(scenarioCode, scenarioNameEn, scenarioNameAr, dimensions, indicators, scale, weakestLink, centers, national, null);
    }

    /** A dimension as used: its id, names, the weight it had (0 or more) and its share of the total weight. */
    public record DimensionInfo(String id, String nameEn, String nameAr, double weight, double weightShare) {
    }

    /** An indicator as used: its metadata and how it is scored (in words, e.g. "linear 50 → 95"). */
    public record IndicatorInfo(String id, String nameEn, String nameAr, String dimension, String unit, Direction direction,
            String scoring, double weight) {
    }

    /**
     * One indicator at one center: the measured value and its score 0–100, or why it is missing (never scored as 0 or
     * 100 when missing).
     *
     * @param value the measured value in the indicator's unit, null when missing
     * @param score 0–100, null when missing
     * @param missing why the value is missing (e.g. "no citizen satisfaction survey"), null when present
     * @param detail how the value was obtained, for the report (e.g. "8 of 10 features")
     */
    public record IndicatorValue(String id, Double value, Double score, String missing, String detail) {
        public boolean isMissing() {
            return score == null;
        }
    }

    /**
     * A dimension at one center: the weighted mean of its scored indicators, or null when none has a value.
     *
     * @param rating the dimension's rating on the scale, null when missing
     */
    public record DimensionScore(String id, Double score, Integer rating, int indicatorsScored, int indicatorsTotal) {
        public boolean isMissing() {
            return score == null;
        }
    }

    /** What pulls a center down: an indicator and the points of overall score it loses (weight share × (100 − score)). */
    public record Shortfall(String indicator, String dimension, double score, double pointsLost) {
    }

    /**
     * The card of one center.
     *
     * @param governorate the code of its governorate (its region, or the region's governorate)
     * @param overall the weighted mean of the scored dimensions, renormalized over them; null when not rated
     * @param rating the rating on the scale after the weakest-link rule, null when not rated
     * @param uncappedRating the rating of the overall score alone, null when not rated
     * @param completeness the share of the total weight whose dimensions have a score (0–1)
     * @param note why the center is not rated, or how the weakest link capped it; null otherwise
     * @param pullDown the indicators that lose the most points, worst first (at most three)
     */
    public record CenterCard(String code, String nameEn, String nameAr, String kind, String status, String governorate,
            List<IndicatorValue> indicators, List<DimensionScore> dimensions, Double overall, Integer rating, Integer uncappedRating,
            double completeness, String note, List<Shortfall> pullDown) {

        public boolean isRated() {
            return rating != null;
        }

        public IndicatorValue indicator(String id) {
            return indicators.stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
        }

        public DimensionScore dimension(String id) {
            return dimensions.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
        }
    }

    /** A governorate: residents, the share within the threshold, the mean accessibility and its centers' mean score. */
    public record GovernorateSummary(String code, String nameEn, String nameAr, long population, double coveredShare,
            double meanAccess, int centers, Double meanScore) {
    }

    /** A demand zone no open center serves within its area's threshold. */
    public record UnservedZone(String code, String name, String governorate, long population, double distanceKm,
            double travelMinutes, String nearestCenter) {
    }

    /**
     * The national summary.
     *
     * @param ratingCounts centers per rating (index 0 is rating 1), unrated counted apart
     * @param meanScore the mean overall score of the rated centers, null when none is rated
     * @param coveredShare the share of the population within its area's threshold
     * @param equityGini Gini of accessibility between governorates (population-weighted governorate means)
     * @param equityTheil Theil T of the same
     * @param zoneGini Gini of accessibility between demand zones (from the coverage engine)
     * @param weakest the ten weakest rated centers, weakest first, with what pulls them down
     * @param unserved zones beyond their threshold, most populous first
     */
    public record NationalCard(int[] ratingCounts, int unrated, Double meanScore, double coveredShare, long population,
            long unservedPopulation, double equityGini, double equityTheil, double zoneGini, List<GovernorateSummary> governorates,
            Totals totals, List<CenterCard> weakest, List<UnservedZone> unserved, Map<String, Double> meanDimensionScores) {
    }

    /** Counters and staff the network needs (busiest hour, from the capacity engine) against what it has. */
    public record Totals(int centers, int requiredCounters, int existingCounters, int requiredStaff, int existingStaff, int shortfall,
            int surplus, double annualVisits, double visitsSaved, double unservedVisits) {
    }
}
