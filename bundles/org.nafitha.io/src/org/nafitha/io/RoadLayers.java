package org.nafitha.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.nafitha.geo.Crs;
import org.nafitha.geo.RoadGraph;
import org.nafitha.model.file.OutputFiles;

/**
 * Reads a road line layer (GeoJSON, Shapefile, GeoPackage, or any line format the {@link Formats} read) into a
 * {@link RoadGraph} in longitude/latitude: each feature a LineString or MultiLineString, with its speed in km/h from a
 * speed field, or its road class from a class field looked up in a class → speed table; an optional one-way field.
 * Coordinates in another CRS (declared by the file, or given) are reprojected to WGS84. Every fault names the file, the
 * feature and the field: a geometry that is not a line, a missing or non-positive speed, a class not in the table, a
 * one-way value not understood. All or nothing.
 */
public final class RoadLayers {

    /**
     * Speeds in km/h by OpenStreetMap highway class: ILLUSTRATIVE planning defaults, not measured in Jordan (they are
     * near the posted limits of such roads); give a table of your own ({@link #readSpeeds}) for real work.
     */
    public static final Map<String, Double> DEFAULT_SPEEDS = defaults();

    private RoadLayers() {
    }

    private static Map<String, Double> defaults() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("motorway", 100.0);
        m.put("trunk", 90.0);
        m.put("primary", 80.0);
        m.put("secondary", 60.0);
        m.put("tertiary", 50.0);
        m.put("unclassified", 40.0);
        m.put("residential", 30.0);
        m.put("living_street", 10.0);
        m.put("service", 20.0);
        m.put("track", 15.0);
        m.put("motorway_link", 60.0);
        m.put("trunk_link", 50.0);
        m.put("primary_link", 50.0);
        m.put("secondary_link", 40.0);
        m.put("tertiary_link", 30.0);
        return Map.copyOf(m);
    }

    /** How a feature's speed is found: a field holding km/h, or a field holding a class and the class → km/h table. */
    public record Speeds(String speedField, String classField, Map<String, Double> table) {

        public static Speeds byField(String field) {
            return new Speeds(field, null, null);
        }

        public static Speeds byClass(String field, Map<String, Double> table) {
            return new Speeds(null, field, Map.copyOf(table));
        }
    }

    /**
     * Reads a class → speed table: a CSV {@code class,kmh} with a header, each speed more than 0.
     *
     * @throws ImportException naming the file and the line of the first fault
     */
    public static Map<String, Double> readSpeeds(Path file) throws ImportException {
        Map<String, Double> table = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replace(" ", "").startsWith("class,")) {
                throw ImportException.of(file, "line 1", null, "the header class,kmh", header);
            }
            int n = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> v = CostTables.split(line, file, n);
                if (v.size() < 2 || v.get(0).isBlank()) {
                    throw ImportException.of(file, "line " + n, null, "a class and a speed in km/h", line);
                }
                double kmh;
                try {
                    kmh = Double.parseDouble(v.get(1).trim());
                } catch (NumberFormatException e) {
                    throw ImportException.of(file, "line " + n, "kmh", "a speed in km/h, more than 0", v.get(1));
                }
                if (!(kmh > 0) || Double.isInfinite(kmh)) {
                    throw ImportException.of(file, "line " + n, "kmh", "a speed in km/h, more than 0", v.get(1));
                }
                if (table.put(v.get(0).trim(), kmh) != null) {
                    throw ImportException.of(file, "line " + n, "class", "each class once", v.get(0).trim());
                }
            }
        } catch (IOException e) {
            throw ImportException.of(file, null, null, "a readable file", OutputFiles.reason(e));
        }
        return table;
    }

    /**
     * Reads the roads.
     *
     * @param crs the CRS of the coordinates when the file declares none (null: longitude/latitude)
     * @param onewayField the field saying which ways a road may be driven ({@link RoadGraph.Direction#parse}); null when
     *        every road is two-way
     */
    public static RoadGraph read(Path file, String crs, Speeds speeds, String onewayField) throws ImportException {
        Format format = Formats.builtIn().forFile(file, null);
        RoadGraph.Builder graph = new RoadGraph.Builder(true);
        int lines = 0;
        try (FeatureReader reader = format.open(file)) {
            Crs reproject = null;
            String code = reader.declaredCrs() != null ? reader.declaredCrs() : crs;
            if (code != null && !code.trim().equalsIgnoreCase(Crs.WGS84)) {
                try {
                    reproject = code.startsWith("+") ? Crs.fromProj4("file", code) : Crs.of(code);
                } catch (IllegalArgumentException e) {
                    throw ImportException.of(file, null, "crs", "a coordinate reference system Proj4j knows (e.g. EPSG:32636)", code);
                }
            }
            String field = speeds.speedField() != null ? speeds.speedField() : speeds.classField();
            boolean first = true;
            for (Feature f = reader.next(); f != null; f = reader.next()) {
                if (first) {
                    // fields are known once a feature is read (GeoJSON lists them as they come)
                    checkField(file, reader.fields(), field);
                    if (onewayField != null) {
                        checkField(file, reader.fields(), onewayField);
                    }
                    first = false;
                }
                double kmh = speed(file, f, speeds);
                RoadGraph.Direction direction;
                try {
                    direction = onewayField == null ? RoadGraph.Direction.BOTH : RoadGraph.Direction.parse(f.get(onewayField));
                } catch (IllegalArgumentException e) {
                    throw ImportException.of(file, f.location(), onewayField, "yes/1/true/FT (one way, as drawn), -1/reverse/TF (against) "
                            + "or no/0/false/empty (both ways)", String.valueOf(f.get(onewayField)));
                }
                Geometry g = f.geometry();
                if (g == null || g.isEmpty()) {
                    throw ImportException.of(file, f.location(), "geometry", "a line (LineString or MultiLineString)", "no geometry");
                }
                for (int part = 0; part < g.getNumGeometries(); part++) {
                    if (!(g.getGeometryN(part) instanceof LineString line)) {
                        throw ImportException.of(file, f.location(), "geometry", "a line (LineString or MultiLineString)", g.getGeometryType());
                    }
                    Coordinate[] c = line.getCoordinates();
                    if (c.length < 2) {
                        continue;
                    }
                    double[] x = new double[c.length];
                    double[] y = new double[c.length];
                    for (int k = 0; k < c.length; k++) {
                        double[] ll = reproject == null ? new double[] {c[k].x, c[k].y} : reproject.unproject(c[k].x, c[k].y);
                        if (!(Math.abs(ll[0]) <= 180) || !(Math.abs(ll[1]) <= 90)) {
                            throw ImportException.of(file, f.location(), "geometry", "longitude/latitude in WGS84 (or the file's CRS given "
                                    + "with --crs)", ll[0] + " " + ll[1]);
                        }
                        x[k] = ll[0];
                        y[k] = ll[1];
                    }
                    graph.addLine(x, y, kmh, direction);
                    lines++;
                }
            }
        } catch (IOException e) {
            throw ImportException.of(file, null, null, "a readable file", OutputFiles.reason(e));
        }
        if (lines == 0) {
            throw ImportException.of(file, null, null, "at least one road line", "none");
        }
        return graph.build();
    }

    private static void checkField(Path file, List<String> fields, String field) throws ImportException {
        if (!fields.contains(field)) {
            throw ImportException.of(file, null, field, "a field named " + field + " (the file has " + fields + ")", null);
        }
    }

    private static double speed(Path file, Feature f, Speeds speeds) throws ImportException {
        if (speeds.speedField() != null) {
            Object v = f.get(speeds.speedField());
            double kmh;
            try {
                kmh = v instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(v).trim());
            } catch (NumberFormatException e) {
                kmh = Double.NaN;
            }
            if (!(kmh > 0) || Double.isInfinite(kmh)) {
                throw ImportException.of(file, f.location(), speeds.speedField(), "a speed in km/h, more than 0", String.valueOf(v));
            }
            return kmh;
        }
        Object v = f.get(speeds.classField());
        String roadClass = v == null ? "" : v.toString().trim();
        Double kmh = speeds.table().get(roadClass);
        if (kmh == null) {
            throw ImportException.of(file, f.location(), speeds.classField(), "a class of the speed table " + speeds.table().keySet(),
                    roadClass);
        }
        return kmh;
    }
}
