package org.nafitha.io.internal.shp;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nafitha.io.ImportException;

/**
 * The coordinate reference system a .prj declares, as "EPSG:n" or a Proj.4 definition.
 *
 * <p>A .prj holds ESRI WKT (WKT 1). The answer is, in this order: the EPSG code of an {@code AUTHORITY["EPSG","n"]} on
 * the outermost PROJCS or GEOGCS; the EPSG code of a well-known name (WGS 84, WGS 84 / UTM zones, Jordan Transverse
 * Mercator, Web Mercator); EPSG:4326 for a geographic CRS on the WGS 84 datum; the UTM or JTM code when a Transverse
 * Mercator's parameters are exactly those; else, for a Transverse Mercator or Lambert Conformal Conic projection, a
 * Proj.4 definition built from its parameters, spheroid and unit ({@code +datum=WGS84}, or the spheroid as
 * {@code +a} and {@code +b}, with {@code +towgs84} when the datum gives it). Anything else is an error: the CRS is
 * never guessed.
 */
final class PrjCrs {

    static final String EXPECTED = "a .prj in ESRI WKT naming an EPSG code or a Transverse Mercator / Lambert projection";

    private static final Pattern UTM_NAME = Pattern.compile("WGS_?(?:1984|84)_UTM_ZONE_(\\d{1,2})([NS])");
    private static final Map<String, String> KNOWN_NAMES = Map.of(
            "GCS_WGS_1984", "EPSG:4326",
            "WGS_1984", "EPSG:4326",
            "WGS_84", "EPSG:4326",
            "WGS84", "EPSG:4326",
            "GCS_EUROPEAN_1950", "EPSG:4230",
            "ED50", "EPSG:4230",
            "WGS_1984_WEB_MERCATOR_AUXILIARY_SPHERE", "EPSG:3857",
            "WGS_84_PSEUDO_MERCATOR", "EPSG:3857");

    private PrjCrs() {
    }

    /** The CRS a .prj declares. */
    static String read(Path prj) throws ImportException {
        String text;
        try {
            text = new String(Files.readAllBytes(prj), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ShpReader.unreadable(prj, null, e);
        }
        String crs = fromWkt(text);
        if (crs == null) {
            String shown = text.replace("\uFEFF", "").replaceAll("\\s+", " ").trim();
            throw ImportException.of(prj, null, null, EXPECTED, shown.length() > 60 ? shown.substring(0, 60) : shown);
        }
        return crs;
    }

    /** The CRS of an ESRI WKT text, or null when it cannot be understood. */
    static String fromWkt(String wkt) {
        Node root;
        try {
            root = new Parser(wkt).parse();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (root.is("COMPD_CS")) {
            root = root.firstChild("PROJCS", "GEOGCS");
            if (root == null) {
                return null;
            }
        }
        if (!root.is("PROJCS") && !root.is("GEOGCS")) {
            return null;
        }
        String authority = epsg(root);
        if (authority != null) {
            return authority;
        }
        String name = normalize(root.name());
        String known = byName(name);
        if (known != null) {
            return known;
        }
        Node geogcs = root.is("GEOGCS") ? root : root.firstChild("GEOGCS");
        if (geogcs == null) {
            return null;
        }
        Node datum = geogcs.firstChild("DATUM");
        Node spheroid = datum == null ? null : datum.firstChild("SPHEROID");
        boolean wgs84 = isWgs84(geogcs, datum);
        double primeMeridian = geogcs.firstChild("PRIMEM") == null ? 0 : geogcs.firstChild("PRIMEM").number(1, 0);
        if (root.is("GEOGCS")) {
            return wgs84 && primeMeridian == 0 ? "EPSG:4326" : null;
        }
        return projected(root, datum, spheroid, wgs84, primeMeridian);
    }

    private static String projected(Node projcs, Node datum, Node spheroid, boolean wgs84, double primeMeridian) {
        Node projection = projcs.firstChild("PROJECTION");
        if (projection == null || (spheroid == null && !wgs84)) {
            return null;
        }
        String method = normalize(projection.name());
        Map<String, Double> parameters = new HashMap<>();
        for (Node parameter : projcs.children("PARAMETER")) {
            if (parameter.args.size() >= 2 && parameter.args.get(1) instanceof String) {
                try {
                    parameters.put(normalize(parameter.name()), parse((String) parameter.args.get(1)));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        Node unit = projcs.firstChild("UNIT");
        double toMeter = unit == null ? 1 : unit.number(1, Double.NaN);
        if (!(toMeter > 0)) {
            return null;
        }
        double falseEasting = metres(parameters.getOrDefault("FALSE_EASTING", 0.0), toMeter);
        double falseNorthing = metres(parameters.getOrDefault("FALSE_NORTHING", 0.0), toMeter);
        double centralMeridian = parameters.getOrDefault("CENTRAL_MERIDIAN",
                parameters.getOrDefault("LONGITUDE_OF_ORIGIN", parameters.getOrDefault("LONGITUDE_OF_CENTER", 0.0)));
        double latitudeOfOrigin = parameters.getOrDefault("LATITUDE_OF_ORIGIN",
                parameters.getOrDefault("LATITUDE_OF_CENTER", 0.0));
        double scale = parameters.getOrDefault("SCALE_FACTOR", 1.0);
        StringBuilder proj = new StringBuilder();
        if (method.equals("TRANSVERSE_MERCATOR") || method.equals("GAUSS_KRUGER")) {
            String code = wellKnownTransverseMercator(datum, wgs84, primeMeridian, toMeter, centralMeridian,
                    latitudeOfOrigin, scale, falseEasting, falseNorthing);
            if (code != null) {
                return code;
            }
            proj.append("+proj=tmerc +lat_0=").append(show(latitudeOfOrigin)).append(" +lon_0=")
                    .append(show(centralMeridian)).append(" +k=").append(show(scale));
        } else if (method.startsWith("LAMBERT_CONFORMAL_CONIC")) {
            Double parallel1 = parameters.get("STANDARD_PARALLEL_1");
            Double parallel2 = parameters.get("STANDARD_PARALLEL_2");
            proj.append("+proj=lcc +lat_1=").append(show(parallel1 == null ? latitudeOfOrigin : parallel1));
            if (parallel2 != null) {
                proj.append(" +lat_2=").append(show(parallel2));
            }
            proj.append(" +lat_0=").append(show(latitudeOfOrigin)).append(" +lon_0=").append(show(centralMeridian));
            if (scale != 1.0) {
                proj.append(" +k_0=").append(show(scale));
            }
        } else {
            return null;
        }
        proj.append(" +x_0=").append(show(falseEasting)).append(" +y_0=").append(show(falseNorthing));
        if (wgs84) {
            proj.append(" +datum=WGS84");
        } else {
            double a = spheroid.number(1, Double.NaN);
            double rf = spheroid.number(2, Double.NaN);
            if (!(a > 0) || !(rf >= 0)) {
                return null;
            }
            // +b rather than +rf: Proj4j, which org.nafitha.geo uses, reads +rf as a flattening
            proj.append(" +a=").append(show(a)).append(" +b=").append(show(rf == 0 ? a : a - a / rf));
            Node toWgs84 = datum.firstChild("TOWGS84");
            if (toWgs84 != null) {
                List<String> shift = new ArrayList<>();
                for (int i = 0; i < toWgs84.args.size(); i++) {
                    double value = toWgs84.number(i, Double.NaN);
                    if (Double.isNaN(value)) {
                        return null;
                    }
                    shift.add(show(value));
                }
                proj.append(" +towgs84=").append(String.join(",", shift));
            }
        }
        if (primeMeridian != 0) {
            proj.append(" +pm=").append(show(primeMeridian));
        }
        proj.append(toMeter == 1 ? " +units=m" : " +to_meter=" + show(toMeter)).append(" +no_defs");
        return proj.toString();
    }

    /** UTM on WGS 84 (EPSG:326zz/327zz) and JTM on ED50 (EPSG:3066) when the parameters are exactly theirs. */
    private static String wellKnownTransverseMercator(Node datum, boolean wgs84, double primeMeridian, double toMeter,
            double centralMeridian, double latitudeOfOrigin, double scale, double falseEasting, double falseNorthing) {
        if (primeMeridian != 0 || toMeter != 1 || latitudeOfOrigin != 0) {
            return null;
        }
        if (wgs84 && scale == 0.9996 && falseEasting == 500000 && (falseNorthing == 0 || falseNorthing == 10000000)) {
            double zone = (centralMeridian + 183) / 6;
            if (zone == Math.rint(zone) && zone >= 1 && zone <= 60) {
                return "EPSG:" + ((falseNorthing == 0 ? 32600 : 32700) + (int) zone);
            }
        }
        String datumName = datum == null ? "" : normalize(datum.name());
        boolean ed50 = datumName.equals("D_EUROPEAN_1950") || datumName.equals("EUROPEAN_DATUM_1950");
        if (ed50 && centralMeridian == 37 && scale == 0.9998 && falseEasting == 500000 && falseNorthing == -3000000) {
            return "EPSG:3066";
        }
        return null;
    }

    private static String byName(String name) {
        String known = KNOWN_NAMES.get(name);
        if (known != null) {
            return known;
        }
        Matcher utm = UTM_NAME.matcher(name);
        if (utm.matches()) {
            int zone = Integer.parseInt(utm.group(1));
            if (zone >= 1 && zone <= 60) {
                return "EPSG:" + ((utm.group(2).equals("N") ? 32600 : 32700) + zone);
            }
        }
        if (name.equals("JTM") || name.endsWith("_JTM") || name.contains("JORDAN_TM")
                || name.contains("JORDAN_TRANSVERSE_MERCATOR")) {
            return "EPSG:3066";
        }
        return null;
    }

    private static boolean isWgs84(Node geogcs, Node datum) {
        if ("EPSG:4326".equals(epsg(geogcs))) {
            return true;
        }
        if (datum == null) {
            return false;
        }
        if ("EPSG:6326".equals(epsg(datum))) {
            return true;
        }
        String name = normalize(datum.name());
        return name.equals("D_WGS_1984") || name.equals("WGS_1984") || name.equals("WGS84") || name.equals("WGS_84");
    }

    /** "EPSG:n" from the node's own AUTHORITY["EPSG","n"], or null. */
    private static String epsg(Node node) {
        Node authority = node.firstChild("AUTHORITY");
        if (authority == null || authority.args.size() < 2 || !"EPSG".equalsIgnoreCase(authority.name())) {
            return null;
        }
        Object code = authority.args.get(1);
        return code instanceof String && ((String) code).trim().matches("\\d{1,9}")
                ? "EPSG:" + ((String) code).trim()
                : null;
    }

    /** Upper case, runs of anything but letters and digits made one '_'. */
    static String normalize(String name) {
        return name == null ? "" : name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** A length in the projection's unit in metres, as Proj.4's +x_0 and +y_0 want, to the micrometre. */
    private static double metres(double value, double toMeter) {
        return toMeter == 1 ? value : Math.round(value * toMeter * 1e6) / 1e6;
    }

    private static double parse(String number) {
        try {
            double value = Double.parseDouble(number.trim());
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(number);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(number, e);
        }
    }

    private static String show(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A WKT keyword with its bracketed arguments: strings (quoted or bare) and nested nodes. */
    private static final class Node {
        final String keyword;
        final List<Object> args = new ArrayList<>();

        Node(String keyword) {
            this.keyword = keyword;
        }

        boolean is(String wanted) {
            return keyword.equalsIgnoreCase(wanted);
        }

        /** The first argument when it is a string: the name of a PROJCS, DATUM, PARAMETER... */
        String name() {
            return !args.isEmpty() && args.get(0) instanceof String ? (String) args.get(0) : null;
        }

        double number(int index, double fallback) {
            if (index < args.size() && args.get(index) instanceof String) {
                try {
                    return parse((String) args.get(index));
                } catch (IllegalArgumentException e) {
                    return fallback;
                }
            }
            return fallback;
        }

        Node firstChild(String... keywords) {
            for (Object arg : args) {
                if (arg instanceof Node) {
                    for (String keyword : keywords) {
                        if (((Node) arg).is(keyword)) {
                            return (Node) arg;
                        }
                    }
                }
            }
            return null;
        }

        List<Node> children(String keyword) {
            List<Node> found = new ArrayList<>();
            for (Object arg : args) {
                if (arg instanceof Node && ((Node) arg).is(keyword)) {
                    found.add((Node) arg);
                }
            }
            return found;
        }
    }

    /** A recursive descent parser of WKT 1: KEYWORD[arg, ...] with "quoted" strings, numbers and bare words. */
    private static final class Parser {
        private static final int MAX_DEPTH = 32;
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text.replace("\uFEFF", "");
        }

        Node parse() {
            Node node = node(0);
            skipSpace();
            if (at != text.length()) {
                throw new IllegalArgumentException("text after the WKT");
            }
            return node;
        }

        private Node node(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("too deep");
            }
            skipSpace();
            String keyword = word();
            if (keyword.isEmpty() || !Character.isLetter(keyword.charAt(0))) {
                throw new IllegalArgumentException("a keyword");
            }
            Node node = new Node(keyword);
            skipSpace();
            char open = next();
            if (open != '[' && open != '(') {
                throw new IllegalArgumentException("'['");
            }
            char close = open == '[' ? ']' : ')';
            skipSpace();
            if (peek() == close) {
                at++;
                return node;
            }
            while (true) {
                skipSpace();
                char c = peek();
                if (c == '"') {
                    node.args.add(quoted());
                } else {
                    int mark = at;
                    String word = word();
                    if (word.isEmpty()) {
                        throw new IllegalArgumentException("a value");
                    }
                    skipSpace();
                    if (Character.isLetter(word.charAt(0)) && (peek() == '[' || peek() == '(')) {
                        at = mark;
                        node.args.add(node(depth + 1));
                    } else {
                        node.args.add(word);
                    }
                }
                skipSpace();
                char separator = next();
                if (separator == close) {
                    return node;
                }
                if (separator != ',') {
                    throw new IllegalArgumentException("',' or '" + close + "'");
                }
            }
        }

        private String quoted() {
            at++; // the opening quote
            StringBuilder value = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    if (at < text.length() && text.charAt(at) == '"') {
                        value.append('"');
                        at++;
                    } else {
                        return value.toString();
                    }
                } else {
                    value.append(c);
                }
            }
        }

        private String word() {
            int start = at;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '+') {
                    at++;
                } else {
                    break;
                }
            }
            return text.substring(start, at);
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            if (at >= text.length()) {
                throw new IllegalArgumentException("more text");
            }
            return text.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }
    }
}
