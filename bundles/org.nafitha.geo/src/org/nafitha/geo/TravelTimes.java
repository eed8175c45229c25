package org.nafitha.geo;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Shortest travel times on a {@link RoadGraph} from snapped sources (centers) to snapped targets (zones), each search
 * a Dijkstra bounded by the largest threshold: it stops at the first node farther than {@code maxMinutes}, so a search
 * costs the network within reach, not the whole network. A trip is: off the road at the off-road speed to the snapped
 * point, along the rest of the source's segment to one of its nodes (as its direction allows), through the graph, along
 * the target's segment from one of its nodes, and off the road again; or, for places on one segment, along it. A place
 * no road lies near (within the snapping distance) reaches nothing: a trip never goes straight across (a river, a
 * wadi) in disguise.
 *
 * <p>The heap is a binary heap over primitive arrays with stale entries skipped; each thread keeps its own distance
 * array and resets only the nodes it touched.
 */
public final class TravelTimes {

    /** Receives the reachable pairs, one source's at a time (searches run on several threads; calls never overlap). */
    @FunctionalInterface
    public interface Sink {
        void accept(int source, int target, double minutes);
    }

    private final RoadGraph g;
    private final RoadSnap.Snap[] sources;
    private final RoadSnap.Snap[] targets;
    private final double maxMinutes;
    private final double offRoadKmh;
    // targets hanging off each node: (target, minutes from the node to the target)
    private final int[] attachStart;
    private final int[] attachTarget;
    private final double[] attachMinutes;
    // targets on each segment, for trips along one segment
    private final int[] onSegmentStart;
    private final int[] onSegment;

    private TravelTimes(RoadGraph g, RoadSnap.Snap[] sources, RoadSnap.Snap[] targets, double maxMinutes, double offRoadKmh) {
        this.g = g;
        this.sources = sources;
        this.targets = targets;
        this.maxMinutes = maxMinutes;
        this.offRoadKmh = offRoadKmh;
        int n = g.nodes();
        attachStart = new int[n + 1];
        onSegmentStart = new int[g.segments() + 1];
        for (RoadSnap.Snap t : targets) {
            if (t.onRoad()) {
                attachStart[g.segFrom[t.segment()] + 1]++;
                attachStart[g.segTo[t.segment()] + 1]++;
                onSegmentStart[t.segment() + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            attachStart[i + 1] += attachStart[i];
        }
        for (int s = 0; s < g.segments(); s++) {
            onSegmentStart[s + 1] += onSegmentStart[s];
        }
        attachTarget = new int[attachStart[n]];
        attachMinutes = new double[attachStart[n]];
        onSegment = new int[onSegmentStart[g.segments()]];
        int[] fill = Arrays.copyOf(attachStart, n);
        int[] segFill = Arrays.copyOf(onSegmentStart, g.segments());
        for (int k = 0; k < targets.length; k++) {
            RoadSnap.Snap t = targets[k];
            if (!t.onRoad()) {
                continue;
            }
            int s = t.segment();
            double off = offMinutes(t.offKm());
            byte dir = g.segDirection[s];
            // from the first node forward along the segment, or from the second node backward
            int a = fill[g.segFrom[s]]++;
            attachTarget[a] = k;
            attachMinutes[a] = dir == RoadGraph.Direction.BACKWARD.ordinal() ? Double.POSITIVE_INFINITY : t.fraction() * g.segMinutes[s] + off;
            int b = fill[g.segTo[s]]++;
            attachTarget[b] = k;
            attachMinutes[b] = dir == RoadGraph.Direction.FORWARD.ordinal() ? Double.POSITIVE_INFINITY
                    : (1 - t.fraction()) * g.segMinutes[s] + off;
            onSegment[segFill[s]++] = k;
        }
    }

    private double offMinutes(double km) {
        return km / offRoadKmh * 60;
    }

    /**
     * Every source-target pair within {@code maxMinutes} (at most) through the network; returns how many.
     */
    public static long between(RoadGraph g, RoadSnap.Snap[] sources, RoadSnap.Snap[] targets, double maxMinutes, double offRoadKmh,
            int threads, Sink sink) {
        if (!(maxMinutes > 0) || Double.isInfinite(maxMinutes)) {
            throw new IllegalArgumentException("largest threshold " + maxMinutes + " min: expected a number more than 0");
        }
        if (!(offRoadKmh > 0) || Double.isInfinite(offRoadKmh)) {
            throw new IllegalArgumentException("off-road speed " + offRoadKmh + " km/h: expected a number more than 0");
        }
        TravelTimes t = new TravelTimes(g, sources, targets, maxMinutes, offRoadKmh);
        AtomicInteger next = new AtomicInteger();
        long[] pairs = new long[Math.max(1, threads)];
        IntStream.range(0, Math.max(1, threads)).parallel().forEach(w -> {
            Search search = t.new Search();
            for (int s = next.getAndIncrement(); s < sources.length; s = next.getAndIncrement()) {
                pairs[w] += search.run(s, sink);
            }
        });
        return Arrays.stream(pairs).sum();
    }

    /**
     * Minutes from each node to its nearest source (one multi-source search, bounded by {@code maxMinutes};
     * {@code POSITIVE_INFINITY} beyond), e.g. for isochrones.
     */
    public static double[] nearestSource(RoadGraph g, RoadSnap.Snap[] sources, double maxMinutes, double offRoadKmh) {
        TravelTimes t = new TravelTimes(g, sources, new RoadSnap.Snap[0], maxMinutes, offRoadKmh);
        Search search = t.new Search();
        for (int s = 0; s < sources.length; s++) {
            search.seed(s);
        }
        search.settle();
        double[] result = new double[g.nodes()];
        Arrays.fill(result, Double.POSITIVE_INFINITY);
        for (int k = 0; k < search.touchedCount; k++) {
            int node = search.touched[k];
            if (search.dist[node] <= maxMinutes) {
                result[node] = search.dist[node];
            }
        }
        return result;
    }

    /** One thread's search state. */
    private final class Search {
        final double[] dist = new double[g.nodes()];
        int[] touched = new int[1024];
        int touchedCount;
        final double[] best = new double[targets.length];
        int[] reached = new int[1024];
        int reachedCount;
        double[] heapKey = new double[1024];
        int[] heapNode = new int[1024];
        int heapSize;

        Search() {
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(best, Double.POSITIVE_INFINITY);
        }

        long run(int source, Sink sink) {
            seed(source);
            settle();
            // the targets hanging off each node reached
            for (int k = 0; k < touchedCount; k++) {
                int node = touched[k];
                double d = dist[node];
                for (int a = attachStart[node]; a < attachStart[node + 1]; a++) {
                    offer(attachTarget[a], d + attachMinutes[a]);
                }
            }
            RoadSnap.Snap from = sources[source];
            if (from.onRoad()) {
                int s = from.segment();
                byte dir = g.segDirection[s];
                double off = offMinutes(from.offKm());
                for (int k = onSegmentStart[s]; k < onSegmentStart[s + 1]; k++) {
                    RoadSnap.Snap to = targets[onSegment[k]];
                    double along = to.fraction() - from.fraction();
                    boolean allowed = along >= 0 ? dir != RoadGraph.Direction.BACKWARD.ordinal() : dir != RoadGraph.Direction.FORWARD.ordinal();
                    if (allowed) {
                        offer(onSegment[k], off + Math.abs(along) * g.segMinutes[s] + offMinutes(to.offKm()));
                    }
                }
            }
            long emitted = 0;
            synchronized (sink) {
                for (int k = 0; k < reachedCount; k++) {
                    int target = reached[k];
                    if (best[target] <= maxMinutes) {
                        sink.accept(source, target, best[target]);
                        emitted++;
                    }
                    best[target] = Double.POSITIVE_INFINITY;
                }
            }
            reachedCount = 0;
            for (int k = 0; k < touchedCount; k++) {
                dist[touched[k]] = Double.POSITIVE_INFINITY;
            }
            touchedCount = 0;
            return emitted;
        }

        private void offer(int target, double minutes) {
            if (minutes < best[target]) {
                if (best[target] == Double.POSITIVE_INFINITY) {
                    if (reachedCount == reached.length) {
                        reached = Arrays.copyOf(reached, reachedCount * 2);
                    }
                    reached[reachedCount++] = target;
                }
                best[target] = minutes;
            }
        }

        /** The source's entry into the graph: its segment's nodes, as the segment's direction allows. */
        void seed(int source) {
            RoadSnap.Snap s = sources[source];
            if (!s.onRoad()) {
                return;
            }
            int seg = s.segment();
            byte dir = g.segDirection[seg];
            double off = offMinutes(s.offKm());
            if (dir != RoadGraph.Direction.BACKWARD.ordinal()) {
                relax(g.segTo[seg], off + (1 - s.fraction()) * g.segMinutes[seg]);
            }
            if (dir != RoadGraph.Direction.FORWARD.ordinal()) {
                relax(g.segFrom[seg], off + s.fraction() * g.segMinutes[seg]);
            }
        }

        void settle() {
            while (heapSize > 0) {
                double d = heapKey[0];
                int u = heapNode[0];
                pop();
                if (d > dist[u]) {
                    continue; // stale
                }
                if (d > maxMinutes) {
                    break;
                }
                for (int e = g.start[u]; e < g.start[u + 1]; e++) {
                    relax(g.head[e], d + g.minutes[e]);
                }
            }
            heapSize = 0;
        }

        private void relax(int node, double d) {
            if (d < dist[node]) {
                if (dist[node] == Double.POSITIVE_INFINITY) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = node;
                }
                dist[node] = d;
                push(d, node);
            }
        }

        private void push(double key, int node) {
            if (heapSize == heapKey.length) {
                heapKey = Arrays.copyOf(heapKey, heapSize * 2);
                heapNode = Arrays.copyOf(heapNode, heapSize * 2);
            }
            int i = heapSize++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heapKey[parent] <= key) {
                    break;
                }
                heapKey[i] = heapKey[parent];
                heapNode[i] = heapNode[parent];
                i = parent;
            }
            heapKey[i] = key;
            heapNode[i] = node;
        }

        private void pop() {
            double key = heapKey[--heapSize];
            int node = heapNode[heapSize];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= heapSize) {
                    break;
                }
                if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                    child++;
                }
                if (heapKey[child] >= key) {
                    break;
                }
                heapKey[i] = heapKey[child];
                heapNode[i] = heapNode[child];
                i = child;
            }
            heapKey[i] = key;
            heapNode[i] = node;
        }
    }
}
