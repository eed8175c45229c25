package org.nafitha.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.nafitha.io.internal.GeoPackageFormat;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.sample.SampleScenario;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoredScenario;

/**
 * The corpus of malformed files in {@code corpus/} (listed with the expected message in {@code corpus/cases.tsv}),
 * plus files made here (a truncated Shapefile, an SQLite database that is no GeoPackage, a 2 GB file of junk): each
 * import fails with a message naming the file and what was expected, and afterwards the scenario is byte for byte
 * what it was and the store holds the same revision.
 */
class BadInputCorpusTest {

    private static Path storeDir;
    private static ScenarioStore store;
    private static Scenario scenario;
    private static byte[] before;
    private static StoredScenario storedBefore;

    @BeforeAll
    static void openStore() throws Exception {
        storeDir = Files.createTempDirectory("nafitha-corpus-store");
        store = ScenarioStore.open(storeDir.resolve("store"));
        scenario = SampleScenario.create();
        storedBefore = store.save(scenario);
        before = ScenarioFiles.toBytes(scenario);
    }

    @AfterAll
    static void closeStore() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(storeDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(corpusDir().resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            cases.add(Arguments.of(parts[0], parts[1], parts[2], parts[3]));
        }
        return cases.stream();
    }

    static Path corpusDir() {
        return Path.of("corpus").toAbsolutePath();
    }

    @Test
    void theCorpusHasAtLeastThirtyFiles() throws IOException {
        assertTrue(corpus().count() >= 30, "the issue asks for 30 malformed files at least");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachMalformedFileIsRefusedAndNothingChanges(String file, String kind, String options, String expected) throws Exception {
        ImportOptions o = new ImportOptions();
        if (options.startsWith("--crs ")) {
            o.crs(options.substring(6));
        }
        refused(corpusDir().resolve(file), Kind.parse(kind), o, expected);
    }

    private static void refused(Path file, Kind kind, ImportOptions options, String expected) throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> new ScenarioImporter(Formats.builtIn()).plan(scenario, kind, file, options).apply());
        String message = e.getMessage();
        assertTrue(message.startsWith(file.getFileName().toString()), () -> "names the file first: " + message);
        assertTrue(message.contains(expected), () -> "expected '" + expected + "' in: " + message);
        assertTrue(message.contains("expected"), () -> "says what was expected: " + message);
        assertArrayEquals(before, ScenarioFiles.toBytes(scenario), "the scenario is exactly as it was");
        StoredScenario stored = store.list().get(0);
        assertEquals(storedBefore.revision(), stored.revision(), "the store is as it was");
        assertEquals(storedBefore.zones(), stored.zones());
        assertEquals(storedBefore.population(), stored.population());
    }

    @Test
    void aTruncatedShapefileIsRefused(@TempDir Path dir) throws Exception {
        Path shp = dir.resolve("zones.shp");
        Schema schema = new Schema("zones", "Point").field("code", Schema.Type.STRING).field("population", Schema.Type.INTEGER);
        GeometryFactory g = new GeometryFactory();
        try (FeatureWriter writer = Formats.builtIn().byId("shapefile").create(shp, schema)) {
            for (int i = 0; i < 100; i++) {
                writer.write(new Feature("zone " + i, g.createPoint(new Coordinate(35 + i * 0.01, 31.5)),
                        Map.of("code", "Z" + i, "population", (long) (100 + i))));
            }
        }
        try (RandomAccessFile cut = new RandomAccessFile(shp.toFile(), "rw")) {
            cut.setLength(cut.length() - 30);
        }
        refused(shp, Kind.DEMAND, new ImportOptions().crs("EPSG:4326"), "expected");
    }

    @Test
    void anSqliteDatabaseThatIsNoGeoPackageIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plain.gpkg");
        try (Connection c = GeoPackageFormat.connect(file, false); var s = c.createStatement()) {
            s.execute("CREATE TABLE zones (code TEXT, population INTEGER)");
        }
        refused(file, Kind.DEMAND, new ImportOptions(), "gpkg_contents");
    }

    @Test
    void twoGigabytesOfJunkFailFastOnTheFirstLine(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.csv");
        try (RandomAccessFile file = new RandomAccessFile(junk.toFile(), "rw")) {
            byte[] noise = new byte[1 << 20];
            new Random(7).nextBytes(noise);
            file.write(noise);
            file.setLength(2L << 30); // sparse: 2 GiB on the file system's books, no disk used
        }
        assertEquals(2L << 30, Files.size(junk));
        refused(junk, Kind.DEMAND, new ImportOptions(), "line 1");
    }
}
