package org.nafitha.card.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nafitha.card.CardResult;
import org.nafitha.card.report.CardReport;
import org.nafitha.model.Scenario;
import org.nafitha.sample.SampleScenario;

/**
 * Writes reports to look at into {@code target/card-report/} (kept after the build): the hand-made card in both
 * languages, and a card of every open center of the sample scenario with made-up values, which also shows how long a
 * national-size report takes.
 */
class ReportPreviewTest {

    private static final Path OUT = Path.of("target/card-report");

    @Test
    void handMadeCardInBothLanguages() throws Exception {
        Scenario sample = SampleScenario.create();
        for (String lang : new String[] { "ar", "en" }) {
            CardReport.Output out = CardReport.write(Cards.handMade(), sample, Map.of(), OUT.resolve("hand-" + lang), lang,
                    CardReport.Options.defaults().withDate(LocalDate.of(2026, 3, 1)));
            assertTrue(Files.size(out.pdf()) > 10_000, out.pdf().toString());
        }
    }

    @Test
    void everyCenterOfTheSampleWithMadeUpValues() throws Exception {
        Scenario sample = SampleScenario.create();
        CardResult card = Cards.madeUpFor(sample);
        assertTrue(card.centers().size() > 100, "centers: " + card.centers().size());
        for (String lang : new String[] { "ar", "en" }) {
            long start = System.nanoTime();
            CardReport.Output out = CardReport.write(card, sample, Map.of(), OUT.resolve("sample-" + lang), lang,
                    CardReport.Options.defaults().withDate(LocalDate.of(2026, 3, 1)));
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("card report (%s) of %d centers: %d ms, %s (%,d bytes)%n", lang, card.centers().size(), ms, out.pdf(),
                    Files.size(out.pdf()));
            assertTrue(ms < 120_000, "a national report in under two minutes: " + ms + " ms");
        }
    }
}
