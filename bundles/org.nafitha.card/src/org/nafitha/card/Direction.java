package org.nafitha.card;

/** Which way an indicator is better: higher values, lower values, or close to a target band. */
public enum Direction {
    HIGHER, LOWER, TARGET;

    /** Parses {@code higher}, {@code lower} or {@code target}, naming what was expected otherwise. */
    public static Direction parse(String text) {
        if (text != null) {
            for (Direction d : values()) {
                if (d.name().equalsIgnoreCase(text.trim())) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException("direction '" + text + "': expected higher, lower or target");
    }
}
