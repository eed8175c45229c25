package org.nafitha.card;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.nafitha.capacity.CapacityAnalyzer;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.Scenario;

/**
 * The figures a planner compares between two scenarios: reach, travel, equity, counters and staff, and the card.
 *
 * @param coveredShare residents within their area's threshold, share of all
 * @param meanTravelMinutes population-weighted travel time to the nearest open center
 * @param gini accessibility Gini between demand zones
 * @param counters existing counters at open centers
 * @param countersNeeded counters the busiest hours need
 * @param staffNeeded staff for them
 * @param shortfall counters missing, summed over centers
 * @param meanScore the mean card score of the rated centers (NaN when none)
 * @param ratings centers per rating, index 0 = 1 star
 * @param unservedPopulation residents beyond their threshold
 */
public record KeyFigures(String scenario, double coveredShare, double meanTravelMinutes, double gini, int counters, int countersNeeded,
        int staffNeeded, int shortfall, double meanScore, int[] ratings, long unservedPopulation, CardResult card) {

    /** A line of a side-by-side comparison: the figure's key, both values and whether higher is better. */
    public record Line(String key, double base, double other, boolean higherIsBetter) {
        public double difference() {
            return other - base;
        }
    }

    /** Runs coverage, capacity and the card on the scenario. */
    public static KeyFigures of(Scenario s, AnalysisRunner runner, CardCatalog catalog, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, s.getCode(), 10);
        // the analyzers the card runs: coverage, capacity and those a plugin's indicators require
        CardEngine engine = new CardEngine(catalog);
        AnalysisContext context = runner.run(new AnalysisContext(s, Map.of()), engine.analyzers(runner), progress.split(8));
        CardResult card = engine.compute(new CardInput(s, context.results()), CardSettings.of(s), progress.split(2));
        CoverageResult cov = context.result(CoverageAnalyzer.ID, CoverageResult.class).orElseThrow();
        CapacityResult cap = context.result(CapacityAnalyzer.ID, CapacityResult.class).orElseThrow();
        double travel = 0;
        long population = 0;
        for (CoverageResult.Zone z : cov.zones()) {
            if (Double.isFinite(z.travelMinutes())) { // a zone no center reaches (a cost table without its pairs) has no trip
                travel += z.travelMinutes() * z.population();
                population += z.population();
            }
        }
        CardResult.NationalCard n = card.national();
        return new KeyFigures(s.getCode(), n.coveredShare(), population == 0 ? Double.NaN : travel / population, cov.equity().gini(),
                cap.totals().existingCounters(), cap.totals().requiredCounters(), cap.totals().requiredStaff(), cap.totals().shortfall(),
                n.meanScore() == null ? Double.NaN : n.meanScore(), n.ratingCounts(), n.unservedPopulation(), card);
    }

    /** Centers rated at least {@code stars}. */
    public int ratedAtLeast(int stars) {
        int n = 0;
        for (int r = stars - 1; r < ratings.length; r++) {
            n += ratings[r];
        }
        return n;
    }

    /** The lines of a comparison of this (the base) with another scenario's figures. */
    public List<Line> compare(KeyFigures other) {
        return List.of(new Line("coveredShare", coveredShare, other.coveredShare, true),
                new Line("unservedPopulation", unservedPopulation, other.unservedPopulation, false),
                new Line("meanTravelMinutes", meanTravelMinutes, other.meanTravelMinutes, false),
                new Line("gini", gini, other.gini, false),
                new Line("counters", counters, other.counters, true),
                new Line("countersNeeded", countersNeeded, other.countersNeeded, false),
                new Line("shortfall", shortfall, other.shortfall, false),
                new Line("staffNeeded", staffNeeded, other.staffNeeded, false),
                new Line("meanScore", meanScore, other.meanScore, true),
                new Line("ratedFourStarsOrMore", ratedAtLeast(4), other.ratedAtLeast(4), true));
    }
}
