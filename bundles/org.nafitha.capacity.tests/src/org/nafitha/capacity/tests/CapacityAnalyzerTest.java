package org.nafitha.capacity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.capacity.CapacityAnalyzer;
import org.nafitha.capacity.CapacityCalculator;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.capacity.CapacitySettings;
import org.nafitha.capacity.CenterCapacity;
import org.nafitha.capacity.CenterLoad;
import org.nafitha.capacity.Staffing;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.core.AnalyzerDescriptor;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.Agency;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceBundle;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.Settlement;
import org.nafitha.sample.SampleScenario;

class CapacityAnalyzerTest {

    @Test
    void aPeakedProfileHasMeanOneAndItsPeakInTheThirdHour() {
        double[] p = CapacitySettings.peakedProfile(7, 1.3);
        assertEquals(1, Arrays.stream(p).sum(), 1e-12);
        assertEquals(1.3 / 7, Arrays.stream(p).max().orElseThrow(), 1e-12);
        assertEquals(1.3 / 7, p[2], 1e-12);
        double[] flat = CapacitySettings.peakedProfile(7, 1);
        assertTrue(Arrays.stream(flat).allMatch(w -> Math.abs(w - 1.0 / 7) < 1e-12));
    }

    /**
     * One hour a day, 250 days, 24 visits an hour of each of five 10-minute services: the pooling example again, now
     * through a center — 23 universal counters, 30 specialized, and a mixed design in between.
     */
    @Test
    void aCenterOfFiveServicesNeedsWhatThePoolingExampleSays() {
        CenterLoad load = new CenterLoad("C", "Center", 25, true);
        for (int i = 0; i < 5; i++) {
            load.add(new CenterLoad.Stream("S" + i, "agency " + i, 24 * 250, 10, 1));
        }
        CapacitySettings settings = new CapacitySettings(Staffing.Target.of(0.8, 5, 1, 0), 250, new double[] {1}, 2);
        CenterCapacity c = CapacityCalculator.compute(load, settings);
        assertEquals(23, c.universalCounters());
        assertEquals(30, c.specializedCounters());
        assertEquals(23, c.mixedCounters(), "alike handling times: the mixed design pools them all");
        assertEquals(23, c.requiredCounters(), "a center of universal counters needs the pooled design");
        assertEquals(-2, c.shortfall(), "25 existing: 2 spare");
        assertEquals(120, c.intervals().get(0).arrivalsPerHour(), 1e-9);
        assertEquals(20.0 / 25, c.intervals().get(0).utilization(), 1e-12);
        assertTrue(c.intervals().get(0).serviceLevel() > 0.8);
    }

    /**
     * Four 3-minute services at 60 visits an hour and one 60-minute service at 6 (80 % within 5 minutes, hand computed
     * with Erlang C and the Allen–Cunneen factor): specialized 4 × 5 + 5 = 25 counters; pooled, the mixture's cs² of
     * 9.0 makes 22; the mixed design sets the long service apart: 17 + 5 = 22.
     */
    @Test
    void theMixedDesignSetsApartVeryDifferentHandlingTimes() {
        CenterLoad load = new CenterLoad("C", "Center", 0, true);
        for (int i = 0; i < 4; i++) {
            load.add(new CenterLoad.Stream("S" + i, "short " + i, 60 * 250, 3, 1));
        }
        load.add(new CenterLoad.Stream("L", "long", 6 * 250, 60, 1));
        CenterCapacity c = CapacityCalculator.compute(load, new CapacitySettings(Staffing.Target.of(0.8, 5, 1, 0), 250, new double[] {1}, 2));
        assertEquals(25, c.specializedCounters());
        assertEquals(22, c.universalCounters());
        assertEquals(22, c.mixedCounters());
    }

    /**
     * One zone of 100,000 residents, services A (0.5 a resident, 10 min) and B (0.2, 6 min) bundled, at one center:
     * 50,000 + 20,000 visits; half of the 20,000 life events done in one visit saves 10,000 visits, leaving 40,000 A,
     * 10,000 B and 10,000 bundle visits of 10 + 6 − 2 = 14 minutes.
     */
    @Test
    void bundlingSavesVisitsAndMovesTheirHandlingTime() {
        NafithaFactory f = NafithaFactory.eINSTANCE;
        Scenario s = f.createScenario();
        s.setCode("bundle");
        s.setParameters(f.createPlanningParameters());
        Agency agency = f.createAgency();
        agency.setCode("AG");
        s.getAgencies().add(agency);
        Service a = service(f, "A", agency, 0.5, 10);
        Service b = service(f, "B", agency, 0.2, 6);
        s.getServices().addAll(List.of(a, b));
        ServiceBundle bundle = f.createServiceBundle();
        bundle.setCode("AB");
        bundle.getServices().addAll(List.of(a, b));
        s.getBundles().add(bundle);
        DemandZone z = f.createDemandZone();
        z.setCode("Z");
        z.setPopulation(100_000);
        z.setLatitude(31.95);
        z.setLongitude(35.93);
        s.getDemandZones().add(z);
        ServiceCenter c = f.createServiceCenter();
        c.setCode("C");
        c.setLatitude(31.96);
        c.setLongitude(35.92);
        c.getServicesOffered().addAll(List.of(a, b));
        s.getCenters().add(c);
        CapacityResult r = new CapacityAnalyzer().analyze(new AnalysisContext(s, Map.of()), new NullProgressMonitor());
        CenterCapacity center = r.centers().get(0);
        assertEquals(10_000, center.visitsSaved(), 1e-6);
        assertEquals(60_000, center.annualVisits(), 1e-6);
        assertEquals(10_000, r.totals().visitsSaved(), 1e-6);
        // the day's mean handling time: (40,000 × 10 + 10,000 × 6 + 10,000 × 14) / 60,000 = 10 minutes
        double perHour = 60_000.0 / 250 / 7;
        assertEquals(perHour * 10 / 60, center.intervals().stream().mapToDouble(CenterCapacity.Interval::load).average().orElseThrow(), 1e-9);
        CapacityResult none = new CapacityAnalyzer().analyze(new AnalysisContext(s, Map.of("capacity.bundleUptake", "0")),
                new NullProgressMonitor());
        assertEquals(70_000, none.centers().get(0).annualVisits(), 1e-6);
    }

    /**
     * A zone of 100,000 residents living 70 % in a town by center N (north) and 30 % in a village by center S (south),
     * its own point by N: service A (0.5 visits a resident a year, none online) gives 50,000 visits, of which the town
     * takes 35,000 to N and the village 15,000 to S (hand computation: 0.5 x 100,000 x share). Before settlements all
     * 50,000 went to N.
     */
    @Test
    void visitsArisePlaceByPlace() {
        NafithaFactory f = NafithaFactory.eINSTANCE;
        Scenario s = scenario(f, "places");
        Agency agency = s.getAgencies().get(0);
        Service a = service(f, "A", agency, 0.5, 10);
        s.getServices().add(a);
        s.getDemandZones().add(townAndVillage(f));
        for (String[] c : new String[][] {{"N", "32.01"}, {"S", "31.01"}}) {
            ServiceCenter center = f.createServiceCenter();
            center.setCode(c[0]);
            center.setLatitude(Double.parseDouble(c[1]));
            center.setLongitude(36.0);
            center.getServicesOffered().add(a);
            s.getCenters().add(center);
        }
        CapacityResult r = new CapacityAnalyzer().analyze(new AnalysisContext(s, Map.of()), new NullProgressMonitor());
        assertEquals(35_000, r.byCode().get("N").annualVisits(), 1e-6);
        assertEquals(15_000, r.byCode().get("S").annualVisits(), 1e-6);
    }

    @Test
    void eachServiceGoesToTheNearestCenterOfferingIt() {
        // hand computation: 100,000 residents, A at 0.5 and B at 0.2 a head give 50,000 and 20,000 visits; the town
        // (70 %) is next to N, which offers A only, so its B visits go south; S and S2 stand at the same spot and offer
        // the same, so every tie goes to S, listed first: N = 0.7 x 50,000 = 35,000; S = 0.3 x 50,000 + 20,000 = 35,000
        NafithaFactory f = NafithaFactory.eINSTANCE;
        Scenario s = scenario(f, "offers");
        Agency agency = s.getAgencies().get(0);
        Service a = service(f, "A", agency, 0.5, 10);
        Service b = service(f, "B", agency, 0.2, 10);
        s.getServices().add(a);
        s.getServices().add(b);
        s.getDemandZones().add(townAndVillage(f));
        for (String[] c : new String[][] {{"N", "32.01", "A"}, {"S", "31.01", "AB"}, {"S2", "31.01", "AB"}}) {
            ServiceCenter center = f.createServiceCenter();
            center.setCode(c[0]);
            center.setLatitude(Double.parseDouble(c[1]));
            center.setLongitude(36.0);
            center.getServicesOffered().add(a);
            if (c[2].contains("B")) {
                center.getServicesOffered().add(b);
            }
            s.getCenters().add(center);
        }
        CapacityResult r = new CapacityAnalyzer().analyze(new AnalysisContext(s, Map.of()), new NullProgressMonitor());
        assertEquals(35_000, r.byCode().get("N").annualVisits(), 1e-6);
        assertEquals(35_000, r.byCode().get("S").annualVisits(), 1e-6);
        assertEquals(0, r.byCode().get("S2").annualVisits(), 1e-6);
    }

    /** An empty scenario with its parameters and one agency, AG. */
    private static Scenario scenario(NafithaFactory f, String code) {
        Scenario s = f.createScenario();
        s.setCode(code);
        s.setParameters(f.createPlanningParameters());
        Agency agency = f.createAgency();
        agency.setCode("AG");
        s.getAgencies().add(agency);
        return s;
    }

    /** Zone Z of 100,000 residents: 70 % in a town at latitude 32.0, 30 % in a village at 31.0 (longitude 36.0). */
    private static DemandZone townAndVillage(NafithaFactory f) {
        DemandZone z = f.createDemandZone();
        z.setCode("Z");
        z.setPopulation(100_000);
        z.setLatitude(32.0);
        z.setLongitude(36.0);
        z.getSettlements().add(settlement(f, "TOWN", 0.7, 32.0));
        z.getSettlements().add(settlement(f, "VILLAGE", 0.3, 31.0));
        return z;
    }

    private static Settlement settlement(NafithaFactory f, String code, double share, double lat) {
        Settlement st = f.createSettlement();
        st.setCode(code);
        st.setShare(share);
        st.setLatitude(lat);
        st.setLongitude(36.0);
        return st;
    }

    private static Service service(NafithaFactory f, String code, Agency agency, double rate, double minutes) {
        Service s = f.createService();
        s.setCode(code);
        s.setAgency(agency);
        s.setPerCapitaRate(rate);
        s.setMeanHandlingMinutes(minutes);
        s.setHandlingTimeCv(1);
        return s;
    }

    @Test
    void theSampleHasACapacityForEveryOpenCenter() {
        Scenario s = SampleScenario.create();
        CapacityResult r = new CapacityAnalyzer().analyze(new AnalysisContext(s, Map.of()), new NullProgressMonitor());
        List<ServiceCenter> open = s.getCenters().stream()
                .filter(c -> c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED).toList();
        assertEquals(open.size(), r.centers().size());
        CapacityResult.Totals t = r.totals();
        assertTrue(t.annualVisits() > 1_000_000, "in-person visits a year " + t.annualVisits());
        assertTrue(t.visitsSaved() > 0, "the sample's comprehensive centers complete bundles");
        assertTrue(t.universalCounters() <= t.specializedCounters(), "pooling never needs more counters here");
        assertEquals(t.existingCounters(), open.stream().mapToInt(c -> c.getCounters().size()).sum());
        for (CenterCapacity c : r.centers()) {
            assertEquals(7, c.intervals().size(), "the sample's 7 working hours");
            int busiest = c.intervals().stream().mapToInt(CenterCapacity.Interval::requiredCounters).max().orElse(0);
            assertEquals(busiest, c.requiredCounters(), c.code());
            assertTrue(c.requiredStaff() >= c.requiredCounters());
        }
        // every visit is either at a center or unserved: the in-person demand is conserved by the allocation
        Scenario again = SampleScenario.create();
        again.getCenters().forEach(c -> c.getServicesOffered().clear());
        CapacityResult none = new CapacityAnalyzer().analyze(new AnalysisContext(again, Map.of()), new NullProgressMonitor());
        assertEquals(0, none.totals().annualVisits(), 1e-6);
        assertEquals(t.annualVisits() + t.visitsSaved() + r.unservedVisits(), none.unservedVisits(), 1e-3 * none.unservedVisits());
    }

    @Test
    void coverageTakesTheCentersDailyCapacityAsTheirSupply() {
        Scenario s = SampleScenario.create();
        AnalysisRunner runner = new AnalysisRunner(List.of(
                new AnalyzerDescriptor(CapacityAnalyzer.ID, "Capacity", List.of(), CapacityAnalyzer::new),
                new AnalyzerDescriptor(CoverageAnalyzer.ID, "Coverage", List.of(CapacityAnalyzer.ID), CoverageAnalyzer::new)));
        AnalysisContext context = runner.run(new AnalysisContext(s, Map.of()), List.of(CoverageAnalyzer.ID), new NullProgressMonitor());
        CapacityResult capacity = context.result(CapacityAnalyzer.ID, CapacityResult.class).orElseThrow();
        CoverageResult coverage = context.result(CoverageAnalyzer.ID, CoverageResult.class).orElseThrow();
        CenterCapacity first = capacity.centers().get(0);
        CoverageResult.Center c = coverage.centers().stream().filter(x -> x.code().equals(first.code())).findFirst().orElseThrow();
        assertEquals(first.dailyCapacity(), c.supply(), 1e-9);
    }

    @Test
    void patienceMakesCitizensLeaveAndTheAnalysisSaysSo() {
        Scenario s = SampleScenario.create();
        CapacityResult r = new CapacityAnalyzer().analyze(new AnalysisContext(s, Map.of("capacity.patienceMinutes", "20")),
                new NullProgressMonitor());
        assertTrue(r.centers().stream().flatMap(c -> c.intervals().stream()).anyMatch(i -> i.abandonment() > 0),
                "some overloaded hour loses citizens");
    }
}
