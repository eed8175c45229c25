package org.nafitha.cli.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

import org.locationtech.jts.geom.Envelope;
import org.nafitha.analysis.layers.CoverageLayers;
import org.nafitha.analysis.layers.LocateLayers;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.core.AnalysisContext;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.geo.Crs;
import org.nafitha.io.Formats;
import org.nafitha.io.ImportException;
import org.nafitha.locate.LocateAnalyzer;
import org.nafitha.locate.LocateResult;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.locate.Solver;
import org.nafitha.locate.Solvers;
import org.nafitha.map.MapLayer;
import org.nafitha.map.MapRenderer;
import org.nafitha.map.Projector;
import org.nafitha.map.Viewport;
import org.nafitha.map.sources.FileLayers;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.map.sources.LayerSources;
import org.nafitha.map.sources.TableLayers;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.OutputFiles;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoreException;

/** {@code nafitha render}: draws a scenario (and files) as a map image. */
public final class RenderCommand implements Command {

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String summary() {
        return "draws a scenario's map (regions, zones, centers, files, store tables, analysis results) to a PNG, with legend and scale bar";
    }

    @Override
    public String usage() {
        return """
                Usage: nafitha render --scenario SCENARIO [--layers country,districts,regions,zones,centers,sites] [--layer-file PATH[;PATH...]]
                                      [--label-field NAME] [--crs EPSG:32636] [--file-crs EPSG:...] [--lang en|ar]
                                      [--layer-table TABLE[;TABLE...]] [--store PATH] [--table-scenario CODE|all]
                                      [--analysis coverage|locate[,...]] [--problem pmedian|mclp|lscp|pcenter] [--p N] [--radius-km R]
                                      [--time-limit S] [--seed N] [--solver vns|interchange]
                                      [--width 1600] [--height 1200] --out map.png
                  Layers from files (Shapefile, GeoJSON, GeoPackage, CSV with WKT) go below the scenario's; the map is drawn
                  in --crs (default UTM 36N) and fits every visible layer. --file-crs is the CRS of files (and of store
                  tables whose geometries have no SRID) that declare none.
                  --layer-table draws tables with a GEOMETRY column of the store (center_layer, region_layer, or any table
                  a GIS specialist made with H2GIS) or of any H2 database file given as --store (default $NAFITHA_STORE or
                  ~/.nafitha/nafitha-store); in a store, the rows of --table-scenario (default: the rendered scenario when
                  the store holds it, else every row; "all" for every row).
                  --analysis coverage runs the coverage analysis and draws its catchments and the zones within or beyond
                  the thresholds; --analysis locate solves --problem (default pmedian) with --p sites (or --radius-km) on
                  the scenario as "nafitha locate --scenario" does, and draws the chosen sites and each zone's line to its
                  site (--time-limit default 10 s).
                  --no-validate        draw even a scenario with errors (by default its errors are listed and the command exits 1)""";
    }

    @Override
    public int run(Options options, PrintStream out) {
        String name = options.required("scenario");
        Path target = Path.of(options.required("out"));
        int width = NumberOptions.integer(options, "width", 1600, 16, 20_000);
        int height = NumberOptions.integer(options, "height", 1200, 16, 20_000);
        String crsCode = options.optional("crs", Crs.UTM_36N);
        String fileCrs = options.optional("file-crs", null);
        String labelField = options.optional("label-field", null);
        String files = options.optional("layer-file", null);
        boolean arabic = "ar".equals(options.optional("lang", "en"));
        List<String> analyses = Arrays.asList(options.optional("analysis", "").split(","));
        for (String a : analyses) {
            if (!a.isBlank() && !a.equals("coverage") && !a.equals("locate")) {
                throw new UsageException("--analysis '" + a + "': expected coverage or locate (or both, comma-separated)");
            }
        }
        boolean coverage = analyses.contains("coverage");
        boolean locate = analyses.contains("locate");
        List<String> wanted = Arrays.asList(options.optional("layers", "country,districts,regions,zones,centers,sites").split(","));
        String tables = options.optional("layer-table", null);
        String storeOption = options.optional("store", null);
        String tableScenario = options.optional("table-scenario", null);
        if (tables == null && (storeOption != null || tableScenario != null)) {
            throw new UsageException("--store and --table-scenario go with --layer-table TABLE");
        }
        Problem problem = null;
        Solver solver = null;
        String solverId = null;
        Solver.Options solverOptions = null;
        if (locate) {
            try {
                Problem.Type type = Problem.type(options.optional("problem", "pmedian"));
                problem = new Problem(type, NumberOptions.integer(options, "p", 0, 1, 100_000),
                        NumberOptions.optional(options, "radius-km", Double.NaN, NumberOptions.Range.KILOMETRES), false);
                solverId = options.optional("solver", Solvers.DEFAULT);
                solver = Solvers.fromExtensions(null).get(solverId);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (!solver.supports(problem)) {
                throw new UsageException("solver " + solverId + " does not solve " + problem.type());
            }
            solverOptions = new Solver.Options(NumberOptions.optional(options, "time-limit", 10, NumberOptions.Range.between(0.001, 1e6, "seconds")),
                    NumberOptions.whole(options, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE), true);
        }
        boolean noValidate = ScenarioSource.noValidate(options);
        options.checkAllKnown();
        Crs crs;
        try {
            crs = Crs.of(crsCode);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Projector projector = new Projector(crs);
        Scenario scenario = ScenarioSource.loadForAnalysis(name, noValidate);
        List<MapLayer> layers = new ArrayList<>();
        if (files != null) {
            for (String file : files.split(";")) {
                try {
                    layers.add(FileLayers.load(Formats.fromExtensions(null), Path.of(file.trim()), fileCrs, projector,
                            labelField != null ? labelField : guessLabel(arabic)));
                } catch (ImportException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        }
        Map<String, LayerSource> sources = LayerSources.inLanguage(LayerSources.fromExtensions(null), arabic);
        if (tables != null) {
            layers.addAll(tableLayers(tables, storeOption == null ? ScenarioStore.defaultPath() : Path.of(storeOption), tableScenario, scenario,
                    projector, fileCrs, arabic));
        }
        // the analyses run through the runner, as in the workbench: coverage and location-allocation are analyzers
        Map<String, String> analysis = new HashMap<>();
        List<String> targets = new ArrayList<>();
        if (coverage) {
            targets.add(CoverageAnalyzer.ID);
        }
        if (locate) {
            targets.add(LocateAnalyzer.ID);
            analysis.put("locate.problem", problem.type().name().toLowerCase(Locale.ROOT));
            analysis.put("locate.p", Integer.toString(problem.p()));
            if (!Double.isNaN(problem.radiusKm())) {
                analysis.put("locate.radiusKm", Double.toString(problem.radiusKm()));
            }
            analysis.put("locate.solver", solverId);
            analysis.put("locate.timeLimit", Double.toString(solverOptions.timeLimitSeconds()));
            analysis.put("locate.seed", Long.toString(solverOptions.seed()));
        }
        Map<String, Object> results = targets.isEmpty() ? Map.of()
                : CsvOut.run(new AnalysisContext(scenario, analysis), targets.toArray(String[]::new)).results();
        if (coverage && sources.values().stream().noneMatch(source -> source instanceof CoverageLayers)) {
            sources.put("org.nafitha.coverage.layers", new CoverageLayers(arabic));
        }
        if (locate) {
            Solution solution = ((LocateResult) results.get(LocateAnalyzer.ID)).solution();
            out.printf(Locale.ROOT, "located %d sites (%s, objective %.1f)%n", solution.chosen().length,
                    problem.type().name().toLowerCase(Locale.ROOT), solution.objective());
            if (sources.values().stream().noneMatch(source -> source instanceof LocateLayers)) {
                sources.put("org.nafitha.locate.layers", new LocateLayers(arabic));
            }
        }
        for (MapLayer layer : LayerSources.layers(sources, new LayerSource.Input(scenario, results, projector))) {
            if (wanted.contains(layer.id()) || !isScenarioLayer(layer.id())) {
                layers.add(layer);
            }
        }
        Envelope all = new Envelope();
        layers.stream().filter(MapLayer::visible).forEach(l -> all.expandToInclude(l.bounds()));
        if (all.isNull()) {
            throw new IllegalStateException("nothing to draw: the layers are empty");
        }
        Viewport view = Viewport.fit(crs, all, 0.04, width, height);
        String title = (arabic && scenario.getNameAr() != null ? scenario.getNameAr() : scenario.getNameEn()) + " — " + crs.code();
        BufferedImage image = MapRenderer.render(layers, view, MapRenderer.Decorations.all(title));
        try {
            OutputFiles.write(target, stream -> {
                if (!ImageIO.write(image, "png", stream)) {
                    throw new IOException("no PNG writer");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        out.printf("drew %d layers (%d features) at %dx%d in %s; wrote %s%n", layers.size(),
                layers.stream().mapToInt(l -> l.features().size()).sum(), width, height, crs.code(), target);
        return Cli.OK;
    }

    /** The tables as layers; in a store, the rows of one scenario (given, else the rendered one when stored, else every row). */
    private static List<MapLayer> tableLayers(String tables, Path store, String tableScenario, Scenario scenario, Projector projector,
            String fileCrs, boolean arabic) {
        List<MapLayer> loaded = new ArrayList<>();
        try (Connection connection = TableLayers.open(store)) {
            List<String> stored = TableLayers.scenarios(connection);
            String only;
            if ("all".equals(tableScenario)) {
                only = null;
            } else if (tableScenario != null) {
                only = tableScenario;
            } else {
                only = stored.contains(scenario.getCode()) ? scenario.getCode() : null;
            }
            for (String table : tables.split(";")) {
                if (table.isBlank()) {
                    continue;
                }
                TableLayers.GeometryTable t = TableLayers.table(connection, table.trim());
                MapLayer layer = TableLayers.load(connection, t.qualifiedName(), projector, fileCrs, only != null && t.byScenario() ? only : null);
                if (arabic && layer.features().stream().anyMatch(f -> f.attributes().containsKey("name_ar"))) {
                    layer.setStyle(layer.style().copy().label("name_ar"));
                }
                loaded.add(layer);
            }
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException(store + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(store + ": " + e.getMessage(), e);
        }
        return loaded;
    }

    private static boolean isScenarioLayer(String id) {
        return List.of("country", "districts", "regions", "zones", "centers", "sites").contains(id);
    }

    /** The boundary files of Jordan name features in name_en / name (Arabic). */
    private static String guessLabel(boolean arabic) {
        return arabic ? "name" : "name_en";
    }
}
