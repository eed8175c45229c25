package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.nafitha.cli.Cli;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.geo.RoadGraph;
import org.nafitha.geo.RoadSnap;
import org.nafitha.geo.TravelTimes;

/**
 * {@code nafitha bench network}: a synthetic road grid over Jordan's extent of about --segments segments (each its own
 * two-vertex line, 30 to 100 km/h, 5 % one-way), --centers centers and --zones zones placed as the coverage benchmark
 * places points (70 % around the governorate seats), snapped within 2 km; a search from every center up to
 * --minutes. Prints the time of each step, the pairs found, the graph's bytes and the peak heap.
 */
final class NetworkBench {

    private NetworkBench() {
    }

    static int run(Options options, PrintStream out) {
        int segments = NumberOptions.integer(options, "segments", 200_000, 4, 50_000_000);
        int centers = NumberOptions.integer(options, "centers", 2000, 1, 10_000_000);
        int zones = NumberOptions.integer(options, "zones", 100_000, 1, 50_000_000);
        double minutes = NumberOptions.optional(options, "minutes", 60, NumberOptions.Range.between(0.1, 10_000, "minutes"));
        options.takePositional();
        options.checkAllKnown();
        int n = (int) Math.ceil(Math.sqrt(segments / 2.0)) + 1; // n x n nodes have 2 n (n - 1) segments
        double lon0 = 34.95;
        double lat0 = 29.2;
        double dLon = 4.35 / (n - 1);
        double dLat = 4.2 / (n - 1);
        Random rnd = new Random(2121);
        BenchCommand.resetPeaks();
        long t0 = System.nanoTime();
        RoadGraph.Builder b = new RoadGraph.Builder(true);
        int added = 0;
        for (int r = 0; r < n && added < segments; r++) {
            for (int c = 0; c < n && added < segments; c++) {
                // each coordinate computed one way only, so that the lines meeting at a grid point share its vertex exactly
                double lon = lon0 + c * dLon;
                double lat = lat0 + r * dLat;
                if (c + 1 < n) {
                    b.addLine(new double[] {lon, lon0 + (c + 1) * dLon}, new double[] {lat, lat}, speed(rnd), direction(rnd));
                    added++;
                }
                if (r + 1 < n && added < segments) {
                    b.addLine(new double[] {lon, lon}, new double[] {lat, lat0 + (r + 1) * dLat}, speed(rnd), direction(rnd));
                    added++;
                }
            }
        }
        RoadGraph g = b.build();
        long t1 = System.nanoTime();
        double[][] c = BenchCommand.synthetic(centers, new Random(1));
        double[][] z = BenchCommand.synthetic(zones, new Random(2));
        RoadSnap.Snap[] cs = RoadSnap.snap(g, c[0], c[1], 2);
        RoadSnap.Snap[] zs = RoadSnap.snap(g, z[0], z[1], 2);
        long t2 = System.nanoTime();
        double[] sum = {0};
        long pairs = TravelTimes.between(g, cs, zs, minutes, 5, Runtime.getRuntime().availableProcessors(), (s, t, m) -> sum[0] += m);
        long t3 = System.nanoTime();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "road network: grid over Jordan, a bounded Dijkstra from every center to the snapped zones");
        result.put("segments", g.segments());
        result.put("nodes", g.nodes());
        result.put("directedEdges", g.edges());
        result.put("centers", centers);
        result.put("zones", zones);
        result.put("maxMinutes", minutes);
        result.put("graphSeconds", (t1 - t0) / 1e9);
        result.put("snapSeconds", (t2 - t1) / 1e9);
        result.put("searchSeconds", (t3 - t2) / 1e9);
        result.put("pairsWithinMinutes", pairs);
        result.put("meanMinutes", pairs == 0 ? 0 : sum[0] / pairs);
        result.put("graphMiB", g.bytes() / (1024.0 * 1024));
        result.put("peakHeapMiB", BenchCommand.peakHeap() / (1024 * 1024));
        result.put("processors", Runtime.getRuntime().availableProcessors());
        result.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.println(Json.write(result));
        return Cli.OK;
    }

    private static double speed(Random rnd) {
        return 30 + 10 * rnd.nextInt(8);
    }

    private static RoadGraph.Direction direction(Random rnd) {
        return rnd.nextDouble() < 0.05 ? RoadGraph.Direction.FORWARD : RoadGraph.Direction.BOTH;
    }
}
