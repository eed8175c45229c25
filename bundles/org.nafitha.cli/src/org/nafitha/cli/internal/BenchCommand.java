package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.cli.UsageException;
import org.nafitha.coverage.Decay;
import org.nafitha.coverage.FloatingCatchment;
import org.nafitha.coverage.Neighbourhood;
import org.nafitha.geo.PointIndex;

/**
 * {@code nafitha bench coverage}: times 2SFCA on synthetic demand points and sites over Jordan (great-circle
 * distances), for growing numbers of points, and prints JSON. Points cluster around the 12 governorate seats
 * (70 %, gaussian, sigma 15 km) and spread uniformly over the country's bounding box (30 %); seeded, so runs repeat.
 */
public final class BenchCommand implements Command {

    private static final double[][] SEATS = {{35.9106, 31.9539}, {35.85, 32.5556}, {36.088, 32.0728}, {36.208, 32.3429},
        {35.7272, 32.0392}, {35.7939, 31.716}, {35.8993, 32.2803}, {35.7517, 32.3326}, {35.7048, 31.1853},
        {35.6042, 30.8375}, {35.7341, 30.1962}, {35.0063, 29.5321}};

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmarks an engine and prints JSON (bench coverage|store|capacity|erlang|locate|exact|phasing|render|mapnav|costs|network|roadmap)";
    }

    @Override
    public String usage() {
        return """
                Usage: nafitha bench coverage [--points 100000,1000000] [--sites 2000] [--radius-km 30] [--repeat 3]
                  2SFCA with great-circle distances on synthetic points over Jordan; the best of --repeat runs is reported.
                  Run with NAFITHA_VMARGS=-Xmx2g to hold the heap to 2 GB.
                       nafitha bench store [--points 1000000] [--store PATH]
                  writes N demand points to a CSV, imports them (read, check, build the zones), saves them to a new
                  store, and loads them back; prints seconds and peak heap of each step.
                       nafitha bench capacity [--centers 1000] [--services 60] [--intervals 24] [--repeat 5]
                  sizes every hourly queue of every center under the universal, specialized and mixed designs.
                       nafitha bench erlang [--max-arrivals 1e12]
                  staffs one queue for arrivals of 1 to --max-arrivals an hour (each power of ten), handling 3 and 30 min,
                  several targets, Erlang C and A; prints each time and the worst case.
                       nafitha bench locate [--points 20000] [--sites 1000] [--p 50] [--cutoff-km 60] [--radius-km 20] [--time-limit 10]
                                            [--target-gap 0.005] [--solver auto|vns|interchange|exact]
                  p-median and MCLP with their Lagrangian bounds and gaps (a solve stops once its gap is at most the target).
                       nafitha bench exact [--points 1500] [--sites 200] [--p 10] [--time-limit 30] [--solver exact] [--write-lp FILE]
                  MCLP and p-median proven optimal by branch and bound; --write-lp writes the MCLP for an outside MIP solver.
                       nafitha bench phasing [--points 20000] [--sites 1000] [--periods 4] [--budget 20] [--carry-over] [--time-limit 25]
                  MCLP and p-median phasing under per-period budgets, with bounds and gaps.
                       nafitha bench render --polygons subdis_simpl_20m.gpkg [--points 100000] [--centers 1000] [--frames 20]
                  draws the polygons, points and centers at 1600x1200; milliseconds a frame.
                       nafitha bench mapnav --polygons dis_simpl_20m.gpkg [--points 100000] [--centers 1000] [--width 1200] [--height 800]
                  the map view's redraw while panning and zooming (districts, points, centers); milliseconds a frame.
                       nafitha bench costs [--origins 2000] [--destinations 2000] [--repeat 3]
                  imports a cost table CSV of origins x destinations (checked ids) and runs E2SFCA on it; seconds and heap.
                       nafitha bench network [--segments 200000] [--centers 2000] [--zones 100000] [--minutes 60]
                  a road grid over Jordan, snapping, a bounded Dijkstra from every center; seconds, pairs, heap.
                       nafitha bench roadmap [--years 10] [--centers 1000] [--zones 100000] [--repeat 3]
                  the sample's roadmap 2026-2029 (engine, then with its reports), and a synthetic roadmap of the given size
                  (seconds, peak heap).""";
    }

    @Override
    public int run(Options options, PrintStream out) {
        if (options.positional().size() == 1 && options.positional().get(0).equals("roadmap")) {
            return RoadmapBench.run(options, out);
        }
        if (options.positional().size() == 1 && options.positional().get(0).equals("store")) {
            return StoreBench.run(options, out);
        }
        if (options.positional().size() == 1 && options.positional().get(0).equals("capacity")) {
            return CapacityBench.run(options, out);
        }
        if (options.positional().size() == 1 && options.positional().get(0).equals("locate")) {
            return LocateBench.run(options, out);
        }
        if (options.positional().size() == 1 && options.positional().get(0).equals("phasing")) {
            return PhasingBench.run(options, out);
        }
        if (options.positional().size() == 1 && options.positional().get(0).equals("exact")) {
            return ExactBench.run(options, out);
        }
        if (options.positional().size() == 1 && options.positional().get(0).equals("erlang")) {
            return ErlangBench.run(options, out);
        }
        if (options.positional().size() == 1 && options.positional().get(0).equals("mapnav")) {
            return MapNavBench.run(options, out);
        }
        if (options.positional().size() == 1 && options.positional().get(0).equals("costs")) {
            return CostBench.run(options, out);
        }
        if (options.positional().size() == 1 && options.positional().get(0).equals("network")) {
            return NetworkBench.run(options, out);
        }
        if (options.positional().size() == 1 && options.positional().get(0).equals("render")) {
            return RenderBench.run(options, out);
        }
        String points = options.optional("points", "100000,250000,500000,1000000");
        int sites = NumberOptions.integer(options, "sites", 2000, 1, 100_000_000);
        double radius = NumberOptions.optional(options, "radius-km", 30, NumberOptions.Range.POSITIVE);
        int repeat = NumberOptions.integer(options, "repeat", 3, 1, 100_000_000);
        if (options.positional().size() != 1 || !options.positional().get(0).equals("coverage")) {
            throw new UsageException("expected what to benchmark: coverage, store, capacity, erlang, locate, exact, phasing, render, mapnav, costs, network or roadmap");
        }
        options.positional().clear();
        options.checkAllKnown();
        Random rnd = new Random(2026);
        double[][] s = synthetic(sites, rnd);
        double[] capacity = new double[sites];
        for (int j = 0; j < sites; j++) {
            capacity[j] = 1 + rnd.nextInt(20);
        }
        List<Object> runs = new ArrayList<>();
        for (String p : points.split(",")) {
            int n = (int) NumberOptions.parseWhole("points", p, 1, 100_000_000);
            double[][] d = synthetic(n, new Random(n));
            double[] weight = new double[n];
            for (int i = 0; i < n; i++) {
                weight[i] = 1 + (i % 500);
            }
            System.gc();
            resetPeaks();
            long bestIndex = Long.MAX_VALUE;
            long bestFca = Long.MAX_VALUE;
            long pairs = 0;
            for (int k = 0; k < repeat; k++) {
                long t0 = System.nanoTime();
                PointIndex index = PointIndex.greatCircle(d[0], d[1], radius / 2);
                long t1 = System.nanoTime();
                FloatingCatchment.Result r = FloatingCatchment.compute(Neighbourhood.indexed(index, s[0], s[1]), weight, capacity,
                        Decay.step(radius), Runtime.getRuntime().availableProcessors());
                long t2 = System.nanoTime();
                bestIndex = Math.min(bestIndex, t1 - t0);
                bestFca = Math.min(bestFca, t2 - t1);
                if (k == 0) {
                    long[] count = {0};
                    for (int j = 0; j < sites; j++) {
                        index.forEachWithin(s[0][j], s[1][j], radius, (i, dist) -> count[0]++);
                    }
                    pairs = count[0];
                }
                if (r.access().length != n) {
                    throw new IllegalStateException("wrong result size");
                }
            }
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("points", n);
            run.put("sites", sites);
            run.put("radiusKm", radius);
            run.put("pairsWithinRadius", pairs);
            run.put("indexSeconds", bestIndex / 1e9);
            run.put("twoStepSeconds", bestFca / 1e9);
            run.put("totalSeconds", (bestIndex + bestFca) / 1e9);
            run.put("peakHeapMiB", peakHeap() / (1024 * 1024));
            runs.add(run);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "coverage 2SFCA, great-circle");
        result.put("processors", Runtime.getRuntime().availableProcessors());
        result.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        result.put("java", System.getProperty("java.version"));
        result.put("runs", runs);
        out.println(Json.write(result));
        return Cli.OK;
    }

    static double[][] synthetic(int n, Random rnd) {
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            if (rnd.nextDouble() < 0.7) {
                double[] seat = SEATS[rnd.nextInt(SEATS.length)];
                lat[i] = clamp(seat[1] + rnd.nextGaussian() * 15 / 111.2, 29.2, 33.4);
                lon[i] = clamp(seat[0] + rnd.nextGaussian() * 15 / (111.2 * Math.cos(Math.toRadians(seat[1]))), 34.95, 39.3);
            } else {
                lat[i] = 29.2 + rnd.nextDouble() * 4.2;
                lon[i] = 34.95 + rnd.nextDouble() * 4.35;
            }
        }
        return new double[][] {lon, lat};
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static void resetPeaks() {
        HeapPeak.reset();
    }

    static long peakHeap() {
        return HeapPeak.peak();
    }
}
