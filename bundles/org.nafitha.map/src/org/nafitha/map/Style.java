package org.nafitha.map;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a layer's features look: fill and stroke, point size, opacity, an optional label field, and an optional
 * classification — graduated (a numeric field in classes, each with a colour and a point size) or categorized (a value
 * per colour).
 */
public final class Style {

    /** A class of a graduated style: values up to {@code upTo} (inclusive). */
    public record Band(double upTo, Color color, double pointSize, String label) {
    }

    private Color fill = new Color(0x4A90D9);
    private Color stroke = new Color(0x1F3B57);
    private float strokeWidth = 1f;
    private double pointSize = 6;
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
        return categories;
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
        if (!(v instanceof Number n)) {
            return null;
        }
        for (Band b : bands) {
            if (n.doubleValue() <= b.upTo()) {
                return b;
            }
        }
        return bands.isEmpty() ? null : bands.get(bands.size() - 1);
    }
}
