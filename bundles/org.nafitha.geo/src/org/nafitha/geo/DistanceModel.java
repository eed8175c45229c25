package org.nafitha.geo;

/** How far apart two places are, in kilometres, from their WGS84 coordinates. */
@FunctionalInterface
public interface DistanceModel {

    double km(double lat1, double lon1, double lat2, double lon2);

    /** Along the great circle. */
    static DistanceModel greatCircle() {
        return GreatCircle::distanceKm;
    }

    /** Straight line in a projected CRS (metres turned into kilometres). */
    static DistanceModel projected(Crs crs) {
        return (lat1, lon1, lat2, lon2) -> {
            double[] a = crs.project(lon1, lat1);
            double[] b = crs.project(lon2, lat2);
            return Math.hypot(a[0] - b[0], a[1] - b[1]) / 1000.0;
        };
    }

    /** Road distance estimated as a straight-line distance times a detour factor (circuity), e.g. 1.3. */
    static DistanceModel detour(DistanceModel base, double factor) {
        if (!(factor >= 1)) {
            throw new IllegalArgumentException("detour factor " + factor + ": expected 1 or more");
        }
        return (lat1, lon1, lat2, lon2) -> base.km(lat1, lon1, lat2, lon2) * factor;
    }

    /** The factor by which this model's distance exceeds the great-circle one, for index queries; 1 when unknown. */
    default double stretch() {
        return 1;
    }
}
