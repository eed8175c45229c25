package org.nafitha.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nafitha.model.CenterKind;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Scenario;
import org.nafitha.model.ScenarioSummary;
import org.nafitha.model.ServiceCenter;

class ScenarioSummaryTest {

    private final NafithaFactory f = NafithaFactory.eINSTANCE;

    @Test
    void summaryCountsZonesPopulationCentersByKindAndCounters() {
        Scenario s = f.createScenario();
        s.setNameEn("two zones");
        s.getDemandZones().add(zone(1200));
        s.getDemandZones().add(zone(34));
        s.getCenters().add(center(CenterKind.COMPREHENSIVE_CENTER, 3));
        s.getCenters().add(center(CenterKind.KIOSK, 1));
        s.getCenters().add(center(CenterKind.KIOSK, 0));
        s.getRegions().add(f.createRegion());

        ScenarioSummary summary = ScenarioSummary.of(s);

        assertEquals("two zones", summary.name());
        assertEquals(2, summary.demandZones());
        assertEquals(1234, summary.totalPopulation());
        assertEquals(1, summary.regions());
        assertEquals(3, summary.centers());
        assertEquals(1, summary.centersByKind().get(CenterKind.COMPREHENSIVE_CENTER));
        assertEquals(2, summary.centersByKind().get(CenterKind.KIOSK));
        assertEquals(null, summary.centersByKind().get(CenterKind.MOBILE_UNIT));
        assertEquals(4, summary.counters());
    }

    @Test
    void emptyScenarioHasZeroEverything() {
        ScenarioSummary summary = ScenarioSummary.of(f.createScenario());
        assertEquals(0, summary.demandZones());
        assertEquals(0, summary.totalPopulation());
        assertEquals(0, summary.centers());
        assertEquals(0, summary.counters());
    }

    private DemandZone zone(long population) {
        DemandZone z = f.createDemandZone();
        z.setPopulation(population);
        return z;
    }

    private ServiceCenter center(CenterKind kind, int counters) {
        ServiceCenter c = f.createServiceCenter();
        c.setKind(kind);
        for (int i = 0; i < counters; i++) {
            c.getCounters().add(f.createCounter());
        }
        return c;
    }
}
