package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.capacity.Staffing;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;

/**
 * {@code nafitha bench erlang}: how long staffing one queue takes as the load grows, up to a trillion arrivals an hour:
 * every power of ten of arrivals, handling 3 and 30 minutes, targets of 80 % within 0, 20 s and 5 min, Erlang C and
 * (up to its load limit) Erlang A with impatient, patient and very patient citizens. Prints each case and the worst.
 */
final class ErlangBench {

    private ErlangBench() {
    }

    static int run(Options options, PrintStream out) {
        double maxArrivals = NumberOptions.optional(options, "max-arrivals", 1e12, NumberOptions.Range.between(1, 1e12, "an hour"));
        options.takePositional();
        options.checkAllKnown();
        List<Object> cases = new ArrayList<>();
        double worstC = 0;
        double worstA = 0;
        Map<String, Object> worstCase = null;
        for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT up; the second is reported
            cases.clear();
            worstC = 0;
            worstA = 0;
            for (double arrivals = 1; arrivals <= maxArrivals * 1.0000001; arrivals *= 10) {
                for (double aht : new double[] {3, 30}) {
                    for (double wait : new double[] {0, 1.0 / 3, 5}) {
                        for (double patience : new double[] {Double.NaN, 0.5, 5, 1e4}) {
                            double load = arrivals * aht / 60;
                            if (!Double.isNaN(patience) && load > Staffing.MAX_LOAD_WITH_PATIENCE) {
                                continue; // refused at once, beyond the stated limit
                            }
                            Staffing.Target target = new Staffing.Target(0.8, wait, 1, 0, patience);
                            long t0 = System.nanoTime();
                            Staffing.Design d = Staffing.required(target, arrivals, aht, 1);
                            double seconds = (System.nanoTime() - t0) / 1e9;
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("model", Double.isNaN(patience) ? "erlang-c" : "erlang-a");
                            row.put("arrivalsPerHour", arrivals);
                            row.put("ahtMin", aht);
                            row.put("targetWaitMin", Math.round(wait * 1000) / 1000.0);
                            row.put("patienceMin", Double.isNaN(patience) ? null : patience);
                            row.put("counters", d.counters());
                            row.put("seconds", seconds);
                            cases.add(row);
                            if (Double.isNaN(patience)) {
                                worstC = Math.max(worstC, seconds);
                            } else {
                                worstA = Math.max(worstA, seconds);
                            }
                            if (pass == 1 && (worstCase == null || seconds > (double) worstCase.get("seconds"))) {
                                worstCase = row;
                            }
                        }
                    }
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "erlang: staffing one queue, arrivals 1 to " + String.format(Locale.ROOT, "%.0g", maxArrivals) + " an hour");
        result.put("maxLoadErlangs", Staffing.MAX_LOAD);
        result.put("maxLoadWithPatienceErlangs", Staffing.MAX_LOAD_WITH_PATIENCE);
        result.put("cases", cases.size());
        result.put("worstSecondsErlangC", worstC);
        result.put("worstSecondsErlangA", worstA);
        result.put("worstCase", worstCase);
        result.put("all", cases);
        out.println(Json.write(result));
        return Cli.OK;
    }
}
