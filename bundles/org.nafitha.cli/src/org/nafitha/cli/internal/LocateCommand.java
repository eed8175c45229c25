package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.cli.Progress;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.core.AnalysisContext;
import org.nafitha.geo.CostTable;
import org.nafitha.io.Feature;
import org.nafitha.io.FeatureReader;
import org.nafitha.io.Formats;
import org.nafitha.io.ImportException;
import org.nafitha.locate.Instance;
import org.nafitha.locate.LocateAnalyzer;
import org.nafitha.locate.LocateResult;
import org.nafitha.locate.OrLibrary;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;
import org.nafitha.locate.Solvers;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.OutputFiles;

/** {@code nafitha locate}: where to open centers (p-median, MCLP, LSCP, p-center) from files, an OR-Library instance or a scenario. */
public final class LocateCommand implements Command {

    @Override
    public String name() {
        return "locate";
    }

    @Override
    public String summary() {
        return "location-allocation: p-median, MCLP, LSCP, p-center, with bounds and gaps";
    }

    @Override
    public String usage() {
        return """
                Usage: nafitha locate --demand demand.csv --sites sites.csv --problem pmedian|mclp|lscp|pcenter [--p N] [--radius-km R]
                                      [--capacity] [--distance euclidean|great-circle] [--cutoff-km C] [--time-limit S] [--seed N]
                                      [--solver auto|vns|interchange|exact] --out result.json
                       nafitha locate --orlib FILE --out result.json [--solver ...] [--time-limit S] [--seed N]
                       nafitha locate --scenario SCENARIO --problem ... [--p N] [--radius-km R] [--group CODE] [--capacity] --out DIR
                  demand.csv: id,x,y,weight   sites.csv: id,x,y[,capacity][,status]  (status: required|candidate|excluded;
                  x,y in km for euclidean, lon,lat for great-circle, the default)
                  --cutoff-km keeps, for each demand point, the sites within C km (default: every site); a point with no
                  open site within it costs twice the cutoff. --capacity assigns each point whole within the sites' capacities.
                  result.json: problem, objective, chosen, assignment, bound and gap (when a bound is computed), seconds.
                  With --scenario the demand is where each zone's residents live (its settlements, or the zone), the sites the comprehensive centers (existing ones
                  required, planned ones candidates) and the candidate sites; --group weighs each place by the residents of a
                  population group; --capacity gives each site the residents its counters can serve (capacity analysis:
                  daily capacity x working days / in-person visits a resident makes a year; a candidate site its maximum
                  counters at the centers' mean capacity per counter). DIR receives result.json and assignment.csv.
                  With --capacity, sites given more than their capacity are listed under "overload", with a warning (also
                  when no p sites can hold the demand). Demand beyond the radius of every open site is listed under "uncovered".
                  --no-validate        solve even a scenario with errors (by default its errors are listed and the command exits 1)
                  With --costs, demand.csv may be id,weight and sites.csv id[,capacity][,status]; radius, cutoff and objective are
                  in the table's unit (--cutoff is the unit-neutral --cutoff-km).
                """ + LocatePhasing.USAGE + CostOptions.HELP;
    }

    @Override
    public int run(Options options, PrintStream out) {
        if (options.optional("periods", null) != null) {
            return LocatePhasing.run(options, out);
        }
        String orlib = options.optional("orlib", null);
        String scenario = options.optional("scenario", null);
        Path target = Path.of(options.required("out"));
        double timeLimit = NumberOptions.optional(options, "time-limit", 60, NumberOptions.Range.between(0.001, 1e6, "seconds"));
        long seed = NumberOptions.whole(options, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        String solverId = options.optional("solver", Solvers.DEFAULT);
        Solver solver;
        try {
            solver = Solvers.fromExtensions(null).get(solverId);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Solver.Options run = new Solver.Options(timeLimit, seed, true);
        Instance instance;
        Problem problem;
        Scenario located = null;
        CostTable table = null;
        String unit = "km";
        Map<String, String> analysis = new HashMap<>();
        String label;
        if (orlib != null) {
            options.checkAllKnown();
            try {
                OrLibrary lib = OrLibrary.read(Path.of(orlib));
                instance = lib.instance();
                problem = Problem.pMedian(lib.p());
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            label = Path.of(orlib).getFileName().toString();
        } else {
            Problem.Type type;
            try {
                type = Problem.type(options.required("problem"));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            int p = NumberOptions.integer(options, "p", 0, 0, 1_000_000);
            String radiusText = CostOptions.radius(options);
            double radius = radiusText == null ? Double.NaN : Double.parseDouble(radiusText);
            CostOptions costs = CostOptions.read(options);
            boolean capacity = options.flag("capacity");
            try {
                problem = new Problem(type, p, radius, capacity);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (scenario != null) {
                String group = options.optional("group", null);
                boolean noValidate = ScenarioSource.noValidate(options);
                options.checkAllKnown();
                located = ScenarioSource.loadForAnalysis(scenario, noValidate);
                table = costs.forScenario(scenario, located);
                analysis.put("locate.problem", type.name().toLowerCase(Locale.ROOT));
                analysis.put("locate.p", Integer.toString(p));
                if (!Double.isNaN(radius)) {
                    analysis.put("locate.radiusKm", Double.toString(radius));
                }
                analysis.put("locate.capacity", Boolean.toString(capacity));
                if (group != null) {
                    analysis.put("locate.group", group);
                }
                analysis.put("locate.solver", solverId);
                analysis.put("locate.timeLimit", Double.toString(timeLimit));
                analysis.put("locate.seed", Long.toString(seed));
                instance = null; // the analyzer makes it from the scenario (ScenarioInstance)
                label = located.getCode();
            } else {
                String distance = options.optional("distance", costs.given() ? null : "great-circle");
                double cutoff = NumberOptions.optional(options, "cutoff-km", Double.POSITIVE_INFINITY, NumberOptions.Range.KILOMETRES);
                cutoff = NumberOptions.optional(options, "cutoff", cutoff, NumberOptions.Range.POSITIVE);
                String demand = options.required("demand");
                String sites = options.required("sites");
                options.checkAllKnown();
                if (costs.given()) {
                    if (distance != null) {
                        throw new UsageException("--distance and --costs: the costs are the distances; give one");
                    }
                    instance = CostLocate.fromFiles(Path.of(demand), Path.of(sites), costs, cutoff, capacity);
                    unit = costs.unitSymbol();
                } else if (!distance.equals("euclidean") && !distance.equals("great-circle")) {
                    throw new UsageException("--distance '" + distance + "': expected euclidean or great-circle");
                } else {
                    instance = fromFiles(Path.of(demand), Path.of(sites), distance.equals("great-circle"), cutoff, capacity);
                }
                label = demand;
            }
        }
        if (!solver.supports(problem)) {
            throw new UsageException("solver " + solverId + " does not solve " + problem.type());
        }
        Solution s;
        String shortOfCapacity = null;
        try (AutoCloseable ticking = Progress.ticking("locate", "solving " + problem.type().name().toLowerCase(Locale.ROOT), timeLimit)) {
            if (located != null) {
                // the scenario's instance and its solution come from the location-allocation analyzer, as in the workbench
                LocateResult r;
                try {
                    r = (LocateResult) CsvOut.run(new AnalysisContext(located, analysis, table), LocateAnalyzer.ID).results()
                            .get(LocateAnalyzer.ID);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--" + e.getMessage());
                }
                instance = r.instance();
                s = r.solution();
                unit = table == null ? unit : table.unit().symbol();
            } else {
                shortOfCapacity = problem.capacitated() ? capacityShortfall(instance, problem) : null;
                s = solver.solve(instance, problem, run, new NullProgressMonitor());
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (shortOfCapacity == null && problem.capacitated()) {
            shortOfCapacity = capacityShortfall(instance, problem);
        }
        Map<String, Object> result = result(instance, s);
        result.put("requestedSolver", solverId);
        String used = solverId.equals(s.solver()) ? s.solver() : solverId + ": " + s.solver();
        result.put("costUnit", unit);
        String warning = "";
        if (problem.type() == Problem.Type.PMEDIAN && problem.capacitated()) {
            Map<String, Double> overload = overload(instance, s);
            if (shortOfCapacity != null) {
                result.put("warnings", List.of(shortOfCapacity));
                warning = "; warning: " + shortOfCapacity;
            }
            if (!overload.isEmpty()) {
                result.put("overload", overload);
                warning += String.format(Locale.ROOT, "; warning: %d of the chosen sites get more than their capacity (%s over in all; "
                        + "\"overload\" in the result lists them)", overload.size(), format(overload.values().stream().mapToDouble(Double::doubleValue).sum()));
            }
        }
        if (problem.type() != Problem.Type.PMEDIAN) {
            double total = 0;
            double beyond = 0;
            int points = 0;
            for (int i = 0; i < instance.demandCount(); i++) {
                total += instance.weight(i);
                if (s.assignment()[i] < 0 || !Double.isNaN(problem.radiusKm()) && !covered(instance, i, s.assignment()[i], problem.radiusKm())) {
                    beyond += instance.weight(i);
                    points++;
                }
            }
            if (points > 0 && beyond >= total && total > 0) {
                throw new IllegalStateException(String.format(Locale.ROOT, "no site covers any demand within %s %s: all %d demand points "
                        + "(weight %s) are farther from every usable site; try a larger --radius", format(problem.radiusKm()), unit, points,
                        format(beyond)));
            }
            if (points > 0) {
                result.put("uncovered", Map.of("points", points, "weight", beyond));
                warning = String.format(Locale.ROOT, "; %d demand points (weight %s) beyond %s %s of every open site", points, format(beyond),
                        format(problem.radiusKm()), unit);
            }
        }
        try {
            if (scenario != null) {
                CsvOut.createDirectory(target);
                CsvOut.writeString(target.resolve("result.json"), Json.write(result) + "\n");
                List<List<Object>> rows = new ArrayList<>();
                for (int i = 0; i < instance.demandCount(); i++) {
                    int j = s.assignment()[i];
                    rows.add(List.of(instance.demandId(i), j < 0 ? "" : instance.siteId(j), Math.round(instance.weight(i))));
                }
                CsvOut.write(target.resolve("assignment.csv"), "place,site,population", rows);
            } else {
                CsvOut.writeString(target, Json.write(result) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "%s %s: objective %s%s with %d sites%s in %.2f s (%s)%s; wrote %s%n", label,
                problem.type().name().toLowerCase(Locale.ROOT), format(s.objective()), objectiveUnit(problem, unit), s.chosen().length,
                s.hasBound() ? String.format(Locale.ROOT, ", bound %s, gap %.3f %%", format(s.bound()), 100 * s.gap()) : "", s.seconds(),
                used, warning, target);
        return Cli.OK;
    }

    /** What the objective counts: weighted minutes or km (p-median), minutes or km (p-center), weight or sites. */
    private static String objectiveUnit(Problem problem, String unit) {
        return switch (problem.type()) {
            case PMEDIAN -> " " + unit + " x weight";
            case PCENTER -> " " + unit;
            default -> "";
        };
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    static Map<String, Object> result(Instance instance, Solution s) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("problem", s.problem().type().name().toLowerCase(Locale.ROOT));
        result.put("solver", s.solver());
        result.put("objective", s.objective());
        List<String> chosen = new ArrayList<>();
        for (int j : s.chosen()) {
            chosen.add(instance.siteId(j));
        }
        result.put("chosen", chosen);
        Map<String, Object> assignment = new LinkedHashMap<>();
        for (int i = 0; i < instance.demandCount(); i++) {
            int j = s.assignment()[i];
            assignment.put(instance.demandId(i), j < 0 ? null : instance.siteId(j));
        }
        result.put("assignment", assignment);
        if (s.hasBound()) {
            result.put("bound", s.bound());
            result.put("gap", s.gap());
        }
        if (!Double.isNaN(s.covered())) {
            result.put("covered", s.covered());
        }
        result.put("seconds", s.seconds());
        return result;
    }

    /** Whether demand point i is within the radius of site j (the instance lists each point's sites by distance). */
    private static boolean covered(Instance instance, int i, int j, double radiusKm) {
        for (int k = instance.listStart(i), end = instance.listStart(i + 1); k < end; k++) {
            if (instance.listSite(k) == j) {
                return instance.listKm(k) <= radiusKm;
            }
        }
        return false;
    }

    /**
     * Whether the capacities cannot hold the demand whatever the sites chosen: the required sites and the largest
     * candidates, p in all, hold less than the total weight. The problem is then infeasible as asked: the answer is
     * still given, with every site's overload, and this warning; null when the capacities can suffice.
     */
    private static String capacityShortfall(Instance instance, Problem problem) {
        double demand = 0;
        for (int i = 0; i < instance.demandCount(); i++) {
            demand += instance.weight(i);
        }
        double held = 0;
        int open = 0;
        List<Double> candidates = new ArrayList<>();
        for (int j = 0; j < instance.siteCount(); j++) {
            double c = instance.capacity(j);
            if (instance.status(j) == Instance.Status.REQUIRED) {
                held += c;
                open++;
            } else if (instance.status(j) == Instance.Status.CANDIDATE) {
                candidates.add(c);
            }
        }
        candidates.sort(Comparator.reverseOrder());
        for (int k = 0; k < candidates.size() && open < problem.p(); k++, open++) {
            held += candidates.get(k);
        }
        if (held < demand) {
            return String.format(Locale.ROOT, "infeasible as asked: the %d sites of largest capacity hold %s, less than the demand of %s "
                    + "(raise --p or the capacities)", open, format(held), format(demand));
        }
        return null;
    }

    /** The chosen sites assigned more weight than their capacity, with the excess. */
    private static Map<String, Double> overload(Instance instance, Solution s) {
        double[] assigned = new double[instance.siteCount()];
        for (int i = 0; i < instance.demandCount(); i++) {
            if (s.assignment()[i] >= 0) {
                assigned[s.assignment()[i]] += instance.weight(i);
            }
        }
        Map<String, Double> over = new LinkedHashMap<>();
        for (int j : s.chosen()) {
            double c = instance.capacity(j);
            if (!Double.isNaN(c) && assigned[j] > c + 1e-9) {
                over.put(instance.siteId(j), assigned[j] - c);
            }
        }
        return over;
    }

    private static Instance fromFiles(Path demand, Path sites, boolean greatCircle, double cutoff, boolean capacity) {
        List<Feature> d = read(demand);
        List<Feature> s = read(sites);
        int n = d.size();
        String[] ids = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Feature f = d.get(i);
            ids[i] = unique(demand, f, text(demand, f, "id"), seen);
            x[i] = value(demand, f, "x");
            y[i] = value(demand, f, "y");
            w[i] = value(demand, f, "weight");
        }
        int m = s.size();
        String[] sids = new String[m];
        double[] sx = new double[m];
        double[] sy = new double[m];
        double[] cap = capacity ? new double[m] : null;
        Instance.Status[] status = new Instance.Status[m];
        seen.clear();
        for (int j = 0; j < m; j++) {
            Feature f = s.get(j);
            sids[j] = unique(sites, f, text(sites, f, "id"), seen);
            sx[j] = value(sites, f, "x");
            sy[j] = value(sites, f, "y");
            Object st = f.get("status");
            try {
                status[j] = st == null ? Instance.Status.CANDIDATE : Instance.Status.valueOf(st.toString().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(sites.getFileName() + ", " + f.location() + ", field 'status': expected required, candidate or excluded, found '" + st + "'");
            }
            if (capacity) {
                cap[j] = value(sites, f, "capacity");
            }
        }
        double penalty = Double.isInfinite(cutoff) ? 0 : 2 * cutoff;
        return Instance.of(ids, x, y, w, sids, sx, sy, status, cap, greatCircle, cutoff, penalty);
    }

    /** Refuses an id met before in the same file, naming both places. */
    static String unique(Path file, Feature f, String id, Map<String, String> seen) {
        String before = seen.putIfAbsent(id, f.location());
        if (before != null) {
            throw new IllegalStateException(file.getFileName() + ", " + f.location() + ", field 'id': the id '" + id + "' is already at "
                    + before + "; expected each id once");
        }
        return id;
    }

    static List<Feature> read(Path file) {
        List<Feature> list = new ArrayList<>();
        try (FeatureReader reader = Formats.builtIn().byId("csv").open(file)) {
            Feature f;
            while ((f = reader.next()) != null) {
                list.add(f);
            }
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + OutputFiles.reason(e), e);
        }
        if (list.isEmpty()) {
            throw new IllegalStateException(file.getFileName() + ": expected at least one row");
        }
        return list;
    }

    static String text(Path file, Feature f, String field) {
        Object v = f.get(field);
        if (v == null) {
            throw new IllegalStateException(file.getFileName() + ", " + f.location() + ", field '" + field + "': expected a value");
        }
        return v.toString();
    }

    static double value(Path file, Feature f, String field) {
        String t = text(file, f, field);
        try {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(file.getFileName() + ", " + f.location() + ", field '" + field + "': expected a number, found '" + t + "'");
    }
}
