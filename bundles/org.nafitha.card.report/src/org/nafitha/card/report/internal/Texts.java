package org.nafitha.card.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Properties;

/**
 * The report's words in one language (messages.properties, messages_ar.properties beside this class) and its number
 * formats. Numbers use Western digits with a comma for thousands and a point for decimals in both languages, as
 * Jordanian government documents mostly do; Arabic text around them is ordered by the bidi algorithm.
 */
public final class Texts {

    private final boolean arabic;
    private final Properties strings;

    private Texts(boolean arabic, Properties strings) {
        this.arabic = arabic;
        this.strings = strings;
    }

    /** The texts of {@code "ar"} or {@code "en"} (any other language gets English). */
    public static Texts of(String lang) {
        boolean arabic = lang != null && lang.trim().toLowerCase(Locale.ROOT).startsWith("ar");
        Properties p = new Properties();
        load(p, "messages.properties");
        if (arabic) {
            Properties ar = new Properties();
            load(ar, "messages_ar.properties");
            p.putAll(ar);
        }
        return new Texts(arabic, p);
    }

    private static void load(Properties into, String name) {
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("report strings " + name + " not found beside " + Texts.class.getName());
            }
            into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("report strings " + name + ": " + e.getMessage(), e);
        }
    }

    public boolean arabic() {
        return arabic;
    }

    public String lang() {
        return arabic ? "ar" : "en";
    }

    /** The text of a key with {0}, {1}, ... replaced by the arguments; the key itself when it has no text. */
    public String get(String key, Object... args) {
        String text = strings.getProperty(key);
        if (text == null) {
            return key;
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The text of a key, or {@code fallback} when there is none. */
    public String getOr(String key, String fallback) {
        return strings.getProperty(key, fallback);
    }

    /** The name in the report's language, the other one when it is missing. */
    public String name(String en, String ar) {
        String first = arabic ? ar : en;
        String second = arabic ? en : ar;
        return first != null && !first.isBlank() ? first : second != null ? second : "";
    }

    /** A word of the model (a center's kind, status) in the report's language: {@code kind.comprehensivecenter}. */
    public String word(String prefix, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return getOr(prefix + "." + normalize(value), value);
    }

    /** A unit in the report's language ({@code unit.min} etc.), the unit as given otherwise. */
    public String unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        String key = "%".equals(unit.trim()) ? "percent" : normalize(unit);
        return getOr("unit." + key, unit);
    }

    static String normalize(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }

    /** A whole number with thousands separators: 11,625,745. */
    public String integer(double v) {
        return format("#,##0").format(v);
    }

    /** A number with exactly {@code decimals} decimals and thousands separators. */
    public String number(double v, int decimals) {
        return format(decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(v);
    }

    /** A measured value: at most one decimal from 10 up and two below, none when they are zeros (12, 12.5, 0.35, 3.2). */
    public String value(double v) {
        return format(Math.abs(v) >= 10 ? "#,##0.#" : "#,##0.##").format(v);
    }

    /** A value with its unit: {@code 85.5%}, {@code 12.5 min}. */
    public String valueWithUnit(double v, String unit) {
        String u = unit(unit);
        if (u.isEmpty()) {
            return value(v);
        }
        return "%".equals(u) ? value(v) + "%" : value(v) + " " + u;
    }

    /** A share 0–1 as a percentage with one decimal: {@code 0.4531} is {@code 45.3%}. */
    public String percent(double share) {
        return number(share * 100, 1) + "%";
    }

    /** A score 0–100 with one decimal, or the missing mark. */
    public String score(Double score) {
        return score == null ? get("missing.value") : number(score, 1);
    }

    /** {@code ★★★★☆☆☆} for rating 4 of 7; the "not rated" words for null. */
    public String stars(Integer rating, int levels) {
        if (rating == null) {
            return get("center.notRated");
        }
        int r = Math.max(0, Math.min(levels, rating));
        return "\u2605".repeat(r) + "\u2606".repeat(levels - r);
    }
}
