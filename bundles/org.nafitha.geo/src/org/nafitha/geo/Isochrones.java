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

    private final RoadGraph graph;
    private final double[] minutes;
    private final double[] bands;

    private Isochrones(RoadGraph graph, double[] minutes, double[] bands) {
        this.graph = graph;
        this.minutes = minutes;
        this.bands = bands;
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
        return new Isochrones(graph, TravelTimes.nearestSource(graph, centers, b[b.length - 1], offRoadKmh), b);
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
}
