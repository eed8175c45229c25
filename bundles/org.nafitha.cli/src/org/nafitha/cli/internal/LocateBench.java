package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;
import org.nafitha.locate.Solvers;
import org.nafitha.locate.internal.Engine;
import org.nafitha.locate.internal.ExactSolver;

/**
 * {@code nafitha bench locate}: p-median and MCLP on N synthetic demand points × M candidate sites over Jordan
 * (great-circle distances, candidate lists within --cutoff-km), seeded; prints the time to build the lists and to
 * solve (search and Lagrangian bound), the objective, the bound and the gap.
 */
final class LocateBench {

    private LocateBench() {
    }

    static int run(Options options, PrintStream out) {
        int n = NumberOptions.integer(options, "points", 20000, 1, 100_000_000);
        int m = NumberOptions.integer(options, "sites", 1000, 1, 100_000_000);
        int p = NumberOptions.integer(options, "p", 50, 1, 100_000_000);
        double cutoff = NumberOptions.optional(options, "cutoff-km", 60, NumberOptions.Range.POSITIVE);
        double radius = NumberOptions.optional(options, "radius-km", 20, NumberOptions.Range.POSITIVE);
        double limit = NumberOptions.optional(options, "time-limit", 10, NumberOptions.Range.POSITIVE);
        double target = NumberOptions.optional(options, "target-gap", 0.005, NumberOptions.Range.between(0, 0.99, "a relative gap"));
        String solverId = options.optional("solver", Solvers.DEFAULT);
        options.takePositional();
        options.checkAllKnown();
        long t0 = System.nanoTime();
        Instance instance = synthetic(n, m, cutoff);
        double build = (System.nanoTime() - t0) / 1e9;
        Solver solver = Solvers.fromExtensions(null).get(solverId);
        List<Object> runs = new ArrayList<>();
        for (Problem problem : List.of(Problem.pMedian(p), Problem.mclp(p, radius))) {
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + Engine.helperCpuNanos();
            long t = System.nanoTime();
            Solution s = solver.solve(instance, problem, new Solver.Options(limit, 1, true, target), new NullProgressMonitor());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("problem", problem.type().name().toLowerCase(Locale.ROOT));
            r.put("solverUsed", s.solver());
            r.put("seconds", (System.nanoTime() - t) / 1e9);
            // CPU time of the solving thread and its helper: comparable across runs on a shared machine, where wall time is not
            r.put("cpuSeconds", (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + Engine.helperCpuNanos() - cpu) / 1e9);
            r.put("threads", s.solver().equals(ExactSolver.ID) ? 1 : Engine.threads(instance));
            r.put("objective", s.objective());
            r.put("bound", s.bound());
            r.put("gap", s.gap());
            r.put("swaps", s.iterations());
            runs.add(r);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "location-allocation, great-circle, sparse candidate lists");
        result.put("points", n);
        result.put("sites", m);
        result.put("p", p);
        result.put("cutoffKm", cutoff);
        result.put("radiusKm", radius);
        result.put("pairs", instance.pairs());
        result.put("buildSeconds", build);
        result.put("solver", solverId);
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("timeLimitSeconds", limit);
        result.put("targetGap", target);
        result.put("runs", runs);
        out.println(Json.write(result));
        return Cli.OK;
    }

    /** N demand points (weights 50 to 999) and M candidate sites over Jordan, seeded, with their lists within the cutoff. */
    static Instance synthetic(int n, int m, double cutoff) {
        double[][] demand = BenchCommand.synthetic(n, new Random(11));
        double[][] sites = BenchCommand.synthetic(m, new Random(12));
        Random weights = new Random(13);
        String[] ids = new String[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "d" + i;
            w[i] = 50 + weights.nextInt(950);
        }
        String[] sids = new String[m];
        Instance.Status[] status = new Instance.Status[m];
        for (int j = 0; j < m; j++) {
            sids[j] = "s" + j;
            status[j] = Instance.Status.CANDIDATE;
        }
        return Instance.of(ids, demand[0], demand[1], w, sids, sites[0], sites[1], status, null, true, cutoff, 2 * cutoff);
    }
}
