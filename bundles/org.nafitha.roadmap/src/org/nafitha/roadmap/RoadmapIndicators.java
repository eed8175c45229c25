package org.nafitha.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nafitha.capacity.CapacityResult;
import org.nafitha.capacity.CenterCapacity;
import org.nafitha.card.CardResult;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.Agency;
import org.nafitha.model.CenterKind;
import org.nafitha.model.Counter;
import org.nafitha.model.DemandZone;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.ProgramIndicators;
import org.nafitha.model.ServiceCenter;

/**
 * The roadmap's yearly indicators, computed from a year's state and its analyses: the planning indicators (coverage,
 * equity, waiting, universal counters and accessibility at the comprehensive centers (where the universal employee and the
 * accessibility standards project work), counters and staff short, the card, accessibility) and the program's own
 * (satisfaction, NPS, time after re-engineering, share digitized, agencies applying the framework). A value that has
 * no data that year is null.
 */
public final class RoadmapIndicators {

    /** An indicator: its id, unit and whether higher is better. */
    public record Info(String id, String unit, boolean higherIsBetter) {
    }

    /** Every indicator, in the order reports list them. */
    public static final List<Info> ALL = List.of(
            new Info("coveredShare", "share", true),
            new Info("giniAccess", "index", false),
            new Info("meanWaitMinutes", "min", false),
            new Info("universalCounterShare", "share", true),
            new Info("countersShort", "count", false),
            new Info("staffShort", "count", false),
            new Info("cardMeanScore", "score", true),
            new Info("fourStarShare", "share", true),
            new Info("accessibilityCompliance", "share", true),
            new Info("trainedEmployees", "count", true),
            new Info("certifiedProviders", "count", true),
            new Info("satisfaction", "%", true),
            new Info("nps", "score", true),
            new Info("minutesAfterReengineering", "min", false),
            new Info("digitizedShare", "share", true),
            new Info("agenciesApplyingFramework", "share", true));

    private RoadmapIndicators() {
    }

    public static Info info(String id) {
        return ALL.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    /** The values of a year, by id, in the order of {@link #ALL}; null = no data. */
    public static Map<String, Double> compute(YearState state, CoverageResult coverage, CapacityResult capacity, CardResult card) {
        Map<String, Double> v = new LinkedHashMap<>();
        List<ServiceCenter> open = state.openCenters();
        v.put("coveredShare", finite(card.national().coveredShare()));
        v.put("giniAccess", finite(coverage.equity().gini()));
        v.put("meanWaitMinutes", meanBusiestWait(capacity));
        int counters = 0;
        int universal = 0;
        for (ServiceCenter c : open) {
            if (c.getKind() != CenterKind.COMPREHENSIVE_CENTER) {
                continue;
            }
            counters += c.getCounters().size();
            universal += (int) c.getCounters().stream().filter(Counter::isUniversal).count();
        }
        v.put("universalCounterShare", counters == 0 ? null : (double) universal / counters);
        v.put("countersShort", (double) capacity.totals().shortfall());
        v.put("staffShort", (double) staffShort(open, capacity));
        v.put("cardMeanScore", card.national().meanScore());
        int rated = 0;
        int four = 0;
        int[] r = card.national().ratingCounts();
        for (int i = 0; i < r.length; i++) {
            rated += r[i];
            four += i >= 3 ? r[i] : 0;
        }
        v.put("fourStarShare", rated == 0 ? null : (double) four / rated);
        v.put("accessibilityCompliance", checklist(card));
        v.put("trainedEmployees", (double) state.trainedEmployees());
        v.put("certifiedProviders", (double) state.certifiedProviders());
        List<EvaluationRecord> records = new ArrayList<>();
        String prefix = state.year() + "-";
        for (EvaluationRecord e : ProgramIndicators.records(state.scenario())) {
            if (e.getDate() != null && e.getDate().startsWith(prefix)) {
                records.add(e);
            }
        }
        v.put("satisfaction", finite(ProgramIndicators.satisfactionPercent(ProgramIndicators.satisfactionMean(records))));
        v.put("nps", finite(ProgramIndicators.nps(records)));
        long population = state.scenario().getDemandZones().stream().mapToLong(DemandZone::getPopulation).sum();
        v.put("minutesAfterReengineering", finite(ProgramIndicators.reengineering(state.scenario().getServices(), population).after()));
        v.put("digitizedShare", finite(ProgramIndicators.digitization(state.scenario().getServices(), population).digitizedByCount()));
        v.put("agenciesApplyingFramework", framework(state.scenario().getAgencies(), state.year()));
        return v;
    }

    /** Mean wait at each center's busiest hour (most arrivals), weighted by those arrivals. */
    static Double meanBusiestWait(CapacityResult capacity) {
        double weighted = 0;
        double arrivals = 0;
        for (CenterCapacity c : capacity.centers()) {
            CenterCapacity.Interval busiest = null;
            for (CenterCapacity.Interval i : c.intervals()) {
                if (busiest == null || i.arrivalsPerHour() > busiest.arrivalsPerHour()) {
                    busiest = i;
                }
            }
            if (busiest != null && busiest.arrivalsPerHour() > 0 && Double.isFinite(busiest.averageWaitMinutes())) {
                weighted += busiest.averageWaitMinutes() * busiest.arrivalsPerHour();
                arrivals += busiest.arrivalsPerHour();
            }
        }
        return arrivals > 0 ? weighted / arrivals : null;
    }

    /** Staff missing at the open centers: their busiest-hour staff need less their staff, where positive, summed. */
    static int staffShort(List<ServiceCenter> open, CapacityResult capacity) {
        Map<String, CenterCapacity> byCode = capacity.byCode();
        int shortBy = 0;
        for (ServiceCenter c : open) {
            CenterCapacity cc = byCode.get(c.getCode());
            if (cc != null) {
                shortBy += Math.max(0, cc.requiredStaff() - c.getStaff());
            }
        }
        return shortBy;
    }

    /**
     * The mean share of the accessibility checklist met (the card's disability.checklist, %) over the comprehensive
     * centers with a value: the program's accessibility standards project works at them.
     */
    private static Double checklist(CardResult card) {
        double sum = 0;
        int n = 0;
        for (CardResult.CenterCard c : card.centers()) {
            if (!CenterKind.COMPREHENSIVE_CENTER.getName().equals(c.kind())) {
                continue;
            }
            CardResult.IndicatorValue i = c.indicator("disability.checklist");
            if (i != null && i.value() != null) {
                sum += i.value() / 100;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    /** Agencies applying the standards framework by the end of the year (those with no year recorded count as applying). */
    static Double framework(List<Agency> agencies, int year) {
        if (agencies.isEmpty()) {
            return null;
        }
        long applying = agencies.stream().filter(a -> a.isAppliesStandardsFramework()
                && (!a.isSetStandardsFrameworkYear() || a.getStandardsFrameworkYear() <= year)).count();
        return (double) applying / agencies.size();
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
