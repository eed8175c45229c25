package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nafitha.capacity.Staffing;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Json;
import org.nafitha.cli.Options;
import org.nafitha.cli.UsageException;

/** {@code nafitha erlang}: the counters one queue needs for a service-level target (Erlang C, or Erlang A with patience). */
public final class ErlangCommand implements Command {

    @Override
    public String name() {
        return "erlang";
    }

    @Override
    public String summary() {
        return "counters and staff for a queue (Erlang C; Erlang A with --patience-min), JSON";
    }

    @Override
    public String usage() {
        return """
                Usage: nafitha erlang --arrivals-per-hour L --aht-min M --target-sl 0.8 --target-wait-min T
                                      [--max-occupancy 0.85] [--shrinkage 0.3] [--patience-min P] [--cv 1]
                  the fewest counters serving --target-sl of arrivals within --target-wait-min minutes, busy at most
                  --max-occupancy of the time (default 1); staff = counters / (1 - shrinkage); with --patience-min
                  citizens leave after that mean wait (Erlang A) and p_abandon is printed; --cv is the handling time's
                  coefficient of variation (Erlang C, Allen-Cunneen; default 1, exponential).""";
    }

    @Override
    public int run(Options options, PrintStream out) {
        double arrivals = number(options, "arrivals-per-hour", null);
        double aht = number(options, "aht-min", null);
        double sl = number(options, "target-sl", null);
        double wait = number(options, "target-wait-min", null);
        double occupancy = number(options, "max-occupancy", "1");
        double shrinkage = number(options, "shrinkage", "0");
        String patienceText = options.optional("patience-min", null);
        double cv = number(options, "cv", "1");
        options.checkAllKnown();
        double patience = patienceText == null ? Double.NaN : parse("patience-min", patienceText);
        if (patienceText != null && cv != 1) {
            throw new UsageException("--cv applies to Erlang C only: Erlang A takes exponential handling times");
        }
        Staffing.Design d;
        try {
            d = Staffing.required(new Staffing.Target(sl, wait, occupancy, shrinkage, patience), arrivals, aht, cv * cv);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("model", patienceText == null ? "erlang-c" : "erlang-a");
        result.put("load_erlangs", d.load());
        result.put("counters", d.counters());
        result.put("staff", d.staff());
        result.put("service_level", d.serviceLevel());
        result.put("asa_min", d.averageWaitMinutes());
        result.put("occupancy", d.occupancy());
        result.put("p_wait", d.waitProbability());
        if (patienceText != null) {
            result.put("p_abandon", d.abandonment());
        }
        out.println(Json.write(result));
        return Cli.OK;
    }

    private static double number(Options options, String name, String fallback) {
        String text = fallback == null ? options.required(name) : options.optional(name, fallback);
        return parse(name, text);
    }

    private static double parse(String name, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " '" + text + "': expected a number");
        }
    }
}
