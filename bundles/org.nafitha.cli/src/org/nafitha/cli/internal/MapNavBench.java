package org.nafitha.cli.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * {@code nafitha bench mapnav --polygons dis_simpl_20m.gpkg}: the workbench map's redraw while the planner pans and
 * zooms, with the district outlines (labelled), 100,000 demand points and 1,000 centers (synthetic, seeded, over
 * Jordan). From the full extent it walks a fixed path of steps as the map view takes them (a drag of 120 pixels, a
 * wheel notch of 1.25× about a pixel, out and in again) and times each frame as the view's render job makes it: the
 * frame drawn (scale bar and north arrow, no legend: the legend is a view of its own) and its pixels copied to a 24-bit
 * buffer as the job hands them to the display. Prints best, median, 95th percentile and worst milliseconds for pans
 * and zooms, of wall-clock time and of the thread's processor time (what a frame costs on one core: on a machine
 * shared with other work the wall clock also counts the waits for a core), with the machine's load average; the target
 * is 150 ms a frame.
 */
final class MapNavBench {

    private static final double TARGET_MS = 150;

    private MapNavBench() {
    }

    static int run(Options options, PrintStream out) {
        int points = NumberOptions.integer(options, "points", 100000, 1, 100_000_000);
        int centers = NumberOptions.integer(options, "centers", 1000, 1, 100_000_000);
        int width = NumberOptions.integer(options, "width", 1200, 1, 100_000);
        int height = NumberOptions.integer(options, "height", 800, 1, 100_000);
        int rounds = NumberOptions.integer(options, "rounds", 3, 1, 1000);
        String polygons = options.optional("polygons", null);
        options.takePositional();
        options.checkAllKnown();
        if (polygons == null || !Files.isRegularFile(Path.of(polygons))) {
            throw new UsageException("--polygons FILE: the district GeoPackage (../shared/data/jordan-boundaries/dis_simpl_20m.gpkg)");
        }
        Projector projector = new Projector(Crs.of(Crs.UTM_36N));
        List<MapLayer> layers = new ArrayList<>();
        try {
            MapLayer districts = FileLayers.load(Formats.builtIn(), Path.of(polygons), null, projector, "name_en");
            districts.setStyle(new Style().fill(new Color(0xEDE7DA)).stroke(new Color(0x8A7F6A), 1f).label("name_en"));
            layers.add(districts);
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        layers.add(RenderBench.points("zones", points, 11, projector, new Style().fill(new Color(0xF29E38)).pointSize(2.5)));
        layers.add(RenderBench.points("centers", centers, 12, projector, new Style().fill(new Color(0x1565C0)).stroke(Color.WHITE, 1f)
                .pointSize(7)));
        Envelope all = new Envelope();
        layers.forEach(l -> all.expandToInclude(l.bounds()));
        Viewport start = Viewport.fit(projector.crs(), all, 0.04, width, height);
        MapRenderer.Decorations decorations = new MapRenderer.Decorations(null, false, true, true);
        frame(layers, start, decorations, null); // fonts and JIT
        frame(layers, start, decorations, null);
        List<Double> pans = new ArrayList<>();
        List<Double> zooms = new ArrayList<>();
        List<Double> panCpu = new ArrayList<>();
        List<Double> zoomCpu = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Viewport view = start;
            // in towards Amman by the wheel, panning about, and back out: the walk a planner takes
            int[][] steps = {{1, 0}, {1, 0}, {1, 0}, {0, 120}, {0, -120}, {1, 0}, {0, 120}, {0, 120}, {1, 0}, {0, -120}, {-1, 0},
                {-1, 0}, {0, 120}, {-1, 0}, {-1, 0}, {-1, 0}};
            double[] amman = projector.crs().project(35.93, 31.95);
            for (int[] step : steps) {
                if (step[0] != 0) {
                    view = view.zoom(step[0] > 0 ? 1.25 : 0.8, view.pixelX(amman[0]), view.pixelY(amman[1]));
                    zooms.add(frame(layers, view, decorations, zoomCpu));
                } else {
                    view = view.pan(step[1], step[1] / 2.0);
                    pans.add(frame(layers, view, decorations, panCpu));
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "map pan and zoom redraw, as the map view's render job makes a frame");
        result.put("polygons", layers.get(0).features().size());
        result.put("points", points);
        result.put("centers", centers);
        result.put("width", width);
        result.put("height", height);
        result.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        result.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        result.put("panWall", stats(pans));
        result.put("zoomWall", stats(zooms));
        result.put("panCpu", stats(panCpu));
        result.put("zoomCpu", stats(zoomCpu));
        double worstCpu = Math.max(panCpu.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                zoomCpu.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        double worstWall = Math.max(pans.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                zooms.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        result.put("targetMs", TARGET_MS);
        result.put("worstCpuMs", round(worstCpu));
        result.put("worstWallMs", round(worstWall));
        result.put("withinTargetCpu", worstCpu <= TARGET_MS);
        result.put("withinTargetWall", worstWall <= TARGET_MS);
        out.println(Json.write(result));
        return Cli.OK;
    }

    /**
     * One frame: drawn, then its pixels copied to 24-bit RGB as the view's job hands them to the display; the
     * milliseconds of processor time the frame took on its thread (its cost on one core, whatever else the machine
     * runs) into {@code cpu}, and the wall-clock milliseconds returned.
     */
    private static double frame(List<MapLayer> layers, Viewport view, MapRenderer.Decorations decorations, List<Double> cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        BufferedImage image = MapRenderer.render(layers, view, decorations);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] rgb = new byte[pixels.length * 3];
        for (int i = 0, j = 0; i < pixels.length; i++) {
            int p = pixels[i];
            rgb[j++] = (byte) (p >> 16);
            rgb[j++] = (byte) (p >> 8);
            rgb[j++] = (byte) p;
        }
        if (rgb.length == 0) {
            throw new IllegalStateException("an empty frame");
        }
        long wall = System.nanoTime() - t0;
        if (cpu != null) {
            cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        return wall / 1e6;
    }

    private static Map<String, Object> stats(List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("frames", sorted.length);
        s.put("bestMs", round(sorted[0]));
        s.put("medianMs", round(sorted[sorted.length / 2]));
        s.put("p95Ms", round(sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]));
        s.put("worstMs", round(sorted[sorted.length - 1]));
        s.put("meanMs", round(Arrays.stream(sorted).average().orElse(0)));
        return s;
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
