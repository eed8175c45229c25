package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.cli.Progress;
import org.nafitha.cli.UsageException;
import org.nafitha.locate.Problem;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.roadmap.PhasingProposal;

/**
 * {@code nafitha roadmap --propose-phasing ...}: reads the phasing options, asks the roadmap engine's
 * {@link PhasingProposal} which candidate sites to open in which year, adds its actions to the scenario and writes
 * DIR/phasing.json and DIR/scenario.nafitha (the scenario with them); the roadmap command then evaluates that scenario.
 */
final class RoadmapPhasing {

    static final String HELP = """
              --propose-phasing  first propose which candidate sites to open in which year (phasing under the yearly capital
                                 budgets, less what the written actions already spend each year; demand grown per zone and
                                 shifted online as the roadmap says), add them as open-center actions, write DIR/phasing.json
                                 and DIR/scenario.nafitha, then evaluate the roadmap with them
                --problem mclp|pmedian  most demand within --radius-km R of a comprehensive center summed over the years,
                                 or least demand-weighted distance (great-circle km) summed over the years
                --radius-km R    the coverage radius for mclp
                --time-limit S   seconds for the search and its bound (default 30); --seed N (default 1)
                --all-kinds      count every open office as serving demand, not only the comprehensive centers
                --residents-only weigh places by their residents' growth alone (no digital shift)""";

    /** The options read before the scenario is loaded; null when --propose-phasing is not given. */
    record Request(PhasingProposal.Options options) {
    }

    private RoadmapPhasing() {
    }

    /** Reads the phasing options (usage errors: exit 2); null without --propose-phasing. */
    static Request read(Options options) {
        if (!options.flag("propose-phasing")) {
            return null;
        }
        String problem = options.optional("problem", null);
        if (problem == null) {
            throw new UsageException("--propose-phasing needs --problem mclp or pmedian");
        }
        Problem.Type type = switch (problem.toLowerCase(Locale.ROOT)) {
            case "mclp" -> Problem.Type.MCLP;
            case "pmedian", "p-median" -> Problem.Type.PMEDIAN;
            default -> throw new UsageException("--problem " + problem + ": expected mclp or pmedian");
        };
        String radiusText = options.optional("radius-km", null);
        double radius = Double.NaN;
        if (radiusText != null) {
            radius = NumberOptions.parse("radius-km", radiusText, NumberOptions.Range.KILOMETRES);
        }
        if (type == Problem.Type.MCLP && radiusText == null) {
            throw new UsageException("--problem mclp needs --radius-km R");
        }
        double timeLimit = NumberOptions.optional(options, "time-limit", 30, NumberOptions.Range.between(0.001, 1e6, "seconds"));
        long seed = NumberOptions.whole(options, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        boolean allKinds = options.flag("all-kinds");
        boolean residentsOnly = options.flag("residents-only");
        return new Request(new PhasingProposal.Options(type, type == Problem.Type.MCLP ? radius : Double.NaN, timeLimit, seed, allKinds, !residentsOnly));
    }

    /** Proposes, adds the actions to the scenario, writes DIR/phasing.json and DIR/scenario.nafitha. */
    static PhasingProposal propose(Request request, Scenario scenario, Path dir, PrintStream out) {
        PhasingProposal p;
        IProgressMonitor monitor = Progress.monitor("phasing");
        try (AutoCloseable ticking = Progress.ticking("roadmap", "proposing the phasing", request.options().timeLimitSeconds())) {
            p = PhasingProposal.propose(scenario, request.options(), monitor);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            monitor.done();
        }
        p.applyTo(scenario);
        String type = request.options().type().name().toLowerCase(Locale.ROOT);
        scenario.setCode(scenario.getCode() + "-PH");
        scenario.setNameEn((scenario.getNameEn() == null ? scenario.getCode() : scenario.getNameEn()) + " — phasing proposal (" + type + ")");
        if (scenario.getNameAr() != null) {
            scenario.setNameAr(scenario.getNameAr() + " — مقترح المراحل");
        }
        Path file = dir.resolve("scenario." + ScenarioFiles.EXTENSION);
        try {
            CsvOut.createDirectory(dir);
            CsvOut.writeString(dir.resolve("phasing.json"), Json.write(json(p)) + "\n");
            ScenarioFiles.save(scenario, file);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write the phasing proposal: " + e.getMessage(), e);
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "phasing %s: openings proposed %d, objective %.1f, bound %.1f, gap %.2f %% in %.1f s%n", type, p.actions().size(),
                p.objective(), p.bound(), 100 * p.gap(), p.seconds());
        out.println("  budgets: each year's capital budget less what the actions already written for that year cost");
        for (PhasingProposal.Year y : p.years()) {
            out.printf(Locale.ROOT, "  %d  budget %s  written %,.0f  left %,.0f  proposed %,.0f  %s%n", y.year(),
                    Double.isNaN(y.budget()) ? "none" : String.format(Locale.ROOT, "%,.0f", y.budget()), y.written(), y.available(), y.spent(),
                    y.opened().isEmpty() ? "-" : String.join(" ", y.opened()));
        }
        out.println("wrote " + dir.resolve("phasing.json") + " and " + file + " (the scenario with the proposed actions)");
        return p;
    }

    static Map<String, Object> json(PhasingProposal p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("problem", p.options().type().name().toLowerCase(Locale.ROOT));
        if (p.options().type() == Problem.Type.MCLP) {
            m.put("radiusKm", p.options().radiusKm());
        }
        m.put("objective", p.objective());
        m.put("bound", p.bound());
        m.put("gap", p.gap());
        m.put("seconds", p.seconds());
        m.put("budgetBasis", "budget = the year's capital budget less what the actions already written for that year cost (at least 0)");
        List<Object> periods = new ArrayList<>();
        for (PhasingProposal.Year y : p.years()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("period", Integer.toString(y.year()));
            e.put("opened", y.opened());
            e.put("spent", y.spent());
            e.put("budget", y.available());
            e.put("capitalBudget", y.budget());
            e.put("writtenActions", y.written());
            e.put("objective", y.objective());
            periods.add(e);
        }
        m.put("periods", periods);
        List<Object> actions = new ArrayList<>();
        for (RoadmapAction a : p.actions()) {
            Map<String, Object> e = new LinkedHashMap<>();
            ServiceCenter c = a.getNewCenter() != null ? a.getNewCenter() : a.getCenter();
            e.put("id", a.getCode());
            e.put("year", a.getYear());
            e.put("kind", a.getKind().getName());
            e.put("target", c.getCode());
            e.put("cost", a.getCost());
            actions.add(e);
        }
        m.put("actions", actions);
        return m;
    }
}
