package org.nafitha.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the pull of a center fades with distance inside the catchment radius d0: a weight for each distance strictly
 * less than d0 (a place at exactly d0 is outside).
 */
public interface Decay {

    double weight(double distanceKm);

    /** The catchment radius: no weight at this distance or beyond. */
    double radiusKm();

    /** 2SFCA (Luo and Wang 2003): weight 1 inside the catchment. */
    static Decay step(double radiusKm) {
        positive(radiusKm);
        return new Step(radiusKm);
    }

    /** The weight of 2SFCA: 1 inside the catchment, whatever the distance. */
    final class Step implements Decay {
        private final double radiusKm;

        Step(double radiusKm) {
            this.radiusKm = radiusKm;
        }

        @Override
        public double weight(double d) {
            return d < radiusKm ? 1 : 0;
        }

        @Override
        public double radiusKm() {
            return radiusKm;
        }

        @Override
        public String toString() {
            return "step " + radiusKm;
        }
    }

    /**
     * E2SFCA (Luo and Qi 2009): bands [0, l1), [l1, l2), ... with a weight each, e.g. {@code "10:1,20:0.68,30:0.22"}
     * (their weights for 10, 20 and 30 minutes, from a gaussian with β = 100).
     */
    static Decay bands(String spec) {
        List<double[]> bands = new ArrayList<>();
        double last = 0;
        for (String part : spec.split(",")) {
            String[] lw = part.trim().split(":");
            if (lw.length != 2) {
                throw new IllegalArgumentException("band '" + part.trim() + "': expected LIMIT:WEIGHT such as 10:1");
            }
            double limit;
            double weight;
            try {
                limit = Double.parseDouble(lw[0].trim());
                weight = Double.parseDouble(lw[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("band '" + part.trim() + "': expected numbers such as 10:1");
            }
            if (!(limit > last) || !(weight >= 0)) {
                throw new IllegalArgumentException("band '" + part.trim() + "': limits must increase and weights be 0 or more");
            }
            bands.add(new double[] {limit, weight});
            last = limit;
        }
        double radius = last;
        return new Decay() {
            @Override
            public double weight(double d) {
                for (double[] b : bands) {
                    if (d < b[0]) {
                        return b[1];
                    }
                }
                return 0;
            }

            @Override
            public double radiusKm() {
                return radius;
            }

            @Override
            public String toString() {
                StringBuilder sb = new StringBuilder();
                for (double[] b : bands) {
                    sb.append(sb.length() > 0 ? "," : "").append(String.format(Locale.ROOT, "%s:%s", b[0], b[1]));
                }
                return sb.toString();
            }
        };
    }

    /** Gaussian decay (Dai 2010): 1 at distance 0 falling to 0 at d0, w = (e^(-½(d/d0)²) − e^(-½)) / (1 − e^(-½)). */
    static Decay gaussian(double radiusKm) {
        positive(radiusKm);
        double floor = Math.exp(-0.5);
        return new Decay() {
            @Override
            public double weight(double d) {
                if (!(d < radiusKm)) {
                    return 0;
                }
                double x = d / radiusKm;
                return (Math.exp(-0.5 * x * x) - floor) / (1 - floor);
            }

            @Override
            public double radiusKm() {
                return radiusKm;
            }
        };
    }

    /** Gravity decay: w = max(d, 1 km)^-β inside the catchment (the 1 km floor keeps a zone on a site finite). */
    static Decay gravity(double radiusKm, double beta) {
        positive(radiusKm);
        return new Decay() {
            @Override
            public double weight(double d) {
                return d < radiusKm ? Math.pow(Math.max(d, 1.0), -beta) : 0;
            }

            @Override
            public double radiusKm() {
                return radiusKm;
            }
        };
    }

    private static void positive(double r) {
        if (!(r > 0)) {
            throw new IllegalArgumentException("catchment radius " + r + ": expected more than 0");
        }
    }
}
