package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.cli.Progress;
import org.nafitha.cli.UsageException;
import org.nafitha.geo.CostTable;
import org.nafitha.io.Feature;
import org.nafitha.locate.CostInstance;
import org.nafitha.locate.Instance;
import org.nafitha.locate.PhasedSolution;
import org.nafitha.locate.Phasing;
import org.nafitha.locate.PhasingSolver;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solver;

/**
 * {@code nafitha locate --periods periods.csv ...}: phasing, which sites to open in which period under each period's
 * budget (see {@link Phasing}); writes the answer per period with its bound and gap.
 */
final class LocatePhasing {

    static final String USAGE = """
                   nafitha locate --demand demand.csv --sites sites.csv --periods periods.csv --problem mclp|pmedian [--radius-km R]
                                  [--costs costs.csv [--cost-unit U] [--radius R] [--cutoff C]]
                                  [--carry-over] [--distance euclidean|great-circle] [--cutoff-km C] [--time-limit S] [--seed N] --out result.json
                  Phasing: sites.csv has id,x,y,status,cost (status required|candidate|excluded); periods.csv has
                  period,budget,demand_factor. A candidate opens in one period or never and stays open; the costs opened in a
                  period are at most its budget (--carry-over: unspent budget rolls forward); required sites are open throughout
                  at no cost; demand in a period is the weight x its demand factor. MCLP maximizes the demand covered summed over
                  the periods, p-median minimizes the demand-weighted distance summed over them.
                  result.json: problem, objective, bound, gap, seconds, costUnit, periods [{period, opened, spent, objective}].
                  With --costs, demand.csv may be id,weight and sites.csv id,status,cost (no coordinates); the radius (--radius)
                  and the objective are in the table's unit and a pair the table lacks is unreachable.""";

    private LocatePhasing() {
    }

    static int run(Options options, PrintStream out) {
        Path periodsFile = Path.of(options.required("periods"));
        Path target = Path.of(options.required("out"));
        Problem.Type type;
        try {
            type = Problem.type(options.required("problem"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (type != Problem.Type.MCLP && type != Problem.Type.PMEDIAN) {
            throw new UsageException("--problem " + type.name().toLowerCase(Locale.ROOT) + " with --periods: expected mclp or pmedian");
        }
        String radiusText = CostOptions.radius(options);
        double radius = radiusText == null ? Double.NaN : Double.parseDouble(radiusText);
        if (type == Problem.Type.MCLP && Double.isNaN(radius)) {
            throw new UsageException("mclp needs --radius-km (or --radius in the cost table's unit)");
        }
        double timeLimit = NumberOptions.optional(options, "time-limit", 60, NumberOptions.Range.between(0.001, 1e6, "seconds"));
        long seed = NumberOptions.whole(options, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        boolean carryOver = options.flag("carry-over");
        CostOptions costTable = CostOptions.read(options);
        String distance = options.optional("distance", costTable.given() ? null : "great-circle");
        double cutoff = NumberOptions.optional(options, "cutoff-km", Double.POSITIVE_INFINITY, NumberOptions.Range.KILOMETRES);
        cutoff = NumberOptions.optional(options, "cutoff", cutoff, NumberOptions.Range.POSITIVE);
        Path demand = Path.of(options.required("demand"));
        Path sites = Path.of(options.required("sites"));
        options.checkAllKnown();
        if (costTable.given() && distance != null) {
            throw new UsageException("--distance and --costs: the costs are the distances; give one");
        }
        if (!costTable.given() && !distance.equals("euclidean") && !distance.equals("great-circle")) {
            throw new UsageException("--distance '" + distance + "': expected euclidean or great-circle");
        }
        List<Phasing.Period> periods = periods(periodsFile);
        double[][] costs = new double[1][];
        Instance instance = instance(demand, sites, costTable.given() ? costTable : null, "great-circle".equals(distance), cutoff, costs);
        String unit = costTable.given() ? costTable.unitSymbol() : "km";
        Phasing phasing = new Phasing(type, type == Problem.Type.MCLP ? radius : Double.NaN, periods, costs[0], carryOver);
        PhasedSolution s;
        try (AutoCloseable ticking = Progress.ticking("locate", "phasing " + type.name().toLowerCase(Locale.ROOT), timeLimit)) {
            s = PhasingSolver.solve(instance, phasing, new Solver.Options(timeLimit, seed, true), new NullProgressMonitor());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Map<String, Object> result = result(instance, s);
        result.put("costUnit", unit);
        try {
            CsvOut.writeString(target, Json.write(result) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        int opened = 0;
        for (int j : s.openedIn()) {
            opened += j >= 0 ? 1 : 0;
        }
        out.printf(Locale.ROOT, "%s phasing %s: objective %.3f%s over %d periods, %d sites opened, bound %.3f, gap %.3f %% in %.2f s%s; wrote %s%n",
                demand.getFileName(), type.name().toLowerCase(Locale.ROOT), s.objective(),
                type == Problem.Type.PMEDIAN ? " " + unit + " x weight" : "", periods.size(), opened, s.bound(), 100 * s.gap(),
                s.seconds(), carryOver ? " (budgets carried over)" : "", target);
        return Cli.OK;
    }

    static Map<String, Object> result(Instance instance, PhasedSolution s) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("problem", s.phasing().type().name().toLowerCase(Locale.ROOT));
        result.put("objective", s.objective());
        result.put("bound", s.bound());
        result.put("gap", s.gap());
        result.put("seconds", s.seconds());
        result.put("carryOver", s.phasing().carryOver());
        List<Object> list = new ArrayList<>();
        for (int t = 0; t < s.phasing().count(); t++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("period", s.phasing().periods().get(t).id());
            List<String> ids = new ArrayList<>();
            for (int j : s.opened(t)) {
                ids.add(instance.siteId(j));
            }
            p.put("opened", ids);
            p.put("spent", s.spent()[t]);
            p.put("budget", s.phasing().periods().get(t).budget());
            p.put("objective", s.periodObjective()[t]);
            list.add(p);
        }
        result.put("periods", list);
        return result;
    }

    private static List<Phasing.Period> periods(Path file) {
        List<Phasing.Period> periods = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Feature f : LocateCommand.read(file)) {
            String id = LocateCommand.unique(file, f, LocateCommand.text(file, f, "period"), seen);
            double budget = LocateCommand.value(file, f, "budget");
            double factor = LocateCommand.value(file, f, "demand_factor");
            if (budget < 0) {
                throw new IllegalStateException(file.getFileName() + ", " + f.location() + ", field 'budget': expected 0 or more, found " + budget);
            }
            if (factor < 0) {
                throw new IllegalStateException(file.getFileName() + ", " + f.location() + ", field 'demand_factor': expected 0 or more, found " + factor);
            }
            periods.add(new Phasing.Period(id, budget, factor));
        }
        return periods;
    }

    /**
     * The instance: from coordinates (demand id,x,y,weight; sites id,x,y,status,cost) or, with a cost table, from the
     * table (coordinates not read; a pair the table lacks is unreachable, see {@link CostInstance}).
     */
    private static Instance instance(Path demand, Path sites, CostOptions table, boolean greatCircle, double cutoff, double[][] costsOut) {
        List<Feature> d = LocateCommand.read(demand);
        List<Feature> s = LocateCommand.read(sites);
        int n = d.size();
        String[] ids = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Feature f = d.get(i);
            ids[i] = LocateCommand.unique(demand, f, LocateCommand.text(demand, f, "id"), seen);
            if (table == null) {
                x[i] = LocateCommand.value(demand, f, "x");
                y[i] = LocateCommand.value(demand, f, "y");
            }
            w[i] = LocateCommand.value(demand, f, "weight");
            if (w[i] < 0) {
                throw new IllegalStateException(demand.getFileName() + ", " + f.location() + ", field 'weight': expected 0 or more, found " + w[i]);
            }
        }
        int m = s.size();
        String[] sids = new String[m];
        double[] sx = new double[m];
        double[] sy = new double[m];
        double[] cost = new double[m];
        Instance.Status[] status = new Instance.Status[m];
        seen.clear();
        for (int j = 0; j < m; j++) {
            Feature f = s.get(j);
            sids[j] = LocateCommand.unique(sites, f, LocateCommand.text(sites, f, "id"), seen);
            if (table == null) {
                sx[j] = LocateCommand.value(sites, f, "x");
                sy[j] = LocateCommand.value(sites, f, "y");
            }
            String st = LocateCommand.text(sites, f, "status").trim();
            try {
                status[j] = Instance.Status.valueOf(st.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(sites.getFileName() + ", " + f.location() + ", field 'status': expected required, candidate or excluded, found '"
                        + st + "'");
            }
            if (status[j] == Instance.Status.CANDIDATE) {
                cost[j] = LocateCommand.value(sites, f, "cost");
                if (cost[j] < 0) {
                    throw new IllegalStateException(sites.getFileName() + ", " + f.location() + ", field 'cost': expected 0 or more, found " + cost[j]);
                }
            }
        }
        costsOut[0] = cost;
        double penalty = Double.isInfinite(cutoff) ? 0 : 2 * cutoff;
        if (table != null) {
            CostTable t = table.load(new HashSet<>(Arrays.asList(ids)), new HashSet<>(Arrays.asList(sids)));
            return CostInstance.of(t, ids, null, w, sids, status, null, cutoff, penalty);
        }
        return Instance.of(ids, x, y, w, sids, sx, sy, status, null, greatCircle, cutoff, penalty);
    }
}
