package org.nafitha.card.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.card.CardCatalog;
import org.nafitha.card.CardEngine;
import org.nafitha.card.CardResult.CenterCard;
import org.nafitha.card.CardResult;
import org.nafitha.card.CardSettings;
import org.nafitha.card.KeyFigures;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.sample.SampleScenario;

/** The card of the embedded sample, with the shipped indicators and the real coverage and capacity analyzers. */
class SampleCardTest {

    private static CardResult card(Scenario s) {
        return new CardEngine(CardCatalog.fromExtensions()).run(s, AnalysisRunner.fromExtensions(), Map.of(), CardSettings.of(s),
                new NullProgressMonitor());
    }

    @Test
    void everyOpenCenterHasACard() {
        Scenario s = SampleScenario.create();
        CardResult r = card(s);
        long open = s.getCenters().stream().filter(c -> c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED).count();
        assertEquals(open, r.centers().size());
        assertEquals(24, r.indicators().size());
        assertEquals(1, r.dimensions().stream().mapToDouble(CardResult.DimensionInfo::weightShare).sum(), 1e-9);
        int counted = r.national().unrated();
        for (int n : r.national().ratingCounts()) {
            counted += n;
        }
        assertEquals(r.centers().size(), counted);

        // Maqablin: 7 of the 10 accessibility features (centers.csv) = 70 %; its latest illustrative satisfaction survey
        // (evaluations.csv, 2026-06-16: mean 4.28 of 5) is (4.28 - 1) / 4 = 82 %
        CenterCard am = r.centers().stream().filter(c -> c.code().equals("CSC-AM")).findFirst().orElseThrow();
        assertEquals(70, am.indicator("disability.checklist").value(), 1e-9);
        assertEquals(82, am.indicator("voice.satisfaction").value(), 1e-9);
        assertTrue(am.isRated());
        assertEquals(1, am.completeness(), 1e-9);
        // Zarqa's center has its rounds (it exists since the 2022-2025 program) but no readiness assessment: the
        // readiness dimension is left out
        CenterCard zarqa = r.centers().stream().filter(c -> c.code().equals("CSC-AZ")).findFirst().orElseThrow();
        assertTrue(!zarqa.indicator("voice.satisfaction").isMissing());
        assertTrue(zarqa.dimension("readiness").isMissing());
        assertEquals(0.9, zarqa.completeness(), 1e-9);
        // an agency office without any rounds: the citizen voice is missing, with its reason
        CenterCard office = r.centers().stream().filter(c -> c.code().equals("CSPD-AQ-01")).findFirst().orElseThrow();
        assertTrue(office.indicator("voice.satisfaction").isMissing());
        assertTrue(office.dimension("voice").isMissing());

        assertTrue(r.national().population() > 11_000_000, "the 51 districts' residents");
        assertTrue(r.national().equityGini() >= 0 && r.national().equityGini() < 1);
        assertEquals(12, r.national().governorates().size());
        assertNotNull(r.national().totals());
        assertEquals(Math.min(10, r.centers().stream().filter(CenterCard::isRated).count()), r.national().weakest().size());
    }

    /** Adds universal counters to a center until its busiest hour has one more than it needs; returns how many it had. */
    private static int addCounters(Scenario s, CenterCard card) {
        ServiceCenter center = s.getCenters().stream().filter(c -> c.getCode().equals(card.code())).findFirst().orElseThrow();
        int existing = center.getCounters().size();
        // the shortfall is (required - existing) / required, so required = existing / (1 - shortfall)
        double share = card.indicator("capacity.shortfall").value() / 100;
        int required = (int) Math.round(existing / (1 - share));
        for (int i = existing; i < required + 1; i++) {
            Counter k = NafithaFactory.eINSTANCE.createCounter();
            k.setCode(center.getCode() + "-N" + i);
            k.setUniversal(true);
            k.getServices().addAll(center.getServicesOffered());
            center.getCounters().add(k);
        }
        return existing;
    }

    private static CenterCard find(CardResult r, String code) {
        return r.centers().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void addingCountersToTheWeakestCenterRaisesItsRating() {
        Scenario s = SampleScenario.create();
        CardResult before = card(s);
        // the weakest comprehensive center (the program's one-stop shops), short of counters
        CenterCard weakest = before.centers().stream().filter(c -> c.kind().equals(CenterKind.COMPREHENSIVE_CENTER.getName()) && c.isRated())
                .min(Comparator.comparingDouble(CenterCard::overall)).orElseThrow();
        assertTrue(weakest.indicator("capacity.shortfall").value() > 0, weakest.code() + " lacks counters");
        // and the weakest center of the whole network that lacks counters
        CenterCard weakestOfAll = before.national().weakest().stream().filter(c -> c.indicator("capacity.shortfall").value() > 0)
                .findFirst().orElseThrow();
        addCounters(s, weakest);
        addCounters(s, weakestOfAll);
        CardResult after = card(s);
        for (CenterCard was : List.of(weakest, weakestOfAll)) {
            CenterCard now = find(after, was.code());
            assertEquals(0, now.indicator("capacity.shortfall").value(), 1e-9, "no shortfall left");
            assertTrue(now.dimension("capacity").score() > was.dimension("capacity").score());
            assertTrue(now.overall() > was.overall(), now.overall() + " > " + was.overall());
            assertTrue(now.rating() >= was.rating(), was.code() + ": " + was.rating() + " -> " + now.rating());
            assertFalse(now.pullDown().stream().anyMatch(p -> p.indicator().equals("capacity.shortfall")));
        }
        CenterCard now = find(after, weakest.code());
        assertTrue(now.rating() > weakest.rating(), weakest.code() + ": " + weakest.rating() + " -> " + now.rating() + " stars ("
                + weakest.overall() + " -> " + now.overall() + ")");
    }

    @Test
    void keyFiguresComparedAfterAddingCounters() {
        Scenario base = SampleScenario.create();
        Scenario other = SampleScenario.create();
        ServiceCenter zarqa = other.getCenters().stream().filter(c -> c.getCode().equals("CSC-AZ")).findFirst().orElseThrow();
        for (int i = 0; i < 40; i++) {
            Counter k = NafithaFactory.eINSTANCE.createCounter();
            k.setCode("CSC-AZ-X" + i);
            k.setUniversal(true);
            k.getServices().addAll(zarqa.getServicesOffered());
            zarqa.getCounters().add(k);
        }
        KeyFigures a = KeyFigures.of(base, AnalysisRunner.fromExtensions(), CardCatalog.fromExtensions(),
                new NullProgressMonitor());
        KeyFigures b = KeyFigures.of(other, AnalysisRunner.fromExtensions(), CardCatalog.fromExtensions(),
                new NullProgressMonitor());
        Map<String, KeyFigures.Line> lines = new HashMap<>();
        a.compare(b).forEach(l -> lines.put(l.key(), l));
        // 40 more counters, and the shortfall falls by at most as many
        assertEquals(40, lines.get("counters").difference(), 1e-9);
        assertTrue(lines.get("shortfall").difference() < 0 && lines.get("shortfall").difference() >= -40, lines.get("shortfall").toString());
        // Zarqa's own card improves (the mean may not: more supply there lifts the national 2SFCA mean others are scored against)
        assertTrue(find(b.card(), "CSC-AZ").overall() > find(a.card(), "CSC-AZ").overall());
        assertTrue(Double.isFinite(lines.get("meanScore").difference()));
        // nothing moved: the same residents are within reach, and travel is unchanged
        assertEquals(0, lines.get("coveredShare").difference(), 1e-12);
        assertEquals(0, lines.get("meanTravelMinutes").difference(), 1e-9);
        assertTrue(a.meanTravelMinutes() > 0 && a.coveredShare() > 0.5 && a.coveredShare() < 1);
    }
}
