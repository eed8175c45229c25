package org.nafitha.geo;

/** Travel time from distance at a speed: the planning norm when no road graph is at hand. */
public final class TravelTime {

    private TravelTime() {
    }

    /** Minutes to cover {@code km} at {@code speedKmh}. */
    public static double minutes(double km, double speedKmh) {
        if (!(speedKmh > 0)) {
            throw new IllegalArgumentException("speed " + speedKmh + " km/h: expected more than 0");
        }
        return km / speedKmh * 60.0;
    }
}
