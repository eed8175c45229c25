package org.nafitha.cli.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Envelope;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.cli.UsageException;
import org.nafitha.geo.Crs;
import org.nafitha.io.Formats;
import org.nafitha.io.ImportException;
import org.nafitha.map.MapLayer;
import org.nafitha.map.MapRenderer;
import org.nafitha.map.Projector;
import org.nafitha.map.Style;
import org.nafitha.map.Viewport;
import org.nafitha.map.sources.FileLayers;

/**
 * {@code nafitha bench render --polygons subdis_simpl_20m.gpkg}: draws the polygons, 100,000 demand points and 1,000
 * centers (synthetic, seeded, over Jordan) at 1600×1200 with legend and scale bar; prints the best and median
 * milliseconds a frame.
 */
final class RenderBench {

    private RenderBench() {
    }

    static int run(Options options, PrintStream out) {
        int points = NumberOptions.integer(options, "points", 100000, 1, 100_000_000);
        int centers = NumberOptions.integer(options, "centers", 1000, 1, 100_000_000);
        int width = NumberOptions.integer(options, "width", 1600, 1, 100_000_000);
        int height = NumberOptions.integer(options, "height", 1200, 1, 100_000_000);
        int frames = NumberOptions.integer(options, "frames", 20, 1, 100_000_000);
        String polygons = options.optional("polygons", null);
        options.takePositional();
        options.checkAllKnown();
        if (polygons == null || !Files.isRegularFile(Path.of(polygons))) {
            throw new UsageException("--polygons FILE: the subdistrict GeoPackage (../shared/data/jordan-boundaries/subdis_simpl_20m.gpkg)");
        }
        Projector projector = new Projector(Crs.of(Crs.UTM_36N));
        List<MapLayer> layers = new ArrayList<>();
        try {
            layers.add(FileLayers.load(Formats.builtIn(), Path.of(polygons), null, projector, "name_en"));
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        layers.add(points("zones", points, 11, projector, new Style().fill(new Color(0xF29E38)).pointSize(2.5)));
        layers.add(points("centers", centers, 12, projector, new Style().fill(new Color(0x1565C0)).stroke(Color.WHITE, 1f).pointSize(7)));
        Envelope all = new Envelope();
        layers.forEach(l -> all.expandToInclude(l.bounds()));
        Viewport view = Viewport.fit(projector.crs(), all, 0.03, width, height);
        MapRenderer.render(layers, view, MapRenderer.Decorations.all("warm-up")); // fonts and JIT
        long[] times = new long[frames];
        BufferedImage image = null;
        for (int f = 0; f < frames; f++) {
            long t0 = System.nanoTime();
            image = MapRenderer.render(layers, view, MapRenderer.Decorations.all("benchmark"));
            times[f] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        Map<String, Object> perLayer = new LinkedHashMap<>();
        for (MapLayer layer : layers) {
            long best = Long.MAX_VALUE;
            for (int f = 0; f < 5; f++) {
                long t0 = System.nanoTime();
                MapRenderer.render(List.of(layer), view, MapRenderer.Decorations.none());
                best = Math.min(best, System.nanoTime() - t0);
            }
            perLayer.put(layer.name(), best / 1e6);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "map render, Java2D, antialiased");
        result.put("polygons", layers.get(0).features().size());
        result.put("points", points);
        result.put("centers", centers);
        result.put("width", width);
        result.put("height", height);
        result.put("frames", frames);
        result.put("bestMs", times[0] / 1e6);
        result.put("medianMs", times[frames / 2] / 1e6);
        result.put("imagePixels", image.getWidth() * image.getHeight());
        result.put("bestMsByLayerAlone", perLayer);
        out.println(Json.write(result));
        return Cli.OK;
    }

    static MapLayer points(String id, int n, long seed, Projector projector, Style style) {
        double[][] p = BenchCommand.synthetic(n, new Random(seed));
        List<MapLayer.MapFeature> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            features.add(new MapLayer.MapFeature(id + i, projector.point(p[0][i], p[1][i]), Map.of()));
        }
        return new MapLayer(id, id, style, features);
    }
}
