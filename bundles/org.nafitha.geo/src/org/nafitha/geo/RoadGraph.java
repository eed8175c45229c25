package org.nafitha.geo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A road network as a compact directed graph: nodes are the vertices of the road lines, merged where two lines share
 * a vertex with exactly the same coordinates (lines meet where the data says they meet: a line passing over another
 * without a common vertex, a bridge over a road, does not connect); each segment between consecutive vertices is an
 * edge in one or both directions, weighted by its travel time in minutes at the line's speed. Edges are kept as
 * compressed rows by tail node (head and minutes), plus for each edge the segment it runs along, so that a place
 * snapped onto a segment ({@link RoadSnap}) can enter or leave the graph part way along it.
 *
 * <p>Coordinates are longitude/latitude (great-circle lengths) or planar kilometres (lengths by Pythagoras).
 */
public final class RoadGraph {

    /** Which ways a line may be driven. */
    public enum Direction {
        BOTH, FORWARD, BACKWARD;

        /**
         * Reads a one-way attribute: empty, "no", "0", "false", "B" are both ways; "yes", "1", "true", "FT", "F" forward
         * (in the direction the line is drawn); "-1", "reverse", "TF", "T" backward.
         *
         * @throws IllegalArgumentException for any other value
         */
        public static Direction parse(Object value) {
            if (value == null) {
                return BOTH;
            }
            String v = value.toString().trim().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "", "no", "0", "false", "b", "both" -> BOTH;
                case "yes", "1", "true", "ft", "f", "forward" -> FORWARD;
                case "-1", "reverse", "tf", "t", "backward" -> BACKWARD;
                default -> throw new IllegalArgumentException("one-way value '" + value
                        + "': expected yes/1/true/FT (forward), -1/reverse/TF (backward) or no/0/false/empty (both ways)");
            };
        }
    }

    final boolean lonLat;
    final double[] x;
    final double[] y;
    final int[] start;
    final int[] head;
    final double[] minutes;
    final int[] segmentOf;
    // segments: from node, to node, minutes along it, and which ways it may be driven
    final int[] segFrom;
    final int[] segTo;
    final double[] segMinutes;
    final byte[] segDirection;

    private RoadGraph(boolean lonLat, double[] x, double[] y, int[] start, int[] head, double[] minutes, int[] segmentOf, int[] segFrom,
            int[] segTo, double[] segMinutes, byte[] segDirection) {
        this.lonLat = lonLat;
        this.x = x;
        this.y = y;
        this.start = start;
        this.head = head;
        this.minutes = minutes;
        this.segmentOf = segmentOf;
        this.segFrom = segFrom;
        this.segTo = segTo;
        this.segMinutes = segMinutes;
        this.segDirection = segDirection;
    }

    public int nodes() {
        return x.length;
    }

    public int edges() {
        return head.length;
    }

    public int segments() {
        return segFrom.length;
    }

    public boolean lonLat() {
        return lonLat;
    }

    public double nodeX(int node) {
        return x[node];
    }

    public double nodeY(int node) {
        return y[node];
    }

    /** Segment s's first node (a one-way segment is driven from it). */
    public int segmentFrom(int s) {
        return segFrom[s];
    }

    /** Segment s's second node. */
    public int segmentTo(int s) {
        return segTo[s];
    }

    /** Minutes along segment s. */
    public double segmentMinutes(int s) {
        return segMinutes[s];
    }

    /** Which ways segment s may be driven. */
    public Direction segmentDirection(int s) {
        return Direction.values()[segDirection[s]];
    }

    /** The length in km between two points in this graph's coordinates. */
    double km(double x1, double y1, double x2, double y2) {
        return lonLat ? GreatCircle.distanceKm(y1, x1, y2, x2) : Math.hypot(x2 - x1, y2 - y1);
    }

    /** Bytes held by the graph's arrays. */
    public long bytes() {
        return 8L * (x.length + y.length + minutes.length + segMinutes.length) + 4L * (start.length + head.length + segmentOf.length
                + segFrom.length + segTo.length) + segDirection.length;
    }

    private record Vertex(double x, double y) {
    }

    /** Collects road lines; vertices with identical coordinates become one node. */
    public static final class Builder {
        private final boolean lonLat;
        private final Map<Vertex, Integer> nodeAt = new HashMap<>();
        private double[] x = new double[1024];
        private double[] y = new double[1024];
        private int nodes;
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private double[] mins = new double[1024];
        private byte[] dir = new byte[1024];
        private int segments;
        private int directed;

        /** @param lonLat true for longitude/latitude, false for planar kilometres */
        public Builder(boolean lonLat) {
            this.lonLat = lonLat;
        }

        /**
         * Adds a line drawn through its vertices.
         *
         * @throws IllegalArgumentException for a speed that is not more than 0, fewer than 2 vertices or a coordinate that is
         *         not finite
         */
        public Builder addLine(double[] xs, double[] ys, double speedKmh, Direction direction) {
            if (!(speedKmh > 0) || Double.isInfinite(speedKmh)) {
                throw new IllegalArgumentException("speed " + speedKmh + " km/h: expected a number more than 0");
            }
            if (xs.length != ys.length || xs.length < 2) {
                throw new IllegalArgumentException("a line needs 2 vertices or more, found " + Math.min(xs.length, ys.length));
            }
            int previous = node(xs[0], ys[0]);
            for (int k = 1; k < xs.length; k++) {
                int next = node(xs[k], ys[k]);
                if (next == previous) {
                    continue; // a repeated vertex
                }
                double km = lonLat ? GreatCircle.distanceKm(ys[k - 1], xs[k - 1], ys[k], xs[k]) : Math.hypot(xs[k] - xs[k - 1], ys[k] - ys[k - 1]);
                if (segments == from.length) {
                    int grow = segments * 2;
                    from = Arrays.copyOf(from, grow);
                    to = Arrays.copyOf(to, grow);
                    mins = Arrays.copyOf(mins, grow);
                    dir = Arrays.copyOf(dir, grow);
                }
                from[segments] = previous;
                to[segments] = next;
                mins[segments] = km / speedKmh * 60;
                dir[segments] = (byte) direction.ordinal();
                directed += direction == Direction.BOTH ? 2 : 1;
                segments++;
                previous = next;
            }
            return this;
        }

        private int node(double px, double py) {
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                throw new IllegalArgumentException("a vertex has no finite coordinates: (" + px + ", " + py + ")");
            }
            // exact coordinates (0.0 and -0.0 alike): lines meet only where the data gives them the same vertex
            Integer found = nodeAt.putIfAbsent(new Vertex(px + 0.0, py + 0.0), nodes);
            if (found != null) {
                return found;
            }
            if (nodes == x.length) {
                x = Arrays.copyOf(x, nodes * 2);
                y = Arrays.copyOf(y, nodes * 2);
            }
            x[nodes] = px;
            y[nodes] = py;
            return nodes++;
        }

        public RoadGraph build() {
            int[] start = new int[nodes + 1];
            for (int s = 0; s < segments; s++) {
                if (dir[s] != Direction.BACKWARD.ordinal()) {
                    start[from[s] + 1]++;
                }
                if (dir[s] != Direction.FORWARD.ordinal()) {
                    start[to[s] + 1]++;
                }
            }
            for (int i = 0; i < nodes; i++) {
                start[i + 1] += start[i];
            }
            int[] head = new int[directed];
            double[] minutes = new double[directed];
            int[] segmentOf = new int[directed];
            int[] fill = Arrays.copyOf(start, nodes);
            for (int s = 0; s < segments; s++) {
                if (dir[s] != Direction.BACKWARD.ordinal()) {
                    int k = fill[from[s]]++;
                    head[k] = to[s];
                    minutes[k] = mins[s];
                    segmentOf[k] = s;
                }
                if (dir[s] != Direction.FORWARD.ordinal()) {
                    int k = fill[to[s]]++;
                    head[k] = from[s];
                    minutes[k] = mins[s];
                    segmentOf[k] = s;
                }
            }
            return new RoadGraph(lonLat, Arrays.copyOf(x, nodes), Arrays.copyOf(y, nodes), start, head, minutes, segmentOf,
                    Arrays.copyOf(from, segments), Arrays.copyOf(to, segments), Arrays.copyOf(mins, segments), Arrays.copyOf(dir, segments));
        }
    }
}
