package org.nafitha.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A polygon or multipolygon outline from WKT (longitude latitude order), for the model's own checks such as
 * "does this center lie inside the study area". Holes are honoured. The geo bundle has the full geometry engine;
 * the model needs only this, and stays free of geometry libraries.
 */
public final class Outline {

    /** Each polygon is a list of rings: the shell first, then holes; each ring is [x0, y0, x1, y1, ...]. */
    private final List<List<double[]>> polygons;

    private Outline(List<List<double[]>> polygons) {
        this.polygons = polygons;
    }

    /**
     * Parses {@code POLYGON ((...), (...))} or {@code MULTIPOLYGON (((...)), ((...)))}.
     *
     * @throws IllegalArgumentException saying what was expected where
     */
    public static Outline parse(String wkt) {
        if (wkt == null) {
            throw new IllegalArgumentException("no outline");
        }
        String text = wkt.trim();
        String upper = text.toUpperCase(Locale.ROOT);
        List<List<double[]>> polygons = new ArrayList<>();
        if (upper.startsWith("MULTIPOLYGON")) {
            String body = inner(text.substring("MULTIPOLYGON".length()), "MULTIPOLYGON");
            for (String polygon : split(body)) {
                polygons.add(rings(inner(polygon, "polygon")));
            }
        } else if (upper.startsWith("POLYGON")) {
            polygons.add(rings(inner(text.substring("POLYGON".length()), "POLYGON")));
        } else {
            throw new IllegalArgumentException("expected POLYGON or MULTIPOLYGON, found '"
                    + text.substring(0, Math.min(20, text.length())) + "'");
        }
        return new Outline(polygons);
    }

    /** True when (lon, lat) lies inside a shell and outside its holes (even-odd ray casting). */
    public boolean contains(double lon, double lat) {
        for (List<double[]> rings : polygons) {
            if (inside(rings.get(0), lon, lat)) {
                boolean inHole = false;
                for (int i = 1; i < rings.size() && !inHole; i++) {
                    inHole = inside(rings.get(i), lon, lat);
                }
                if (!inHole) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(double[] ring, double x, double y) {
        boolean in = false;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i];
            double yi = ring[2 * i + 1];
            double xj = ring[2 * j];
            double yj = ring[2 * j + 1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                in = !in;
            }
        }
        return in;
    }

    private static List<double[]> rings(String polygonBody) {
        List<double[]> rings = new ArrayList<>();
        for (String ring : split(polygonBody)) {
            String coords = inner(ring, "ring");
            String[] points = coords.split(",");
            if (points.length < 4) {
                throw new IllegalArgumentException("a ring needs at least 4 points, found " + points.length);
            }
            double[] xy = new double[points.length * 2];
            for (int i = 0; i < points.length; i++) {
                String[] p = points[i].trim().split("\\s+");
                if (p.length < 2) {
                    throw new IllegalArgumentException("expected 'longitude latitude', found '" + points[i].trim() + "'");
                }
                try {
                    xy[2 * i] = Double.parseDouble(p[0]);
                    xy[2 * i + 1] = Double.parseDouble(p[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected numbers, found '" + points[i].trim() + "'");
                }
            }
            rings.add(xy);
        }
        return rings;
    }

    /** The text between the outermost parentheses. */
    private static String inner(String text, String what) {
        String t = text.trim();
        if (!t.startsWith("(") || !t.endsWith(")")) {
            throw new IllegalArgumentException("expected '(' ... ')' around the " + what);
        }
        return t.substring(1, t.length() - 1);
    }

    /** Splits "(a), (b)" at top-level commas. */
    private static List<String> split(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }
}
