package org.nafitha.locate;

import java.util.Locale;

/**
 * What to optimize.
 *
 * <ul>
 * <li>{@link Type#PMEDIAN}: open p sites minimizing the weighted distance of every demand point to its nearest open
 * site;</li>
 * <li>{@link Type#MCLP}: open p sites maximizing the weight within {@code radiusKm} of an open site;</li>
 * <li>{@link Type#LSCP}: the fewest sites putting every coverable point within {@code radiusKm};</li>
 * <li>{@link Type#PCENTER}: open p sites minimizing the largest distance of a point to its nearest open site.</li>
 * </ul>
 * Required sites are always open (and count in p); excluded ones never. {@code capacitated} (p-median only) assigns
 * each point whole to an open site with room for its weight.
 */
public record Problem(Type type, int p, double radiusKm, boolean capacitated) {

    public enum Type { PMEDIAN, MCLP, LSCP, PCENTER }

    public Problem {
        if (type == null) {
            throw new IllegalArgumentException("a problem type is needed: pmedian, mclp, lscp or pcenter");
        }
        if (type != Type.LSCP && p < 1) {
            throw new IllegalArgumentException(type.name().toLowerCase(Locale.ROOT) + " needs p, the number of sites, of 1 or more");
        }
        if ((type == Type.MCLP || type == Type.LSCP) && !(radiusKm > 0)) {
            throw new IllegalArgumentException(type.name().toLowerCase(Locale.ROOT) + " needs a coverage radius of more than 0 km");
        }
        if (capacitated && type != Type.PMEDIAN) {
            throw new IllegalArgumentException("capacities apply to the p-median problem");
        }
    }

    public static Problem pMedian(int p) {
        return new Problem(Type.PMEDIAN, p, Double.NaN, false);
    }

    public static Problem mclp(int p, double radiusKm) {
        return new Problem(Type.MCLP, p, radiusKm, false);
    }

    /** Reads "pmedian", "mclp", "lscp", "pcenter" (also "p-median", "p-center"). */
    public static Type type(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (Type type : Type.values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(t)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown problem '" + text + "': expected pmedian, mclp, lscp or pcenter");
    }
}
