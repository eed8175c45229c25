import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.traverse.ClosestFirstIterator;
import org.nafitha.geo.RoadGraph;
import org.nafitha.geo.RoadSnap;
import org.nafitha.geo.TravelTimes;

/**
 * Nafitha's bounded Dijkstra (org.nafitha.geo.TravelTimes, primitive arrays) against JGraphT's (ClosestFirstIterator
 * with a radius, over a DefaultDirectedWeightedGraph of Integer vertices), on the graph of "nafitha bench network":
 * a grid of 200,000 two-vertex road segments over Jordan (30 to 100 km/h, 5 % one-way), 2,000 centers and 100,000
 * zones snapped within 2 km, every center searched up to 60 minutes, the zones reached counted as pairs.
 * <p>
 * JGraphT gets the same work: each center is a vertex of its own joined to its snapped segment's ends by edges of the
 * minutes our search seeds them with, each zone hangs off its segment's ends with the minutes ours adds. (Ours also
 * joins a center and a zone on the same segment directly along it; JGraphT's count can miss those few pairs.)
 * <p>
 * graphBuildSeconds: ours from the lines; JGraphT's from ours (its vertices and edges added). graphHeldMiB: the heap the
 * graph holds after a collection; peakHeapMiB: the heap's peak during the searches (the graphs included).
 * <p>
 * Run by releng/bench/jgrapht-bench.sh: {@code java JGraphTBench ours|jgrapht [threads]}, each in its own JVM so that
 * the memory figures are its own.
 */
public final class JGraphTBench {

    private static final double[][] SEATS = {{35.9106, 31.9539}, {35.85, 32.5556}, {36.088, 32.0728}, {36.208, 32.3429},
        {35.7272, 32.0392}, {35.7939, 31.716}, {35.8993, 32.2803}, {35.7517, 32.3326}, {35.7048, 31.1853},
        {35.6042, 30.8375}, {35.7341, 30.1962}, {35.0063, 29.5321}};
    private static final int SEGMENTS = 200_000;
    private static final int CENTERS = 2000;
    private static final int ZONES = 100_000;
    private static final double MAX_MINUTES = 60;
    private static final double OFF_ROAD_KMH = 5;

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "ours";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long before = usedAfterGc();
        long built = System.nanoTime();
        RoadGraph g = grid();
        double gridSeconds = (System.nanoTime() - built) / 1e9;
        long graphHeld = usedAfterGc() - before;
        double[][] c = places(CENTERS, new Random(1));
        double[][] z = places(ZONES, new Random(2));
        RoadSnap.Snap[] cs = RoadSnap.snap(g, c[0], c[1], 2);
        RoadSnap.Snap[] zs = RoadSnap.snap(g, z[0], z[1], 2);
        long pairs;
        double seconds;
        long held;
        double buildSeconds = 0;
        if (which.equals("ours")) {
            held = graphHeld;
            buildSeconds = gridSeconds;
            resetPeaks();
            long t0 = System.nanoTime();
            pairs = TravelTimes.between(g, cs, zs, MAX_MINUTES, OFF_ROAD_KMH, threads, (s, t, m) -> {
            });
            seconds = (System.nanoTime() - t0) / 1e9;
        } else if (which.equals("jgrapht")) {
            long b0 = usedAfterGc();
            long t0 = System.nanoTime();
            Graph<Integer, DefaultWeightedEdge> jg = jgrapht(g, cs);
            buildSeconds = (System.nanoTime() - t0) / 1e9;
            held = usedAfterGc() - b0;
            Attachments at = new Attachments(g, zs);
            resetPeaks();
            long t1 = System.nanoTime();
            pairs = searchJGraphT(jg, g.nodes(), at, threads);
            seconds = (System.nanoTime() - t1) / 1e9;
        } else {
            throw new IllegalArgumentException("expected ours or jgrapht, found " + which);
        }
        System.out.printf(Locale.ROOT, "{\"search\": \"%s\", \"threads\": %d, \"segments\": %d, \"nodes\": %d, \"centers\": %d, \"zones\": %d, "
                + "\"maxMinutes\": %.0f, \"graphBuildSeconds\": %.3f, \"searchSeconds\": %.3f, \"pairsWithinMinutes\": %d, "
                + "\"graphHeldMiB\": %.1f, \"peakHeapMiB\": %.1f}%n", which, threads, g.segments(), g.nodes(), CENTERS, ZONES, MAX_MINUTES,
                buildSeconds, seconds, pairs, held / 1048576.0, peakHeap() / 1048576.0);
    }

    /** The grid of "nafitha bench network": the same extent, seed and order of draws. */
    private static RoadGraph grid() {
        int n = (int) Math.ceil(Math.sqrt(SEGMENTS / 2.0)) + 1;
        double lon0 = 34.95;
        double lat0 = 29.2;
        double dLon = 4.35 / (n - 1);
        double dLat = 4.2 / (n - 1);
        Random rnd = new Random(2121);
        RoadGraph.Builder b = new RoadGraph.Builder(true);
        int added = 0;
        for (int r = 0; r < n && added < SEGMENTS; r++) {
            for (int c = 0; c < n && added < SEGMENTS; c++) {
                double lon = lon0 + c * dLon;
                double lat = lat0 + r * dLat;
                if (c + 1 < n) {
                    b.addLine(new double[] {lon, lon0 + (c + 1) * dLon}, new double[] {lat, lat}, speed(rnd), direction(rnd));
                    added++;
                }
                if (r + 1 < n && added < SEGMENTS) {
                    b.addLine(new double[] {lon, lon}, new double[] {lat, lat0 + (r + 1) * dLat}, speed(rnd), direction(rnd));
                    added++;
                }
            }
        }
        return b.build();
    }

    private static double speed(Random rnd) {
        return 30 + 10 * rnd.nextInt(8);
    }

    private static RoadGraph.Direction direction(Random rnd) {
        return rnd.nextDouble() < 0.05 ? RoadGraph.Direction.FORWARD : RoadGraph.Direction.BOTH;
    }

    /** Points over Jordan: 70 % around the governorate seats (gaussian, sigma 15 km), 30 % over the bounding box. */
    private static double[][] places(int count, Random rnd) {
        double[] lon = new double[count];
        double[] lat = new double[count];
        for (int i = 0; i < count; i++) {
            if (rnd.nextDouble() < 0.7) {
                double[] seat = SEATS[rnd.nextInt(SEATS.length)];
                lat[i] = seat[1] + rnd.nextGaussian() * 15 / 111.2;
                lon[i] = seat[0] + rnd.nextGaussian() * 15 / (111.2 * Math.cos(Math.toRadians(seat[1])));
            } else {
                lon[i] = 34.95 + rnd.nextDouble() * 4.35;
                lat[i] = 29.2 + rnd.nextDouble() * 4.2;
            }
        }
        return new double[][] {lon, lat};
    }

    private static double offMinutes(double km) {
        return km / OFF_ROAD_KMH * 60;
    }

    /** The road graph as JGraphT's, with vertex nodes() + k for center k joined to its segment's ends. */
    private static Graph<Integer, DefaultWeightedEdge> jgrapht(RoadGraph g, RoadSnap.Snap[] centers) {
        Graph<Integer, DefaultWeightedEdge> jg = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < g.nodes() + centers.length; v++) {
            jg.addVertex(v);
        }
        for (int s = 0; s < g.segments(); s++) {
            RoadGraph.Direction d = g.segmentDirection(s);
            if (d != RoadGraph.Direction.BACKWARD) {
                jg.setEdgeWeight(jg.addEdge(g.segmentFrom(s), g.segmentTo(s)), g.segmentMinutes(s));
            }
            if (d != RoadGraph.Direction.FORWARD) {
                jg.setEdgeWeight(jg.addEdge(g.segmentTo(s), g.segmentFrom(s)), g.segmentMinutes(s));
            }
        }
        for (int k = 0; k < centers.length; k++) {
            RoadSnap.Snap c = centers[k];
            if (!c.onRoad()) {
                continue;
            }
            int s = c.segment();
            RoadGraph.Direction d = g.segmentDirection(s);
            double off = offMinutes(c.offKm());
            if (d != RoadGraph.Direction.BACKWARD) {
                jg.setEdgeWeight(jg.addEdge(g.nodes() + k, g.segmentTo(s)), off + (1 - c.fraction()) * g.segmentMinutes(s));
            }
            if (d != RoadGraph.Direction.FORWARD) {
                jg.setEdgeWeight(jg.addEdge(g.nodes() + k, g.segmentFrom(s)), off + c.fraction() * g.segmentMinutes(s));
            }
        }
        return jg;
    }

    /** The zones hanging off each node, with the minutes from the node to the zone. */
    private static final class Attachments {
        final int[] start;
        final int[] zone;
        final double[] minutes;
        final int zones;

        Attachments(RoadGraph g, RoadSnap.Snap[] zs) {
            zones = zs.length;
            start = new int[g.nodes() + 1];
            for (RoadSnap.Snap t : zs) {
                if (t.onRoad()) {
                    start[g.segmentFrom(t.segment()) + 1]++;
                    start[g.segmentTo(t.segment()) + 1]++;
                }
            }
            for (int i = 0; i < g.nodes(); i++) {
                start[i + 1] += start[i];
            }
            zone = new int[start[g.nodes()]];
            minutes = new double[zone.length];
            int[] fill = Arrays.copyOf(start, g.nodes());
            for (int k = 0; k < zs.length; k++) {
                RoadSnap.Snap t = zs[k];
                if (!t.onRoad()) {
                    continue;
                }
                int s = t.segment();
                RoadGraph.Direction d = g.segmentDirection(s);
                double off = offMinutes(t.offKm());
                int a = fill[g.segmentFrom(s)]++;
                zone[a] = k;
                minutes[a] = d == RoadGraph.Direction.BACKWARD ? Double.POSITIVE_INFINITY : t.fraction() * g.segmentMinutes(s) + off;
                int b = fill[g.segmentTo(s)]++;
                zone[b] = k;
                minutes[b] = d == RoadGraph.Direction.FORWARD ? Double.POSITIVE_INFINITY : (1 - t.fraction()) * g.segmentMinutes(s) + off;
            }
        }
    }

    /** A bounded search from every center vertex; the zones within the largest time counted. */
    private static long searchJGraphT(Graph<Integer, DefaultWeightedEdge> jg, int nodes, Attachments at, int threads) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong pairs = new AtomicLong();
        IntStream.range(0, threads).parallel().forEach(w -> {
            double[] best = new double[at.zones];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            int[] reached = new int[at.zones];
            long found = 0;
            for (int k = next.getAndIncrement(); k < CENTERS; k = next.getAndIncrement()) {
                int count = 0;
                ClosestFirstIterator<Integer, DefaultWeightedEdge> it = new ClosestFirstIterator<>(jg, nodes + k, MAX_MINUTES);
                while (it.hasNext()) {
                    int v = it.next();
                    if (v >= nodes) {
                        continue; // the center's own vertex
                    }
                    double d = it.getShortestPathLength(v);
                    for (int a = at.start[v]; a < at.start[v + 1]; a++) {
                        double m = d + at.minutes[a];
                        int z = at.zone[a];
                        if (m <= MAX_MINUTES && m < best[z]) {
                            if (best[z] == Double.POSITIVE_INFINITY) {
                                reached[count++] = z;
                            }
                            best[z] = m;
                        }
                    }
                }
                for (int i = 0; i < count; i++) {
                    best[reached[i]] = Double.POSITIVE_INFINITY;
                }
                found += count;
            }
            pairs.addAndGet(found);
        });
        return pairs.get();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
