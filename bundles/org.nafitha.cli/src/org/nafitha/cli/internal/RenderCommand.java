package org.nafitha.cli.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.locationtech.jts.geom.Envelope;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.geo.Crs;
import org.nafitha.io.Formats;
import org.nafitha.io.ImportException;
import org.nafitha.map.FileLayers;
import org.nafitha.map.LayerSource;
import org.nafitha.map.LayerSources;
import org.nafitha.map.MapLayer;
import org.nafitha.map.MapRenderer;
import org.nafitha.map.Projector;
import org.nafitha.map.Viewport;
import org.nafitha.model.Scenario;

/** {@code nafitha render}: draws a scenario (and files) as a map image. */
public final class RenderCommand implements Command {

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String summary() {
        return "draws a scenario's map (regions, zones, centers, files) to a PNG, with legend and scale bar";
    }

    @Override
    public String usage() {
        return """
                Usage: nafitha render --scenario SCENARIO [--layers regions,zones,centers,sites] [--layer-file PATH[;PATH...]]
                                      [--label-field NAME] [--crs EPSG:32636] [--file-crs EPSG:...] [--lang en|ar] [--analysis coverage]
                                      [--width 1600] [--height 1200] --out map.png
                  Layers from files (Shapefile, GeoJSON, GeoPackage, CSV with WKT) go below the scenario's; the map is drawn
                  in --crs (default UTM 36N) and fits every visible layer. --file-crs is the CRS of files that declare none.
                  --analysis coverage runs the coverage analysis and draws its catchments and the zones within or beyond
                  the thresholds.""";
    }

    @Override
    public int run(Options options, PrintStream out) {
        String name = options.required("scenario");
        Path target = Path.of(options.required("out"));
        int width = integer(options, "width", "1600");
        int height = integer(options, "height", "1200");
        String crsCode = options.optional("crs", Crs.UTM_36N);
        String fileCrs = options.optional("file-crs", null);
        String labelField = options.optional("label-field", null);
        String files = options.optional("layer-file", null);
        boolean arabic = "ar".equals(options.optional("lang", "en"));
        boolean coverage = "coverage".equals(options.optional("analysis", null));
        List<String> wanted = Arrays.asList(options.optional("layers", "regions,zones,centers,sites").split(","));
        options.checkAllKnown();
        Crs crs;
        try {
            crs = Crs.of(crsCode);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Projector projector = new Projector(crs);
        Scenario scenario = ScenarioSource.load(name);
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
        Map<String, LayerSource> sources = LayerSources.fromExtensions(null);
        if (arabic) {
            sources.replaceAll((id, s) -> s instanceof org.nafitha.map.ScenarioLayers ? new org.nafitha.map.ScenarioLayers(true) : s);
        }
        Map<String, Object> results = Map.of();
        if (coverage) {
            results = CsvOut.run(new org.nafitha.core.AnalysisContext(scenario, Map.of()), new org.nafitha.core.AnalyzerDescriptor(
                    org.nafitha.coverage.CoverageAnalyzer.ID, "Coverage", List.of(), org.nafitha.coverage.CoverageAnalyzer::new)).results();
            if (sources.values().stream().noneMatch(source -> source instanceof org.nafitha.coverage.CoverageLayers)) {
                sources.put("org.nafitha.coverage.layers", new org.nafitha.coverage.CoverageLayers());
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
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (!ImageIO.write(image, "png", target.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
        }
        out.printf("drew %d layers (%d features) at %dx%d in %s; wrote %s%n", layers.size(),
                layers.stream().mapToInt(l -> l.features().size()).sum(), width, height, crs.code(), target);
        return Cli.OK;
    }

    private static boolean isScenarioLayer(String id) {
        return List.of("regions", "zones", "centers", "sites").contains(id);
    }

    /** The boundary files of Jordan name features in name_en / name (Arabic). */
    private static String guessLabel(boolean arabic) {
        return arabic ? "name" : "name_en";
    }

    private static int integer(Options options, String name, String fallback) {
        String text = options.optional(name, fallback);
        try {
            int v = Integer.parseInt(text);
            if (v < 16 || v > 20_000) {
                throw new UsageException("--" + name + " " + v + ": expected 16 to 20000 pixels");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " '" + text + "': expected a whole number of pixels");
        }
    }
}
