package org.nafitha.card.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nafitha.card.CardCatalog;
import org.nafitha.card.RatingScale;
import org.nafitha.card.Scoring;

/** The scoring functions, and each shipped indicator's scoring as declared in plugin.xml, on hand-computed cases. */
class ScoringTest {

    private static final Map<String, CardCatalog.Definition> SHIPPED = CardCatalog.fromExtensions().indicators().stream()
            .collect(Collectors.toMap(CardCatalog.Definition::id, d -> d));

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource({
        // linear 40 100: (70 - 40) / 60 = 0.5
        "access.covered, 70, 50", "access.covered, 30, 0", "access.covered, 100, 100",
        // linear 60 15: (30 - 60) / (15 - 60) = 2/3
        "access.travel, 30, 66.666667", "access.travel, 10, 100", "access.travel, 75, 0",
        // points 0:0 50:40 100:80 150:100: 75 is halfway from 50 (40) to 100 (80) = 60; 200 beyond the end = 100
        "access.2sfca, 75, 60", "access.2sfca, 200, 100",
        // points 0:0 40:40 70:100 85:100 100:40 120:0: 78 in the band = 100; 92.5 halfway 85..100 = 70; 55 halfway 40..70 = 70
        "capacity.utilization, 78, 100", "capacity.utilization, 92.5, 70", "capacity.utilization, 55, 70", "capacity.utilization, 130, 0",
        // points 0:100 5:100 15:60 30:20 60:0: 10 halfway 5..15 = 80; 45 halfway 30..60 = 10
        "capacity.wait, 10, 80", "capacity.wait, 45, 10", "capacity.wait, 240, 0",
        // points 0:0 50:30 80:90 95:100: 65 halfway 50..80 = 60
        "capacity.serviceLevel, 65, 60", "capacity.serviceLevel, 100, 100",
        // linear 50 0: (10 - 50) / (0 - 50) = 0.8
        "capacity.shortfall, 10, 80", "capacity.shortfall, 0, 100",
        // points 0:0 10:40 50:80 100:100: 30 halfway 10..50 = 60
        "breadth.services, 30, 60", "breadth.services, 153, 100",
        // points 0:0 1:20 5:60 15:90 25:100: 10 halfway 5..15 = 75; 1 = 20
        "breadth.agencies, 10, 75", "breadth.agencies, 1, 20",
        "breadth.bundles, 25, 25",
        // linear 0 80: 20 / 80 = 0.25
        "breadth.demand, 20, 25",
        "window.universal, 60, 60",
        // linear 0 15: 6 / 15 = 0.4
        "window.bundling, 6, 40",
        "disability.checklist, 70, 70",
        // steps >=2:100 >=1:70 else:0
        "disability.counters, 0, 0", "disability.counters, 1, 70", "disability.counters, 3, 100",
        "readiness.infrastructure, 55, 55", "readiness.equipment, 80, 80", "readiness.connectivity, 0, 0",
        // linear 50 95: (77 - 50) / 45 = 0.6
        "voice.satisfaction, 77, 60",
        // linear 40 95: (73 - 40) / 55 = 0.6
        "voice.mysteryShopper, 73, 60", "voice.volunteerVisitor, 73, 60", "voice.selfAssessment, 73, 60",
        // linear -20 60: (20 + 20) / 80 = 0.5
        "voice.nps, 20, 50", "voice.nps, -50, 0",
        // linear 50 100: (90 - 50) / 50 = 0.8
        "voice.complaints, 90, 80" })
    void shippedScoring(String indicator, double value, double expected) {
        CardCatalog.Definition d = SHIPPED.get(indicator);
        assertEquals(expected, d.scoring().score(value), 1e-6, indicator + " scored by " + d.scoring());
    }

    @Test
    void everyShippedIndicatorIsTested() {
        // the 24 indicators of the seven dimensions: 3 + 4 + 4 + 2 + 2 + 3 + 6
        assertEquals(24, SHIPPED.size());
        assertEquals(7, CardCatalog.fromExtensions().dimensions().size());
        assertEquals(100, CardCatalog.fromExtensions().dimensions().stream().mapToDouble(CardCatalog.Dimension::weight).sum(), 1e-9);
    }

    @Test
    void badScoringTextSaysWhatWasExpected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scoring.parse("linear 10")).getMessage().contains("WORST BEST"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scoring.parse("points 10:0 5:100")).getMessage().contains("ascending"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scoring.parse("points 0:0 5:120")).getMessage().contains("0 to 100"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scoring.parse("steps >=5:100")).getMessage().contains("else:S"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scoring.parse("steps =5:100 else:0")).getMessage().contains(">=T:S"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scoring.parse("curve 1 2")).getMessage().contains("linear, points or steps"));
        assertThrows(IllegalArgumentException.class, () -> Scoring.linear(5, 5));
        assertThrows(IllegalArgumentException.class, () -> Scoring.parse("linear 0 10").score(Double.NaN));
    }

    @Test
    void stepsTakeTheFirstThresholdMet() {
        Scoring s = Scoring.parse("steps <=5:100 <15:60 else:10");
        assertEquals(100, s.score(5));
        assertEquals(60, s.score(14.9));
        assertEquals(10, s.score(15));
        assertEquals("steps <=5:100 <15:60 else:10", s.toString());
    }

    @Test
    void sevenStars() {
        // 1 below 40, then one step per 10 points: 40 -> 2, 65 -> 4, 89.99 -> 6, 90 -> 7
        RatingScale s = RatingScale.STARS_7;
        assertEquals(1, s.rating(0));
        assertEquals(1, s.rating(39.99));
        assertEquals(2, s.rating(40));
        assertEquals(4, s.rating(65));
        assertEquals(6, s.rating(89.99));
        assertEquals(7, s.rating(90));
        assertEquals(7, s.rating(100));
        assertThrows(IllegalArgumentException.class, () -> new RatingScale("bad", new double[] { 0, 50, 40 }));
    }
}
