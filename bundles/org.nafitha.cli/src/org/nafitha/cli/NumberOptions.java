package org.nafitha.cli;

import java.util.Locale;

/**
 * The one reading of numeric options for every command: a value must be a finite number (no NaN, no infinity) in the
 * option's range, else the command line is wrong (a {@link UsageException}: exit 2, with the option, the value given
 * and what was expected).
 */
public final class NumberOptions {

    /** The values an option accepts, and how the expectation reads in a message. */
    public record Range(double min, boolean minIncluded, double max, boolean maxIncluded, String expected) {

        /** More than 0. */
        public static final Range POSITIVE = new Range(0, false, Double.MAX_VALUE, true, "a number more than 0");
        /** 0 or more. */
        public static final Range NON_NEGATIVE = new Range(0, true, Double.MAX_VALUE, true, "a number, 0 or more");
        /** A share strictly between 0 and 1. */
        public static final Range OPEN_SHARE = new Range(0, false, 1, false, "a share more than 0 and less than 1");
        /** A share more than 0 and at most 1. */
        public static final Range SHARE_UP_TO_1 = new Range(0, false, 1, true, "a share more than 0 and at most 1");
        /** A share from 0 to 1. */
        public static final Range SHARE = new Range(0, true, 1, true, "a share from 0 to 1");
        /** A share from 0 up to, not including, 1. */
        public static final Range SHARE_BELOW_1 = new Range(0, true, 1, false, "a share, 0 or more and less than 1");
        /** A distance on Earth: more than 0 and at most half its circumference. */
        public static final Range KILOMETRES = new Range(0, false, 20_000, true, "a number of kilometres more than 0 and at most 20000");
        /** A radius in the unit of the travel costs (km, or a cost table's minutes or km): more than 0, at most 20000. */
        public static final Range COST_RADIUS = new Range(0, false, 20_000, true,
                "a number more than 0 and at most 20000, in the costs' unit (km without a cost table)");
        /** Any finite number. */
        public static final Range ANY = new Range(-Double.MAX_VALUE, true, Double.MAX_VALUE, true, "a number");

        /** From {@code min} to {@code max}, both included. */
        public static Range between(double min, double max, String unit) {
            return new Range(min, true, max, true, "a number from " + format(min) + " to " + format(max) + (unit == null ? "" : " " + unit));
        }

        boolean contains(double v) {
            return (minIncluded ? v >= min : v > min) && (maxIncluded ? v <= max : v < max);
        }
    }

    private NumberOptions() {
    }

    /** A required number. */
    public static double required(Options options, String name, Range range) {
        return parse(name, options.required(name), range);
    }

    /** A number, or {@code fallback} when the option is absent (the fallback is not checked: it may be e.g. infinity). */
    public static double optional(Options options, String name, double fallback, Range range) {
        String text = options.optional(name, null);
        return text == null ? fallback : parse(name, text, range);
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when the option is absent. */
    public static long whole(Options options, String name, long fallback, long min, long max) {
        String text = options.optional(name, null);
        return text == null ? fallback : parseWhole(name, text, min, max);
    }

    /** A whole number that fits an int, in {@code [min, max]}. */
    public static int integer(Options options, String name, int fallback, int min, int max) {
        return (int) whole(options, name, fallback, min, max);
    }

    /** Checks the text of an option already read. */
    public static double parse(String name, String text, Range range) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " '" + text + "': expected " + range.expected());
        }
        if (!Double.isFinite(v) || !range.contains(v)) {
            throw new UsageException("--" + name + " '" + text + "': expected " + range.expected());
        }
        return v;
    }

    /** Checks the text of a whole-number option already read. */
    public static long parseWhole(String name, String text, long min, long max) {
        String expected = "a whole number from " + min + " to " + max;
        long v;
        try {
            v = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " '" + text + "': expected " + expected);
        }
        if (v < min || v > max) {
            throw new UsageException("--" + name + " '" + text + "': expected " + expected);
        }
        return v;
    }

    /** Checks a comma-separated list of numbers. */
    public static double[] list(String name, String text, Range range) {
        String[] parts = text.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = parse(name, parts[i], range);
            } catch (UsageException e) {
                throw new UsageException("--" + name + " '" + text + "': value " + (i + 1) + " '" + parts[i].trim() + "': expected " + range.expected());
            }
        }
        return values;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
