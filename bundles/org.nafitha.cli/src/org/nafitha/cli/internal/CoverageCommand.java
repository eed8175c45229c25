package org.nafitha.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.coverage.Decay;
import org.nafitha.coverage.FloatingCatchment;
import org.nafitha.coverage.Neighbourhood;
import org.nafitha.geo.CostTable;
import org.nafitha.geo.PointIndex;
import org.nafitha.model.Scenario;

/**
 * {@code nafitha coverage}: 2SFCA/E2SFCA on plain CSV files (to check the engine against other tools), or the whole
 * coverage analysis of a scenario.
 */
public final class CoverageCommand implements Command {

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public String summary() {
        return "accessibility (2SFCA/E2SFCA) of files, or coverage and equity of a scenario";
    }

    @Override
    public String usage() {
        return """
                Usage: nafitha coverage --demand demand.csv --sites sites.csv --method 2sfca|e2sfca --radius-km R
                                        [--bands "10:1,20:0.68,30:0.22"] [--distance euclidean|great-circle] --out access.csv
                       nafitha coverage --scenario SCENARIO --out DIR [--method 2sfca|e2sfca] [--radius-km R] [--bands ...]
                  demand.csv: id,x,y,weight   sites.csv: id,x,y,capacity   (x,y in km for euclidean, lon,lat for great-circle)
                  access.csv: id,access
                  --radius-km R   catchment radius for 2sfca (a place at exactly R is outside)
                  --bands         E2SFCA bands LIMIT:WEIGHT in km, increasing (default 10:1,20:0.68,30:0.22)
                  With --scenario, DIR receives zones.csv, points.csv (each place where a zone's residents live), centers.csv, regions.csv, groups.csv and summary.json.
                  With --costs, demand.csv may be id,weight and sites.csv id,capacity (coordinates are not needed).
                """ + CostOptions.HELP;
    }

    @Override
    public int run(Options options, PrintStream out) {
        String scenario = options.optional("scenario", null);
        String method = options.optional("method", null);
        String radius = CostOptions.radius(options);
        CostOptions costs = CostOptions.read(options);
        String bands = options.optional("bands", null);
        String outPath = options.required("out");
        if (scenario != null) {
            boolean noValidate = ScenarioSource.noValidate(options);
            options.checkAllKnown();
            return scenario(scenario, noValidate, method, radius, bands, costs, Path.of(outPath), out);
        }
        String demandFile = options.required("demand");
        String sitesFile = options.required("sites");
        String distance = options.optional("distance", costs.given() ? null : "euclidean");
        if (costs.given() && distance != null) {
            throw new UsageException("--distance and --costs: the costs are the distances; give one");
        }
        options.checkAllKnown();
        Decay decay = decay(method == null ? "2sfca" : method, radius, bands);
        Table demand = Table.read(Path.of(demandFile), costs.given(), "id", "x", "y", "weight");
        Table sites = Table.read(Path.of(sitesFile), costs.given(), "id", "x", "y", "capacity");
        Neighbourhood pairs;
        if (costs.given()) {
            CostTable table = costs.load(new HashSet<>(demand.ids), new HashSet<>(sites.ids));
            pairs = Neighbourhood.costs(table, demand.ids.toArray(String[]::new), sites.ids.toArray(String[]::new));
        } else {
            PointIndex index = switch (distance) {
                case "euclidean" -> PointIndex.euclideanKm(demand.x, demand.y, Math.max(decay.radiusKm() / 2, 1e-6));
                case "great-circle" -> PointIndex.greatCircle(demand.x, demand.y, Math.max(decay.radiusKm() / 2, 1e-6));
                default -> throw new UsageException("unknown --distance '" + distance + "': expected euclidean or great-circle");
            };
            pairs = Neighbourhood.indexed(index, sites.x, sites.y);
        }
        FloatingCatchment.Result r = FloatingCatchment.compute(pairs, demand.value, sites.value, decay,
                Runtime.getRuntime().availableProcessors());
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < demand.ids.size(); i++) {
            rows.add(List.of(demand.ids.get(i), r.access()[i]));
        }
        try {
            CsvOut.write(Path.of(outPath), "id,access", rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        out.println("wrote " + outPath + " (" + demand.ids.size() + " demand points, " + sites.ids.size() + " sites)");
        return Cli.OK;
    }

    static Decay decay(String method, String radius, String bands) {
        switch (method.toLowerCase(Locale.ROOT)) {
            case "2sfca":
                if (radius == null) {
                    throw new UsageException("--method 2sfca needs --radius (or --radius-km)");
                }
                try {
                    return Decay.step(NumberOptions.parse("radius", radius, NumberOptions.Range.POSITIVE));
                } catch (UsageException e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            case "e2sfca":
                try {
                    return Decay.bands(bands == null ? "10:1,20:0.68,30:0.22" : bands);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--bands: " + e.getMessage());
                }
            default:
                throw new UsageException("unknown --method '" + method + "': expected 2sfca or e2sfca");
        }
    }

    private int scenario(String name, boolean noValidate, String method, String radius, String bands, CostOptions costs, Path dir,
            PrintStream out) {
        Map<String, String> options = new HashMap<>();
        if (method != null) {
            options.put("coverage.method", method);
            decay(method, radius, bands); // checks the options before the run
        }
        if (radius != null) {
            options.put("coverage.radiusKm", radius);
        }
        if (bands != null) {
            options.put("coverage.bands", bands);
        }
        Scenario loaded = ScenarioSource.loadForAnalysis(name, noValidate);
        AnalysisContext context = new AnalysisContext(loaded, options, costs.forScenario(name, loaded));
        CsvOut.run(context, CoverageAnalyzer.ID);
        CoverageResult r = context.result(CoverageAnalyzer.ID, CoverageResult.class).orElseThrow();
        try {
            CsvOut.createDirectory(dir);
            CsvOut.write(dir.resolve("zones.csv"),
                    "code,name,region,population,area_type,nearest_center,distance_km,travel_minutes,covered,covered_population,access",
                    r.zones().stream().map(z -> List.<Object>of(z.code(), z.name(), z.region(), z.population(), z.areaType(),
                            z.nearestCenter(), finite(z.distanceKm()), finite(z.travelMinutes()), z.covered(), z.coveredPopulation(),
                            z.access())).toList());
            CsvOut.write(dir.resolve("points.csv"),
                    "code,zone,name,lat,lon,population,area_type,nearest_center,distance_km,travel_minutes,covered,access",
                    r.points().stream().map(q -> List.<Object>of(q.code(), q.zone(), q.name(), q.latitude(), q.longitude(),
                            q.population(), q.areaType(), q.nearestCenter(), finite(q.distanceKm()), finite(q.travelMinutes()),
                            q.covered(), q.access())).toList());
            CsvOut.write(dir.resolve("centers.csv"), "code,name,supply,supply_ratio,catchment_population",
                    r.centers().stream().map(c -> List.<Object>of(c.code(), c.name(), c.supply(), c.supplyRatio(),
                            c.catchmentPopulation())).toList());
            CsvOut.write(dir.resolve("regions.csv"), "code,name,population,covered_population,covered_share,mean_access",
                    r.regions().stream().map(g -> List.<Object>of(g.code(), g.name(), g.population(), g.coveredPopulation(),
                            g.coveredShare(), g.meanAccess())).toList());
            CsvOut.write(dir.resolve("groups.csv"), "code,name,residents,covered_residents,covered_share,mean_access,gini",
                    r.groups().stream().map(g -> List.<Object>of(g.code(), g.name(), g.residents(), g.coveredResidents(),
                            g.coveredShare(), g.meanAccess(), g.gini())).toList());
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("scenario", context.scenario().getCode());
            summary.put("method", r.method());
            summary.put("costUnit", r.costUnit());
            summary.put(r.minutes() ? "radiusMinutes" : "radiusKm", r.radiusKm());
            summary.put("accessUnit", r.supplyUnit() + " per 100,000 residents");
            long pop = r.regions().stream().mapToLong(CoverageResult.Region::population).sum();
            long covered = r.regions().stream().mapToLong(CoverageResult.Region::coveredPopulation).sum();
            summary.put("population", pop);
            summary.put("coveredPopulation", covered);
            summary.put("coveredShare", pop > 0 ? (double) covered / pop : 0);
            summary.put("gini", r.equity().gini());
            summary.put("theil", r.equity().theil());
            summary.put("palma", r.equity().palma());
            summary.put("underserved", r.underserved().stream().map(CoverageResult.Zone::code).toList());
            List<Object> lorenz = new ArrayList<>();
            for (int k = 0; k < r.equity().lorenzPopulation().length; k++) {
                lorenz.add(List.of(r.equity().lorenzPopulation()[k], r.equity().lorenzAccess()[k]));
            }
            summary.put("lorenz", lorenz);
            CsvOut.writeString(dir.resolve("summary.json"), Json.write(summary) + "\n");
            out.printf(Locale.ROOT, "%s: %,d of %,d residents (%.1f %%) within the thresholds; Gini %.3f, Theil %.3f, Palma %.2f; wrote %s%n",
                    context.scenario().getCode(), covered, pop, 100.0 * covered / pop, r.equity().gini(), r.equity().theil(),
                    r.equity().palma(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return Cli.OK;
    }


    /** An empty cell for a distance not known (costs in minutes) or a place no center reaches. */
    private static Object finite(double v) {
        return Double.isFinite(v) ? v : "";
    }

    /**
     * A CSV of id,x,y,value with a header (or id,value when {@code xyOptional}: no coordinates, as with a cost table);
     * an error names the file, the line and the column.
     */
    static final class Table {
        final List<String> ids = new ArrayList<>();
        double[] x;
        double[] y;
        double[] value;

        static Table read(Path file, boolean xyOptional, String... header) {
            Table t = new Table();
            List<double[]> rows = new ArrayList<>();
            Map<String, Integer> lines = new HashMap<>();
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line = r.readLine();
                if (line == null) {
                    throw new IllegalStateException(file + ": the file is empty; expected the header " + String.join(",", header));
                }
                String[] cols = line.replace("\uFEFF", "").trim().split(",");
                if (xyOptional && cols.length == 2 && cols[0].trim().equals(header[0]) && cols[1].trim().equals(header[3])) {
                    return readIdValue(r, file, header);
                }
                if (cols.length < 4 || !cols[0].trim().equals(header[0]) || !cols[1].trim().equals(header[1])
                        || !cols[2].trim().equals(header[2]) || !cols[3].trim().equals(header[3])) {
                    throw new IllegalStateException(file + " line 1: expected the header " + String.join(",", header) + ", found " + line);
                }
                int n = 1;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] c = line.split(",", -1);
                    if (c.length < 4) {
                        throw new IllegalStateException(file + " line " + n + ": expected 4 columns, found " + c.length);
                    }
                    double[] v = new double[3];
                    for (int k = 0; k < 3; k++) {
                        try {
                            v[k] = Double.parseDouble(c[k + 1].trim());
                        } catch (NumberFormatException e) {
                            throw new IllegalStateException(file + " line " + n + ", column " + header[k + 1] + ": expected a number, found '" + c[k + 1] + "'");
                        }
                        if (!Double.isFinite(v[k])) {
                            throw new IllegalStateException(file + " line " + n + ", column " + header[k + 1] + ": expected a finite number");
                        }
                    }
                    if (v[2] < 0) {
                        throw new IllegalStateException(file + " line " + n + ", column " + header[3] + ": expected 0 or more, found " + v[2]);
                    }
                    String id = c[0].trim();
                    Integer seen = lines.putIfAbsent(id, n);
                    if (seen != null) {
                        throw new IllegalStateException(file + " line " + n + ", column " + header[0] + ": the id '" + id
                                + "' is already on line " + seen + "; expected each id once");
                    }
                    t.ids.add(id);
                    rows.add(v);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
            }
            t.fill(rows);
            return t;
        }

        /** id,value lines after the header: coordinates NaN. */
        private static Table readIdValue(BufferedReader r, Path file, String... header) throws IOException {
            Table t = new Table();
            List<double[]> rows = new ArrayList<>();
            Map<String, Integer> lines = new HashMap<>();
            int n = 1;
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split(",", -1);
                if (c.length < 2) {
                    throw new IllegalStateException(file + " line " + n + ": expected 2 columns, found " + c.length);
                }
                double v;
                try {
                    v = Double.parseDouble(c[1].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(file + " line " + n + ", column " + header[3] + ": expected a number, found '" + c[1] + "'");
                }
                if (!Double.isFinite(v) || v < 0) {
                    throw new IllegalStateException(file + " line " + n + ", column " + header[3] + ": expected a finite number, 0 or more");
                }
                String id = c[0].trim();
                Integer seen = lines.putIfAbsent(id, n);
                if (seen != null) {
                    throw new IllegalStateException(file + " line " + n + ", column " + header[0] + ": the id '" + id
                            + "' is already on line " + seen + "; expected each id once");
                }
                t.ids.add(id);
                rows.add(new double[] {Double.NaN, Double.NaN, v});
            }
            t.fill(rows);
            return t;
        }

        private void fill(List<double[]> rows) {
            Table t = this;
            t.x = new double[rows.size()];
            t.y = new double[rows.size()];
            t.value = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                t.x[i] = rows.get(i)[0];
                t.y[i] = rows.get(i)[1];
                t.value[i] = rows.get(i)[2];
            }
        }
    }
}
