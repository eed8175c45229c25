package org.nafitha.geo;

/** How far apart two places are, in kilometres, from their WGS84 coordinates. */
@FunctionalInterface
public interface DistanceModel {

    double km(double lat1, double lon1, double lat2, double lon2);

    /** Along the great circle. */
    static DistanceModel greatCircle() {
        return new DistanceModel() {
            @Override
            public double km(double lat1, double lon1, double lat2, double lon2) {
                return GreatCircle.distanceKm(lat1, lon1, lat2, lon2);
            }

            @Override
            public double rank(double lat1, double lon1, double lat2, double lon2) {
                return GreatCircle.haversine(lat1, lon1, lat2, lon2);
            }

            @Override
            public double kmOfRank(double rank) {
                return GreatCircle.kmOfHaversine(rank);
            }
        };
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
        return new DistanceModel() {
            @Override
            public double km(double lat1, double lon1, double lat2, double lon2) {
                return base.km(lat1, lon1, lat2, lon2) * factor;
            }

            @Override
            public double rank(double lat1, double lon1, double lat2, double lon2) {
                return base.rank(lat1, lon1, lat2, lon2);
            }

            @Override
            public double kmOfRank(double rank) {
                return base.kmOfRank(rank) * factor;
            }
        };
    }

    /**
     * A number that orders pairs of places as {@link #km} does (smaller is nearer) and may cost less to compute; a search
     * for the nearest of many compares ranks and turns only the winner's into kilometres ({@link #kmOfRank}). By
     * default the kilometres themselves.
     */
    default double rank(double lat1, double lon1, double lat2, double lon2) {
        return km(lat1, lon1, lat2, lon2);
    }

    /** The kilometres of a {@link #rank}: {@code kmOfRank(rank(a, b)) == km(a, b)}. */
    default double kmOfRank(double rank) {
        return rank;
    }

    /** The factor by which this model's distance exceeds the great-circle one, for index queries; 1 when unknown. */
    default double stretch() {
        return 1;
    }
}
