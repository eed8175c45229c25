package org.nafitha.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.h2.Driver;
import org.h2.api.ErrorCode;
import org.h2.util.JdbcUtils;
import org.h2.util.Utils;
import org.h2gis.functions.factory.H2GISFunctions;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Scenario;
import org.nafitha.model.ScenarioComparison;
import org.nafitha.model.file.OutputFiles;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.store.internal.LayerTables;
import org.nafitha.store.internal.Migrations;
import org.nafitha.store.internal.ZoneTables;

/**
 * Scenarios kept in an embedded H2 database with H2GIS: save, load, list, copy, delete and compare them, and keep the
 * results of analysis runs per scenario and run.
 *
 * <p>A scenario is stored as its document (the scenario file without its demand zones, compressed) and its demand
 * zones in compressed binary chunks, so that a million zones save and load in seconds; its centers and regions are
 * also written as spatial layers ({@code center_layer}, {@code region_layer}, with GEOMETRY columns and spatial
 * indexes) for maps and SQL with H2GIS functions. Every save is one transaction: a failure, or the process being killed, leaves the last saved revision intact.
 * Commits are written through to disk before a save returns (H2's write delay is off).
 */
public final class ScenarioStore implements AutoCloseable {

    /** The database file's name without H2's ".mv.db". */
    public static final String DEFAULT_NAME = "nafitha-store";

    private static final int BATCH = 10_000;

    private static final NafithaPackage PACKAGE = NafithaPackage.eINSTANCE;

    static {
        // H2 loads H2GIS's function classes by name: inside OSGi it needs H2GIS's class loader
        JdbcUtils.addClassFactory(new Utils.ClassFactory() {
            @Override
            public boolean match(String name) {
                return name.startsWith("org.h2gis.");
            }

            @Override
            public Class<?> loadClass(String name) throws ClassNotFoundException {
                return H2GISFunctions.class.getClassLoader().loadClass(name);
            }
        });
    }

    private final Path file;
    private final Connection connection;
    private final GeometryFactory geometries = new GeometryFactory(new PrecisionModel(), 4326);

    private ScenarioStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (or creates) a store and brings its schema to the latest version.
     *
     * @param base the database path without ".mv.db", e.g. {@code ~/nafitha/nafitha-store}
     */
    public static ScenarioStore open(Path base) throws StoreException {
        return open(base, Migrations.latest());
    }

    /** Opens a store at a given schema version: for tests of migrations only. */
    public static ScenarioStore open(Path base, int schemaVersion) throws StoreException {
        Path absolute = base.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of the store " + absolute + ": " + OutputFiles.reason(e), e);
        }
        Path file = Path.of(absolute + ".mv.db");
        if (Files.isDirectory(file)) {
            throw new StoreException("cannot open the store " + file + ": is a directory");
        }
        if (!Files.exists(file) && !Files.isWritable(absolute.getParent())) {
            throw new StoreException("cannot create the store " + file + ": permission denied (the folder " + absolute.getParent()
                    + " is not writable)");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreException("cannot open the store " + file + ": permission denied (the file is not writable)");
        }
        Connection connection;
        try {
            Properties properties = new Properties();
            properties.setProperty("user", "nafitha");
            properties.setProperty("password", "");
            // no trace file: H2 would write one beside the store on errors, and print its own stack trace where it cannot
            connection = new Driver().connect("jdbc:h2:file:" + absolute + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0", properties);
        } catch (SQLException e) {
            String message = e.getMessage();
            if (message != null && message.contains("already in use")) {
                message = "another Nafitha (the workbench or a command) has the store open; close it first";
            }
            throw new StoreException("cannot open the store " + absolute + ".mv.db: " + reason(message, e), e);
        }
        try {
            Migrations.migrate(connection, schemaVersion);
        } catch (SQLException e) {
            close(connection);
            throw new StoreException("cannot bring the store " + absolute + ".mv.db up to date: " + e.getMessage(), e);
        }
        return new ScenarioStore(absolute, connection);
    }

    /** The system's reason for a failed open (an I/O error found among the causes), else H2's message without its codes. */
    private static String reason(String message, SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return OutputFiles.reason(io);
            }
        }
        String m = message == null ? "unknown error" : message.replaceAll("\\s*\\[\\d+-\\d+\\]", "");
        if (m.startsWith("IO Exception: ")) {
            return "cannot create or read the file (" + m.substring("IO Exception: ".length()) + ")";
        }
        return m;
    }

    /** The store commands and the workbench use: {@code $NAFITHA_STORE}, else {@code ~/.nafitha/nafitha-store}. */
    public static Path defaultPath() {
        String given = System.getenv("NAFITHA_STORE");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        return Path.of(System.getProperty("user.home"), ".nafitha", DEFAULT_NAME);
    }

    /**
     * A plain connection to an H2 database file that exists (a store, or any H2 2.x database), without bringing a
     * schema up to date: for reading its tables as map layers, or for tests. H2GIS's functions are at hand. The
     * caller closes it.
     *
     * @param base the database path, with or without ".mv.db"
     * @param readOnly open it read-only (a table can be read while nothing can be written)
     */
    public static Connection openDatabase(Path base, boolean readOnly) throws StoreException {
        String text = base.toAbsolutePath().toString();
        if (text.endsWith(".mv.db")) {
            text = text.substring(0, text.length() - ".mv.db".length());
        }
        if (readOnly && !Files.isRegularFile(Path.of(text + ".mv.db"))) {
            throw new StoreException("no H2 database at " + text + ".mv.db: expected a Nafitha store or another H2 2.x database file");
        }
        String url = "jdbc:h2:file:" + text + ";TRACE_LEVEL_FILE=0" + (readOnly ? ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE" : "");
        SQLException failure = null;
        for (String user : new String[] {"nafitha", "sa"}) { // the store's user, else H2's usual one
            try {
                Properties properties = new Properties();
                properties.setProperty("user", user);
                properties.setProperty("password", "");
                return new Driver().connect(url, properties);
            } catch (SQLException e) {
                failure = e;
                if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                    break;
                }
            }
        }
        String message = failure.getMessage();
        if (message != null && message.contains("already in use")) {
            message = "another Nafitha (the workbench or a command) has the database open; close it first";
        }
        throw new StoreException("cannot open the H2 database " + text + ".mv.db: " + message, failure);
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more can be done
        }
    }

    public Path file() {
        return file;
    }

    /** The schema version of the open store. */
    public int schemaVersion() throws StoreException {
        try {
            return Migrations.current(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
        }
    }

    /** The connection, for SQL by GIS specialists and map layers (H2GIS functions available). Do not close it. */
    public Connection connection() {
        return connection;
    }

    /** The scenarios in the store, by code. */
    public synchronized List<StoredScenario> list() throws StoreException {
        List<StoredScenario> list = new ArrayList<>();
        String sql = "SELECT s.code, s.name_en, s.name_ar, s.revision, s.saved_at, s.zones, s.centers, s.population, "
                + "s.min_lon, s.min_lat, s.max_lon, s.max_lat FROM scenario s ORDER BY s.code";
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                list.add(new StoredScenario(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                        r.getTimestamp(5).toInstant(), r.getInt(6), r.getInt(7), r.getLong(8), extent(r, 9)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the scenarios: " + e.getMessage(), e);
        }
        return list;
    }

    private static String extent(ResultSet r, int column) throws SQLException {
        double minLon = r.getDouble(column);
        if (r.wasNull()) {
            return null;
        }
        return String.format(Locale.ROOT, "%.5f %.5f %.5f %.5f", minLon, r.getDouble(column + 1), r.getDouble(column + 2),
                r.getDouble(column + 3));
    }

    /**
     * The extent of a stored scenario's centers and regions, computed by H2GIS over the spatial layers:
     * "minLon minLat maxLon maxLat", or null when it has neither.
     */
    public synchronized String layerExtent(String code) throws StoreException {
        String sql = "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(geom) e FROM "
                + "(SELECT geom FROM center_layer c JOIN scenario s ON s.id = c.scenario_id WHERE s.code = ? UNION ALL "
                + "SELECT geom FROM region_layer g JOIN scenario s ON s.id = g.scenario_id WHERE s.code = ?))";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, code);
            p.setString(2, code);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? extent(r, 1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot compute the extent of " + code + ": " + e.getMessage(), e);
        }
    }

    public synchronized boolean contains(String code) throws StoreException {
        try {
            return idOf(code) != null;
        } catch (SQLException e) {
            throw new StoreException("cannot look up scenario " + code + ": " + e.getMessage(), e);
        }
    }

    private Long idOf(String code) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT id FROM scenario WHERE code = ?")) {
            p.setString(1, code);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    /**
     * Saves a scenario under its code, as a new revision when the code is in the store already. All or nothing.
     *
     * @return the scenario as now stored
     */
    public synchronized StoredScenario save(Scenario scenario) throws StoreException {
        String code = scenario.getCode();
        if (code == null || code.isBlank()) {
            throw new StoreException("a scenario needs a code to be stored");
        }
        byte[] document = document(scenario);
        try {
            connection.setAutoCommit(false);
            try {
                Long id = idOf(code);
                Timestamp now = new Timestamp(System.currentTimeMillis());
                if (id == null) {
                    try (PreparedStatement p = connection.prepareStatement(
                            "INSERT INTO scenario (code, name_en, name_ar, revision, saved_at, zones, centers, population, document) "
                                    + "VALUES (?, ?, ?, 1, ?, 0, 0, 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
                        p.setString(1, code);
                        p.setString(2, scenario.getNameEn());
                        p.setString(3, scenario.getNameAr());
                        p.setTimestamp(4, now);
                        p.setBytes(5, document);
                        p.executeUpdate();
                        try (ResultSet keys = p.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                    }
                } else {
                    try (PreparedStatement p = connection.prepareStatement("UPDATE scenario SET name_en = ?, name_ar = ?, "
                            + "revision = revision + 1, saved_at = ?, document = ? WHERE id = ?")) {
                        p.setString(1, scenario.getNameEn());
                        p.setString(2, scenario.getNameAr());
                        p.setTimestamp(3, now);
                        p.setBytes(4, document);
                        p.setLong(5, id);
                        p.executeUpdate();
                    }
                    for (String table : List.of("demand_zone_chunk", "center_layer", "region_layer")) {
                        try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + table + " WHERE scenario_id = ?")) {
                            p.setLong(1, id);
                            p.executeUpdate();
                        }
                    }
                }
                ZoneTables.insert(connection, id, scenario.getDemandZones());
                LayerTables.insertCenters(connection, geometries, id, scenario.getCenters());
                LayerTables.insertRegions(connection, geometries, id, scenario.getRegions());
                long population = 0;
                double minLon = Double.POSITIVE_INFINITY;
                double minLat = Double.POSITIVE_INFINITY;
                double maxLon = Double.NEGATIVE_INFINITY;
                double maxLat = Double.NEGATIVE_INFINITY;
                for (DemandZone z : scenario.getDemandZones()) {
                    population += z.getPopulation();
                    minLon = Math.min(minLon, z.getLongitude());
                    minLat = Math.min(minLat, z.getLatitude());
                    maxLon = Math.max(maxLon, z.getLongitude());
                    maxLat = Math.max(maxLat, z.getLatitude());
                }
                boolean any = !scenario.getDemandZones().isEmpty();
                try (PreparedStatement p = connection.prepareStatement("UPDATE scenario SET zones = ?, centers = ?, population = ?, "
                        + "min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ? WHERE id = ?")) {
                    p.setInt(1, scenario.getDemandZones().size());
                    p.setInt(2, scenario.getCenters().size());
                    p.setLong(3, population);
                    p.setObject(4, any ? minLon : null);
                    p.setObject(5, any ? minLat : null);
                    p.setObject(6, any ? maxLon : null);
                    p.setObject(7, any ? maxLat : null);
                    p.setLong(8, id);
                    p.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot save scenario " + code + " (the store keeps its last saved revision): " + e.getMessage(), e);
        }
        return stored(code);
    }

    private StoredScenario stored(String code) throws StoreException {
        for (StoredScenario s : list()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new StoreException("scenario " + code + " is not in the store");
    }

    /** The scenario without its demand zones, as compressed scenario-file bytes. */
    private static byte[] document(Scenario scenario) throws StoreException {
        EReference zones = PACKAGE.getScenario_DemandZones();
        EcoreUtil.Copier copier = new EcoreUtil.Copier() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void copyContainment(EReference reference, EObject object, EObject copy) {
                if (reference != zones) {
                    super.copyContainment(reference, object, copy);
                }
            }
        };
        Scenario shell = (Scenario) copier.copy(scenario);
        copier.copyReferences();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            ScenarioFiles.write(shell, gzip);
        } catch (ScenarioFileException | IOException e) {
            throw new StoreException("cannot write scenario " + scenario.getCode() + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** Loads the last saved revision of a scenario. */
    public synchronized Scenario load(String code) throws StoreException {
        try {
            Long id = idOf(code);
            if (id == null) {
                throw new StoreException("no scenario '" + code + "' in the store " + file + ".mv.db" + knownCodes());
            }
            byte[] document;
            try (PreparedStatement p = connection.prepareStatement("SELECT document FROM scenario WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    document = r.getBytes(1);
                }
            }
            Scenario scenario;
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(document))) {
                scenario = ScenarioFiles.read(in, code + "." + ScenarioFiles.EXTENSION);
            } catch (IOException | ScenarioFileException e) {
                throw new StoreException("scenario " + code + ": its stored document cannot be read: " + e.getMessage(), e);
            }
            ZoneTables.read(connection, id, scenario);
            return scenario;
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot load scenario " + code + ": " + e.getMessage(), e);
        }
    }

    private String knownCodes() throws StoreException {
        List<String> codes = list().stream().map(StoredScenario::code).toList();
        return codes.isEmpty() ? " (the store is empty)" : " (it has: " + String.join(", ", codes) + ")";
    }

    /** Copies a stored scenario to a new code (with new names when given). */
    public synchronized StoredScenario copy(String from, String to, String nameEn, String nameAr) throws StoreException {
        if (contains(to)) {
            throw new StoreException("the store has a scenario '" + to + "' already: delete it or choose another code");
        }
        Scenario scenario = load(from);
        scenario.setCode(to);
        scenario.setBaseline(from);
        if (nameEn != null) {
            scenario.setNameEn(nameEn);
        }
        if (nameAr != null) {
            scenario.setNameAr(nameAr);
        }
        return save(scenario);
    }

    /** Deletes a scenario, its zones, layers and runs. */
    public synchronized void delete(String code) throws StoreException {
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM scenario WHERE code = ?")) {
            p.setString(1, code);
            if (p.executeUpdate() == 0) {
                throw new StoreException("no scenario '" + code + "' in the store" + knownCodes());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot delete scenario " + code + ": " + e.getMessage(), e);
        }
    }

    /** Compares two stored scenarios object by object and in key figures. */
    public ScenarioComparison diff(String base, String other) throws StoreException {
        return ScenarioComparison.compare(load(base), load(other));
    }

    /**
     * Keeps the result of an analysis run on a stored scenario (its current revision).
     *
     * @param summary headline figures as JSON text
     * @return the run's id
     */
    public synchronized long recordRun(String scenario, String analyzer, Instant startedAt, double seconds, String summary,
            List<RunValue> values) throws StoreException {
        try {
            connection.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO analysis_run (scenario_id, scenario_revision, "
                        + "analyzer, started_at, seconds, summary) SELECT id, revision, ?, ?, ?, ? FROM scenario WHERE code = ?",
                        Statement.RETURN_GENERATED_KEYS)) {
                    p.setString(1, analyzer);
                    p.setTimestamp(2, Timestamp.from(startedAt));
                    p.setDouble(3, seconds);
                    p.setString(4, summary);
                    p.setString(5, scenario);
                    if (p.executeUpdate() == 0) {
                        throw new StoreException("no scenario '" + scenario + "' in the store: save it before recording runs");
                    }
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement p = connection.prepareStatement(
                        "INSERT INTO analysis_value (run_id, object_kind, object_code, measure, figure) VALUES (?, ?, ?, ?, ?)")) {
                    int n = 0;
                    for (RunValue v : values) {
                        p.setLong(1, id);
                        p.setString(2, v.objectKind());
                        p.setString(3, v.objectCode());
                        p.setString(4, v.measure());
                        if (Double.isFinite(v.value())) {
                            p.setDouble(5, v.value());
                        } else {
                            p.setNull(5, Types.DOUBLE);
                        }
                        p.addBatch();
                        if (++n % BATCH == 0) {
                            p.executeBatch();
                        }
                    }
                    p.executeBatch();
                }
                connection.commit();
                return id;
            } catch (SQLException | RuntimeException | StoreException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot record the run of " + analyzer + " on " + scenario + ": " + e.getMessage(), e);
        }
    }

    /** The runs kept for a scenario, newest first. */
    public synchronized List<AnalysisRun> runs(String scenario) throws StoreException {
        List<AnalysisRun> runs = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT r.id, s.code, r.scenario_revision, r.analyzer, r.started_at, "
                + "r.seconds, r.summary, (SELECT COUNT(*) FROM analysis_value v WHERE v.run_id = r.id) FROM analysis_run r "
                + "JOIN scenario s ON s.id = r.scenario_id WHERE s.code = ? ORDER BY r.id DESC")) {
            p.setString(1, scenario);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    runs.add(new AnalysisRun(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), r.getTimestamp(5).toInstant(),
                            r.getDouble(6), r.getString(7), r.getInt(8)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the runs of " + scenario + ": " + e.getMessage(), e);
        }
        return runs;
    }

    /** The values of a run. */
    public synchronized List<RunValue> values(long run) throws StoreException {
        List<RunValue> values = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT object_kind, object_code, measure, figure FROM analysis_value WHERE run_id = ? ORDER BY object_kind, object_code, measure")) {
            p.setLong(1, run);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    double v = r.getDouble(4);
                    values.add(new RunValue(r.getString(1), r.getString(2), r.getString(3), r.wasNull() ? Double.NaN : v));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read run " + run + ": " + e.getMessage(), e);
        }
        return values;
    }

    @Override
    public synchronized void close() {
        close(connection);
    }
}
