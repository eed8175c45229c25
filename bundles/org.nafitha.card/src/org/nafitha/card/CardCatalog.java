package org.nafitha.card;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.nafitha.core.Contributions;

/**
 * The dimensions and indicators of the card: those contributed to {@value #EXTENSION_POINT} by every plugin, or a list
 * built in code. Dimensions and indicators are in display order.
 */
public final class CardCatalog {

    public static final String EXTENSION_POINT = "org.nafitha.card.indicators";

    /** A dimension: an id, names, its default weight (0 or more) and display order. */
    public record Dimension(String id, String nameEn, String nameAr, double weight, int order) {
        public Dimension {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("dimension " + id + ": weight " + weight + ": expected a number 0 or more");
            }
        }
    }

    /**
     * An indicator: its metadata, scoring function, weight within its dimension, what measures it, and the analyzers
     * whose results it reads (the card runs them before measuring, besides coverage and capacity).
     */
    public record Definition(String id, String dimension, String nameEn, String nameAr, String unit, Direction direction, Scoring scoring,
            double weight, int order, Indicator indicator, List<String> requires) {
        public Definition {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("indicator " + id + ": weight " + weight + ": expected a number 0 or more");
            }
            requires = List.copyOf(requires);
        }

        /** An indicator that reads no analyzer besides coverage and capacity. */
        public Definition(String id, String dimension, String nameEn, String nameAr, String unit, Direction direction, Scoring scoring,
                double weight, int order, Indicator indicator) {
            this(id, dimension, nameEn, nameAr, unit, direction, scoring, weight, order, indicator, List.of());
        }
    }

    private final List<Dimension> dimensions;
    private final List<Definition> indicators;

    public CardCatalog(List<Dimension> dimensions, List<Definition> indicators) {
        Map<String, Dimension> byId = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            if (byId.putIfAbsent(d.id(), d) != null) {
                throw new IllegalArgumentException("two card dimensions have the id '" + d.id() + "'");
            }
        }
        Map<String, Definition> seen = new LinkedHashMap<>();
        for (Definition i : indicators) {
            if (!byId.containsKey(i.dimension())) {
                throw new IllegalArgumentException("indicator " + i.id() + ": no dimension '" + i.dimension() + "'; known: " + byId.keySet());
            }
            if (seen.putIfAbsent(i.id(), i) != null) {
                throw new IllegalArgumentException("two card indicators have the id '" + i.id() + "'");
            }
        }
        List<Dimension> ds = new ArrayList<>(dimensions);
        ds.sort(Comparator.comparingInt(Dimension::order));
        Map<String, Integer> rank = new LinkedHashMap<>();
        ds.forEach(d -> rank.put(d.id(), rank.size()));
        List<Definition> is = new ArrayList<>(indicators);
        is.sort(Comparator.<Definition>comparingInt(i -> rank.get(i.dimension())).thenComparingInt(Definition::order));
        this.dimensions = List.copyOf(ds);
        this.indicators = List.copyOf(is);
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    public List<Definition> indicators() {
        return indicators;
    }

    public List<Definition> indicators(String dimension) {
        return indicators.stream().filter(i -> i.dimension().equals(dimension)).toList();
    }

    /** The analyzers the indicators read besides coverage and capacity, each once, in indicator order. */
    public List<String> requiredAnalyzers() {
        return indicators.stream().flatMap(i -> i.requires().stream()).distinct().toList();
    }

    /** Everything contributed to {@value #EXTENSION_POINT}; see {@link #fromExtensions(List)}. */
    public static CardCatalog fromExtensions() {
        return fromExtensions(null);
    }

    /**
     * Everything contributed to {@value #EXTENSION_POINT}, read by {@link Contributions}: a dimension or indicator with a
     * missing or bad attribute, a class that is missing or not an {@link Indicator}, an indicator of an unknown
     * dimension, or an id already taken is logged with its plugin and skipped (and described in {@code problems} when
     * given); the others make the catalog.
     */
    public static CardCatalog fromExtensions(List<String> problems) {
        record Read(IConfigurationElement element, Object item) {
        }
        List<Read> read = Contributions.read(EXTENSION_POINT, e -> {
            if ("dimension".equals(e.getName())) {
                return new Read(e, new Dimension(required(e, "id"), required(e, "nameEn"), required(e, "nameAr"),
                        number(e, "weight", Double.NaN), (int) number(e, "order", 1000)));
            }
            if ("indicator".equals(e.getName())) {
                List<String> requires = new ArrayList<>();
                for (IConfigurationElement r : e.getChildren("requires")) {
                    requires.add(required(r, "analyzer"));
                }
                Definition d = new Definition(required(e, "id"), required(e, "dimension"), required(e, "nameEn"), required(e, "nameAr"),
                        required(e, "unit"), Direction.parse(required(e, "direction")), Scoring.parse(required(e, "scoring")),
                        number(e, "weight", 1), (int) number(e, "order", 1000), Contributions.create(e, "class", Indicator.class), requires);
                return new Read(e, d);
            }
            return null;
        }, problems);
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        for (Read r : read) {
            if (r.item() instanceof Dimension d && dimensions.putIfAbsent(d.id(), d) != null) {
                Contributions.report(EXTENSION_POINT, r.element(), new IllegalArgumentException("another dimension has the id '" + d.id() + "'"),
                        problems);
            }
        }
        Map<String, Definition> indicators = new LinkedHashMap<>();
        for (Read r : read) {
            if (!(r.item() instanceof Definition i)) {
                continue;
            }
            if (!dimensions.containsKey(i.dimension())) {
                Contributions.report(EXTENSION_POINT, r.element(), new IllegalArgumentException("no dimension '" + i.dimension()
                        + "'; known: " + dimensions.keySet()), problems);
            } else if (indicators.putIfAbsent(i.id(), i) != null) {
                Contributions.report(EXTENSION_POINT, r.element(), new IllegalArgumentException("another indicator has the id '" + i.id() + "'"),
                        problems);
            }
        }
        return new CardCatalog(new ArrayList<>(dimensions.values()), new ArrayList<>(indicators.values()));
    }

    private static String required(IConfigurationElement e, String name) {
        String v = e.getAttribute(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("attribute '" + name + "' is missing");
        }
        return v.trim();
    }

    private static double number(IConfigurationElement e, String name, double fallback) {
        String v = e.getAttribute(name);
        if (v == null || v.isBlank()) {
            if (Double.isNaN(fallback)) {
                throw new IllegalArgumentException("attribute '" + name + "' is missing");
            }
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("attribute '" + name + "' = '" + v + "': expected a number");
        }
    }
}
