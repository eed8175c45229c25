package org.nafitha.card.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An indicator's scoring function ({@code linear WORST BEST}, {@code points V:S ...}, {@code steps >=T:S ... else:S},
 * as {@link org.nafitha.card.Scoring} writes it) in words of the report's language; the text as given when it is in
 * none of these forms.
 */
public final class ScoringWords {

    private ScoringWords() {
    }

    public static String words(String spec, Texts t) {
        if (spec == null || spec.isBlank()) {
            return "";
        }
        String[] w = spec.trim().split("\\s+");
        try {
            switch (w[0].toLowerCase(Locale.ROOT)) {
            case "linear" -> {
                if (w.length == 3) {
                    return t.get("scoring.linear", num(w[1], t), num(w[2], t));
                }
            }
            case "points" -> {
                List<String> points = new ArrayList<>();
                for (int i = 1; i < w.length; i++) {
                    String[] vs = w[i].split(":");
                    if (vs.length != 2) {
                        return spec;
                    }
                    points.add(t.get("scoring.point", num(vs[0], t), num(vs[1], t)));
                }
                if (!points.isEmpty()) {
                    return t.get("scoring.points", String.join(t.arabic() ? "، " : ", ", points));
                }
            }
            case "steps" -> {
                List<String> steps = new ArrayList<>();
                String otherwise = null;
                for (int i = 1; i < w.length; i++) {
                    int colon = w[i].lastIndexOf(':');
                    if (colon < 0) {
                        return spec;
                    }
                    String cond = w[i].substring(0, colon);
                    String score = num(w[i].substring(colon + 1), t);
                    if (cond.equalsIgnoreCase("else")) {
                        otherwise = score;
                        continue;
                    }
                    String op;
                    String value;
                    if (cond.startsWith(">=")) {
                        op = "ge";
                        value = cond.substring(2);
                    } else if (cond.startsWith("<=")) {
                        op = "le";
                        value = cond.substring(2);
                    } else if (cond.startsWith(">")) {
                        op = "gt";
                        value = cond.substring(1);
                    } else if (cond.startsWith("<")) {
                        op = "lt";
                        value = cond.substring(1);
                    } else {
                        return spec;
                    }
                    steps.add(t.get("scoring.step", t.get("scoring.op." + op, num(value, t)), score));
                }
                if (!steps.isEmpty()) {
                    String list = String.join(t.arabic() ? "؛ " : "; ", steps);
                    return otherwise == null ? list : t.get("scoring.steps", list, otherwise);
                }
            }
            default -> {
                return spec;
            }
            }
        } catch (NumberFormatException e) {
            return spec;
        }
        return spec;
    }

    private static String num(String text, Texts t) {
        return t.value(Double.parseDouble(text));
    }
}
