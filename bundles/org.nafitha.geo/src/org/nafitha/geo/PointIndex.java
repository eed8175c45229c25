package org.nafitha.geo;

/**
 * A uniform-grid index over many points that answers "every point within r of here" by looking only at the grid
 * cells the query circle touches, never at all points. The points are stored sorted by cell, so a query reads
 * memory in order. Distances are planar kilometres ({@link #euclideanKm}) or great-circle kilometres
 * ({@link #greatCircle}, tested exactly with chord lengths of unit vectors). "Within" is strict: a point at exactly
 * r is not within r.
 *
 * <p>A grid beats a tree (JTS STRtree/KdTree) for this job: millions of points, a fixed radius, and queries whose
 * answers hold thousands of points each.
 */
public final class PointIndex {

    /** Receives one point found by a query: its index in the arrays the index was built from, and its distance. */
    @FunctionalInterface
    public interface Hit {
        void accept(int index, double distanceKm);
    }

    private final boolean sphere;
    private final double cellX;
    private final double cellY;
    private final double minX;
    private final double minY;
    private final int cols;
    private final int rows;
    private final int[] cellStart;
    private final int[] original;
    // cell-sorted coordinates: planar x,y (km) or lon,lat (degrees) and, on the sphere, unit vectors
    private final double[] xs;
    private final double[] ys;
    private final double[] ux;
    private final double[] uy;
    private final double[] uz;

    private PointIndex(double[] x, double[] y, double cellX, double cellY, boolean sphere) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("coordinate arrays differ in length: " + x.length + " and " + y.length);
        }
        this.sphere = sphere;
        int n = x.length;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " has no finite coordinates: (" + x[i] + ", " + y[i] + ")");
            }
            x0 = Math.min(x0, x[i]);
            y0 = Math.min(y0, y[i]);
            x1 = Math.max(x1, x[i]);
            y1 = Math.max(y1, y[i]);
        }
        if (n == 0) {
            x0 = y0 = x1 = y1 = 0;
        }
        this.minX = x0;
        this.minY = y0;
        // at most about 4 million cells: a sparse, wide extent gets coarser cells rather than a huge table
        double wide = (Math.floor((x1 - x0) / cellX) + 1) * (Math.floor((y1 - y0) / cellY) + 1);
        double grow = Math.max(1, Math.sqrt(wide / (1 << 22)));
        this.cellX = cellX * grow;
        this.cellY = cellY * grow;
        this.cols = (int) Math.floor((x1 - x0) / this.cellX) + 1;
        this.rows = (int) Math.floor((y1 - y0) / this.cellY) + 1;
        int cells = cols * rows;
        int[] cellOf = new int[n];
        int[] counts = new int[cells + 1];
        for (int i = 0; i < n; i++) {
            cellOf[i] = cell(x[i], y[i]);
            counts[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            counts[c + 1] += counts[c];
        }
        this.cellStart = counts.clone();
        this.original = new int[n];
        this.xs = new double[n];
        this.ys = new double[n];
        this.ux = sphere ? new double[n] : null;
        this.uy = sphere ? new double[n] : null;
        this.uz = sphere ? new double[n] : null;
        int[] next = counts;
        for (int i = 0; i < n; i++) {
            int at = next[cellOf[i]]++;
            original[at] = i;
            xs[at] = x[i];
            ys[at] = y[i];
            if (sphere) {
                double lon = Math.toRadians(x[i]);
                double lat = Math.toRadians(y[i]);
                ux[at] = Math.cos(lat) * Math.cos(lon);
                uy[at] = Math.cos(lat) * Math.sin(lon);
                uz[at] = Math.sin(lat);
            }
        }
    }

    /**
     * Points with planar coordinates in kilometres.
     *
     * @param cellKm grid cell size; about half the usual query radius works well
     */
    public static PointIndex euclideanKm(double[] x, double[] y, double cellKm) {
        if (!(cellKm > 0)) {
            throw new IllegalArgumentException("cell size " + cellKm + ": expected more than 0");
        }
        return new PointIndex(x, y, cellKm, cellKm, false);
    }

    /**
     * Points by WGS84 longitude and latitude (degrees), with great-circle distances.
     *
     * @param cellKm grid cell size at the equator; about half the usual query radius works well
     */
    public static PointIndex greatCircle(double[] lon, double[] lat, double cellKm) {
        if (!(cellKm > 0)) {
            throw new IllegalArgumentException("cell size " + cellKm + ": expected more than 0");
        }
        for (int i = 0; i < lat.length; i++) {
            if (!(lat[i] >= -90 && lat[i] <= 90 && lon[i] >= -180 && lon[i] <= 180)) {
                throw new IllegalArgumentException("point " + i + " is not a longitude and latitude: (" + lon[i] + ", " + lat[i] + ")");
            }
        }
        double deg = Math.toDegrees(cellKm / GreatCircle.EARTH_RADIUS_KM);
        return new PointIndex(lon, lat, deg, deg, true);
    }

    public int size() {
        return original.length;
    }

    /** Calls {@code hit} for every point strictly closer than {@code radiusKm} to (qx, qy), in the index's coordinates. */
    public void forEachWithin(double qx, double qy, double radiusKm, Hit hit) {
        if (original.length == 0 || !(radiusKm > 0)) {
            return;
        }
        int[] w = window(qx, qy, radiusKm);
        int c0 = w[0];
        int c1 = w[1];
        int r0 = w[2];
        int r1 = w[3];
        double qux = 0;
        double quy = 0;
        double quz = 0;
        double chord2 = 0;
        if (sphere) {
            double lon = Math.toRadians(qx);
            double lat = Math.toRadians(qy);
            qux = Math.cos(lat) * Math.cos(lon);
            quy = Math.cos(lat) * Math.sin(lon);
            quz = Math.sin(lat);
            chord2 = chord2(radiusKm);
        }
        double r2 = radiusKm * radiusKm;
        for (int r = r0; r <= r1; r++) {
            int from = cellStart[r * cols + c0];
            int to = cellStart[r * cols + c1 + 1];
            for (int k = from; k < to; k++) {
                if (sphere) {
                    double dx = ux[k] - qux;
                    double dy = uy[k] - quy;
                    double dz = uz[k] - quz;
                    double d2 = dx * dx + dy * dy + dz * dz;
                    if (d2 < chord2) {
                        hit.accept(original[k], 2 * GreatCircle.EARTH_RADIUS_KM * Math.asin(Math.sqrt(d2) / 2));
                    }
                } else {
                    double dx = xs[k] - qx;
                    double dy = ys[k] - qy;
                    double d2 = dx * dx + dy * dy;
                    if (d2 < r2) {
                        hit.accept(original[k], Math.sqrt(d2));
                    }
                }
            }
        }
    }

    /** Copies per-point values into the index's internal (cell-sorted) order, for {@link #sumWithin} and {@link #addWithin}. */
    public double[] toIndexOrder(double[] values) {
        double[] sorted = new double[original.length];
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = values[original[k]];
        }
        return sorted;
    }

    /** Copies values in the index's internal order back to the order of the points it was built from. */
    public double[] fromIndexOrder(double[] sorted) {
        double[] values = new double[original.length];
        for (int k = 0; k < sorted.length; k++) {
            values[original[k]] = sorted[k];
        }
        return values;
    }

    /** Σ sorted[k] over the points strictly within {@code radiusKm}; {@code sorted} is in the index's internal order. */
    public double sumWithin(double qx, double qy, double radiusKm, double[] sorted) {
        double[] sum = {0};
        scan(qx, qy, radiusKm, (k, inside) -> sum[0] += sorted[k]);
        return sum[0];
    }

    /** Adds {@code value} to target[k] of every point strictly within {@code radiusKm}, in the index's internal order. */
    public void addWithin(double qx, double qy, double radiusKm, double[] target, double value) {
        scan(qx, qy, radiusKm, (k, inside) -> target[k] += value);
    }

    @FunctionalInterface
    private interface Slot {
        void accept(int k, boolean inside);
    }

    /** The same scan as {@link #forEachWithin} without computing distances: for weights that do not depend on them. */
    private void scan(double qx, double qy, double radiusKm, Slot slot) {
        if (original.length == 0 || !(radiusKm > 0)) {
            return;
        }
        int[] w = window(qx, qy, radiusKm);
        int c0 = w[0];
        int c1 = w[1];
        int r0 = w[2];
        int r1 = w[3];
        if (sphere) {
            double lon = Math.toRadians(qx);
            double lat = Math.toRadians(qy);
            double qux = Math.cos(lat) * Math.cos(lon);
            double quy = Math.cos(lat) * Math.sin(lon);
            double quz = Math.sin(lat);
            double chord2 = chord2(radiusKm);
            for (int r = r0; r <= r1; r++) {
                for (int k = cellStart[r * cols + c0], to = cellStart[r * cols + c1 + 1]; k < to; k++) {
                    double dx = ux[k] - qux;
                    double dy = uy[k] - quy;
                    double dz = uz[k] - quz;
                    if (dx * dx + dy * dy + dz * dz < chord2) {
                        slot.accept(k, true);
                    }
                }
            }
        } else {
            double r2 = radiusKm * radiusKm;
            for (int r = r0; r <= r1; r++) {
                for (int k = cellStart[r * cols + c0], to = cellStart[r * cols + c1 + 1]; k < to; k++) {
                    double dx = xs[k] - qx;
                    double dy = ys[k] - qy;
                    if (dx * dx + dy * dy < r2) {
                        slot.accept(k, true);
                    }
                }
            }
        }
    }

    /** The columns c0..c1 and rows r0..r1 of the cells a query circle can touch. */
    private int[] window(double qx, double qy, double radiusKm) {
        double wx;
        double wy;
        if (sphere) {
            wy = Math.toDegrees(radiusKm / GreatCircle.EARTH_RADIUS_KM) * 1.0001 + 1e-9;
            double far = Math.min(89.9, Math.abs(qy) + wy);
            wx = Math.min(360, wy / Math.cos(Math.toRadians(far)));
        } else {
            wx = radiusKm;
            wy = radiusKm;
        }
        return new int[] {Math.max(0, (int) Math.floor((qx - wx - minX) / cellX)),
            Math.min(cols - 1, (int) Math.floor((qx + wx - minX) / cellX)),
            Math.max(0, (int) Math.floor((qy - wy - minY) / cellY)),
            Math.min(rows - 1, (int) Math.floor((qy + wy - minY) / cellY))};
    }

    /** The squared chord between unit vectors that are radiusKm apart on the sphere. */
    private static double chord2(double radiusKm) {
        double c = 2 * Math.sin(Math.min(radiusKm / GreatCircle.EARTH_RADIUS_KM, Math.PI) / 2);
        return c * c;
    }

    private int cell(double x, double y) {
        int c = Math.min(cols - 1, (int) Math.floor((x - minX) / cellX));
        int r = Math.min(rows - 1, (int) Math.floor((y - minY) / cellY));
        return r * cols + c;
    }
}
