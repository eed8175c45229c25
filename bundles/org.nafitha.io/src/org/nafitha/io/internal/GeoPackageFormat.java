package org.nafitha.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.nafitha.io.Feature;
import org.nafitha.io.FeatureReader;
import org.nafitha.io.FeatureWriter;
import org.nafitha.io.Format;
import org.nafitha.io.ImportException;
import org.nafitha.io.Schema;
import org.nafitha.model.file.OutputFiles;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;

/**
 * OGC GeoPackage 1.x: an SQLite database whose features are rows with a geometry in GeoPackage binary (a "GP" header
 * with the SRS id and an envelope, then WKB). The reader takes the first features table listed in gpkg_contents;
 * the CRS comes from gpkg_spatial_ref_sys. The writer creates a GeoPackage 1.3 with one features table in WGS84.
 */
public final class GeoPackageFormat implements Format {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String id() {
        return "gpkg";
    }

    @Override
    public String name() {
        return "GeoPackage";
    }

    @Override
    public List<String> extensions() {
        return List.of("gpkg");
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    /** A connection to an SQLite file through the driver bundle itself (DriverManager does not see it inside OSGi). */
    public static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        Properties properties = config.toProperties();
        Connection connection = new JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), properties);
        if (connection == null) {
            throw new SQLException("the SQLite driver refused " + file);
        }
        return connection;
    }

    @Override
    public FeatureReader open(Path file) throws ImportException {
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n == 0) {
                throw ImportException.of(file, null, null, "a GeoPackage (an SQLite database)", "an empty file");
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw ImportException.of(file, "header", null, "a GeoPackage (an SQLite database starting with 'SQLite format 3')",
                        "other content");
            }
        } catch (NoSuchFileException e) {
            throw ImportException.of(file, null, null, "an existing file", e.getFile());
        } catch (IOException e) {
            throw ImportException.of(file, null, null, "a readable file", OutputFiles.reason(e));
        }
        try {
            return new Reader(file);
        } catch (SQLException e) {
            throw ImportException.of(file, null, null, "a readable GeoPackage", e.getMessage());
        }
    }

    @Override
    public FeatureWriter create(Path file, Schema schema) throws IOException {
        try {
            return new Writer(file, schema);
        } catch (SQLException e) {
            throw new IOException("cannot create GeoPackage " + file + ": " + e.getMessage(), e);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static final class Reader implements FeatureReader {

        private final Path file;
        private final Connection connection;
        private final String table;
        private final String geometryColumn;
        private final String crs;
        private final List<String> fields = new ArrayList<>();
        private final Statement statement;
        private final ResultSet rows;
        private final int[] attributeColumns;
        private final int geometryIndex;
        private final WKBReader wkb = new WKBReader(new GeometryFactory());
        private int count;

        Reader(Path file) throws SQLException, ImportException {
            this.file = file;
            this.connection = connect(file, true);
            boolean ok = false;
            try {
                String[] layer = firstFeatureTable();
                table = layer[0];
                geometryColumn = layer[1];
                crs = crsOf(Integer.parseInt(layer[2]));
                statement = connection.createStatement();
                rows = statement.executeQuery("SELECT * FROM " + quote(table));
                ResultSetMetaData meta = rows.getMetaData();
                List<Integer> columns = new ArrayList<>();
                int g = -1;
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String name = meta.getColumnName(i);
                    if (name.equalsIgnoreCase(geometryColumn)) {
                        g = i;
                    } else {
                        columns.add(i);
                        fields.add(name);
                    }
                }
                geometryIndex = g;
                attributeColumns = columns.stream().mapToInt(Integer::intValue).toArray();
                ok = true;
            } catch (SQLException e) {
                throw ImportException.of(file, null, null, "a GeoPackage with gpkg_contents and gpkg_geometry_columns tables",
                        e.getMessage());
            } finally {
                if (!ok) {
                    connection.close();
                }
            }
        }

        private String[] firstFeatureTable() throws SQLException, ImportException {
            try (Statement s = connection.createStatement();
                    ResultSet r = s.executeQuery("SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c "
                            + "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                            + "WHERE c.data_type = 'features' ORDER BY c.table_name")) {
                if (!r.next()) {
                    throw ImportException.of(file, null, null, "a GeoPackage with a features table", "no features table in gpkg_contents");
                }
                return new String[] {r.getString(1), r.getString(2), Integer.toString(r.getInt(3))};
            }
        }

        private String crsOf(int srsId) throws SQLException, ImportException {
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
                s.setInt(1, srsId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw ImportException.of(file, null, "srs_id", "an srs_id listed in gpkg_spatial_ref_sys", Integer.toString(srsId));
                    }
                    String organization = r.getString(1);
                    int code = r.getInt(2);
                    if (srsId <= 0) {
                        return null; // undefined Cartesian or geographic CRS: the user must say
                    }
                    if (!"EPSG".equalsIgnoreCase(organization)) {
                        throw ImportException.of(file, null, "srs_id", "a CRS defined by EPSG", organization + ":" + code);
                    }
                    return "EPSG:" + code;
                }
            }
        }

        @Override
        public List<String> fields() {
            return List.copyOf(fields);
        }

        @Override
        public String declaredCrs() {
            return crs;
        }

        @Override
        public Feature next() throws ImportException {
            try {
                if (!rows.next()) {
                    return null;
                }
                count++;
                String location = "feature " + count;
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (int i = 0; i < attributeColumns.length; i++) {
                    Object value = rows.getObject(attributeColumns[i]);
                    if (value instanceof Integer n) {
                        value = n.longValue();
                    } else if (value instanceof Float f) {
                        value = f.doubleValue();
                    } else if (value instanceof byte[]) {
                        value = null; // binary attributes are not planning data
                    }
                    attributes.put(fields.get(i), value);
                }
                Geometry geometry = null;
                if (geometryIndex > 0) {
                    byte[] blob = rows.getBytes(geometryIndex);
                    if (blob != null) {
                        geometry = geometry(location, blob);
                    }
                }
                return new Feature(location, geometry, attributes);
            } catch (SQLException e) {
                throw ImportException.of(file, "feature " + (count + 1), null, "a readable row of " + table, e.getMessage());
            }
        }

        private Geometry geometry(String location, byte[] blob) throws ImportException {
            if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
                throw ImportException.of(file, location, geometryColumn, "a GeoPackage geometry starting with 'GP'",
                        blob.length + " bytes of something else");
            }
            int flags = blob[3];
            if ((flags & 0x10) != 0) {
                return null; // the empty geometry
            }
            int envelope = (flags >> 1) & 0x07;
            int envelopeBytes = switch (envelope) {
                case 0 -> 0;
                case 1 -> 32;
                case 2, 3 -> 48;
                case 4 -> 64;
                default -> -1;
            };
            if (envelopeBytes < 0) {
                throw ImportException.of(file, location, geometryColumn, "an envelope indicator 0 to 4", Integer.toString(envelope));
            }
            int offset = 8 + envelopeBytes;
            if (blob.length <= offset) {
                throw ImportException.of(file, location, geometryColumn, "WKB after the GeoPackage header", "a truncated geometry");
            }
            try {
                return wkb.read(Arrays.copyOfRange(blob, offset, blob.length));
            } catch (ParseException | RuntimeException e) {
                throw ImportException.of(file, location, geometryColumn, "a well-formed WKB geometry", e.getMessage());
            }
        }

        @Override
        public void close() throws IOException {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }
    }

    private static final class Writer implements FeatureWriter {

        private final Path target;
        private final Path temporary;
        private final Schema schema;
        private final Connection connection;
        private final PreparedStatement insert;
        private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
        private final Envelope extent = new Envelope();
        private final String table;

        Writer(Path target, Schema schema) throws SQLException, IOException {
            this.target = target;
            this.schema = schema;
            this.table = schema.name().replaceAll("[^A-Za-z0-9_]", "_");
            this.temporary = StagedFiles.beside(target); // SQLite takes an empty file for a new database
            this.connection = connect(temporary, false);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA application_id = 1196444487"); // 'GPKG'
                s.execute("PRAGMA user_version = 10300");
                s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
                        + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
                s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL),"
                        + "('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL),"
                        + "('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
                        + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
                        + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]', 'longitude/latitude')");
                s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, "
                        + "description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
                        + "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
                s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                        + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
                        + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name))");
                StringBuilder create = new StringBuilder("CREATE TABLE " + quote(table) + " (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB");
                StringBuilder columns = new StringBuilder("geom");
                StringBuilder marks = new StringBuilder("?");
                for (Map.Entry<String, Schema.Type> field : schema.fields().entrySet()) {
                    String type = switch (field.getValue()) {
                        case STRING -> "TEXT";
                        case INTEGER -> "INTEGER";
                        case REAL -> "DOUBLE";
                        case BOOLEAN -> "BOOLEAN";
                    };
                    create.append(", ").append(quote(field.getKey())).append(' ').append(type);
                    columns.append(", ").append(quote(field.getKey()));
                    marks.append(", ?");
                }
                s.execute(create.append(')').toString());
                String geometryType = schema.geometryType() == null ? "GEOMETRY" : schema.geometryType().toUpperCase(Locale.ROOT);
                s.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + table.replace("'", "''") + "', 'geom', '" + geometryType + "', 4326, 0, 0)");
                connection.setAutoCommit(false);
                insert = connection.prepareStatement("INSERT INTO " + quote(table) + " (" + columns + ") VALUES (" + marks + ")");
            } catch (SQLException e) {
                abort();
                throw e;
            }
        }

        @Override
        public void write(Feature feature) throws IOException {
            try {
                Geometry g = feature.geometry();
                insert.setBytes(1, g == null ? null : blob(g));
                int i = 2;
                for (String field : schema.fields().keySet()) {
                    insert.setObject(i++, feature.get(field));
                }
                insert.addBatch();
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        private byte[] blob(Geometry g) {
            Envelope e = g.getEnvelopeInternal();
            extent.expandToInclude(e);
            byte[] body = wkb.write(g);
            ByteBuffer buffer = ByteBuffer.allocate(8 + 32 + body.length).order(ByteOrder.LITTLE_ENDIAN);
            buffer.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) (0x01 | (1 << 1)));
            buffer.putInt(4326);
            buffer.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
            buffer.put(body);
            return buffer.array();
        }

        @Override
        public void close() throws IOException {
            try {
                insert.executeBatch();
                try (PreparedStatement contents = connection.prepareStatement(
                        "INSERT INTO gpkg_contents (table_name, data_type, identifier, min_x, min_y, max_x, max_y, srs_id) "
                                + "VALUES (?, 'features', ?, ?, ?, ?, ?, 4326)")) {
                    contents.setString(1, table);
                    contents.setString(2, schema.name());
                    contents.setObject(3, extent.isNull() ? null : extent.getMinX());
                    contents.setObject(4, extent.isNull() ? null : extent.getMinY());
                    contents.setObject(5, extent.isNull() ? null : extent.getMaxX());
                    contents.setObject(6, extent.isNull() ? null : extent.getMaxY());
                    contents.executeUpdate();
                }
                connection.commit();
                connection.close();
            } catch (SQLException e) {
                abort();
                throw new IOException("cannot write GeoPackage " + target + ": " + e.getMessage(), e);
            }
            StagedFiles.moveIntoPlace(temporary, target);
        }

        @Override
        public void abort() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the temporary goes anyway
            }
            StagedFiles.discard(temporary, Path.of(temporary + "-journal"));
        }
    }
}
