package org.nafitha.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nafitha.model.CenterKind;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.sample.SampleScenario;

class SampleScenarioTest {

    private final Scenario sample = SampleScenario.create();

    @Test
    void sampleHasTheTwelveGovernoratesAndFiftyOneDistricts() {
        assertEquals(12, sample.getRegions().size());
        assertTrue(sample.getRegions().stream().allMatch(r -> r.getLevel() == RegionLevel.GOVERNORATE));
        assertEquals(51, sample.getDemandZones().size());
    }

    @Test
    void districtPopulationsSumToTheDatasetTotal() {
        // The district file of izaslavsky/jordan-administrative-boundaries sums to 11,625,745 for 2024
        // (../shared/data/README.md).
        long total = sample.getDemandZones().stream().mapToLong(DemandZone::getPopulation).sum();
        assertEquals(11_625_745L, total);
    }

    @Test
    void everyZoneLiesInJordanAndBelongsToAGovernorate() {
        for (DemandZone z : sample.getDemandZones()) {
            assertNotNull(z.getRegion(), z.getCode());
            assertTrue(z.getCode().startsWith(z.getRegion().getCode() + "-"), z.getCode());
            // Jordan's bounding box: 29.18..33.38 N, 34.95..39.30 E
            assertTrue(z.getLatitude() > 29.1 && z.getLatitude() < 33.4, z.getCode());
            assertTrue(z.getLongitude() > 34.9 && z.getLongitude() < 39.31, z.getCode());
            assertTrue(z.getPopulation() > 0, z.getCode());
            assertTrue(!z.getNameAr().isBlank() && !z.getNameEn().isBlank(), z.getCode());
        }
    }

    @Test
    void ammanGovernorateHoldsNineDistrictsAndItsKnownPopulation() {
        Region amman = sample.getRegions().stream().filter(r -> r.getCode().equals("JO-AM")).findFirst().orElseThrow();
        assertEquals("عمان", amman.getNameAr());
        long pop = sample.getDemandZones().stream().filter(z -> z.getRegion() == amman)
                .mapToLong(DemandZone::getPopulation).sum();
        assertEquals(9, sample.getDemandZones().stream().filter(z -> z.getRegion() == amman).count());
        assertEquals(4_920_100L, pop);
    }

    @Test
    void oneComprehensiveCenterStandsInEachGovernorateCapital() {
        Set<Region> served = new HashSet<>();
        for (ServiceCenter c : sample.getCenters()) {
            assertEquals(CenterKind.COMPREHENSIVE_CENTER, c.getKind());
            assertTrue(served.add(c.getRegion()), "two centers in " + c.getRegion().getCode());
            assertTrue(c.getCounters().size() > 0, c.getCode());
        }
        assertEquals(12, served.size());
    }

    @Test
    void eachCallGivesAnIndependentScenario() {
        Scenario other = SampleScenario.create();
        assertNotSame(sample, other);
        other.getDemandZones().clear();
        assertEquals(51, sample.getDemandZones().size());
    }
}
