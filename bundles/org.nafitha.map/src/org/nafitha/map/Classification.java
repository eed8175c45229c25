package org.nafitha.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Styles made from a layer's attributes: graduated (a numeric field cut into classes by quantiles or equal intervals,
 * coloured along a ramp, points growing class by class) and categorized (a colour for each distinct value of a field,
 * from a qualitative palette, at most {@link #MAX_CATEGORIES} lines with the rarest values together as "other").
 * The base style is never changed: each method returns a changed copy, ready for {@link MapLayer#setStyle(Style)}.
 */
public final class Classification {

    /** How class breaks are placed. */
    public enum Method {
        /** About as many features in every class. */
        QUANTILE,
        /** Classes of the same width between the smallest and the largest value. */
        EQUAL_INTERVAL
    }

    /** Sequential (and one diverging) colour ramps, light to dark: ColorBrewer's five-class schemes. */
    public enum Ramp {
        YELLOW_RED(0xFFFFB2, 0xFECC5C, 0xFD8D3C, 0xF03B20, 0xBD0026),
        BLUES(0xEFF3FF, 0xBDD7E7, 0x6BAED6, 0x3182BD, 0x08519C),
        GREENS(0xEDF8E9, 0xBAE4B3, 0x74C476, 0x31A354, 0x006D2C),
        PURPLES(0xF2F0F7, 0xCBC9E2, 0x9E9AC8, 0x756BB1, 0x54278F),
        RED_YELLOW_GREEN(0xD7191C, 0xFDAE61, 0xFFFFBF, 0xA6D96A, 0x1A9641);

        private final int[] stops;

        Ramp(int... stops) {
            this.stops = stops;
        }

        /** {@code n} colours evenly along the ramp, its first and last stops included (one class: the middle). */
        public List<Color> colors(int n) {
            List<Color> colors = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                colors.add(at(n == 1 ? 0.5 : k / (double) (n - 1)));
            }
            return colors;
        }

        /** The colour at {@code t} (0 to 1), interpolated between the two stops around it. */
        public Color at(double t) {
            double x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
            int i = Math.min(stops.length - 2, (int) Math.floor(x));
            double f = x - i;
            int a = stops[i];
            int b = stops[i + 1];
            return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
        }

        private static int mix(int a, int b, double f) {
            return (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        }
    }

    /** At most this many legend lines in a categorized style (the rest of the values together as one). */
    public static final int MAX_CATEGORIES = 12;
    /** At most this many classes in a graduated style. */
    public static final int MAX_CLASSES = 12;
    /** The colour of the values left out of a categorized style, and of features without a value. */
    public static final Color OTHER = new Color(0xBDBDBD);
    /** A qualitative palette of twelve colours told apart easily (ColorBrewer's "Paired"). */
    public static final List<Color> PALETTE = List.of(new Color(0x1F78B4), new Color(0x33A02C), new Color(0xE31A1C), new Color(0xFF7F00),
            new Color(0x6A3D9A), new Color(0xB15928), new Color(0xA6CEE3), new Color(0xB2DF8A), new Color(0xFB9A99), new Color(0xFDBF6F),
            new Color(0xCAB2D6), new Color(0xFFFF99));

    /** An attribute of a layer, and whether all its values are numbers (or texts that read as numbers). */
    public record Field(String name, boolean numeric) {
    }

    private Classification() {
    }

    /** The attributes of a layer's features, in the order they first appear. */
    public static List<Field> fields(MapLayer layer) {
        return fields(layer.features());
    }

    /**
     * The attributes of features, in the order they first appear; numeric when at least one feature has a value and
     * every value is a number or a text that reads as one.
     */
    public static List<Field> fields(List<MapLayer.MapFeature> features) {
        Map<String, Boolean> numeric = new LinkedHashMap<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (MapLayer.MapFeature f : features) {
            for (Map.Entry<String, Object> e : f.attributes().entrySet()) {
                numeric.putIfAbsent(e.getKey(), Boolean.TRUE);
                Object v = e.getValue();
                if (v == null || v instanceof String t && t.isBlank()) {
                    continue;
                }
                seen.put(e.getKey(), Boolean.TRUE);
                if (v instanceof Boolean || Double.isNaN(Style.number(v))) {
                    numeric.put(e.getKey(), Boolean.FALSE);
                }
            }
        }
        List<Field> fields = new ArrayList<>();
        numeric.forEach((name, isNumber) -> fields.add(new Field(name, isNumber && seen.containsKey(name))));
        return fields;
    }

    /**
     * The upper bounds of the classes, ascending, the last one the largest value; fewer than {@code classes} when
     * values repeat across a break (e.g. every value the same: one class).
     *
     * <p>Quantiles: of n sorted values v[0..n−1], class k of N ends at v[⌈k·n/N⌉ − 1]. Equal intervals: class k ends
     * at min + k·(max − min)/N.
     */
    public static double[] breaks(double[] values, int classes, Method method) {
        if (classes < 1 || classes > MAX_CLASSES) {
            throw new IllegalArgumentException(classes + " classes: expected 1 to " + MAX_CLASSES);
        }
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no numeric values to classify: expected at least one finite number");
        }
        int n = sorted.length;
        double min = sorted[0];
        double max = sorted[n - 1];
        List<Double> breaks = new ArrayList<>();
        for (int k = 1; k <= classes; k++) {
            double b;
            if (k == classes) {
                b = max;
            } else if (method == Method.QUANTILE) {
                b = sorted[(int) Math.ceil(k * (double) n / classes) - 1];
            } else {
                b = min + k * (max - min) / classes;
            }
            if (breaks.isEmpty() || b > breaks.get(breaks.size() - 1)) {
                breaks.add(b);
            }
        }
        return breaks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * A graduated copy of {@code base}: {@code field}'s values in {@code classes} classes coloured along {@code ramp};
     * on a point layer the symbols grow from half the base point size to twice it, class by class.
     */
    public static Style graduated(Style base, MapLayer layer, String field, int classes, Method method, Ramp ramp) {
        Field f = field(layer, field);
        if (!f.numeric()) {
            throw new IllegalArgumentException("field '" + field + "' of layer " + layer.name() + ": expected a numeric attribute (numeric ones: "
                    + fields(layer).stream().filter(Field::numeric).map(Field::name).toList() + ")");
        }
        double[] values = layer.features().stream().mapToDouble(x -> Style.number(x.attributes().get(field))).filter(Double::isFinite).toArray();
        double[] breaks = breaks(values, classes, method);
        double min = Arrays.stream(values).min().orElse(0);
        int decimals = decimals(min, breaks);
        List<Color> colors = ramp.colors(breaks.length);
        boolean points = layer.hasPoints();
        List<Style.Band> bands = new ArrayList<>();
        for (int k = 0; k < breaks.length; k++) {
            double size = !points || breaks.length == 1 ? base.pointSize() : base.pointSize() * (0.5 + 1.5 * k / (breaks.length - 1));
            String label = format(k == 0 ? min : breaks[k - 1], decimals) + " – " + format(breaks[k], decimals);
            bands.add(new Style.Band(breaks[k], colors.get(k), size, label));
        }
        return base.copy().graduated(field, bands);
    }

    /** A categorized copy of {@code base} (values left out are called "other"). */
    public static Style categorized(Style base, MapLayer layer, String field) {
        return categorized(base, layer, field, "other");
    }

    /**
     * A categorized copy of {@code base}: each distinct value of {@code field} gets a colour of {@link #PALETTE}, the
     * most frequent first (ties in the values' order). With more than {@link #MAX_CATEGORIES} values the most
     * frequent {@code MAX_CATEGORIES − 1} keep their colour and the rest are drawn together in {@link #OTHER}, shown
     * in the legend as {@code otherLabel}; features without a value are drawn in {@link #OTHER} too.
     */
    public static Style categorized(Style base, MapLayer layer, String field, String otherLabel) {
        field(layer, field);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MapLayer.MapFeature f : layer.features()) {
            Object v = f.attributes().get(field);
            if (v != null && !v.toString().isBlank()) {
                counts.merge(v.toString(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("field '" + field + "' of layer " + layer.name() + ": expected values to categorize, every feature has none");
        }
        List<String> values = new ArrayList<>(counts.keySet());
        values.sort(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(Comparator.naturalOrder()));
        boolean capped = values.size() > MAX_CATEGORIES;
        List<String> kept = capped ? values.subList(0, MAX_CATEGORIES - 1) : values;
        Map<String, Color> colors = new LinkedHashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            colors.put(kept.get(i), PALETTE.get(i));
        }
        if (capped) {
            colors.put(otherLabel, OTHER);
        }
        return base.copy().fill(OTHER).categorized(field, colors);
    }

    private static Field field(MapLayer layer, String name) {
        List<Field> fields = fields(layer);
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "field '" + name + "' of layer " + layer.name() + ": expected one of " + fields.stream().map(Field::name).toList()));
    }

    /** Enough decimals to tell the breaks apart: none when they are whole numbers. */
    private static int decimals(double min, double[] breaks) {
        boolean whole = Math.rint(min) == min && Arrays.stream(breaks).allMatch(b -> Math.rint(b) == b);
        if (whole) {
            return 0;
        }
        double range = breaks[breaks.length - 1] - min;
        return range <= 0 ? 2 : Math.max(0, Math.min(6, 2 - (int) Math.floor(Math.log10(range))));
    }

    private static String format(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
