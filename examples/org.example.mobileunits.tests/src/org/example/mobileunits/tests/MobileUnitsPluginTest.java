package org.example.mobileunits.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.example.mobileunits.MobileReachIndicator;
import org.example.mobileunits.MobileUnitPlan;
import org.example.mobileunits.MobileUnitsAnalyzer;
import org.junit.jupiter.api.Test;
import org.nafitha.card.CardCatalog;
import org.nafitha.card.CardEngine;
import org.nafitha.card.CardInput;
import org.nafitha.card.CardResult;
import org.nafitha.card.CardSettings;
import org.nafitha.card.Measure;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.geo.Crs;
import org.nafitha.map.LayerSource;
import org.nafitha.map.LayerSources;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Projector;
import org.nafitha.model.AreaType;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.sample.SampleScenario;

/** The plugin's three contributions in a running platform, on the embedded sample scenario and on a hand-made one. */
class MobileUnitsPluginTest {

    @Test
    void theAnalyzerRoutesExactlyThePlacesCoverageFindsBeyondTheThresholdsWithinTheBudget() {
        Scenario s = SampleScenario.create();
        AnalysisContext ctx = AnalysisRunner.fromExtensions().run(new AnalysisContext(s, Map.of()), List.of(MobileUnitsAnalyzer.ID),
                new NullProgressMonitor());
        CoverageResult coverage = ctx.result("org.nafitha.coverage", CoverageResult.class).orElseThrow();
        MobileUnitPlan plan = ctx.result(MobileUnitsAnalyzer.ID, MobileUnitPlan.class).orElseThrow();
        Set<String> beyond = coverage.points().stream().filter(q -> !q.covered()).map(CoverageResult.Point::code).collect(Collectors.toSet());
        assertFalse(beyond.isEmpty(), "the sample has places beyond the thresholds");
        Set<String> routed = new java.util.HashSet<>();
        plan.routes().forEach(r -> r.days().forEach(d -> d.stops().forEach(p -> routed.add(p.code()))));
        plan.unreachable().forEach(p -> routed.add(p.code()));
        assertEquals(beyond, routed);
        for (MobileUnitPlan.Route r : plan.routes()) {
            assertTrue(r.days().size() <= 5, r.id());
            for (MobileUnitPlan.Day d : r.days()) {
                assertTrue(d.drivingHours() <= 4 + 1e-9 && d.hours() <= 8 + 1e-9, r.id() + " " + d);
                // a route keeps to one governorate
                assertTrue(d.stops().stream().allMatch(p -> p.group().equals(r.group())), r.id());
            }
        }
        // a tight budget leaves some zones unreachable
        MobileUnitPlan tight = AnalysisRunner.fromExtensions().run(new AnalysisContext(s, Map.of("mobileunits.drivingHours", "0.5")),
                List.of(MobileUnitsAnalyzer.ID), new NullProgressMonitor()).result(MobileUnitsAnalyzer.ID, MobileUnitPlan.class).orElseThrow();
        assertFalse(tight.unreachable().isEmpty());
    }

    @Test
    void theCardRunsTheAnalyzerAndShowsTheIndicator() {
        Scenario s = SampleScenario.create();
        CardCatalog catalog = CardCatalog.fromExtensions();
        assertTrue(catalog.indicators("access").stream().anyMatch(d -> d.id().equals("org.example.mobileunits.reach")));
        CardResult card = new CardEngine(catalog).run(s, AnalysisRunner.fromExtensions(), Map.of(), CardSettings.of(s), new NullProgressMonitor());
        List<CardResult.IndicatorValue> values = new ArrayList<>();
        card.centers().forEach(c -> c.indicators().stream().filter(v -> v.id().equals("org.example.mobileunits.reach")).forEach(values::add));
        assertEquals(card.centers().size(), values.size());
        assertTrue(values.stream().anyMatch(v -> !v.isMissing() && v.value() > 0), "some center has residents beyond its reach that units visit");
        assertTrue(values.stream().anyMatch(v -> !v.isMissing() && v.value() < 100), "and some center's far residents lack a unit");
        assertTrue(values.stream().anyMatch(v -> v.isMissing() && v.missing().contains("no resident")));
    }

    @Test
    void theIndicatorIsTheReachedShareOfTheCatchmentBeyondTheThresholds() {
        // one center at 0,0 and a 15 km threshold for rural zones; Z1 (100 residents) 11 km north, within it; Z2 (300)
        // 22 km and Z3 (600) 33 km north, beyond it; a route visits Z2: 300 / 900
        Scenario s = NafithaFactory.eINSTANCE.createScenario();
        PlanningParameters parameters = NafithaFactory.eINSTANCE.createPlanningParameters();
        CoverageThreshold rural = NafithaFactory.eINSTANCE.createCoverageThreshold();
        rural.setAreaType(AreaType.RURAL);
        rural.setMaxDistanceKm(15);
        rural.setSpeedKmh(60);
        parameters.getCoverageThresholds().add(rural);
        s.setParameters(parameters);
        ServiceCenter c = NafithaFactory.eINSTANCE.createServiceCenter();
        c.setCode("C");
        c.setKind(CenterKind.COMPREHENSIVE_CENTER);
        c.setStatus(CenterStatus.EXISTING);
        s.getCenters().add(c);
        List<CoverageResult.Zone> zones = new ArrayList<>();
        long[] pop = {100, 300, 600};
        for (int i = 0; i < 3; i++) {
            DemandZone z = NafithaFactory.eINSTANCE.createDemandZone();
            z.setCode("Z" + (i + 1));
            z.setLatitude(0.1 * (i + 1));
            z.setAreaType(AreaType.RURAL);
            s.getDemandZones().add(z);
            zones.add(new CoverageResult.Zone(z.getCode(), z.getCode(), null, pop[i], "RURAL", "C", 10 * (i + 1), 12 * (i + 1), i == 0, 0));
        }
        CoverageResult coverage = new CoverageResult("e2sfca", 0, "counters", zones, List.of(), List.of(), List.of(), null, List.of());
        MobileUnitPlan.Place depot = new MobileUnitPlan.Place("C", "C", "", 0, 0, 0);
        MobileUnitPlan.Place z2 = new MobileUnitPlan.Place("Z2", "Z2", "", 0.2, 0, 300);
        MobileUnitPlan plan = new MobileUnitPlan(List.of(new MobileUnitPlan.Route("C/1", "", depot,
                List.of(new MobileUnitPlan.Day(1, "Sunday", List.of(z2), 44, 0.7, 3.7)))), List.of(), org.example.mobileunits.RouteBuilder.Settings.defaults());
        Measure m = new MobileReachIndicator().measure(new CardInput(s, Map.of("org.nafitha.coverage", coverage, MobileUnitsAnalyzer.ID, plan)), c);
        assertEquals(100.0 / 3, m.value(), 1e-9);
        assertTrue(m.detail().startsWith("1 of 2 zones"), m.detail());
        assertTrue(new MobileReachIndicator().measure(new CardInput(s, Map.of("org.nafitha.coverage", coverage)), c).isMissing());
    }

    @Test
    void theMapShowsTheToursAndStops() {
        Scenario s = SampleScenario.create();
        AnalysisContext ctx = AnalysisRunner.fromExtensions().run(new AnalysisContext(s, Map.of()), List.of(MobileUnitsAnalyzer.ID),
                new NullProgressMonitor());
        List<String> problems = new ArrayList<>();
        Map<String, LayerSource> sources = LayerSources.fromExtensions(problems);
        assertEquals(List.of(), problems);
        LayerSource routes = sources.get("org.example.mobileunits.routes");
        List<MapLayer> layers = routes.layers(new LayerSource.Input(s, ctx.results(), new Projector(Crs.of(Crs.UTM_36N))));
        assertEquals(List.of("org.example.mobileunits.tours", "org.example.mobileunits.stops"), layers.stream().map(MapLayer::id).toList());
        MobileUnitPlan plan = ctx.result(MobileUnitsAnalyzer.ID, MobileUnitPlan.class).orElseThrow();
        assertEquals(plan.routes().stream().mapToInt(r -> r.days().size()).sum(), layers.get(0).features().size());
        // no plan, no layers
        assertTrue(routes.layers(new LayerSource.Input(s, Map.of(), new Projector(Crs.of(Crs.UTM_36N)))).isEmpty());
    }
}
