package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import org.nafitha.card.CardResult;
import org.nafitha.card.report.CardReport;
import org.nafitha.model.Scenario;

/** Writes the card's HTML and PDF reports (org.nafitha.card.report) beside card.json. */
final class CardReports {

    private CardReports() {
    }

    static void write(CardResult card, Scenario scenario, Map<String, Object> results, Path dir, String lang, PrintStream out) throws IOException {
        CardReport.Output o = CardReport.write(card, scenario, results, dir, lang);
        out.println("wrote " + o.html() + (o.pdf() == null ? "" : " and " + o.pdf()) + " with " + o.images().size() + " images");
    }
}
