package org.nafitha.coverage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.Distances;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.geo.CostTable;
import org.nafitha.geo.DistanceModel;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.sample.SampleScenario;

/** The coverage analyzer of a scenario on a cost table in the run's context. */
class CostTableCoverageTest {

    /** A table of the distance model's own kilometres per place and open center, leaving out one zone's pairs. */
    private static CostTable table(Scenario s, String unreachableZone) {
        DistanceModel km = Distances.of(s.getParameters());
        CostTable.Builder b = new CostTable.Builder(CostTable.Unit.KILOMETRES);
        int line = 1;
        for (DemandPoints.Point p : DemandPoints.of(s)) {
            if (p.zone().getCode().equals(unreachableZone)) {
                continue;
            }
            for (ServiceCenter c : s.getCenters()) {
                if (c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED) {
                    b.add(p.code(), c.getCode(), km.km(p.latitude(), p.longitude(), c.getLatitude(), c.getLongitude()), ++line);
                }
            }
        }
        return b.build();
    }

    private static CoverageResult run(Scenario s, CostTable costs) {
        return new CoverageAnalyzer().analyze(new AnalysisContext(s, Map.of(), costs), new NullProgressMonitor());
    }

    /** The distance model's kilometres given as a table give the distance model's results, place by place. */
    @Test
    void aTableOfTheModelsOwnKilometresGivesTheSameCoverage() {
        Scenario s = SampleScenario.create();
        CoverageResult straight = run(s, null);
        CoverageResult table = run(s, table(s, ""));
        assertEquals("km", table.costUnit());
        List<CoverageResult.Point> a = straight.points();
        List<CoverageResult.Point> b = table.points();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).nearestCenter(), b.get(i).nearestCenter(), a.get(i).code());
            assertEquals(a.get(i).distanceKm(), b.get(i).distanceKm(), 1e-9, a.get(i).code());
            assertEquals(a.get(i).covered(), b.get(i).covered(), a.get(i).code());
            assertEquals(a.get(i).access(), b.get(i).access(), 1e-9 * Math.max(1, a.get(i).access()), a.get(i).code());
        }
    }

    /** A zone the table does not connect to any center is unreachable: no nearest center, no access, not covered. */
    @Test
    void aZoneWithoutPairsIsUnreachableNeverAStraightLine() {
        Scenario s = SampleScenario.create();
        CoverageResult r = run(s, table(s, "JO-AM-01"));
        CoverageResult.Zone marka = r.zones().stream().filter(z -> z.code().equals("JO-AM-01")).findFirst().orElseThrow();
        assertEquals("", marka.nearestCenter());
        assertEquals(0, marka.coveredPopulation());
        assertEquals(0, marka.access());
        assertTrue(Double.isInfinite(marka.distanceKm()));
        assertFalse(r.zones().stream().filter(z -> !z.code().equals("JO-AM-01")).allMatch(z -> z.nearestCenter().isEmpty()));
    }

    /** Costs in minutes: the result says minutes, travel time is the table's, the distance unknown. */
    @Test
    void minutesAreMinutes() {
        Scenario s = SampleScenario.create();
        CostTable km = table(s, "");
        CostTable.Builder b = new CostTable.Builder(CostTable.Unit.MINUTES);
        int[] line = {1};
        for (int o = 0; o < km.origins(); o++) {
            int origin = o;
            km.forEachFromOrigin(o, (d, c) -> b.add(km.origin(origin), km.destination(d), c * 1.5, ++line[0]));
        }
        CoverageResult r = run(s, b.build());
        assertEquals("min", r.costUnit());
        assertTrue(r.minutes());
        CoverageResult.Point p = r.points().get(0);
        assertTrue(Double.isNaN(p.distanceKm()));
        assertEquals(1.5 * km.cost(p.code(), p.nearestCenter()), p.travelMinutes(), 1e-6);
    }
}
