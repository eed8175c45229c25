package org.nafitha.card.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.nafitha.capacity.CapacityAnalyzer;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.capacity.CenterCapacity;
import org.nafitha.capacity.Staffing;
import org.nafitha.card.CardInput;
import org.nafitha.card.Measure;
import org.nafitha.card.internal.ShippedIndicators;
import org.nafitha.core.Distances;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.AccessibilityFeature;
import org.nafitha.model.AreaType;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.DemandZone;
import org.nafitha.model.DistanceModel;
import org.nafitha.model.Evaluation;
import org.nafitha.model.EvaluationKind;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.Scenario;
import org.nafitha.model.Score;
import org.nafitha.model.ServiceCenter;

/** Each shipped indicator's measure on small hand-made inputs, computed by hand in the comments. */
class IndicatorsTest {

    private static final NafithaFactory F = NafithaFactory.eINSTANCE;

    private final Scenario scenario = F.createScenario();
    private final ServiceCenter c1 = center("C1");
    private final ServiceCenter c2 = center("C2");

    private ServiceCenter center(String code) {
        ServiceCenter c = F.createServiceCenter();
        c.setCode(code);
        c.setStatus(CenterStatus.EXISTING);
        scenario.getCenters().add(c);
        return c;
    }

    private static Measure measure(String id, CardInput in, ServiceCenter c) {
        return new ShippedIndicators(id).measure(in, c);
    }

    /**
     * Comprehensive centers C1 at (31.0, 36.0) and C2 at (32.0, 36.0); zones A (1,000 residents, urban, at C1,
     * accessibility 2), B (3,000, rural, 0.1° north of C1 = about 11.1 km, accessibility 1), Z (4,000, urban, at C2,
     * accessibility 4); thresholds 5 km at 30 km/h for both area types; an agency branch at A's very spot.
     */
    private CardInput withCoverage() {
        place(c1, 31.0, 36.0);
        place(c2, 32.0, 36.0);
        ServiceCenter branch = center("B1");
        branch.setKind(CenterKind.AGENCY_BRANCH);
        place(branch, 31.0, 36.0);
        zone("A", 1000, AreaType.URBAN, 31.0, 36.0);
        zone("B", 3000, AreaType.RURAL, 31.1, 36.0);
        zone("Z", 4000, AreaType.URBAN, 32.0, 36.0);
        PlanningParameters p = F.createPlanningParameters();
        p.setDistanceModel(DistanceModel.GREAT_CIRCLE);
        for (AreaType type : List.of(AreaType.URBAN, AreaType.RURAL)) {
            CoverageThreshold t = F.createCoverageThreshold();
            t.setAreaType(type);
            t.setMaxDistanceKm(5);
            t.setSpeedKmh(30);
            p.getCoverageThresholds().add(t);
        }
        scenario.setParameters(p);
        // the coverage engine's own nearest center and threshold test do not matter here: only each zone's accessibility
        List<CoverageResult.Zone> zones = List.of(
                new CoverageResult.Zone("A", "A", "R", 1000, "urban", "B1", 0, 0, 1000, 2),
                new CoverageResult.Zone("B", "B", "R", 3000, "rural", "B1", 11, 22, 0, 1),
                new CoverageResult.Zone("Z", "Z", "R", 4000, "urban", "C2", 0, 0, 4000, 4));
        // each zone is one place, at the zone's point (no settlements)
        List<CoverageResult.Point> points = List.of(
                new CoverageResult.Point("A", "A", "A", 31.0, 36.0, 1000, "urban", "B1", 0, 0, true, 2),
                new CoverageResult.Point("B", "B", "B", 31.1, 36.0, 3000, "rural", "B1", 11, 22, false, 1),
                new CoverageResult.Point("Z", "Z", "Z", 32.0, 36.0, 4000, "urban", "C2", 0, 0, true, 4));
        CoverageResult coverage = new CoverageResult("2sfca", 30, "counters", zones, points, List.of(), List.of(), List.of(),
                new CoverageResult.Inequality(0, 0, 0, new double[0], new double[0]), List.of());
        return new CardInput(scenario, Map.of(CoverageAnalyzer.ID, coverage));
    }

    private static void place(ServiceCenter c, double lat, double lon) {
        c.setLatitude(lat);
        c.setLongitude(lon);
    }

    private void zone(String code, long population, AreaType type, double lat, double lon) {
        DemandZone z = F.createDemandZone();
        z.setCode(code);
        z.setPopulation(population);
        z.setAreaType(type);
        z.setLatitude(lat);
        z.setLongitude(lon);
        scenario.getDemandZones().add(z);
    }

    @Test
    void accessIndicators() {
        CardInput in = withCoverage();
        // C1's catchment among comprehensive centers: A and B (the branch at A competes only with branches)
        assertEquals(List.of("A", "B"), in.catchment(c1).stream().map(CoverageResult.Zone::code).toList());
        // within 5 km: A only, 1,000 of 4,000 = 25 %
        assertEquals(25, measure("access.covered", in, c1).value(), 1e-9);
        // travel: A 0 min, B km / 30 km/h × 60 = 2 km minutes; mean (0 × 1,000 + 2 km × 3,000) / 4,000 = 1.5 km
        double kmB = Distances.of(scenario.getParameters()).km(31.1, 36.0, 31.0, 36.0);
        assertEquals(11.1, kmB, 0.05, "0.1 degree of latitude");
        assertEquals(1.5 * kmB, measure("access.travel", in, c1).value(), 1e-9);
        // 2SFCA: catchment mean (2 × 1,000 + 1 × 3,000) / 4,000 = 1.25; national (2,000 + 3,000 + 16,000) / 8,000 = 2.625;
        // 1.25 / 2.625 = 47.619 %
        assertEquals(100 * 1.25 / 2.625, measure("access.2sfca", in, c1).value(), 1e-9);
        assertEquals(100, measure("access.covered", in, c2).value(), 1e-9);
        // the branch is the only one of its kind: every zone is its catchment; A and Z... Z is 100 km away, beyond 5 km
        assertEquals(3, in.catchment(scenario.getCenters().get(2)).size());
        // a planned comprehensive center nearer to nothing has no catchment: missing, not 0
        ServiceCenter c3 = center("C3");
        place(c3, 29.0, 35.0);
        CardInput again = new CardInput(scenario, in.results());
        Measure none = measure("access.covered", again, c3);
        assertTrue(none.isMissing());
        assertTrue(none.missing().contains("no demand zone"), none.missing());
        // without the coverage analysis, every access indicator is missing
        CardInput bare = new CardInput(scenario, Map.of());
        for (String id : List.of("access.covered", "access.travel", "access.2sfca")) {
            assertTrue(measure(id, bare, c1).missing().contains("coverage analysis"), id);
        }
    }

    @Test
    void capacityIndicators() {
        // two open hours on 4 counters: hour 0: 20 arrivals, load 2.0, wait 1.5 min, 90 % within the target;
        // hour 1: 60 arrivals, load 3.5, wait 12 min, 70 %; busiest needs 6 counters
        List<CenterCapacity.Interval> hours = List.of(
                new CenterCapacity.Interval(0, 20, 2.0, 3, 4, 4, 0.5, 1.5, 0.9, 0),
                new CenterCapacity.Interval(1, 60, 3.5, 6, 8, 4, 0.875, 12, 0.7, 0));
        CenterCapacity cap = new CenterCapacity("C1", "C1", 10_000, 500, 60, "universal", 6, 8, 4, 6, 8, 6, 300, hours);
        CapacityResult result = new CapacityResult(List.of(cap), new CapacityResult.Totals(10_000, 500, 6, 8, 4, 5, 2, 0, 6, 8, 6), 0,
                new Staffing.Target(0.8, 15, 0.85, 0, Double.NaN));
        CardInput in = new CardInput(scenario, Map.of(CapacityAnalyzer.ID, result));
        // utilization: load (2.0 + 3.5) / counter-hours (4 + 4) = 68.75 %
        assertEquals(68.75, measure("capacity.utilization", in, c1).value(), 1e-9);
        // wait at the busiest hour (60 arrivals): 12 min
        assertEquals(12, measure("capacity.wait", in, c1).value(), 1e-9);
        // within the target: (20 × 0.9 + 60 × 0.7) / 80 = 75 %
        assertEquals(75, measure("capacity.serviceLevel", in, c1).value(), 1e-9);
        // shortfall: (6 - 4) / 6 = 33.33 %
        assertEquals(100.0 * 2 / 6, measure("capacity.shortfall", in, c1).value(), 1e-9);
        // bundling: 500 saved of 10,500 visits = 4.76 %
        assertEquals(100.0 * 500 / 10_500, measure("window.bundling", in, c1).value(), 1e-9);
        // C2 is not in the capacity result: missing, with why
        assertTrue(measure("capacity.wait", in, c2).missing().contains("not open"));

        // an unstable hour: the wait never settles, shown as the cap and said so
        List<CenterCapacity.Interval> jammed = List.of(new CenterCapacity.Interval(0, 90, 5.2, 7, 9, 4, 1, Double.POSITIVE_INFINITY, 0, 0));
        CenterCapacity capJ = new CenterCapacity("C2", "C2", 1, 0, 90, "universal", 7, 9, 4, 7, 7, 7, 1, jammed);
        CardInput in2 = new CardInput(scenario, Map.of(CapacityAnalyzer.ID, new CapacityResult(List.of(capJ), result.totals(), 0, result.target())));
        Measure wait = measure("capacity.wait", in2, c2);
        assertEquals(240, wait.value());
        assertTrue(wait.detail().startsWith("unbounded"), wait.detail());
    }

    @Test
    void centerIndicators() {
        CardInput in = new CardInput(scenario, Map.of());
        // counters: 3 of 4 universal = 75 %; 1 accessible
        for (int i = 0; i < 4; i++) {
            Counter k = F.createCounter();
            k.setUniversal(i < 3);
            k.setAccessible(i == 0);
            c1.getCounters().add(k);
        }
        assertEquals(75, measure("window.universal", in, c1).value(), 1e-9);
        assertEquals(1, measure("disability.counters", in, c1).value(), 1e-9);
        assertTrue(measure("window.universal", in, c2).isMissing());
        // checklist: 4 of the 10 features = 40 %; none recorded = missing (no audit), not 0
        c1.getAccessibility().addAll(List.of(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.ELEVATOR,
                AccessibilityFeature.PRIORITY_QUEUE, AccessibilityFeature.SIGN_LANGUAGE));
        assertEquals(40, measure("disability.checklist", in, c1).value(), 1e-9);
        assertTrue(measure("disability.checklist", in, c2).missing().contains("no accessibility audit"));
        // readiness scores by dimension name
        Score s = F.createScore();
        s.setDimension("Connectivity");
        s.setValue(64);
        c1.getReadiness().add(s);
        assertEquals(64, measure("readiness.connectivity", in, c1).value(), 1e-9);
        assertTrue(measure("readiness.equipment", in, c1).missing().contains("equipment"));
        // evaluations: set ones measured, unset ones missing
        Evaluation e = F.createEvaluation();
        e.setSatisfaction(81);
        e.setNetPromoterScore(-5);
        c1.setEvaluation(e);
        assertEquals(81, measure("voice.satisfaction", in, c1).value(), 1e-9);
        assertEquals(-5, measure("voice.nps", in, c1).value(), 1e-9);
        assertTrue(measure("voice.complaints", in, c1).isMissing());
        assertTrue(measure("voice.satisfaction", in, c2).missing().contains("satisfaction"));
        e.setComplaintResponse(0);
        assertFalse(measure("voice.complaints", in, c1).isMissing(), "0 set is a measured 0");
        // dated rounds come before the single values: the latest of each kind. NPS from counts: 30 promoters, 50
        // passives, 20 detractors give 30 - 20 = 10; satisfaction 4.2 of 5 is (4.2 - 1) / 4 = 80 %; complaints 45 of 50
        // on time are 90 %; the earlier survey (mean 2.0) does not count
        c1.getEvaluationRecords().add(round(EvaluationKind.NPS_SURVEY, "2026-06-30", r -> {
            r.setPromoters(30);
            r.setPassives(50);
            r.setDetractors(20);
        }));
        c1.getEvaluationRecords().add(round(EvaluationKind.SATISFACTION_SURVEY, "2026-01-31", r -> {
            r.setResponses(100);
            r.setSatisfactionMean(2.0);
        }));
        c1.getEvaluationRecords().add(round(EvaluationKind.SATISFACTION_SURVEY, "2026-07-31", r -> {
            r.setResponses(120);
            r.setSatisfactionMean(4.2);
        }));
        c1.getEvaluationRecords().add(round(EvaluationKind.COMPLAINTS, "2026-09-30", r -> {
            r.setReceived(50);
            r.setAnsweredOnTime(45);
        }));
        c1.getEvaluationRecords().add(round(EvaluationKind.SELF_ASSESSMENT, "2026-02-15", r -> r.setScore(66)));
        assertEquals(10, measure("voice.nps", in, c1).value(), 1e-9);
        assertEquals(80, measure("voice.satisfaction", in, c1).value(), 1e-9);
        assertEquals(90, measure("voice.complaints", in, c1).value(), 1e-9);
        assertEquals(66, measure("voice.selfAssessment", in, c1).value(), 1e-9);
        assertTrue(measure("voice.selfAssessment", in, c2).isMissing());
    }

    private static EvaluationRecord round(EvaluationKind kind, String date,
            Consumer<EvaluationRecord> values) {
        EvaluationRecord r = F.createEvaluationRecord();
        r.setKind(kind);
        r.setDate(date);
        values.accept(r);
        return r;
    }
}
