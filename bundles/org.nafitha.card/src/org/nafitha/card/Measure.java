package org.nafitha.card;

/**
 * What an indicator measured at a center: a value (with how it was obtained) or why there is none. A missing value is
 * shown as missing on the card and never scored.
 */
public record Measure(double value, String detail, String missing) {

    public Measure {
        if (missing == null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("measured value " + value + ": expected a finite number, or Measure.missing(reason)");
        }
    }

    public static Measure of(double value, String detail) {
        return new Measure(value, detail, null);
    }

    public static Measure missing(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a missing measure needs its reason");
        }
        return new Measure(Double.NaN, null, reason);
    }

    public boolean isMissing() {
        return missing != null;
    }
}
