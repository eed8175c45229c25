package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nafitha.capacity.Staffing;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
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
                                      [--max-occupancy 0.85] [--shrinkage 0.3] [--patience-min P] [--cv 1] [--counters N]
                  the fewest counters serving --target-sl of arrivals within --target-wait-min minutes, busy at most
                  --max-occupancy of the time (default 1); staff = counters / (1 - shrinkage); with --patience-min
                  citizens leave after that mean wait (Erlang A) and p_abandon is printed; --cv is the handling time's
                  coefficient of variation (Erlang C, Allen-Cunneen; default 1, exponential).
                  --counters N evaluates N counters instead: service level, waiting, occupancy (and abandonment).
                  Loads (arrivals x handling minutes / 60) up to 1e12 erlangs are computed, up to 1e6 with --patience-min.""";
    }

    @Override
    public int run(Options options, PrintStream out) {
        double arrivals = NumberOptions.required(options, "arrivals-per-hour", NumberOptions.Range.NON_NEGATIVE);
        double aht = NumberOptions.required(options, "aht-min", NumberOptions.Range.POSITIVE);
        double sl = NumberOptions.required(options, "target-sl", NumberOptions.Range.OPEN_SHARE);
        double wait = NumberOptions.required(options, "target-wait-min", NumberOptions.Range.NON_NEGATIVE);
        double occupancy = NumberOptions.optional(options, "max-occupancy", 1, NumberOptions.Range.SHARE_UP_TO_1);
        double shrinkage = NumberOptions.optional(options, "shrinkage", 0, NumberOptions.Range.SHARE_BELOW_1);
        double patience = NumberOptions.optional(options, "patience-min", Double.NaN, new NumberOptions.Range(0, false, 1e4, true, "a number of minutes more than 0 and at most 10000"));
        double cv = NumberOptions.optional(options, "cv", 1, NumberOptions.Range.between(0, 100, null));
        long counters = NumberOptions.whole(options, "counters", -1, 1, Long.MAX_VALUE);
        boolean withPatience = !Double.isNaN(patience);
        options.checkAllKnown();
        if (withPatience && cv != 1) {
            throw new UsageException("--cv applies to Erlang C only: Erlang A takes exponential handling times");
        }
        Staffing.Design d;
        try {
            Staffing.Target target = new Staffing.Target(sl, wait, occupancy, shrinkage, patience);
            d = counters > 0 ? Staffing.evaluate(target, counters, arrivals, aht, cv * cv) : Staffing.required(target, arrivals, aht, cv * cv);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("model", withPatience ? "erlang-a" : "erlang-c");
        result.put("load_erlangs", d.load());
        result.put("counters", d.counters());
        result.put("staff", d.staff());
        result.put("service_level", d.serviceLevel());
        result.put("asa_min", d.averageWaitMinutes());
        result.put("occupancy", d.occupancy());
        result.put("p_wait", d.waitProbability());
        if (withPatience) {
            result.put("p_abandon", d.abandonment());
        }
        if (counters > 0) {
            result.put("meets_target", d.serviceLevel() >= sl && d.occupancy() <= occupancy);
            if (!withPatience && d.load() >= counters) {
                result.put("note", "the load is not below the counters: the queue grows without end");
            }
        }
        out.println(Json.write(result));
        return Cli.OK;
    }
}
