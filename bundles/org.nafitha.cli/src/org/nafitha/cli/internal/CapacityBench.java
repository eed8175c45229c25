package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.nafitha.capacity.CapacityCalculator;
import org.nafitha.capacity.CapacitySettings;
import org.nafitha.capacity.CenterCapacity;
import org.nafitha.capacity.CenterLoad;
import org.nafitha.capacity.Staffing;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;

/**
 * {@code nafitha bench capacity}: the queueing of N centers × S services × H hourly intervals (default 1,000 × 60 ×
 * 24). Each center gets S services of 2 to 30 minutes in 12 agencies, with 1,000 to 60,000 visits a year each (seeded);
 * every hour of the profile is sized under the three designs. The best of --repeat runs on all cores is reported.
 */
final class CapacityBench {

    private CapacityBench() {
    }

    static int run(Options options, PrintStream out) {
        int centers = NumberOptions.integer(options, "centers", 1000, 1, 100_000_000);
        int services = NumberOptions.integer(options, "services", 60, 1, 100_000_000);
        int hours = NumberOptions.integer(options, "intervals", 24, 1, 100_000_000);
        int repeat = NumberOptions.integer(options, "repeat", 5, 1, 100_000_000);
        options.takePositional();
        options.checkAllKnown();
        Random rnd = new Random(7);
        List<CenterLoad> loads = new ArrayList<>(centers);
        for (int c = 0; c < centers; c++) {
            CenterLoad load = new CenterLoad("C" + c, "Center " + c, 10 + rnd.nextInt(40), rnd.nextBoolean());
            for (int s = 0; s < services; s++) {
                load.add(new CenterLoad.Stream("S" + s, "A" + (s % 12), 1000 + rnd.nextInt(59_000), 2 + rnd.nextDouble() * 28,
                        0.5 + rnd.nextDouble()));
            }
            loads.add(load);
        }
        CapacitySettings settings = new CapacitySettings(Staffing.Target.of(0.8, 15, 0.85, 1 - 1 / 1.2), 250,
                CapacitySettings.peakedProfile(hours, 1.3), 2);
        long best = Long.MAX_VALUE;
        long counters = 0;
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            List<CenterCapacity> results = loads.parallelStream().map(l -> CapacityCalculator.compute(l, settings)).toList();
            best = Math.min(best, System.nanoTime() - t0);
            counters = results.stream().mapToLong(CenterCapacity::requiredCounters).sum();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "capacity: centers x services x hourly intervals, three designs per interval");
        result.put("centers", centers);
        result.put("services", services);
        result.put("intervals", hours);
        result.put("queuesSized", (long) centers * hours * (1 + 12 + 1)); // pooled, one per agency, the mixed design's shared one
        result.put("seconds", best / 1e9);
        result.put("requiredCounters", counters);
        result.put("processors", Runtime.getRuntime().availableProcessors());
        out.println(Json.write(result));
        return Cli.OK;
    }
}
