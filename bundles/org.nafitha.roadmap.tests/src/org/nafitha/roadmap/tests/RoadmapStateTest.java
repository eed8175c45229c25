package org.nafitha.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nafitha.model.AccessibilityFeature;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.DemandZone;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.ServiceCenter;
import org.nafitha.roadmap.RoadmapPlan;
import org.nafitha.roadmap.YearState;

/** The states of {@link Fixture#plan()} year by year, checked by hand (see the fixture's comments). */
class RoadmapStateTest {

    private static ServiceCenter center(YearState st, String code) {
        return st.scenario().getCenters().stream().filter(c -> c.getCode().equals(code)).findFirst().orElse(null);
    }

    private static long universal(ServiceCenter c) {
        return c.getCounters().stream().filter(Counter::isUniversal).count();
    }

    private static long population(YearState st, String zone) {
        return st.scenario().getDemandZones().stream().filter(z -> z.getCode().equals(zone)).mapToLong(DemandZone::getPopulation).sum();
    }

    @Test
    void actionsAppliedYearByYear() {
        Fixture f = new Fixture();
        f.plan();
        YearState y26 = YearState.of(f.scenario, 2026);
        ServiceCenter n26 = center(y26, "N");
        assertEquals(6, n26.getCounters().size(), "4 + 2 added");
        assertEquals(2, universal(n26));
        assertEquals(8, n26.getStaff());
        assertEquals(List.of(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.ELEVATOR), n26.getAccessibility());
        assertEquals(CenterStatus.EXISTING, center(y26, "S").getStatus());
        assertEquals(null, center(y26, "M"), "M opens only in 2027");
        assertEquals(5, y26.trainedEmployees());
        assertEquals(2, y26.openCenters().size());
        // the added counters handle what N offers
        assertTrue(n26.getCounters().get(5).getServices().contains(y26.scenario().getServices().get(0)));

        YearState y27 = YearState.of(f.scenario, 2027);
        assertEquals(CenterStatus.CLOSED, center(y27, "S").getStatus());
        ServiceCenter m27 = center(y27, "M");
        assertEquals(CenterStatus.EXISTING, m27.getStatus());
        assertEquals(CenterKind.MUNICIPAL_OFFICE, m27.getKind());
        assertEquals(List.of("N", "M"), y27.openCenters().stream().map(ServiceCenter::getCode).toList());

        YearState y28 = YearState.of(f.scenario, 2028);
        ServiceCenter n28 = center(y28, "N");
        assertEquals(6, n28.getCounters().size());
        assertEquals(4, universal(n28), "2 + 2 converted");
        assertEquals(10, n28.getStaff(), "8 + 2 hired");
        assertEquals(5, y28.trainedEmployees(), "training is counted up to the year, not repeated");

        // the scenario itself is untouched: its M still waits inside its action
        assertEquals(4, f.n.getCounters().size());
        assertEquals(2, f.scenario.getCenters().size());
        RoadmapAction open = f.roadmap.getActions().get(4);
        assertEquals("M", open.getNewCenter().getCode());
    }

    @Test
    void demandGrowsByRegionFromTheBaseYear() {
        Fixture f = new Fixture();
        // N grows 2 % a year from 2025: 102,000 in 2026, 104,040 in 2027, 106,120.8 -> 106,121 in 2028; S does not grow
        assertEquals(102_000, population(YearState.of(f.scenario, 2026), "Z1"));
        assertEquals(104_040, population(YearState.of(f.scenario, 2027), "Z1"));
        assertEquals(106_121, population(YearState.of(f.scenario, 2028), "Z1"));
        assertEquals(50_000, population(YearState.of(f.scenario, 2028), "Z2"));
        RoadmapPlan plan = RoadmapPlan.of(f.scenario);
        // national factor 2027: (100,000 × 1.0404 + 50,000) / 150,000 = 1.026933...
        assertEquals((100_000 * 1.0404 + 50_000) / 150_000, plan.demandFactor(2027), 1e-12);
        assertEquals(1.0, plan.demandFactor(2025), 0);
    }

    @Test
    void aCenterOpenedLaterIsNotOpenBefore() {
        Fixture f = new Fixture();
        f.s.setStatus(CenterStatus.PLANNED);
        f.action("O", 2027, RoadmapActionKind.OPEN_CENTER, f.s, null, null);
        assertEquals(CenterStatus.CANDIDATE, center(YearState.of(f.scenario, 2026), "S").getStatus());
        assertEquals(CenterStatus.EXISTING, center(YearState.of(f.scenario, 2027), "S").getStatus());
        assertFalse(YearState.of(f.scenario, 2026).openCenters().stream().anyMatch(c -> c.getCode().equals("S")));
    }
}
