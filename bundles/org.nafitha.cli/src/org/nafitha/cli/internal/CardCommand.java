package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.nafitha.card.CardCatalog;
import org.nafitha.card.CardEngine;
import org.nafitha.card.CardJson;
import org.nafitha.card.CardResult;
import org.nafitha.card.ProgramFigures;
import org.nafitha.card.CardResult.CenterCard;
import org.nafitha.card.CardSettings;
import org.nafitha.cli.Command;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.cli.Progress;
import org.nafitha.cli.UsageException;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.OutputFiles;

/** {@code nafitha card --scenario S --out DIR}: the national card of service centers. */
public final class CardCommand implements Command {

    @Override
    public String name() {
        return "card";
    }

    @Override
    public String summary() {
        return "the national card: every center's dimension scores, overall score and rating, and the national summary";
    }

    @Override
    public String usage() {
        return "Usage: nafitha card --scenario SCENARIO --out DIR [--lang ar|en] [--weakest-link on|off] [--max-occupancy 0.85]\n"
                + ScenarioSource.OPTION_HELP + "\n" + ScenarioSource.VALIDATE_HELP + "\n"
                + "  Runs the coverage and capacity analyses, rates every open center with the indicators contributed to\n"
                + "  org.nafitha.card.indicators and writes DIR/card.json (all figures), DIR/card.html and DIR/card.pdf (the report,\n"
                + "  in Arabic by default). Dimension weights and the weakest-link rule come from the scenario's planning parameters\n"
                + "  (cardWeights, cardWeakestLink); --weakest-link overrides the rule for this run.\n" + CostOptions.HELP_SCENARIO;
    }

    @Override
    public int run(Options options, PrintStream out) {
        String name = options.required("scenario");
        Path dir = Path.of(options.required("out"));
        String lang = options.optional("lang", "ar");
        if (!lang.equals("ar") && !lang.equals("en")) {
            throw new UsageException("--lang " + lang + ": expected ar or en");
        }
        String weakest = options.optional("weakest-link", null);
        Map<String, String> analysis = new HashMap<>();
        String occupancy = options.optional("max-occupancy", null);
        if (occupancy != null) {
            NumberOptions.parse("max-occupancy", occupancy, NumberOptions.Range.between(0.01, 1, null));
            analysis.put("capacity.maxOccupancy", occupancy);
        }
        boolean noValidate = ScenarioSource.noValidate(options);
        CostOptions costs = CostOptions.read(options);
        options.checkAllKnown();
        if (weakest != null && !weakest.equals("on") && !weakest.equals("off")) {
            throw new UsageException("--weakest-link " + weakest + ": expected on or off");
        }
        Scenario scenario = ScenarioSource.loadForAnalysis(name, noValidate);
        CardSettings settings = CardSettings.of(scenario);
        if (weakest != null) {
            if (!weakest.equals("on") && !weakest.equals("off")) {
                throw new UsageException("--weakest-link " + weakest + ": expected on or off");
            }
            settings = settings.withWeakestLink(weakest.equals("on"));
        }
        long start = System.nanoTime();
        IProgressMonitor monitor = Progress.monitor("card");
        CardResult card = new CardEngine(CardCatalog.fromExtensions()).run(scenario, costs.forScenario(name, scenario),
                AnalysisRunner.fromExtensions(), analysis, settings, monitor);
        monitor.done();
        double computed = (System.nanoTime() - start) / 1e9;
        try {
            CsvOut.createDirectory(dir);
            CardJson.write(card, dir.resolve("card.json"));
            Progress.step("card", "writing the HTML and PDF reports");
            try {
                CardReports.write(card, scenario, Map.of(), dir, lang, out);
            } finally {
                Progress.endSteps();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e instanceof OutputFiles.OutputFileException ? e.getMessage()
                    : dir + ": cannot write the card: " + OutputFiles.reason(e), e);
        }
        CardResult.NationalCard n = card.national();
        out.printf(Locale.ROOT, "rated %d of %d centers in %.1f s (reports %.1f s more); mean score %s; covered %.1f%% of %,d residents; "
                + "Gini between governorates %.3f%n", card.centers().size() - n.unrated(), card.centers().size(), computed, (System.nanoTime() - start) / 1e9 - computed,
                n.meanScore() == null ? "-" : String.format(Locale.ROOT, "%.1f", n.meanScore()), 100 * n.coveredShare(), n.population(), n.equityGini());
        StringBuilder stars = new StringBuilder();
        for (int r = 0; r < n.ratingCounts().length; r++) {
            stars.append(String.format(Locale.ROOT, " %d★ %d", r + 1, n.ratingCounts()[r]));
        }
        out.println("ratings:" + stars + ", unrated " + n.unrated());
        if (card.program() != null) {
            ProgramFigures p = card.program();
            ProgramFigures.Voice v = p.national();
            out.printf(Locale.ROOT, "citizen voice (%d records): satisfaction %.2f of 5 (%.0f%%), NPS %.1f, complaints answered on time %.0f%%, "
                    + "improvements from citizens' input %.0f%%%n", v.records(), v.satisfactionMean(), v.satisfactionPercent(), v.nps(),
                    100 * v.complaintResponse(), 100 * v.improvementsFromCitizens());
            out.printf(Locale.ROOT, "program: service time %.1f -> %.1f min after re-engineering (%d services, volume-weighted); "
                    + "services digitized %.1f%% by count, %.1f%% by volume (mark 80%%); agencies applying the standards framework %.0f%%%n",
                    p.minutesBefore(), p.minutesAfter(), p.reengineeredServices(), 100 * p.digitizedByCount(), 100 * p.digitizedByVolume(),
                    100 * p.agenciesApplyingFramework());
        }
        out.println("weakest:");
        for (CenterCard c : n.weakest()) {
            out.printf(Locale.ROOT, "  %-12s %5.1f %d★  %s%n", c.code(), c.overall(), c.rating(),
                    String.join(", ", c.pullDown().stream().map(p -> String.format(Locale.ROOT, "%s (-%.1f)", p.indicator(), p.pointsLost())).toList()));
        }
        out.println("wrote " + dir.resolve("card.json"));
        return 0;
    }
}
