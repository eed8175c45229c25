package org.nafitha.roadmap;

import java.util.List;

/**
 * A roadmap evaluated year by year.
 *
 * @param planFirst, planLast the roadmap's horizon; years after {@code planLast} project demand with no new actions
 * @param years from {@code from} to {@code to}, in order
 */
public record RoadmapResult(String scenario, String nameEn, String nameAr, int from, int to, int planFirst, int planLast,
        List<Year> years) {

    /**
     * An action of a year with its capital cost.
     *
     * @param target the code of the center, service or bundle acted on
     * @param derived whether the cost comes from the cost model rather than the action
     * @param latitude, longitude where the center acted on stands (after the action), null for a service or bundle
     */
    public record ActionCost(String id, String kind, String target, double cost, boolean derived, Integer month, String note,
            Double latitude, Double longitude) {
    }

    /**
     * An indicator's value in a year against its target.
     *
     * @param value null when there is no data for it that year
     * @param target null when the roadmap sets none for that year
     * @param met null without a value or a target
     * @param gap value − target (so negative for an at-least target missed), null when {@code met} is
     */
    public record IndicatorValue(String id, Double value, Double target, String direction, Boolean met, Double gap) {
    }

    /**
     * The figures of a year.
     *
     * @param meanWaitMinutes mean wait at each open center's busiest hour, weighted by its arrivals (null: no center)
     * @param cardMeanScore the card's mean score of the rated centers (null: none rated)
     * @param capex the sum of the year's action costs
     * @param opex the yearly operating cost of the centers open at the end of the year, less what partners carry
     * @param budgetCapex, budgetOpex null when no budget is given
     */
    public record Year(int year, long population, double inPersonVisits, int centersOpen, int counters, int countersNeeded, int staff,
            int staffNeeded, double coveredShare, double giniAccess, Double meanWaitMinutes, Double cardMeanScore, double capex, double opex,
            Double budgetCapex, Double budgetOpex, List<ActionCost> actions, List<IndicatorValue> indicators) {

        /** Capital spending over the budget, 0 within it, null without a budget. */
        public Double capexOverBudget() {
            return budgetCapex == null ? null : Math.max(0, capex - budgetCapex);
        }

        /** Operating spending over the budget, 0 within it, null without a budget. */
        public Double opexOverBudget() {
            return budgetOpex == null ? null : Math.max(0, opex - budgetOpex);
        }

        public IndicatorValue indicator(String id) {
            return indicators.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
        }
    }

    public Year year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }

    /** Targets missed over all years. */
    public long targetsMissed() {
        return years.stream().flatMap(y -> y.indicators().stream()).filter(i -> Boolean.FALSE.equals(i.met())).count();
    }

    /** Targets met over all years. */
    public long targetsMet() {
        return years.stream().flatMap(y -> y.indicators().stream()).filter(i -> Boolean.TRUE.equals(i.met())).count();
    }
}
