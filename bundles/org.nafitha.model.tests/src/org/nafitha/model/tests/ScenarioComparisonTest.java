package org.nafitha.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nafitha.model.Scenario;
import org.nafitha.model.ScenarioComparison;
import org.nafitha.model.ScenarioComparison.ChangeKind;
import org.nafitha.model.ScenarioCopy;
import org.nafitha.model.ServiceCenter;

class ScenarioComparisonTest {

    @Test
    void aCopyDerivesFromItsOriginalAndComparesEqual() {
        Fixture f = new Fixture();
        Scenario copy = ScenarioCopy.of(f.scenario, "TEST-2", "Test 2", "اختبار ٢");
        assertEquals("TEST", copy.getBaseline());
        assertTrue(copy.getCenters().get(0) != f.center);
        assertTrue(copy.getCenters().get(0).getServicesOffered().get(0) == copy.getServices().get(0),
                "the copy's references point into the copy");
        assertTrue(ScenarioComparison.compare(f.scenario, copy).identical());
    }

    @Test
    void changesAdditionsAndRemovalsAreListedWithTheirValues() {
        Fixture f = new Fixture();
        Scenario copy = ScenarioCopy.of(f.scenario, "TEST-2", "Test 2", "اختبار ٢");
        copy.getDemandZones().get(0).setPopulation(1_200_000);
        copy.getCenters().get(0).getCounters().remove(1);
        ServiceCenter kiosk = Fixture.F.createServiceCenter();
        Fixture.named(kiosk, "K-1", "Kiosk", "كشك");
        copy.getCenters().add(kiosk);
        copy.getServices().remove(copy.getBundles().get(0).getServices().get(0));

        ScenarioComparison c = ScenarioComparison.compare(f.scenario, copy);
        assertEquals(1, c.count(ChangeKind.ADDED));
        assertEquals(1, c.count(ChangeKind.REMOVED));
        var zone = c.changes().stream().filter(x -> x.code().equals("JO-AM-01")).findFirst().orElseThrow();
        assertEquals("population", zone.features().get(0).feature());
        assertEquals("1173825", zone.features().get(0).before());
        assertEquals("1200000", zone.features().get(0).after());
        assertTrue(c.changes().stream().anyMatch(x -> x.code().equals("CSC-AM")
                && x.features().stream().anyMatch(ff -> ff.feature().equals("counters"))), c.changes().toString());
        assertEquals(2_173_825, c.populationBefore());
        assertEquals(2_200_000, c.populationAfter());
    }
}
