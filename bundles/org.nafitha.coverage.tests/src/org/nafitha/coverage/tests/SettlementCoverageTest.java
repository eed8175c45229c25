package org.nafitha.coverage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.core.AnalysisContext;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.AreaType;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.DemandZone;
import org.nafitha.model.DistanceModel;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.Settlement;
import org.nafitha.sample.SampleScenario;

/** Coverage and 2SFCA where a zone's residents live at several settlements. */
class SettlementCoverageTest {

    private static final NafithaFactory F = NafithaFactory.eINSTANCE;
    /** One degree of latitude on the sphere of radius 6371.0088 km: 2 pi R / 360. */
    private static final double KM_PER_DEGREE = 2 * Math.PI * 6371.0088 / 360;

    /**
     * A rural zone of 10,000 residents split over three settlements on one meridian: S1 (half, urban) at the center,
     * S2 (0.3) 0.1 degree north (11.12 km), S3 (0.2) 0.3 degree north (33.36 km). One center of 10 counters; great-circle
     * distances; thresholds urban 10 km / 30 min at 30 km/h, rural 25 km / 40 min at 50 km/h; 2SFCA radius 30 km.
     *
     * <p>Hand computation: S1 is within reach (0 km); S2 too (11.12 km &lt; 25 km and 13.3 min &lt; 40 min); S3 is not
     * (33.36 km &gt; 25 km): 8,000 of 10,000 covered. 2SFCA: the center's catchment holds S1 and S2 (S3 is beyond 30 km),
     * ratio 10 / 8,000 counters per resident, so S1 and S2 have access 125 per 100,000 and S3 none; the zone's
     * population-weighted access is (5,000 x 125 + 3,000 x 125) / 10,000 = 100. Mean distance 0.3 x 11.12 + 0.2 x 33.36
     * = 10.008 km. The zone's own point (far away, at 1 degree north) plays no part.
     */
    @Test
    void aZoneSplitOverThreeSettlements() {
        Scenario s = scenario();
        CoverageResult r = new CoverageAnalyzer().analyze(new AnalysisContext(s, Map.of("coverage.method", "2sfca",
                "coverage.radiusKm", "30")), new NullProgressMonitor());

        assertEquals(3, r.points().size());
        CoverageResult.Zone z = r.zones().get(0);
        assertEquals(10_000, z.population());
        assertEquals(8_000, z.coveredPopulation());
        assertFalse(z.covered(), "not every resident is within reach");
        assertEquals(100, z.access(), 1e-9);
        assertEquals(0.3 * 0.1 * KM_PER_DEGREE + 0.2 * 0.3 * KM_PER_DEGREE, z.distanceKm(), 1e-6);
        assertEquals("C1", z.nearestCenter());

        List<Double> access = r.points().stream().map(CoverageResult.Point::access).toList();
        assertEquals(List.of(125.0, 125.0, 0.0), access.stream().map(a -> Math.rint(a * 1e9) / 1e9).toList());
        assertEquals(List.of(true, true, false), r.points().stream().map(CoverageResult.Point::covered).toList());
        assertEquals("URBAN", r.points().get(0).areaType(), "a town is urban in a rural zone");
        assertEquals("RURAL", r.points().get(1).areaType(), "the zone's area type when the settlement has none");
        assertEquals(5_000, r.points().get(0).population(), 1e-9);

        assertEquals(8_000, r.regions().get(0).coveredPopulation());
        assertEquals(0.8, r.regions().get(0).coveredShare(), 1e-12);
        assertEquals(10_000, r.centers().get(0).catchmentPopulation(), "every settlement's nearest center is C1");
        // the Gini among the residents where they live: 80 % at 125 and 20 % at 0 gives 0.2 (mean 100; Gini = the
        // sum over pairs of |xi - xj| wi wj / (2 mean) = 2 x 0.8 x 0.2 x 125 / 200)
        assertEquals(0.2, r.equity().gini(), 1e-9);
    }

    /** Without settlements the zone is one point, as before: at 1 degree north nobody is within reach. */
    @Test
    void aZoneWithoutSettlementsIsItsOwnPoint() {
        Scenario s = scenario();
        s.getDemandZones().get(0).getSettlements().clear();
        CoverageResult r = new CoverageAnalyzer().analyze(new AnalysisContext(s, Map.of("coverage.method", "2sfca")),
                new NullProgressMonitor());
        assertEquals(1, r.points().size());
        assertEquals(0, r.zones().get(0).coveredPopulation());
        assertEquals(1.0 * KM_PER_DEGREE, r.zones().get(0).distanceKm(), 1e-6);
    }

    /** The sample: Aqaba's residents are where they live, in Aqaba city by its comprehensive center. */
    @Test
    void theSampleReachesAqaba() {
        CoverageResult r = new CoverageAnalyzer().analyze(new AnalysisContext(SampleScenario.create(), Map.of()),
                new NullProgressMonitor());
        CoverageResult.Region aqaba = r.regions().stream().filter(g -> g.code().equals("JO-AQ")).findFirst().orElseThrow();
        assertTrue(aqaba.coveredShare() >= 0.80, "Aqaba governorate within reach: " + aqaba);
        // every district seat that hosts an open center (one within 2 km of it) has its seat's residents within reach
        Scenario sample = SampleScenario.create();
        for (DemandZone zone : sample.getDemandZones()) {
            Settlement seat = zone.getSettlements().stream().filter(x -> x.getCode().equals("SEAT")).findFirst().orElseThrow();
            boolean hosts = sample.getCenters().stream().anyMatch(c -> (c.getStatus() == CenterStatus.EXISTING
                    || c.getStatus() == CenterStatus.PLANNED) && km(c.getLatitude(), c.getLongitude(), seat.getLatitude(),
                            seat.getLongitude()) < 2);
            CoverageResult.Point point = r.points().stream().filter(q -> q.code().equals(zone.getCode() + "/SEAT")).findFirst()
                    .orElseThrow();
            if (hosts) {
                assertTrue(point.covered(), "the seat of " + zone.getCode() + " hosts a center: " + point);
            }
        }
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double dy = (lat2 - lat1) * KM_PER_DEGREE;
        double dx = (lon2 - lon1) * KM_PER_DEGREE * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return Math.hypot(dx, dy);
    }

    private static Scenario scenario() {
        Scenario s = F.createScenario();
        s.setCode("T");
        PlanningParameters p = F.createPlanningParameters();
        p.setDistanceModel(DistanceModel.GREAT_CIRCLE);
        p.getCoverageThresholds().add(threshold(AreaType.URBAN, 10, 30, 30));
        p.getCoverageThresholds().add(threshold(AreaType.RURAL, 25, 40, 50));
        s.setParameters(p);
        Region region = F.createRegion();
        region.setCode("R");
        s.getRegions().add(region);
        ServiceCenter c = F.createServiceCenter();
        c.setCode("C1");
        c.setStatus(CenterStatus.EXISTING);
        c.setLatitude(31.0);
        c.setLongitude(36.0);
        for (int i = 0; i < 10; i++) {
            Counter k = F.createCounter();
            k.setCode("C1-" + i);
            c.getCounters().add(k);
        }
        s.getCenters().add(c);
        DemandZone z = F.createDemandZone();
        z.setCode("Z");
        z.setPopulation(10_000);
        z.setAreaType(AreaType.RURAL);
        z.setRegion(region);
        z.setLatitude(32.0); // the zone's own point: unused while it has settlements
        z.setLongitude(36.0);
        z.getSettlements().add(settlement("S1", 0.5, 31.0, AreaType.URBAN));
        z.getSettlements().add(settlement("S2", 0.3, 31.1, null));
        z.getSettlements().add(settlement("S3", 0.2, 31.3, null));
        s.getDemandZones().add(z);
        return s;
    }

    private static Settlement settlement(String code, double share, double lat, AreaType type) {
        Settlement st = F.createSettlement();
        st.setCode(code);
        st.setShare(share);
        st.setLatitude(lat);
        st.setLongitude(36.0);
        if (type != null) {
            st.setAreaType(type);
        }
        return st;
    }

    private static CoverageThreshold threshold(AreaType type, double km, double minutes, double speed) {
        CoverageThreshold t = F.createCoverageThreshold();
        t.setAreaType(type);
        t.setMaxDistanceKm(km);
        t.setMaxTravelMinutes(minutes);
        t.setSpeedKmh(speed);
        return t;
    }
}
