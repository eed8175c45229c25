package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Json;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.io.Feature;
import org.nafitha.io.FeatureReader;
import org.nafitha.io.Formats;
import org.nafitha.io.ImportException;
import org.nafitha.locate.Instance;
import org.nafitha.locate.OrLibrary;
import org.nafitha.locate.Problem;
import org.nafitha.locate.ScenarioInstance;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;
import org.nafitha.locate.Solvers;
import org.nafitha.model.Scenario;

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
                                      [--solver vns|interchange] --out result.json
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
                  counters at the centers' mean capacity per counter). DIR receives result.json and assignment.csv.""";
    }

    @Override
    public int run(Options options, PrintStream out) {
        String orlib = options.optional("orlib", null);
        String scenario = options.optional("scenario", null);
        Path target = Path.of(options.required("out"));
        double timeLimit = number(options, "time-limit", "60");
        long seed = (long) number(options, "seed", "1");
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
            int p = (int) number(options, "p", "0");
            double radius = number(options, "radius-km", "NaN");
            boolean capacity = options.flag("capacity");
            try {
                problem = new Problem(type, p, radius, capacity);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (scenario != null) {
                String group = options.optional("group", null);
                options.checkAllKnown();
                Scenario s = ScenarioSource.load(scenario);
                try {
                    instance = ScenarioInstance.of(s, capacity, group);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--" + e.getMessage());
                }
                label = s.getCode();
            } else {
                String distance = options.optional("distance", "great-circle");
                double cutoff = number(options, "cutoff-km", "Infinity");
                String demand = options.required("demand");
                String sites = options.required("sites");
                options.checkAllKnown();
                if (!distance.equals("euclidean") && !distance.equals("great-circle")) {
                    throw new UsageException("--distance '" + distance + "': expected euclidean or great-circle");
                }
                instance = fromFiles(Path.of(demand), Path.of(sites), distance.equals("great-circle"), cutoff, capacity);
                label = demand;
            }
        }
        if (!solver.supports(problem)) {
            throw new UsageException("solver " + solverId + " does not solve " + problem.type());
        }
        Solution s = solver.solve(instance, problem, run, new NullProgressMonitor());
        Map<String, Object> result = result(instance, s);
        try {
            if (scenario != null) {
                Files.createDirectories(target);
                Files.writeString(target.resolve("result.json"), Json.write(result) + "\n", StandardCharsets.UTF_8);
                List<List<Object>> rows = new ArrayList<>();
                for (int i = 0; i < instance.demandCount(); i++) {
                    int j = s.assignment()[i];
                    rows.add(List.of(instance.demandId(i), j < 0 ? "" : instance.siteId(j), Math.round(instance.weight(i))));
                }
                CsvOut.write(target.resolve("assignment.csv"), "place,site,population", rows);
            } else {
                Path parent = target.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.writeString(target, Json.write(result) + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "%s %s: objective %s with %d sites%s in %.2f s (%s); wrote %s%n", label,
                problem.type().name().toLowerCase(Locale.ROOT), format(s.objective()), s.chosen().length,
                s.hasBound() ? String.format(Locale.ROOT, ", bound %s, gap %.3f %%", format(s.bound()), 100 * s.gap()) : "", s.seconds(),
                s.solver(), target);
        return Cli.OK;
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

    private static double number(Options options, String name, String fallback) {
        String text = options.optional(name, fallback);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " '" + text + "': expected a number");
        }
    }

    private static Instance fromFiles(Path demand, Path sites, boolean greatCircle, double cutoff, boolean capacity) {
        List<Feature> d = read(demand);
        List<Feature> s = read(sites);
        int n = d.size();
        String[] ids = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            Feature f = d.get(i);
            ids[i] = text(demand, f, "id");
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
        for (int j = 0; j < m; j++) {
            Feature f = s.get(j);
            sids[j] = text(sites, f, "id");
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

    private static List<Feature> read(Path file) {
        List<Feature> list = new ArrayList<>();
        try (FeatureReader reader = Formats.builtIn().byId("csv").open(file)) {
            Feature f;
            while ((f = reader.next()) != null) {
                list.add(f);
            }
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (list.isEmpty()) {
            throw new IllegalStateException(file.getFileName() + ": expected at least one row");
        }
        return list;
    }

    private static String text(Path file, Feature f, String field) {
        Object v = f.get(field);
        if (v == null) {
            throw new IllegalStateException(file.getFileName() + ", " + f.location() + ", field '" + field + "': expected a value");
        }
        return v.toString();
    }

    private static double value(Path file, Feature f, String field) {
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
