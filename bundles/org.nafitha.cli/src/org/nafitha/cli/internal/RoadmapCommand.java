package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.nafitha.card.CardCatalog;
import org.nafitha.cli.Command;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.cli.Progress;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.geo.CostTable;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.OutputFiles;
import org.nafitha.roadmap.RoadmapEngine;
import org.nafitha.roadmap.RoadmapJson;
import org.nafitha.roadmap.RoadmapPlan;
import org.nafitha.roadmap.RoadmapResult;
import org.nafitha.roadmap.RoadmapResult.Year;
import org.nafitha.roadmap.report.RoadmapReport;

/**
 * {@code nafitha roadmap --scenario S --out DIR [--from Y] [--to Y] [--lang ar|en] [--propose-phasing ...]}: the roadmap
 * year by year, optionally after proposing which candidate sites to open in which year ({@link RoadmapPhasing}).
 */
public final class RoadmapCommand implements Command {

    @Override
    public String name() {
        return "roadmap";
    }

    @Override
    public String summary() {
        return "the roadmap year by year: each year's network, indicators against targets, spending against budget";
    }

    @Override
    public String usage() {
        return "Usage: nafitha roadmap --scenario SCENARIO --out DIR [--from 2026] [--to 2029] [--lang ar|en] [--costs FILE]\n"
                + "       nafitha roadmap --scenario SCENARIO --propose-phasing --problem mclp|pmedian [--radius-km R] [--time-limit S]\n"
                + "                       [--seed N] [--all-kinds] [--residents-only] --out DIR [--from ...] [--lang ...]\n"
                + ScenarioSource.OPTION_HELP + "\n"
                + "  --from, --to   the years to evaluate (default: the roadmap's horizon); --to past the plan's last year projects\n"
                + "                 demand with no new actions\n"
                + "  --lang         the report's language, ar (default, right to left) or en\n"
                + CostOptions.HELP_SCENARIO + "\n"
                + "  Applies the scenario's roadmap year by year (actions up to the year, demand grown, digital shift), runs the\n"
                + "  coverage, capacity and card analyses (and contributed analyzers) on each year, and writes DIR/roadmap.json,\n"
                + "  DIR/roadmap.csv (one row per year and indicator), DIR/roadmap.html and DIR/roadmap.pdf. Exits 1 when an\n"
                + "  action names an unknown or closed object, a year is outside the horizon or a cost does not parse.\n"
                + RoadmapPhasing.HELP + "\n"
                + "  With --propose-phasing it exits 1 when the scenario has no roadmap, no capital budget or no candidate site.";
    }

    @Override
    public int run(Options options, PrintStream out) {
        String name = options.required("scenario");
        Path dir = Path.of(options.required("out"));
        String lang = options.optional("lang", "ar");
        if (!lang.equals("ar") && !lang.equals("en")) {
            throw new UsageException("--lang " + lang + ": expected ar or en");
        }
        String fromText = options.optional("from", null);
        String toText = options.optional("to", null);
        CostOptions costOptions = CostOptions.read(options);
        RoadmapPhasing.Request phasing = RoadmapPhasing.read(options);
        options.checkAllKnown();
        Scenario scenario = ScenarioSource.loadForAnalysis(name, false);
        if (scenario.getRoadmap() == null) {
            throw new IllegalStateException(name + ": the scenario has no roadmap (a horizon, actions, costs, budgets and targets)");
        }
        CostTable costs = costOptions.forScenario(name, scenario);
        RoadmapPlan plan = RoadmapPlan.of(scenario);
        int from = fromText == null ? plan.firstYear() : (int) NumberOptions.parseWhole("from", fromText, 1900, 2200);
        int to = toText == null ? Math.max(from, plan.lastYear()) : (int) NumberOptions.parseWhole("to", toText, 1900, 2200);
        if (from < plan.firstYear()) {
            throw new UsageException("--from " + from + ": the roadmap starts in " + plan.firstYear());
        }
        if (to < from) {
            throw new UsageException("--to " + to + ": before --from " + from);
        }
        if (to - from > 50) {
            throw new UsageException("--to " + to + ": at most 50 years after --from " + from);
        }
        if (phasing != null) {
            RoadmapPhasing.propose(phasing, scenario, dir, out);
        }
        long start = System.nanoTime();
        IProgressMonitor monitor = Progress.monitor("roadmap");
        RoadmapResult result = new RoadmapEngine(AnalysisRunner.fromExtensions(), CardCatalog.fromExtensions()).run(scenario, costs, from, to,
                Runtime.getRuntime().availableProcessors(), monitor);
        monitor.done();
        double computed = (System.nanoTime() - start) / 1e9;
        try {
            CsvOut.createDirectory(dir);
            RoadmapJson.write(result, dir.resolve("roadmap.json"));
            RoadmapJson.writeCsv(result, dir.resolve("roadmap.csv"));
            Progress.step("roadmap", "writing the HTML and PDF reports");
            try {
                RoadmapReport.Output o = RoadmapReport.write(result, scenario, dir, lang, LocalDate.now());
                out.println("wrote " + o.html() + " and " + o.pdf() + " with " + o.images().size() + " images");
            } finally {
                Progress.endSteps();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e instanceof OutputFiles.OutputFileException ? e.getMessage()
                    : dir + ": cannot write the roadmap: " + OutputFiles.reason(e), e);
        }
        out.printf(Locale.ROOT, "evaluated %d years (%d-%d) in %.1f s (reports %.1f s more); targets met %d, missed %d%s%n", result.years().size(),
                from, to, computed, (System.nanoTime() - start) / 1e9 - computed, result.targetsMet(), result.targetsMissed(),
                costs == null ? "" : "; travel costs from the cost table (" + costs.unit().symbol() + ")");
        for (Year y : result.years()) {
            out.printf(Locale.ROOT, "  %d  residents %,d  centers %d  counters %d/%d  covered %.1f%%  capex %,.0f%s  opex %,.0f%s%n", y.year(),
                    y.population(), y.centersOpen(), y.counters(), y.countersNeeded(), 100 * y.coveredShare(), y.capex(),
                    budget(y.budgetCapex(), y.capexOverBudget()), y.opex(), budget(y.budgetOpex(), y.opexOverBudget()));
        }
        out.println("wrote " + dir.resolve("roadmap.json") + " and " + dir.resolve("roadmap.csv"));
        return 0;
    }

    private static String budget(Double budget, Double over) {
        if (budget == null) {
            return " (no budget)";
        }
        return over != null && over > 0 ? String.format(Locale.ROOT, " (budget %,.0f: OVER by %,.0f)", budget, over)
                : String.format(Locale.ROOT, " (budget %,.0f)", budget);
    }
}
