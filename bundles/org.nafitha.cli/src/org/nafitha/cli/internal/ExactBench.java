package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
 * {@code nafitha bench exact}: MCLP and p-median on N synthetic points × M sites (as {@code bench locate}, default
 * 1,500 × 200, p = 10) with a solver (default exact); prints the time, the objective, the bound, the gap and the nodes.
 * {@code --write-lp FILE} also writes the MCLP as a mixed-integer program in LP format (x_j binary: site j open; y_i in
 * [0, 1]: point i covered; y_i ≤ Σ of the x_j within the radius; Σ x_j = p), so an outside MIP solver can be timed on
 * the same instance.
 */
final class ExactBench {

    private ExactBench() {
    }

    static int run(Options options, PrintStream out) {
        int n = NumberOptions.integer(options, "points", 1500, 1, 100_000_000);
        int m = NumberOptions.integer(options, "sites", 200, 1, 100_000_000);
        int p = NumberOptions.integer(options, "p", 10, 1, 100_000_000);
        double cutoff = NumberOptions.optional(options, "cutoff-km", 60, NumberOptions.Range.POSITIVE);
        double radius = NumberOptions.optional(options, "radius-km", 20, NumberOptions.Range.POSITIVE);
        double limit = NumberOptions.optional(options, "time-limit", 30, NumberOptions.Range.POSITIVE);
        String solverId = options.optional("solver", "exact");
        String lp = options.optional("write-lp", null);
        options.takePositional();
        options.checkAllKnown();
        Instance instance = LocateBench.synthetic(n, m, cutoff);
        Solver solver = Solvers.fromExtensions(null).get(solverId);
        List<Object> runs = new ArrayList<>();
        for (Problem problem : List.of(Problem.mclp(p, radius), Problem.pMedian(p))) {
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + Engine.helperCpuNanos();
            long t = System.nanoTime();
            Solution s = solver.solve(instance, problem, new Solver.Options(limit, 1, true), new NullProgressMonitor());
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
            r.put("provenOptimal", s.gap() == 0);
            r.put("iterations", s.iterations());
            runs.add(r);
        }
        if (lp != null) {
            try {
                CsvOut.writeString(Path.of(lp), mclpLp(instance, p, radius));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "exact location-allocation, great-circle, sparse candidate lists");
        result.put("points", n);
        result.put("sites", m);
        result.put("p", p);
        result.put("cutoffKm", cutoff);
        result.put("radiusKm", radius);
        result.put("pairs", instance.pairs());
        result.put("solver", solverId);
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("timeLimitSeconds", limit);
        result.put("runs", runs);
        if (lp != null) {
            result.put("mclpLp", lp);
        }
        out.println(Json.write(result));
        return Cli.OK;
    }

    /** The MCLP as a mixed-integer program in LP format. */
    static String mclpLp(Instance inst, int p, double radius) {
        StringBuilder b = new StringBuilder("\\ MCLP: maximize the weight within the radius of p open sites\nMaximize\n obj:");
        List<Integer> coverable = new ArrayList<>();
        for (int i = 0; i < inst.demandCount(); i++) {
            if (inst.listStart(i) < inst.listStart(i + 1) && inst.listKm(inst.listStart(i)) <= radius) {
                coverable.add(i);
            }
        }
        int terms = 0;
        for (int i : coverable) {
            b.append(String.format(Locale.ROOT, " + %.10g y%d", inst.weight(i), i));
            if (++terms % 8 == 0) {
                b.append("\n ");
            }
        }
        b.append("\nSubject To\n");
        for (int i : coverable) {
            b.append(" c").append(i).append(": y").append(i);
            terms = 0;
            for (int k = inst.listStart(i), end = inst.listStart(i + 1); k < end && inst.listKm(k) <= radius; k++) {
                b.append(" - x").append(inst.listSite(k));
                if (++terms % 12 == 0) {
                    b.append("\n ");
                }
            }
            b.append(" <= 0\n");
        }
        b.append(" p:");
        terms = 0;
        for (int j = 0; j < inst.siteCount(); j++) {
            b.append(" + x").append(j);
            if (++terms % 12 == 0) {
                b.append("\n ");
            }
        }
        b.append(" = ").append(p).append("\nBounds\n");
        for (int i : coverable) {
            b.append(" 0 <= y").append(i).append(" <= 1\n");
        }
        b.append("Binaries\n");
        for (int j = 0; j < inst.siteCount(); j++) {
            b.append(" x").append(j).append('\n');
        }
        return b.append("End\n").toString();
    }
}
