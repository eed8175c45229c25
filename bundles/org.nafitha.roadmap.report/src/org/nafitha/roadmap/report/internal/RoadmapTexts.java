package org.nafitha.roadmap.report.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.nafitha.roadmap.RoadmapIndicators;

/** The report's words in English or Arabic (messages*.properties) and its numbers (Western digits, grouped). */
public final class RoadmapTexts {

    private final ResourceBundle bundle;
    private final boolean arabic;

    private RoadmapTexts(ResourceBundle bundle, boolean arabic) {
        this.bundle = bundle;
        this.arabic = arabic;
    }

    /** {@code "ar"} (the default when null or blank) or {@code "en"}. */
    public static RoadmapTexts of(String lang) {
        boolean ar = lang == null || lang.isBlank() || lang.equalsIgnoreCase("ar");
        Locale locale = ar ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
        ResourceBundle b = ResourceBundle.getBundle(RoadmapTexts.class.getPackageName() + ".messages", locale, RoadmapTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new RoadmapTexts(b, ar);
    }

    public boolean arabic() {
        return arabic;
    }

    public String lang() {
        return arabic ? "ar" : "en";
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), Locale.ENGLISH).format(args);
    }

    public String name(String en, String ar) {
        String first = arabic ? ar : en;
        return first == null || first.isBlank() ? (arabic ? en : ar) : first;
    }

    public String integer(double v) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(v);
    }

    public String number(double v, int decimals) {
        return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(v);
    }

    public String money(double v) {
        return integer(v) + " " + get("currency");
    }

    /** An indicator's value in its unit: shares as percentages, counts whole, others with one or three decimals. */
    public String indicator(String id, Double v) {
        if (v == null) {
            return get("nodata");
        }
        RoadmapIndicators.Info info = RoadmapIndicators.info(id);
        String unit = info == null ? "" : info.unit();
        return switch (unit) {
            case "share" -> number(v * 100, 1) + "\u00a0%";
            case "count" -> integer(v);
            case "index" -> number(v, 3);
            case "%" -> number(v, 1) + "\u00a0%";
            default -> number(v, 1);
        };
    }

    /** The gap of a target in the indicator's unit, without a sign. */
    public String gap(String id, double gap) {
        return indicator(id, Math.abs(gap));
    }
}
