package org.nafitha.geo;

/** Distances on the sphere (haversine), in kilometres. */
public final class GreatCircle {

    /** Mean Earth radius (IUGG, R1 = 6371.0088 km). */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return kmOfHaversine(haversine(lat1, lon1, lat2, lon2));
    }

    /**
     * The haversine of the central angle between two places, sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2): it orders pairs as
     * their distance does and costs no inverse sine, so a search for the nearest of many compares it and turns only the
     * winner into kilometres ({@link #kmOfHaversine}).
     */
    public static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double sp = Math.sin(dp / 2);
        double sl = Math.sin(dl / 2);
        return sp * sp + Math.cos(p1) * Math.cos(p2) * sl * sl;
    }

    /** The kilometres of a {@link #haversine}: 2R asin(√h). */
    public static double kmOfHaversine(double h) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
