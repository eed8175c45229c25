package org.nafitha.map;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a layer's features look: fill and stroke, point size and symbol, opacity, an optional label field, and an
 * optional classification — graduated (a numeric field in classes, each with a colour and a point size) or categorized
 * (a value per colour).
 *
 * <p>A style is built with its fluent setters before it is given to a layer. A layer may be drawn in a background
 * thread at any time, so a style in use is never changed in place: change a {@link #copy()} and give it to the layer
 * ({@link MapLayer#setStyle(Style)}), which swaps it under the layer's lock.
 */
public final class Style {

    /** The symbol of a point. */
    public enum Marker { CIRCLE, SQUARE, TRIANGLE, DIAMOND, STAR }

    /** A class of a graduated style: values up to {@code upTo} (inclusive). */
    public record Band(double upTo, Color color, double pointSize, String label) {
    }

    private Color fill = new Color(0x4A90D9);
    private Color stroke = new Color(0x1F3B57);
    private float strokeWidth = 1f;
    private double pointSize = 6;
    private Marker marker = Marker.CIRCLE;
    private double opacity = 1;
    private String labelField;
    private String classField;
    private List<Band> bands = List.of();
    private Map<String, Color> categories = new LinkedHashMap<>();

    public Style fill(Color c) {
        this.fill = c;
        return this;
    }

    public Style stroke(Color c, float width) {
        this.stroke = c;
        this.strokeWidth = width;
        return this;
    }

    public Style pointSize(double pixels) {
        this.pointSize = pixels;
        return this;
    }

    public Style marker(Marker symbol) {
        if (symbol == null) {
            throw new IllegalArgumentException("marker null: expected one of " + Arrays.toString(Marker.values()));
        }
        this.marker = symbol;
        return this;
    }

    /** 0 (invisible) to 1 (opaque). */
    public Style opacity(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("opacity " + value + ": expected 0 to 1");
        }
        this.opacity = value;
        return this;
    }

    public Style label(String field) {
        this.labelField = field;
        return this;
    }

    /** A single symbol again: no classification. */
    public Style single() {
        this.classField = null;
        this.bands = List.of();
        this.categories = new LinkedHashMap<>();
        return this;
    }

    /** An independent copy, to change and give to a layer in place of this one. */
    public Style copy() {
        Style c = new Style();
        c.fill = fill;
        c.stroke = stroke;
        c.strokeWidth = strokeWidth;
        c.pointSize = pointSize;
        c.marker = marker;
        c.opacity = opacity;
        c.labelField = labelField;
        c.classField = classField;
        c.bands = bands;
        c.categories = new LinkedHashMap<>(categories);
        return c;
    }

    /** Graduated by a numeric field. */
    public Style graduated(String field, List<Band> classes) {
        this.classField = field;
        this.bands = List.copyOf(classes);
        this.categories = new LinkedHashMap<>();
        return this;
    }

    /** Categorized by a field's values. */
    public Style categorized(String field, Map<String, Color> colors) {
        this.classField = field;
        this.categories = new LinkedHashMap<>(colors);
        this.bands = List.of();
        return this;
    }

    public Color fill() {
        return fill;
    }

    public Color stroke() {
        return stroke;
    }

    public float strokeWidth() {
        return strokeWidth;
    }

    public double pointSize() {
        return pointSize;
    }

    public Marker marker() {
        return marker;
    }

    public double opacity() {
        return opacity;
    }

    public String labelField() {
        return labelField;
    }

    public String classField() {
        return classField;
    }

    public List<Band> bands() {
        return bands;
    }

    public Map<String, Color> categories() {
        return Collections.unmodifiableMap(categories);
    }

    /** The outline of a point symbol of {@code size} pixels across, centred on (cx, cy) in pixels. */
    public static Shape markerShape(Marker marker, double cx, double cy, double size) {
        double r = size / 2;
        return switch (marker) {
            case CIRCLE -> new Ellipse2D.Double(cx - r, cy - r, size, size);
            case SQUARE -> {
                double h = r * 0.89; // a square of the circle's area: side √π/2 of the diameter
                yield new Rectangle2D.Double(cx - h, cy - h, 2 * h, 2 * h);
            }
            case TRIANGLE -> polygon(cx, cy, r * 1.2, 3, 0);
            case DIAMOND -> polygon(cx, cy, r * 1.15, 4, 0);
            case STAR -> {
                Path2D.Double star = new Path2D.Double();
                double outer = r * 1.25;
                double inner = outer * 0.45;
                for (int k = 0; k < 10; k++) {
                    double a = -Math.PI / 2 + k * Math.PI / 5;
                    double rr = k % 2 == 0 ? outer : inner;
                    if (k == 0) {
                        star.moveTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
                    } else {
                        star.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
                    }
                }
                star.closePath();
                yield star;
            }
        };
    }

    /** A regular polygon with a vertex straight up (y down). */
    private static Shape polygon(double cx, double cy, double r, int sides, double turn) {
        Path2D.Double p = new Path2D.Double();
        for (int k = 0; k < sides; k++) {
            double a = -Math.PI / 2 + turn + k * 2 * Math.PI / sides;
            if (k == 0) {
                p.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            } else {
                p.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    /** The fill and point size of a feature with these attributes. */
    Color fillFor(Map<String, Object> attributes) {
        if (classField == null) {
            return fill;
        }
        Object v = attributes.get(classField);
        if (!categories.isEmpty()) {
            return v == null ? fill : categories.getOrDefault(v.toString(), fill);
        }
        Band b = band(v);
        return b == null ? fill : b.color();
    }

    double sizeFor(Map<String, Object> attributes) {
        if (classField == null || bands.isEmpty()) {
            return pointSize;
        }
        Band b = band(attributes.get(classField));
        return b == null ? pointSize : b.pointSize();
    }

    private Band band(Object v) {
        double n = number(v);
        if (Double.isNaN(n)) {
            return null;
        }
        for (Band b : bands) {
            if (n <= b.upTo()) {
                return b;
            }
        }
        return bands.isEmpty() ? null : bands.get(bands.size() - 1);
    }

    /** A number, or a text that reads as one (tables read from CSV keep their figures as text); NaN otherwise. */
    static double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String t && !t.isBlank()) {
            try {
                return Double.parseDouble(t.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
