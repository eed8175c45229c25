package org.nafitha.geo;

import java.util.Arrays;

/**
 * Snaps places (zones, centers) onto the nearest road segment within a distance: the point of the segment nearest the
 * place, as a fraction of the way from the segment's first node to its second, and the distance off the road, which
 * is travelled at an off-road (walking) speed. Segments are found through a uniform grid of their bounding boxes;
 * in longitude/latitude the search runs in a local equirectangular plane (kilometres east and north, at the network's
 * mean latitude), and the off-road distance is then measured on the great circle.
 */
public final class RoadSnap {

    /** Where a place meets the road network; {@code segment} is -1 when no road lies within the distance. */
    public record Snap(int segment, double fraction, double offKm) {

        public boolean onRoad() {
            return segment >= 0;
        }
    }

    private static final double KM_PER_DEGREE = 6371.0088 * Math.PI / 180;

    private RoadSnap() {
    }

    /**
     * The snap of each place.
     *
     * @param maxKm the farthest a place may be from a road to be snapped onto it (more than 0)
     */
    public static Snap[] snap(RoadGraph g, double[] px, double[] py, double maxKm) {
        if (!(maxKm > 0) || Double.isInfinite(maxKm)) {
            throw new IllegalArgumentException("snapping distance " + maxKm + " km: expected a number more than 0");
        }
        int segments = g.segments();
        double lat0 = 0;
        for (int i = 0; i < g.nodes(); i++) {
            lat0 += g.y[i];
        }
        lat0 = g.nodes() == 0 ? 0 : lat0 / g.nodes();
        double sx = g.lonLat ? KM_PER_DEGREE * Math.cos(Math.toRadians(lat0)) : 1;
        double sy = g.lonLat ? KM_PER_DEGREE : 1;
        double[] nx = new double[g.nodes()];
        double[] ny = new double[g.nodes()];
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < nx.length; i++) {
            nx[i] = g.x[i] * sx;
            ny[i] = g.y[i] * sy;
            minX = Math.min(minX, nx[i]);
            minY = Math.min(minY, ny[i]);
            maxX = Math.max(maxX, nx[i]);
            maxY = Math.max(maxY, ny[i]);
        }
        Snap[] result = new Snap[px.length];
        if (segments == 0) {
            Arrays.fill(result, new Snap(-1, 0, Double.POSITIVE_INFINITY));
            return result;
        }
        // at most about 4 million cells
        double cell = Math.max(maxKm, Math.sqrt((maxX - minX + maxKm) * (maxY - minY + maxKm) / (1 << 22)));
        int cols = (int) ((maxX - minX) / cell) + 1;
        int rows = (int) ((maxY - minY) / cell) + 1;
        int[] count = new int[cols * rows + 1];
        for (int pass = 0; pass < 2; pass++) {
            int[] fill = pass == 0 ? null : Arrays.copyOf(count, cols * rows);
            int[] list = pass == 0 ? null : new int[count[cols * rows]];
            for (int s = 0; s < segments; s++) {
                int a = g.segFrom[s];
                int b = g.segTo[s];
                int c0 = (int) ((Math.min(nx[a], nx[b]) - minX) / cell);
                int c1 = (int) ((Math.max(nx[a], nx[b]) - minX) / cell);
                int r0 = (int) ((Math.min(ny[a], ny[b]) - minY) / cell);
                int r1 = (int) ((Math.max(ny[a], ny[b]) - minY) / cell);
                for (int r = r0; r <= r1; r++) {
                    for (int c = c0; c <= c1; c++) {
                        if (pass == 0) {
                            count[r * cols + c + 1]++;
                        } else {
                            list[fill[r * cols + c]++] = s;
                        }
                    }
                }
            }
            if (pass == 0) {
                for (int k = 0; k < cols * rows; k++) {
                    count[k + 1] += count[k];
                }
            } else {
                for (int i = 0; i < px.length; i++) {
                    result[i] = nearest(g, nx, ny, px[i] * sx, py[i] * sy, px[i], py[i], maxKm, cell, minX, minY, cols, rows, count, list);
                }
            }
        }
        return result;
    }

    private static Snap nearest(RoadGraph g, double[] nx, double[] ny, double qx, double qy, double lon, double lat, double maxKm,
            double cell, double minX, double minY, int cols, int rows, int[] start, int[] list) {
        if (!Double.isFinite(qx) || !Double.isFinite(qy)) {
            throw new IllegalArgumentException("a place has no finite coordinates: (" + lon + ", " + lat + ")");
        }
        int c0 = Math.max(0, (int) Math.floor((qx - maxKm - minX) / cell));
        int c1 = Math.min(cols - 1, (int) Math.floor((qx + maxKm - minX) / cell));
        int r0 = Math.max(0, (int) Math.floor((qy - maxKm - minY) / cell));
        int r1 = Math.min(rows - 1, (int) Math.floor((qy + maxKm - minY) / cell));
        int best = -1;
        double bestD2 = Double.POSITIVE_INFINITY;
        double bestT = 0;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                for (int k = start[r * cols + c]; k < start[r * cols + c + 1]; k++) {
                    int s = list[k];
                    double ax = nx[g.segFrom[s]];
                    double ay = ny[g.segFrom[s]];
                    double dx = nx[g.segTo[s]] - ax;
                    double dy = ny[g.segTo[s]] - ay;
                    double len2 = dx * dx + dy * dy;
                    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((qx - ax) * dx + (qy - ay) * dy) / len2));
                    double ex = ax + t * dx - qx;
                    double ey = ay + t * dy - qy;
                    double d2 = ex * ex + ey * ey;
                    if (d2 < bestD2 || d2 == bestD2 && s < best) {
                        bestD2 = d2;
                        best = s;
                        bestT = t;
                    }
                }
            }
        }
        if (best < 0 || Math.sqrt(bestD2) > maxKm) {
            return new Snap(-1, 0, Double.POSITIVE_INFINITY);
        }
        int a = g.segFrom[best];
        int b = g.segTo[best];
        double sx = g.x[a] + bestT * (g.x[b] - g.x[a]);
        double sy = g.y[a] + bestT * (g.y[b] - g.y[a]);
        return new Snap(best, bestT, g.km(lon, lat, sx, sy));
    }
}
