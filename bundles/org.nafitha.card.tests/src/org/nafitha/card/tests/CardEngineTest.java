package org.nafitha.card.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.card.CardCatalog;
import org.nafitha.card.CardEngine;
import org.nafitha.card.CardInput;
import org.nafitha.card.CardJson;
import org.nafitha.card.CardResult.CenterCard;
import org.nafitha.card.CardResult;
import org.nafitha.card.CardSettings;
import org.nafitha.card.Direction;
import org.nafitha.card.Measure;
import org.nafitha.card.Scoring;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.core.AnalyzerDescriptor;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Scenario;
import org.nafitha.model.Score;
import org.nafitha.model.ServiceCenter;

/**
 * The card's arithmetic on a catalog made in code: two dimensions A and B of equal weight, indicators scored
 * {@code linear 0 100} (score = value), values set per center and indicator.
 */
class CardEngineTest {

    private final Scenario scenario = NafithaFactory.eINSTANCE.createScenario();
    /** value per center code and indicator id; absent = missing. */
    private final Map<String, Map<String, Double>> values = new HashMap<>();

    private CardCatalog catalog() {
        Scoring identity = Scoring.linear(0, 100);
        List<CardCatalog.Dimension> dims = List.of(new CardCatalog.Dimension("A", "A", "أ", 50, 1), new CardCatalog.Dimension("B", "B", "ب", 50, 2));
        List<CardCatalog.Definition> inds = List.of(def("a1", "A", identity), def("a2", "A", identity), def("b1", "B", identity));
        return new CardCatalog(dims, inds);
    }

    private CardCatalog.Definition def(String id, String dim, Scoring scoring) {
        return new CardCatalog.Definition(id, dim, id, id, "score", Direction.HIGHER, scoring, 1, 0, (in, c) -> {
            Double v = values.getOrDefault(c.getCode(), Map.of()).get(id);
            return v == null ? Measure.missing("no " + id + " data") : Measure.of(v, "given");
        });
    }

    private void center(String code, Double a1, Double a2, Double b1) {
        ServiceCenter c = NafithaFactory.eINSTANCE.createServiceCenter();
        c.setCode(code);
        c.setKind(CenterKind.COMPREHENSIVE_CENTER);
        c.setStatus(CenterStatus.EXISTING);
        scenario.getCenters().add(c);
        Map<String, Double> v = new HashMap<>();
        if (a1 != null) {
            v.put("a1", a1);
        }
        if (a2 != null) {
            v.put("a2", a2);
        }
        if (b1 != null) {
            v.put("b1", b1);
        }
        values.put(code, v);
    }

    private CardResult compute(CardSettings settings) {
        return new CardEngine(catalog()).compute(new CardInput(scenario, Map.of()), settings, new NullProgressMonitor());
    }

    @Test
    void scoresAndPullDown() {
        // A = (80 + 40) / 2 = 60, B = 100; overall (60 + 100) / 2 = 80 -> 6 stars (80 <= 80 < 90)
        center("X", 80.0, 40.0, 100.0);
        CenterCard x = compute(CardSettings.defaults()).centers().get(0);
        assertEquals(60, x.dimension("A").score(), 1e-9);
        assertEquals(100, x.dimension("B").score(), 1e-9);
        assertEquals(80, x.overall(), 1e-9);
        assertEquals(6, x.rating());
        assertEquals(1, x.completeness(), 1e-9);
        // points lost: a2 = 0.5 × 0.5 × (100 - 40) = 15; a1 = 0.5 × 0.5 × 20 = 5; b1 loses nothing
        assertEquals(2, x.pullDown().size());
        assertEquals("a2", x.pullDown().get(0).indicator());
        assertEquals(15, x.pullDown().get(0).pointsLost(), 1e-9);
        assertEquals(5, x.pullDown().get(1).pointsLost(), 1e-9);
    }

    @Test
    void weakestLinkCapsTheRating() {
        // A = 95, B = 35: overall 65 -> 4 stars alone; B rates 1 (35 < 40), so with the weakest link at most 2
        center("W", 95.0, 95.0, 35.0);
        // A = 90, B = 75: overall 82.5 -> 6; the weakest (B, 5 stars) allows 6: no cap
        center("V", 90.0, 90.0, 75.0);
        CardResult free = compute(CardSettings.defaults());
        assertEquals(4, free.centers().get(0).rating());
        assertNull(free.centers().get(0).note());
        CardResult capped = compute(CardSettings.defaults().withWeakestLink(true));
        CenterCard w = capped.centers().get(0);
        assertEquals(65, w.overall(), 1e-9);
        assertEquals(4, w.uncappedRating());
        assertEquals(2, w.rating());
        assertTrue(w.note().contains("weakest link") && w.note().contains("B"), w.note());
        CenterCard v = capped.centers().get(1);
        assertEquals(6, v.rating());
        assertNull(v.note());
        assertTrue(capped.weakestLink());
    }

    @Test
    void weakestLinkFromTheScenarioParameters() {
        center("W", 95.0, 95.0, 35.0);
        scenario.setParameters(NafithaFactory.eINSTANCE.createPlanningParameters());
        scenario.getParameters().setCardWeakestLink(true);
        assertEquals(2, compute(CardSettings.of(scenario)).centers().get(0).rating());
    }

    @Test
    void missingIsShownAsMissingAndNeverScored() {
        // a2 missing: A = a1 alone = 80 (not (80 + 0) / 2 = 40, not (80 + 100) / 2 = 90)
        center("M", 80.0, null, 60.0);
        CenterCard m = compute(CardSettings.defaults()).centers().get(0);
        CardResult.IndicatorValue a2 = m.indicator("a2");
        assertTrue(a2.isMissing());
        assertNull(a2.value());
        assertNull(a2.score());
        assertEquals("no a2 data", a2.missing());
        assertEquals(80, m.dimension("A").score(), 1e-9);
        assertEquals(1, m.dimension("A").indicatorsScored());
        assertEquals(2, m.dimension("A").indicatorsTotal());
        assertEquals(70, m.overall(), 1e-9);
    }

    @Test
    void aDimensionWithoutDataIsLeftOutAndCompletenessSaysSo() {
        // B missing: overall = A = 70 over half the weight; completeness 0.5 meets the default minimum
        center("H", 70.0, 70.0, null);
        CenterCard h = compute(CardSettings.defaults()).centers().get(0);
        assertTrue(h.dimension("B").isMissing());
        assertNull(h.dimension("B").rating());
        assertEquals(0.5, h.completeness(), 1e-9);
        assertEquals(70, h.overall(), 1e-9);
        assertEquals(5, h.rating());
        // weigh A at 1 and B at 3: only a quarter of the weight has data -> not rated, and the note names what is missing
        CardResult r = compute(CardSettings.defaults().withWeight("A", 1).withWeight("B", 3));
        CenterCard u = r.centers().get(0);
        assertFalse(u.isRated());
        assertNull(u.overall());
        assertEquals(0.25, u.completeness(), 1e-9);
        assertTrue(u.note().startsWith("not rated") && u.note().contains("B"), u.note());
        assertEquals(1, r.national().unrated());
    }

    @Test
    void weightsFromTheScenarioAreChecked() {
        center("X", 80.0, 40.0, 100.0);
        scenario.setParameters(NafithaFactory.eINSTANCE.createPlanningParameters());
        Score w = NafithaFactory.eINSTANCE.createScore();
        w.setDimension("A");
        w.setValue(3);
        scenario.getParameters().getCardWeights().add(w);
        Score wb = NafithaFactory.eINSTANCE.createScore();
        wb.setDimension("B");
        wb.setValue(1);
        scenario.getParameters().getCardWeights().add(wb);
        // A = 60 weighs 3, B = 100 weighs 1: (180 + 100) / 4 = 70
        assertEquals(70, compute(CardSettings.of(scenario)).centers().get(0).overall(), 1e-9);
        w.setDimension("Q");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> compute(CardSettings.of(scenario)));
        assertTrue(e.getMessage().contains("'Q'") && e.getMessage().contains("[A, B]"), e.getMessage());
        w.setDimension("A");
        w.setValue(-1);
        assertThrows(IllegalArgumentException.class, () -> CardSettings.of(scenario));
    }

    @Test
    void nationalDistributionAndJson() throws Exception {
        center("X", 80.0, 40.0, 100.0); // 80 -> 6
        center("Y", 30.0, 30.0, 50.0); // 40 -> 2
        center("Z", null, null, null); // nothing -> unrated
        CardResult r = compute(CardSettings.defaults());
        assertEquals(1, r.national().ratingCounts()[5]);
        assertEquals(1, r.national().ratingCounts()[1]);
        assertEquals(1, r.national().unrated());
        assertEquals(60, r.national().meanScore(), 1e-9);
        assertEquals(List.of("Y", "X"), r.national().weakest().stream().map(CenterCard::code).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CardJson.write(r, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"code\" : \"Z\""), json);
        assertTrue(json.contains("\"rating\" : null"), "an unrated center has a null rating");
        assertTrue(json.contains("\"missing\" : \"no a1 data\""));
        assertTrue(json.contains("\"overall\" : 80.0"));
        assertTrue(json.contains("\"unrated\" : 1"));
    }

    @Test
    void runRunsTheAnalyzersIndicatorsRequireAndSkipsOnesNoPluginContributes() {
        center("X", 80.0, 40.0, 100.0);
        List<String> ran = new ArrayList<>();
        AnalysisRunner runner = new AnalysisRunner(List.of(
                new AnalyzerDescriptor("extra.base", "base", List.of(), () -> (ctx, m) -> {
                    ran.add("extra.base");
                    return 2.0;
                }),
                new AnalyzerDescriptor("extra", "extra", List.of("extra.base"), () -> (ctx, m) -> {
                    ran.add("extra");
                    return 21.0 * ctx.result("extra.base", Double.class).orElseThrow();
                }),
                new AnalyzerDescriptor("unread", "unread", List.of(), () -> (ctx, m) -> {
                    ran.add("unread");
                    return 0.0;
                })));
        CardCatalog.Definition reads = new CardCatalog.Definition("x1", "B", "x1", "x1", "score", Direction.HIGHER, Scoring.linear(0, 100), 1, 0,
                (in, c) -> in.result("extra", Double.class).map(v -> Measure.of(v, "from extra")).orElse(Measure.missing("extra did not run")),
                List.of("extra", "not.installed"));
        CardCatalog catalog = new CardCatalog(catalog().dimensions(), List.of(catalog().indicators().get(0), reads));
        assertEquals(List.of("extra", "not.installed"), catalog.requiredAnalyzers());
        CardResult r = new CardEngine(catalog).run(scenario, runner, Map.of(), CardSettings.defaults(), new NullProgressMonitor());
        // what "extra" requires runs first; an analyzer no indicator reads does not run; an unknown one is skipped
        assertEquals(List.of("extra.base", "extra"), ran);
        assertEquals(42.0, r.centers().get(0).indicators().stream().filter(v -> v.id().equals("x1")).findFirst().orElseThrow().value(), 1e-9);
        assertFalse(r.centers().get(0).indicators().get(0).isMissing());
    }
}
