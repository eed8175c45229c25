package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.capacity.CapacityAnalyzer;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.capacity.CenterCapacity;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.core.AnalysisContext;
import org.nafitha.model.Scenario;

/** {@code nafitha capacity --scenario S --out DIR}: counters, staff and waiting of every open center. */
public final class CapacityCommand implements Command {

    @Override
    public String name() {
        return "capacity";
    }

    @Override
    public String summary() {
        return "counters, staff and waiting at every center: universal vs specialized counters, bundling";
    }

    @Override
    public String usage() {
        return "Usage: nafitha capacity --scenario SCENARIO --out DIR [--max-occupancy 0.85] [--patience-min P]\n"
                + "                        [--bundle-uptake 0.5] [--segregation-ratio 2] [--profile w1,w2,...]\n"
                + ScenarioSource.OPTION_HELP + "\n" + ScenarioSource.VALIDATE_HELP + "\n"
                + "  DIR receives centers.csv (one line per center), intervals.csv (per center and open hour) and summary.json.\n"
                + "  The target is the scenario's service level; --patience-min makes citizens leave after that mean wait (Erlang A);\n"
                + "  --profile gives the weights of the open hours (default: peaking in the third hour at the scenario's peak factor).\n"
                + CostOptions.HELP_SCENARIO;
    }

    @Override
    public int run(Options options, PrintStream out) {
        String name = options.required("scenario");
        Path dir = Path.of(options.required("out"));
        Map<String, String> analysis = new HashMap<>();
        copy(options, "max-occupancy", analysis, "capacity.maxOccupancy", NumberOptions.Range.between(0.01, 1, null));
        copy(options, "patience-min", analysis, "capacity.patienceMinutes", NumberOptions.Range.between(0.01, 1e6, "minutes"));
        copy(options, "bundle-uptake", analysis, "capacity.bundleUptake", NumberOptions.Range.SHARE);
        copy(options, "segregation-ratio", analysis, "capacity.segregationRatio", NumberOptions.Range.between(1, 1000, null));
        String profile = options.optional("profile", null);
        if (profile != null) {
            double[] weights = NumberOptions.list("profile", profile, NumberOptions.Range.NON_NEGATIVE);
            if (Arrays.stream(weights).sum() <= 0) {
                throw new UsageException("--profile '" + profile + "': expected weights of 0 or more, not all 0");
            }
            analysis.put("capacity.profile", profile);
        }
        boolean noValidate = ScenarioSource.noValidate(options);
        CostOptions costs = CostOptions.read(options);
        options.checkAllKnown();
        Scenario scenario = ScenarioSource.loadForAnalysis(name, noValidate);
        AnalysisContext context = CsvOut.run(new AnalysisContext(scenario, analysis, costs.forScenario(name, scenario)),
                CapacityAnalyzer.ID);
        CapacityResult r = context.result(CapacityAnalyzer.ID, CapacityResult.class).orElseThrow();
        try {
            CsvOut.createDirectory(dir);
            CsvOut.write(dir.resolve("centers.csv"), "code,name,design,annual_visits,visits_saved,peak_arrivals_per_hour,required_counters,"
                    + "required_staff,existing_counters,shortfall,universal_counters,specialized_counters,mixed_counters,daily_capacity",
                    r.centers().stream().map(c -> List.<Object>of(c.code(), c.name(), c.design(), round(c.annualVisits()), round(c.visitsSaved()),
                            round(c.peakArrivalsPerHour()), c.requiredCounters(), c.requiredStaff(), c.existingCounters(), c.shortfall(),
                            c.universalCounters(), c.specializedCounters(), c.mixedCounters(), round(c.dailyCapacity()))).toList());
            List<List<Object>> hours = new ArrayList<>();
            for (CenterCapacity c : r.centers()) {
                for (CenterCapacity.Interval i : c.intervals()) {
                    hours.add(List.of(c.code(), i.hour(), round(i.arrivalsPerHour()), round(i.load()), i.requiredCounters(), i.requiredStaff(),
                            i.existingCounters(), round(i.utilization()), round(i.averageWaitMinutes()), round(i.serviceLevel()),
                            round(i.abandonment()), i.shortfall()));
                }
            }
            CsvOut.write(dir.resolve("intervals.csv"), "center,hour,arrivals_per_hour,load_erlangs,required_counters,required_staff,"
                    + "existing_counters,utilization,average_wait_min,service_level,abandonment,shortfall", hours);
            CapacityResult.Totals t = r.totals();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("scenario", context.scenario().getCode());
            summary.put("target", Map.of("serviceLevel", r.target().serviceLevel(), "waitMinutes", r.target().waitMinutes(),
                    "maxOccupancy", r.target().maxOccupancy(), "shrinkage", round(r.target().shrinkage())));
            summary.put("centers", r.centers().size());
            summary.put("annualVisits", round(t.annualVisits()));
            summary.put("visitsSavedByBundling", round(t.visitsSaved()));
            summary.put("unservedVisits", round(r.unservedVisits()));
            summary.put("requiredCounters", t.requiredCounters());
            summary.put("requiredStaff", t.requiredStaff());
            summary.put("existingCounters", t.existingCounters());
            summary.put("existingStaff", t.existingStaff());
            summary.put("shortfall", t.shortfall());
            summary.put("surplus", t.surplus());
            summary.put("universalCounters", t.universalCounters());
            summary.put("specializedCounters", t.specializedCounters());
            summary.put("mixedCounters", t.mixedCounters());
            CsvOut.writeString(dir.resolve("summary.json"), Json.write(summary) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        CapacityResult.Totals t = r.totals();
        out.printf(Locale.ROOT, "%s: %,.0f visits a year at %d centers; %d counters needed (%d staff) against %d existing: "
                + "%d short, %d spare; universal %d vs specialized %d counters; bundling saves %,.0f visits; wrote %s%n",
                context.scenario().getCode(), t.annualVisits(), r.centers().size(), t.requiredCounters(), t.requiredStaff(),
                t.existingCounters(), t.shortfall(), t.surplus(), t.universalCounters(), t.specializedCounters(), t.visitsSaved(), dir);
        return Cli.OK;
    }

    private static void copy(Options options, String name, Map<String, String> analysis, String key, NumberOptions.Range range) {
        String value = options.optional(name, null);
        if (value != null) {
            NumberOptions.parse(name, value, range);
            analysis.put(key, value);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
