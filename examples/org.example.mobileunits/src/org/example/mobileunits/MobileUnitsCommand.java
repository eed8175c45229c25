package org.example.mobileunits;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;

/**
 * {@code nafitha mobileunits --scenario SCENARIO [--speed-kmh 60] [--max-travel-min M]}: the command this plugin adds to
 * the command line (extension point {@code org.nafitha.cli.commands}). It runs the plugin's analyzer through the
 * analysis runner, which runs coverage first, and prints one line per route and a total.
 */
public final class MobileUnitsCommand implements Command {

    /** Command-line option to analyzer option ({@code mobileunits.*}). */
    private static final Map<String, String> OPTIONS = Map.of("speed-kmh", "speedKmh", "driving-hours", "drivingHours",
            "stop-hours", "stopHours", "days-per-week", "daysPerWeek", "max-travel-min", "maxTravelMinutes");

    @Override
    public String name() {
        return "mobileunits";
    }

    @Override
    public String summary() {
        return "(example plugin) weekly mobile-unit routes to the zones no center reaches";
    }

    @Override
    public String usage() {
        return "Usage: nafitha mobileunits --scenario SCENARIO [--speed-kmh 60] [--driving-hours 4] [--stop-hours 3]\n"
                + "                           [--days-per-week 5] [--max-travel-min M]\n" + ScenarioSource.OPTION_HELP + "\n"
                + "  Runs coverage, then plans weekly routes from the comprehensive centers to the zones beyond the thresholds.";
    }

    @Override
    public int run(Options options, PrintStream out) {
        String scenario = options.required("scenario");
        Map<String, String> analyzerOptions = new LinkedHashMap<>();
        for (Map.Entry<String, String> o : OPTIONS.entrySet()) {
            String v = options.optional(o.getKey(), null);
            if (v != null) {
                try {
                    double d = Double.parseDouble(v);
                    if (!(d > 0) || Double.isInfinite(d)) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new UsageException("--" + o.getKey() + " '" + v + "': expected a positive number");
                }
                analyzerOptions.put("mobileunits." + o.getValue(), v);
            }
        }
        options.checkAllKnown();
        AnalysisContext context = AnalysisRunner.fromExtensions().run(new AnalysisContext(ScenarioSource.load(scenario), analyzerOptions),
                List.of(MobileUnitsAnalyzer.ID), new NullProgressMonitor());
        MobileUnitPlan plan = context.result(MobileUnitsAnalyzer.ID, MobileUnitPlan.class).orElseThrow();
        for (MobileUnitPlan.Route r : plan.routes()) {
            int stops = r.days().stream().mapToInt(d -> d.stops().size()).sum();
            out.println(String.format(Locale.ROOT, "%-12s from %-14s %d days, %3d stops, %,9d residents, %6.0f km a week", r.id(),
                    r.depot().code(), r.days().size(), stops, r.population(), r.km()));
        }
        out.println(String.format(Locale.ROOT, "%s: %d mobile units reach %,d residents (%,.0f km a week); %d zones out of reach",
                context.scenario().getCode(), plan.units(), plan.populationReached(), plan.km(), plan.unreachable().size()));
        return Cli.OK;
    }
}
