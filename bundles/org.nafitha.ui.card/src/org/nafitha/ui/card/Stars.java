package org.nafitha.ui.card;

import java.text.NumberFormat;

/** Ratings as stars and scores as numbers in the workbench's locale. */
final class Stars {

    private Stars() {
    }

    static String of(Integer rating, int levels) {
        if (rating == null) {
            return Messages.unrated;
        }
        return "★".repeat(rating) + "☆".repeat(Math.max(0, levels - rating));
    }

    static String score(Double score) {
        if (score == null || !Double.isFinite(score)) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(score);
    }

    static String percent(double share) {
        if (!Double.isFinite(share)) {
            return "–";
        }
        NumberFormat f = NumberFormat.getPercentInstance();
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMaximumFractionDigits(v != 0 && Math.abs(v) < 10 ? 2 : 1);
        return f.format(v);
    }

    /** A change of score, signed with a typographic minus (0.0 when none). */
    static String signed(double d) {
        if (Math.abs(d) < 0.05) {
            return score(0.0);
        }
        return (d > 0 ? "+" : "−") + score(Math.abs(d));
    }
}
