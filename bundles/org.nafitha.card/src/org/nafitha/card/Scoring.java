package org.nafitha.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A function from an indicator's value to a score 0–100. Written as text in the extension and in reports:
 * <ul>
 * <li>{@code linear WORST BEST}: 0 at WORST, 100 at BEST, linear between, clamped (WORST may exceed BEST);</li>
 * <li>{@code points V1:S1 V2:S2 ...}: piecewise linear through the points, V ascending, clamped beyond the ends;</li>
 * <li>{@code steps >=T1:S1 >=T2:S2 ... else:S}: the first threshold the value meets ({@code >=}, {@code >},
 * {@code <=} or {@code <}) gives the score, else the last.</li>
 * </ul>
 */
public final class Scoring {

    private enum Kind { LINEAR, POINTS, STEPS }

    private final Kind kind;
    private final String text;
    private final double[] xs;
    private final double[] ys;
    private final String[] ops;
    private final double otherwise;

    private Scoring(Kind kind, String text, double[] xs, double[] ys, String[] ops, double otherwise) {
        this.kind = kind;
        this.text = text;
        this.xs = xs;
        this.ys = ys;
        this.ops = ops;
        this.otherwise = otherwise;
    }

    public static Scoring linear(double worst, double best) {
        if (worst == best || !Double.isFinite(worst) || !Double.isFinite(best)) {
            throw new IllegalArgumentException("linear " + worst + " " + best + ": expected two different finite numbers");
        }
        return new Scoring(Kind.LINEAR, "linear " + num(worst) + " " + num(best), new double[] { worst, best }, new double[] { 0, 100 }, null, 0);
    }

    /** Parses the text form; the message names what was expected and where. */
    public static Scoring parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("scoring '': expected 'linear WORST BEST', 'points V:S ...' or 'steps >=T:S ... else:S'");
        }
        String[] words = spec.trim().split("\\s+");
        String head = words[0].toLowerCase(Locale.ROOT);
        switch (head) {
        case "linear" -> {
            if (words.length != 3) {
                throw new IllegalArgumentException("scoring '" + spec + "': expected 'linear WORST BEST' (two numbers)");
            }
            return linear(number(spec, words[1]), number(spec, words[2]));
        }
        case "points" -> {
            if (words.length < 3) {
                throw new IllegalArgumentException("scoring '" + spec + "': expected at least two points V:S");
            }
            double[] xs = new double[words.length - 1];
            double[] ys = new double[words.length - 1];
            for (int i = 1; i < words.length; i++) {
                String[] pair = pair(spec, words[i]);
                xs[i - 1] = number(spec, pair[0]);
                ys[i - 1] = score(spec, pair[1]);
                if (i > 1 && !(xs[i - 1] > xs[i - 2])) {
                    throw new IllegalArgumentException("scoring '" + spec + "': point " + i + " (" + words[i] + "): expected values ascending");
                }
            }
            return new Scoring(Kind.POINTS, "points " + String.join(" ", List.of(words).subList(1, words.length)), xs, ys, null, 0);
        }
        case "steps" -> {
            List<String> ops = new ArrayList<>();
            List<Double> ts = new ArrayList<>();
            List<Double> ss = new ArrayList<>();
            Double otherwise = null;
            for (int i = 1; i < words.length; i++) {
                String[] pair = pair(spec, words[i]);
                if (pair[0].equalsIgnoreCase("else")) {
                    if (i != words.length - 1) {
                        throw new IllegalArgumentException("scoring '" + spec + "': expected 'else:S' last");
                    }
                    otherwise = score(spec, pair[1]);
                    continue;
                }
                String op = pair[0].startsWith(">=") || pair[0].startsWith("<=") ? pair[0].substring(0, 2)
                        : pair[0].startsWith(">") || pair[0].startsWith("<") ? pair[0].substring(0, 1) : null;
                if (op == null) {
                    throw new IllegalArgumentException("scoring '" + spec + "': step '" + words[i] + "': expected >=T:S, >T:S, <=T:S or <T:S");
                }
                ops.add(op);
                ts.add(number(spec, pair[0].substring(op.length())));
                ss.add(score(spec, pair[1]));
            }
            if (ops.isEmpty() || otherwise == null) {
                throw new IllegalArgumentException("scoring '" + spec + "': expected at least one threshold and 'else:S' last");
            }
            return new Scoring(Kind.STEPS, "steps " + String.join(" ", List.of(words).subList(1, words.length)),
                    ts.stream().mapToDouble(Double::doubleValue).toArray(), ss.stream().mapToDouble(Double::doubleValue).toArray(),
                    ops.toArray(String[]::new), otherwise);
        }
        default -> throw new IllegalArgumentException("scoring '" + spec + "': expected it to start with linear, points or steps");
        }
    }

    /** The score 0–100 of a finite value. */
    public double score(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value " + value + ": expected a finite number (a missing value is not scored)");
        }
        switch (kind) {
        case LINEAR -> {
            double t = (value - xs[0]) / (xs[1] - xs[0]);
            return 100 * Math.max(0, Math.min(1, t));
        }
        case POINTS -> {
            if (value <= xs[0]) {
                return ys[0];
            }
            for (int i = 1; i < xs.length; i++) {
                if (value <= xs[i]) {
                    double t = (value - xs[i - 1]) / (xs[i] - xs[i - 1]);
                    return ys[i - 1] + t * (ys[i] - ys[i - 1]);
                }
            }
            return ys[ys.length - 1];
        }
        default -> {
            for (int i = 0; i < ops.length; i++) {
                boolean met = switch (ops[i]) {
                case ">=" -> value >= xs[i];
                case ">" -> value > xs[i];
                case "<=" -> value <= xs[i];
                default -> value < xs[i];
                };
                if (met) {
                    return ys[i];
                }
            }
            return otherwise;
        }
        }
    }

    @Override
    public String toString() {
        return text;
    }

    private static String[] pair(String spec, String word) {
        int colon = word.lastIndexOf(':');
        if (colon <= 0 || colon == word.length() - 1) {
            throw new IllegalArgumentException("scoring '" + spec + "': '" + word + "': expected VALUE:SCORE");
        }
        return new String[] { word.substring(0, colon), word.substring(colon + 1) };
    }

    private static double number(String spec, String word) {
        try {
            double v = Double.parseDouble(word);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("scoring '" + spec + "': '" + word + "': expected a number");
    }

    private static double score(String spec, String word) {
        double s = number(spec, word);
        if (s < 0 || s > 100) {
            throw new IllegalArgumentException("scoring '" + spec + "': score " + word + ": expected 0 to 100");
        }
        return s;
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
