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
import org.nafitha.locate.PhasedSolution;
import org.nafitha.locate.Phasing;
import org.nafitha.locate.PhasingSolver;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solver;

/**
 * {@code nafitha bench phasing}: MCLP and p-median phasing on N synthetic demand points × M sites over Jordan
 * (great-circle, candidate lists within --cutoff-km) and T periods; the first tenth of the sites are required, the
 * others cost 1 to 4 units (seeded); each period has the same budget and demand grows 3 % a period. Prints the time, the
 * objective, the bound and the gap.
 */
final class PhasingBench {

    private PhasingBench() {
    }

    static int run(Options options, PrintStream out) {
        int n = NumberOptions.integer(options, "points", 20000, 1, 100_000_000);
        int m = NumberOptions.integer(options, "sites", 1000, 1, 100_000_000);
        int periods = NumberOptions.integer(options, "periods", 4, 1, 1000);
        double budget = NumberOptions.optional(options, "budget", 20, NumberOptions.Range.POSITIVE);
        double cutoff = NumberOptions.optional(options, "cutoff-km", 60, NumberOptions.Range.POSITIVE);
        double radius = NumberOptions.optional(options, "radius-km", 20, NumberOptions.Range.POSITIVE);
        double limit = NumberOptions.optional(options, "time-limit", 25, NumberOptions.Range.POSITIVE);
        boolean carryOver = options.flag("carry-over");
        options.takePositional();
        options.checkAllKnown();
        double[][] demand = BenchCommand.synthetic(n, new Random(11));
        double[][] sites = BenchCommand.synthetic(m, new Random(12));
        Random random = new Random(13);
        String[] ids = new String[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "d" + i;
            w[i] = 50 + random.nextInt(950);
        }
        String[] sids = new String[m];
        Instance.Status[] status = new Instance.Status[m];
        double[] cost = new double[m];
        for (int j = 0; j < m; j++) {
            sids[j] = "s" + j;
            status[j] = j < m / 10 ? Instance.Status.REQUIRED : Instance.Status.CANDIDATE;
            cost[j] = 1 + random.nextInt(4);
        }
        long t0 = System.nanoTime();
        Instance instance = Instance.of(ids, demand[0], demand[1], w, sids, sites[0], sites[1], status, null, true, cutoff, 2 * cutoff);
        double build = (System.nanoTime() - t0) / 1e9;
        List<Phasing.Period> list = new ArrayList<>();
        for (int t = 0; t < periods; t++) {
            list.add(new Phasing.Period(Integer.toString(2026 + t), budget, Math.pow(1.03, t)));
        }
        List<Object> runs = new ArrayList<>();
        for (Problem.Type type : List.of(Problem.Type.PMEDIAN, Problem.Type.MCLP)) {
            Phasing phasing = new Phasing(type, radius, list, cost, carryOver);
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t = System.nanoTime();
            PhasedSolution s = PhasingSolver.solve(instance, phasing, new Solver.Options(limit, 1, true), new NullProgressMonitor());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("problem", type.name().toLowerCase(Locale.ROOT));
            r.put("seconds", (System.nanoTime() - t) / 1e9);
            // CPU time of the solving thread: comparable across runs on a shared machine, where wall time is not
            r.put("cpuSeconds", (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9);
            r.put("objective", s.objective());
            r.put("bound", s.bound());
            r.put("gap", s.gap());
            List<Integer> opened = new ArrayList<>();
            for (int p = 0; p < periods; p++) {
                opened.add(s.opened(p).length);
            }
            r.put("openedPerPeriod", opened);
            runs.add(r);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "phasing under per-period budgets, great-circle, sparse candidate lists");
        result.put("points", n);
        result.put("sites", m);
        result.put("periods", periods);
        result.put("budgetPerPeriod", budget);
        result.put("carryOver", carryOver);
        result.put("cutoffKm", cutoff);
        result.put("radiusKm", radius);
        result.put("pairs", instance.pairs());
        result.put("buildSeconds", build);
        result.put("timeLimitSeconds", limit);
        result.put("runs", runs);
        out.println(Json.write(result));
        return Cli.OK;
    }
}
