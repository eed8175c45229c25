package org.nafitha.geo;

import java.util.Arrays;

/**
 * The roads within bands of travel time of the nearest center (e.g. 15, 30 and 60 minutes): one multi-source search
 * over a {@link RoadGraph} ({@link TravelTimes#nearestSource}), each road segment in the smallest band that holds both
 * its ends. A map shows them as network isochrones; an analysis result under {@link #KEY}.
 */
public final class Isochrones {

    /** The key of isochrones among analysis results, as map layer sources look them up. */
    public static final String KEY = "org.nafitha.network.isochrones";

    /** Receives a segment from (x1, y1) to (x2, y2) in the graph's coordinates and the band (minutes) it lies in. */
    @FunctionalInterface
    public interface Segment {
        void accept(double x1, double y1, double x2, double y2, double band);
    }

    /**
     * Receives a stretch of road along which the travel time changes linearly, from {@code t1} minutes at (x1, y1) to
     * {@code t2} at (x2, y2) in the graph's coordinates; a reached node alone comes as a stretch of length 0.
     */
    @FunctionalInterface
    public interface Stretch {
        void accept(double x1, double y1, double t1, double x2, double y2, double t2);
    }

    private final RoadGraph graph;
    private final double[] minutes;
    private final double[] bands;
    private final double offRoadKmh;

    private Isochrones(RoadGraph graph, double[] minutes, double[] bands, double offRoadKmh) {
        this.graph = graph;
        this.minutes = minutes;
        this.bands = bands;
        this.offRoadKmh = offRoadKmh;
    }

    /**
     * @param bands increasing upper limits in minutes, each more than 0
     */
    public static Isochrones of(RoadGraph graph, RoadSnap.Snap[] centers, double[] bands, double offRoadKmh) {
        double[] b = bands.clone();
        for (int k = 0; k < b.length; k++) {
            if (!(b[k] > 0) || Double.isInfinite(b[k]) || k > 0 && !(b[k] > b[k - 1])) {
                throw new IllegalArgumentException("isochrone bands " + Arrays.toString(bands) + ": expected increasing minutes, more than 0");
            }
        }
        if (b.length == 0) {
            throw new IllegalArgumentException("isochrone bands: expected at least one, e.g. 15,30,60");
        }
        return new Isochrones(graph, TravelTimes.nearestSource(graph, centers, b[b.length - 1], offRoadKmh), b, offRoadKmh);
    }

    public double[] bands() {
        return bands.clone();
    }

    /** Minutes from a node to its nearest center; {@code POSITIVE_INFINITY} beyond the largest band. */
    public double minutes(int node) {
        return minutes[node];
    }

    /** Every segment within the largest band, with its band. */
    public void forEachSegment(Segment visitor) {
        for (int s = 0; s < graph.segments(); s++) {
            double m = Math.max(minutes[graph.segFrom[s]], minutes[graph.segTo[s]]);
            for (double band : bands) {
                if (m <= band) {
                    int a = graph.segFrom[s];
                    int c = graph.segTo[s];
                    visitor.accept(graph.x[a], graph.y[a], graph.x[c], graph.y[c], band);
                    break;
                }
            }
        }
    }

    /** The speed off the roads (km/h): from a point of a road reached in t minutes, the band's rest is walked or driven at it. */
    public double offRoadKmh() {
        return offRoadKmh;
    }

    /**
     * The roads reached within the largest band as stretches of linearly changing time: every reached node alone, and
     * each segment either whole (entered from one end only: the other end's time is reached along it, as a one-way road
     * or an unreached end gives) or in two halves meeting where arriving from either end takes the same time (the
     * latest point of the segment). The time along a stretch may pass the largest band at its far end.
     */
    public void forEachStretch(Stretch visitor) {
        double max = bands[bands.length - 1];
        for (int n = 0; n < graph.nodes(); n++) {
            if (minutes[n] <= max) {
                visitor.accept(graph.x[n], graph.y[n], minutes[n], graph.x[n], graph.y[n], minutes[n]);
            }
        }
        for (int s = 0; s < graph.segments(); s++) {
            int a = graph.segFrom[s];
            int b = graph.segTo[s];
            double length = graph.segMinutes[s];
            byte dir = graph.segDirection[s];
            // entering at a (driving a to b) or at b (driving b to a)
            double fromA = dir != RoadGraph.Direction.BACKWARD.ordinal() ? minutes[a] : Double.POSITIVE_INFINITY;
            double fromB = dir != RoadGraph.Direction.FORWARD.ordinal() ? minutes[b] : Double.POSITIVE_INFINITY;
            if (!(Math.min(fromA, fromB) <= max)) {
                continue;
            }
            if (Double.isInfinite(fromB) || fromA + length <= fromB) {
                visitor.accept(graph.x[a], graph.y[a], fromA, graph.x[b], graph.y[b], fromA + length);
            } else if (Double.isInfinite(fromA) || fromB + length <= fromA) {
                visitor.accept(graph.x[b], graph.y[b], fromB, graph.x[a], graph.y[a], fromB + length);
            } else {
                // fromA + f L = fromB + (1 - f) L
                double f = (fromB - fromA + length) / (2 * length);
                double px = graph.x[a] + f * (graph.x[b] - graph.x[a]);
                double py = graph.y[a] + f * (graph.y[b] - graph.y[a]);
                double peak = fromA + f * length;
                visitor.accept(graph.x[a], graph.y[a], fromA, px, py, peak);
                visitor.accept(graph.x[b], graph.y[b], fromB, px, py, peak);
            }
        }
    }
}
