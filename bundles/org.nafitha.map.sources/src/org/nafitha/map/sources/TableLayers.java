package org.nafitha.map.sources;

import java.awt.Color;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTReader;
import org.nafitha.geo.Crs;
import org.nafitha.map.CoordinateTransform;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Projector;
import org.nafitha.map.Style;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoreException;

/**
 * Layers from the tables of an H2 database that have a GEOMETRY column: the spatial layers of a Nafitha store
 * ({@code center_layer}, {@code region_layer}: WGS84 longitude/latitude, SRID 4326) or any table a GIS specialist made
 * with H2GIS. Every other column becomes an attribute (names of unquoted columns in lower case, as they were written);
 * geometries go from their SRID to WGS84, then to the map's projection. Rows without a geometry are skipped.
 */
public final class TableLayers {

    /**
     * A table (or view) with a geometry column: its schema, name, the column, its declared type and SRID (0: none), its
     * rows, and whether they belong to a store's scenarios (a scenario_id column).
     */
    public record GeometryTable(String schema, String name, String geometryColumn, String geometryType, int srid, long rows, boolean byScenario) {
        /** The name to give {@link TableLayers#load}: the bare name in the PUBLIC schema, else schema.name. */
        public String qualifiedName() {
            return "PUBLIC".equals(schema) ? name : schema + "." + name;
        }
    }

    private TableLayers() {
    }

    /** Opens an H2 database file read-only (the path with or without ".mv.db"); the caller closes the connection. */
    public static Connection open(Path database) throws StoreException {
        return ScenarioStore.openDatabase(database, true);
    }

    /** The tables and views with a geometry column, by schema and name (a table with two: its first). */
    public static List<GeometryTable> tables(Connection connection) throws SQLException {
        String sql = "SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.COLUMN_NAME, c.GEOMETRY_TYPE, c.GEOMETRY_SRID, "
                + "(SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS s WHERE s.TABLE_SCHEMA = c.TABLE_SCHEMA AND s.TABLE_NAME = c.TABLE_NAME "
                + "AND UPPER(s.COLUMN_NAME) = 'SCENARIO_ID') FROM INFORMATION_SCHEMA.COLUMNS c "
                + "WHERE c.DATA_TYPE = 'GEOMETRY' AND c.TABLE_SCHEMA <> 'INFORMATION_SCHEMA' ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION";
        Map<String, String[]> found = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                found.putIfAbsent(r.getString(1) + "." + r.getString(2), new String[] {r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), String.valueOf(r.getInt(5)), String.valueOf(r.getInt(6) > 0)});
            }
        }
        List<GeometryTable> tables = new ArrayList<>();
        for (String[] t : found.values()) {
            long rows;
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + quote(t[0]) + "." + quote(t[1]))) {
                r.next();
                rows = r.getLong(1);
            }
            tables.add(new GeometryTable(t[0], t[1], t[2], t[3] == null ? "GEOMETRY" : t[3], Integer.parseInt(t[4]), rows, Boolean.parseBoolean(t[5])));
        }
        return tables;
    }

    /** The codes of the scenarios of a Nafitha store; none when the database is not a store. */
    public static List<String> scenarios(Connection connection) throws SQLException {
        List<String> codes = new ArrayList<>();
        if (find(connection, "scenario", false) == null) {
            return codes;
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT code FROM scenario ORDER BY code")) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        return codes;
    }

    /**
     * A table as a layer.
     *
     * @param table the table's name (any case), or schema.name
     * @param crs the CRS of the coordinates when the geometries have no SRID (e.g. "EPSG:32636"); null to refuse such a table
     * @param scenario in a store, only the rows of this scenario (by code); null for every row
     * @throws IllegalArgumentException when there is no such geometry table, or no such scenario in the store, or the
     *             CRS of the coordinates is not known
     */
    public static MapLayer load(Connection connection, String table, Projector projector, String crs, String scenario) throws SQLException {
        GeometryTable t = find(connection, table, true);
        List<Column> columns = columns(connection, t);
        boolean byScenario = scenario != null && t.byScenario();
        if (scenario != null && !byScenario) {
            throw new IllegalArgumentException("table " + t.qualifiedName() + " has no scenario_id column: expected no scenario for it");
        }
        Long scenarioId = null;
        if (byScenario) {
            scenarioId = scenarioId(connection, scenario);
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(quote(t.schema())).append('.').append(quote(t.name()));
        if (byScenario) {
            sql.append(" WHERE ").append(quote(columns.stream().filter(c -> c.name.equalsIgnoreCase("SCENARIO_ID")).findFirst().orElseThrow().name))
                    .append(" = ?");
        }
        boolean fallbackWgs84 = crs != null && crs.equalsIgnoreCase(Crs.WGS84);
        Crs fallback = crs == null ? null : crs(crs);
        List<MapLayer.MapFeature> features = new ArrayList<>();
        WKBReader wkb = new WKBReader();
        try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
            if (byScenario) {
                p.setLong(1, scenarioId);
            }
            try (ResultSet r = p.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                int geometryAt = -1;
                String[] names = new String[meta.getColumnCount() + 1];
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String label = meta.getColumnLabel(i);
                    names[i] = label.equals(label.toUpperCase(Locale.ROOT)) ? label.toLowerCase(Locale.ROOT) : label;
                    if (geometryAt < 0 && label.equals(t.geometryColumn())) {
                        geometryAt = i;
                    }
                }
                int row = 0;
                while (r.next()) {
                    row++;
                    Geometry g = geometry(r.getObject(geometryAt), wkb, t, row);
                    if (g == null || g.isEmpty()) {
                        continue;
                    }
                    Map<String, Object> attributes = new LinkedHashMap<>();
                    for (int i = 1; i < names.length; i++) {
                        if (i != geometryAt) {
                            attributes.put(names[i], value(r.getObject(i)));
                        }
                    }
                    int srid = g.getSRID() != 0 ? g.getSRID() : t.srid();
                    Geometry lonLat = srid == 0 && fallbackWgs84 ? g : toWgs84(g, srid, fallback, t);
                    Object id = attributes.get("code") != null ? attributes.get("code") : attributes.get("id") != null ? attributes.get("id") : row;
                    features.add(new MapLayer.MapFeature(String.valueOf(id), projector.project(lonLat), attributes));
                }
            }
        }
        String name = t.name().toLowerCase(Locale.ROOT) + (byScenario ? " (" + scenario + ")" : "");
        Style style = new Style().fill(new Color(0xB39DDB)).stroke(new Color(0x4527A0), 1.2f).pointSize(7).opacity(0.8);
        if (features.stream().anyMatch(f -> f.attributes().containsKey("name_en"))) {
            style.label("name_en");
        }
        return new MapLayer("table:" + t.qualifiedName().toLowerCase(Locale.ROOT), name, style, features);
    }

    /** Opens the database file read-only, loads the table and closes it. */
    public static MapLayer load(Path database, String table, Projector projector, String crs, String scenario) throws StoreException, SQLException {
        try (Connection c = open(database)) {
            return load(c, table, projector, crs, scenario);
        }
    }

    private record Column(String name) {
    }

    private static List<Column> columns(Connection connection, GeometryTable t) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            p.setString(1, t.schema());
            p.setString(2, t.name());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    columns.add(new Column(r.getString(1)));
                }
            }
        }
        return columns;
    }

    /**
     * A geometry table by name (any case, or schema.name).
     *
     * @throws IllegalArgumentException naming the geometry tables there are, when there is no such one
     */
    public static GeometryTable table(Connection connection, String table) throws SQLException {
        return find(connection, table, true);
    }

    /** A table by name, or null (or an error naming the geometry tables there are, when {@code required}). */
    private static GeometryTable find(Connection connection, String table, boolean required) throws SQLException {
        if (required) {
            List<GeometryTable> tables = tables(connection);
            for (GeometryTable t : tables) {
                if (t.qualifiedName().equalsIgnoreCase(table) || (t.schema() + "." + t.name()).equalsIgnoreCase(table)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("table '" + table + "': expected a table with a GEOMETRY column, one of "
                    + tables.stream().map(x -> x.qualifiedName().toLowerCase(Locale.ROOT)).toList());
        }
        try (PreparedStatement p = connection.prepareStatement("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE UPPER(TABLE_NAME) = ? AND TABLE_SCHEMA = 'PUBLIC'")) {
            p.setString(1, table.toUpperCase(Locale.ROOT));
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new GeometryTable(r.getString(1), r.getString(2), null, null, 0, 0, false) : null;
            }
        }
    }

    private static long scenarioId(Connection connection, String code) throws SQLException {
        List<String> codes = scenarios(connection);
        try (PreparedStatement p = connection.prepareStatement("SELECT id FROM scenario WHERE code = ?")) {
            p.setString(1, code);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        throw new IllegalArgumentException("scenario '" + code + "': expected one of the store's scenarios " + codes);
    }

    private static Geometry geometry(Object value, WKBReader wkb, GeometryTable t, int row) {
        if (value == null) {
            return null;
        }
        if (value instanceof Geometry g) {
            return g;
        }
        if (value instanceof byte[] bytes) {
            try {
                return wkb.read(bytes); // EWKB: the SRID comes along
            } catch (ParseException e) {
                throw new IllegalArgumentException("table " + t.qualifiedName() + ", row " + row + ", column " + t.geometryColumn()
                        + ": expected a geometry (WKB), " + e.getMessage());
            }
        }
        if (value instanceof String text) { // EWKT, where H2 hands geometries over as text
            int srid = 0;
            String body = text.trim();
            if (body.regionMatches(true, 0, "SRID=", 0, 5) && body.indexOf(';') > 0) {
                srid = Integer.parseInt(body.substring(5, body.indexOf(';')).trim());
                body = body.substring(body.indexOf(';') + 1);
            }
            try {
                Geometry g = new WKTReader().read(body);
                g.setSRID(srid);
                return g;
            } catch (ParseException | NumberFormatException e) {
                throw new IllegalArgumentException("table " + t.qualifiedName() + ", row " + row + ", column " + t.geometryColumn()
                        + ": expected a geometry (EWKT), " + e.getMessage());
            }
        }
        throw new IllegalArgumentException("table " + t.qualifiedName() + ", row " + row + ", column " + t.geometryColumn()
                + ": expected a geometry, found " + value.getClass().getSimpleName());
    }

    private static Geometry toWgs84(Geometry g, int srid, Crs fallback, GeometryTable t) {
        if (srid == 4326) {
            return g;
        }
        Crs source;
        if (srid != 0) {
            source = crs("EPSG:" + srid);
        } else if (fallback != null) {
            source = fallback;
        } else {
            throw new IllegalArgumentException("table " + t.qualifiedName() + ", column " + t.geometryColumn()
                    + ": the geometries have no SRID: expected the CRS of their coordinates (e.g. EPSG:4326)");
        }
        return CoordinateTransform.apply(g.copy(), source::unproject);
    }

    /** A CRS by EPSG code; null for WGS84 itself. */
    private static Crs crs(String code) {
        if (code.equalsIgnoreCase(Crs.WGS84)) {
            return null;
        }
        try {
            return Crs.of(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CRS '" + code + "': expected an EPSG code Proj4j knows (e.g. EPSG:4326, EPSG:32636): " + e.getMessage(), e);
        }
    }

    /** Numbers, texts and yes/no stay as they are; dates and the like become text; binary values are left out. */
    private static Object value(Object v) {
        if (v == null || v instanceof Number || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof byte[] || v instanceof Blob || v instanceof Clob) {
            return null;
        }
        return v.toString();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
