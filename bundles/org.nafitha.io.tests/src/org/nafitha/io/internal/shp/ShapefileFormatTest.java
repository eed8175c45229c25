package org.nafitha.io.internal.shp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.nafitha.io.Feature;
import org.nafitha.io.FeatureReader;
import org.nafitha.io.FeatureWriter;
import org.nafitha.io.ImportException;
import org.nafitha.io.Schema;

/**
 * The shapefile reader and writer: round trips through both, and a failure naming file, place and field for each kind
 * of broken input. Broken files are made by writing a good one and corrupting its bytes.
 */
class ShapefileFormatTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String AMMAN = "عمّان";
    private static final String IRBID = "إربد";

    @TempDir
    Path dir;

    private final ShapefileFormat format = new ShapefileFormat();

    // ---------------------------------------------------------------- round trips

    @Test
    void describesItself() {
        assertEquals("shapefile", format.id());
        assertEquals("Shapefile", format.name());
        assertEquals(List.of("shp"), format.extensions());
        assertTrue(format.canRead());
        assertTrue(format.canWrite());
    }

    @Test
    void pointsWithArabicTextRoundTrip() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        for (String extension : List.of("shp", "shx", "dbf", "prj", "cpg")) {
            assertTrue(Files.isRegularFile(dir.resolve("centers." + extension)), extension);
        }
        assertEquals(List.of("centers.cpg", "centers.dbf", "centers.prj", "centers.shp", "centers.shx"), listDir(),
                "no temporary file is left");
        assertEquals("UTF-8", Files.readString(dir.resolve("centers.cpg")));

        try (FeatureReader reader = format.open(shp)) {
            assertEquals(List.of("NAME", "POP", "SHARE", "OPEN"), reader.fields());
            assertEquals("EPSG:4326", reader.declaredCrs());

            Feature amman = reader.next();
            assertEquals("record 1", amman.location());
            assertEquals(new Coordinate(35.9106, 31.9539), amman.geometry().getCoordinate());
            assertInstanceOf(Point.class, amman.geometry());
            assertEquals(AMMAN, amman.get("NAME"));
            assertEquals(4_000_000L, amman.get("POP"));
            assertEquals(0.4125, amman.get("SHARE"));
            assertEquals(Boolean.TRUE, amman.get("OPEN"));
            assertEquals(List.of("NAME", "POP", "SHARE", "OPEN"), new ArrayList<>(amman.attributes().keySet()));

            Feature irbid = reader.next();
            assertEquals("record 2", irbid.location());
            assertEquals(IRBID, irbid.get("NAME"));
            assertEquals(-12L, irbid.get("POP"));
            assertEquals(-0.000123456789, (Double) irbid.get("SHARE"), 0);
            assertEquals(Boolean.FALSE, irbid.get("OPEN"));

            Feature empty = reader.next();
            assertEquals("record 3", empty.location());
            assertNull(empty.geometry(), "a null geometry is a Null shape");
            assertEquals("", empty.get("NAME"));
            assertNull(empty.get("POP"));
            assertNull(empty.get("SHARE"));
            assertNull(empty.get("OPEN"));
            assertTrue(empty.attributes().containsKey("POP"));

            assertNull(reader.next());
            assertNull(reader.next());
        }
    }

    @Test
    void realsKeepTheirValueAndIntegersStayLong() throws Exception {
        Schema schema = new Schema("values", "Point").field("R", Schema.Type.REAL).field("I", Schema.Type.INTEGER);
        double[] reals = {0, 1, -1, 123456789.125, 1e-9, 0.1 + 0.2, -98765.4321, 1e17};
        long[] integers = {0, Long.MAX_VALUE, Long.MIN_VALUE, 42, -7, 1_000_000_000_000L, 5, 6};
        Path shp = dir.resolve("values.shp");
        try (FeatureWriter writer = format.create(shp, schema)) {
            for (int i = 0; i < reals.length; i++) {
                writer.write(feature(GEOMETRY.createPoint(new Coordinate(i, i)), "R", reals[i], "I", integers[i]));
            }
        }
        List<Feature> features = readAll(shp);
        for (int i = 0; i < reals.length; i++) {
            Object real = features.get(i).get("R");
            assertInstanceOf(Double.class, real, "a REAL field reads back as Double, also for " + reals[i]);
            assertEquals(reals[i], (Double) real, Math.abs(reals[i]) * 1e-15 + 1e-15);
            assertEquals(integers[i], features.get(i).get("I"));
        }
    }

    @Test
    void polygonsWithHolesRoundTripWithShellsClockwiseAndHolesCounterClockwise() throws Exception {
        // Given counter-clockwise shell and clockwise hole (the JTS habit): the writer turns them round.
        Polygon square = polygon(ring(0, 0, 10, 0, 10, 10, 0, 10, 0, 0), ring(2, 2, 2, 4, 4, 4, 4, 2, 2, 2));
        Polygon far = polygon(ring(20, 0, 30, 0, 30, 10, 20, 10, 20, 0), ring(22, 2, 22, 4, 24, 4, 24, 2, 22, 2),
                ring(26, 6, 26, 8, 28, 8, 28, 6, 26, 6));
        Polygon plain = polygon(ring(40, 0, 40, 5, 45, 5, 40, 0));
        MultiPolygon two = GEOMETRY.createMultiPolygon(new Polygon[] {square, far});
        Schema schema = new Schema("zones", "MultiPolygon").field("NAME", Schema.Type.STRING);
        Path shp = dir.resolve("zones.shp");
        try (FeatureWriter writer = format.create(shp, schema)) {
            writer.write(feature(square, "NAME", AMMAN));
            writer.write(feature(two, "NAME", IRBID));
            writer.write(feature(plain, "NAME", "plain"));
        }

        // On disk: every first ring of a polygon clockwise, every hole counter-clockwise.
        List<double[][]> rings = ringsOfRecord(Files.readAllBytes(shp), 2);
        assertEquals(5, rings.size());
        boolean[] clockwise = new boolean[rings.size()];
        for (int i = 0; i < rings.size(); i++) {
            clockwise[i] = !Orientation.isCCW(coordinates(rings.get(i)));
        }
        assertArrayEquals(new boolean[] {true, false, true, false, false}, clockwise);

        List<Feature> features = readAll(shp);
        assertEquals(3, features.size());
        Geometry first = features.get(0).geometry();
        assertInstanceOf(Polygon.class, first);
        assertTrue(first.equalsTopo(square));
        assertEquals(1, ((Polygon) first).getNumInteriorRing());
        assertEquals(AMMAN, features.get(0).get("NAME"));

        Geometry second = features.get(1).geometry();
        assertInstanceOf(MultiPolygon.class, second);
        assertTrue(second.equalsTopo(two));
        assertEquals(96 + 92, second.getArea(), 1e-9);
        assertEquals(1, ((Polygon) second.getGeometryN(0)).getNumInteriorRing());
        assertEquals(2, ((Polygon) second.getGeometryN(1)).getNumInteriorRing());

        assertInstanceOf(Polygon.class, features.get(2).geometry());
        assertTrue(features.get(2).geometry().equalsTopo(plain));
    }

    @Test
    void holesGoToTheShellContainingThemWhateverTheRingOrder() throws Exception {
        // rings in file order: big shell, small shell inside the big one's hole, the big one's hole, the small one's hole
        double[][] bigShell = {{0, 0}, {0, 100}, {100, 100}, {100, 0}, {0, 0}}; // clockwise
        double[][] bigHole = {{10, 10}, {90, 10}, {90, 90}, {10, 90}, {10, 10}}; // counter-clockwise
        double[][] islandShell = {{40, 40}, {40, 60}, {60, 60}, {60, 40}, {40, 40}};
        double[][] islandHole = {{45, 45}, {55, 45}, {55, 55}, {45, 55}, {45, 45}};
        Path shp = rawShapefile("island", ShapeType.POLYGON.code,
                List.of(partsContent(ShapeType.POLYGON.code, List.of(bigShell, islandShell, bigHole, islandHole))));
        Geometry geometry = readAll(shp).get(0).geometry();
        assertInstanceOf(MultiPolygon.class, geometry);
        Polygon big = (Polygon) geometry.getGeometryN(0);
        Polygon island = (Polygon) geometry.getGeometryN(1);
        assertEquals(100 * 100 - 80 * 80, big.getArea(), 1e-9);
        assertEquals(20 * 20 - 10 * 10, island.getArea(), 1e-9);
        assertEquals(1, big.getNumInteriorRing());
        assertEquals(1, island.getNumInteriorRing());
    }

    @Test
    void aHoleNoShellContainsIsTakenAsAShell() throws Exception {
        double[][] counterClockwise = {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
        Path shp = rawShapefile("ccw", ShapeType.POLYGON.code,
                List.of(partsContent(ShapeType.POLYGON.code, List.<double[][]>of(counterClockwise))));
        Geometry geometry = readAll(shp).get(0).geometry();
        assertInstanceOf(Polygon.class, geometry);
        assertEquals(100, geometry.getArea(), 1e-9);
    }

    @Test
    void zAndMShapesAreReadAsTwoDimensional() throws Exception {
        double[][] square = {{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}};
        byte[] polygonZ = withZm(partsContent(ShapeType.POLYGON_Z.code, List.<double[][]>of(square)), square.length);
        ByteBuffer pointM = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN).putInt(ShapeType.POINT_M.code)
                .putDouble(35).putDouble(32).putDouble(7);
        Path shp = rawShapefile("zm", ShapeType.POLYGON_Z.code, List.of(polygonZ, pointM.array()));
        List<Feature> features = readAll(shp);
        assertEquals(1, features.get(0).geometry().getArea(), 1e-12);
        assertEquals(new Coordinate(35, 32), features.get(1).geometry().getCoordinate());
    }

    @Test
    void linesAndMultiPointsRoundTrip() throws Exception {
        LineString road = GEOMETRY.createLineString(coordinates(new double[][] {{35, 31}, {35.5, 31.5}, {36, 31}}));
        Geometry roads = GEOMETRY.createMultiLineString(new LineString[] {road,
            GEOMETRY.createLineString(coordinates(new double[][] {{36, 32}, {37, 32}}))});
        Path lines = dir.resolve("roads.shp");
        try (FeatureWriter writer = format.create(lines, new Schema("roads", "LineString"))) {
            writer.write(feature(road));
            writer.write(feature(roads));
        }
        List<Feature> read = readAll(lines);
        assertInstanceOf(LineString.class, read.get(0).geometry());
        assertTrue(read.get(0).geometry().equalsExact(road));
        assertTrue(read.get(1).geometry().equalsExact(roads));
        assertEquals(List.of(), read.get(0).attributes().keySet().stream().collect(Collectors.toList()));

        Geometry points = GEOMETRY.createMultiPointFromCoords(coordinates(new double[][] {{1, 2}, {3, 4}}));
        Path multi = dir.resolve("multi.shp");
        try (FeatureWriter writer = format.create(multi, new Schema("multi", "MultiPoint"))) {
            writer.write(feature(points));
        }
        assertTrue(readAll(multi).get(0).geometry().equalsExact(points));
    }

    @Test
    void aTableWithoutGeometryHoldsNullShapes() throws Exception {
        Path shp = dir.resolve("table.shp");
        try (FeatureWriter writer = format.create(shp, new Schema("table", null).field("N", Schema.Type.INTEGER))) {
            writer.write(feature(null, "N", 1L));
            writer.write(feature(null, "N", 2L));
            assertThrows(IllegalArgumentException.class,
                    () -> writer.write(feature(GEOMETRY.createPoint(new Coordinate(1, 1)), "N", 3L)));
        }
        List<Feature> features = readAll(shp);
        assertEquals(2, features.size(), "the rejected feature was not written");
        assertNull(features.get(1).geometry());
        assertEquals(2L, features.get(1).get("N"));
    }

    @Test
    void theWriterRejectsGeometriesAndValuesItCannotWrite() throws Exception {
        Schema schema = new Schema("c", "Point").field("POP", Schema.Type.INTEGER);
        try (FeatureWriter writer = format.create(dir.resolve("c.shp"), schema)) {
            assertThrows(IllegalArgumentException.class, () -> writer.write(feature(polygon(ring(0, 0, 1, 0, 1, 1, 0, 0)))));
            assertThrows(IllegalArgumentException.class,
                    () -> writer.write(feature(GEOMETRY.createPoint(new Coordinate(1, 1)), "POP", "many")));
            assertThrows(IllegalArgumentException.class,
                    () -> writer.write(feature(GEOMETRY.createPoint(new Coordinate(Double.NaN, 1)), "POP", 1L)));
            writer.write(feature(GEOMETRY.createPoint(new Coordinate(1, 1)), "POP", 1L));
        }
        assertEquals(1, readAll(dir.resolve("c.shp")).size());
        assertThrows(IllegalArgumentException.class, () -> format.create(dir.resolve("d.shp"), new Schema("d", "Curve")));
    }

    @Test
    void longAndClashingFieldNamesAreCutToTenBytesAndKeptApart() throws Exception {
        Schema schema = new Schema("n", "Point").field("POPULATION_2020", Schema.Type.INTEGER)
                .field("POPULATION_2021", Schema.Type.INTEGER).field("population", Schema.Type.INTEGER)
                .field("اسم_المركز_الصحي", Schema.Type.STRING);
        Path shp = dir.resolve("n.shp");
        try (ShapefileWriter writer = (ShapefileWriter) format.create(shp, schema)) {
            assertEquals(List.of("POPULATION", "POPULATI_1", "populati_2", "اسم_ا"), writer.dbfFieldNames());
            writer.write(feature(GEOMETRY.createPoint(new Coordinate(0, 0)), "POPULATION_2020", 1L,
                    "POPULATION_2021", 2L, "population", 3L, "اسم_المركز_الصحي", AMMAN));
        }
        Feature read = readAll(shp).get(0);
        assertEquals(List.of("POPULATION", "POPULATI_1", "populati_2", "اسم_ا"), new ArrayList<>(read.attributes().keySet()));
        assertEquals(2L, read.get("POPULATI_1"));
        assertEquals(AMMAN, read.get("اسم_ا"));
    }

    @Test
    void textLongerThan254BytesIsRefusedNotCut() throws Exception {
        String arabic = "م".repeat(200); // 400 bytes in UTF-8
        Path shp = dir.resolve("long.shp");
        FeatureWriter writer = format.create(shp, new Schema("long", "Point").field("T", Schema.Type.STRING));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer.write(feature(GEOMETRY.createPoint(new Coordinate(0, 0)), "T", arabic)));
        writer.abort();
        assertTrue(e.getMessage().contains("254"), e.getMessage());
        assertFalse(Files.exists(shp), "nothing is written");
        try (FeatureWriter ok = format.create(shp, new Schema("long", "Point").field("T", Schema.Type.STRING))) {
            ok.write(feature(GEOMETRY.createPoint(new Coordinate(0, 0)), "T", "م".repeat(127))); // 254 bytes: fits
        }
        assertEquals("م".repeat(127), readAll(shp).get(0).get("T"));
    }

    @Test
    void abortLeavesTheExistingShapefileAsItWasAndCloseReplacesIt() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        Files.writeString(dir.resolve("centers.qix"), "stale spatial index");
        byte[] before = Files.readAllBytes(shp);
        byte[] dbfBefore = Files.readAllBytes(dir.resolve("centers.dbf"));
        FeatureWriter writer = format.create(shp, new Schema("centers", "Point").field("NAME", Schema.Type.STRING));
        writer.write(feature(GEOMETRY.createPoint(new Coordinate(1, 2)), "NAME", "new"));
        writer.abort();
        writer.abort();
        assertArrayEquals(before, Files.readAllBytes(shp));
        assertArrayEquals(dbfBefore, Files.readAllBytes(dir.resolve("centers.dbf")));
        assertEquals(List.of("centers.cpg", "centers.dbf", "centers.prj", "centers.qix", "centers.shp", "centers.shx"),
                listDir());

        try (FeatureWriter replacing = format.create(shp, new Schema("centers", "Point").field("NAME", Schema.Type.STRING))) {
            replacing.write(feature(GEOMETRY.createPoint(new Coordinate(1, 2)), "NAME", "new"));
            assertEquals(3, readAll(shp).size(), "nothing moves before close");
        }
        List<Feature> features = readAll(shp);
        assertEquals(1, features.size());
        assertEquals("new", features.get(0).get("NAME"));
        assertEquals(List.of("centers.cpg", "centers.dbf", "centers.prj", "centers.shp", "centers.shx"), listDir(),
                "the stale index went with the old shapefile");
    }

    @Test
    void siblingsAreFoundWhateverTheCaseOfTheirExtensions() throws Exception {
        writeCenters(dir.resolve("centers.shp"));
        Files.move(dir.resolve("centers.shp"), dir.resolve("CENTERS.SHP"));
        Files.move(dir.resolve("centers.dbf"), dir.resolve("CENTERS.Dbf"));
        Files.move(dir.resolve("centers.prj"), dir.resolve("CENTERS.PRJ"));
        Files.move(dir.resolve("centers.cpg"), dir.resolve("Centers.CPG"));
        try (FeatureReader reader = format.open(dir.resolve("CENTERS.SHP"))) {
            assertEquals("EPSG:4326", reader.declaredCrs());
            assertEquals(AMMAN, reader.next().get("NAME"));
        }
    }

    @Test
    void noPrjDeclaresNothing() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        Files.delete(dir.resolve("centers.prj"));
        try (FeatureReader reader = format.open(shp)) {
            assertNull(reader.declaredCrs());
        }
    }

    @Test
    void deletedRecordsAreSkippedButCounted() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        Path dbf = dir.resolve("centers.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        bytes[recordStart(bytes, 1)] = '*';
        Files.write(dbf, bytes);
        List<Feature> features = readAll(shp);
        assertEquals(2, features.size());
        assertEquals("record 2", features.get(0).location());
        assertEquals(IRBID, features.get(0).get("NAME"));
        assertEquals("record 3", features.get(1).location());
    }

    @Test
    void datesLogicalsAndNumbersOfOtherWritersAreRead() throws Exception {
        Schema schema = new Schema("d", "Point").field("DAY", Schema.Type.STRING).field("FLAG", Schema.Type.BOOLEAN)
                .field("NUM", Schema.Type.STRING);
        Path shp = dir.resolve("d.shp");
        try (FeatureWriter writer = format.create(shp, schema)) {
            writer.write(feature(GEOMETRY.createPoint(new Coordinate(0, 0)), "DAY", "20240131", "FLAG", null, "NUM", " 1.5e3"));
            writer.write(feature(GEOMETRY.createPoint(new Coordinate(0, 0)), "DAY", "        ", "FLAG", true, "NUM", "   "));
            writer.write(feature(GEOMETRY.createPoint(new Coordinate(0, 0)), "DAY", "00000000", "FLAG", false, "NUM", "99999999999999999999"));
        }
        Path dbf = dir.resolve("d.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        setFieldType(bytes, "DAY", 'D');
        setFieldType(bytes, "NUM", 'F');
        bytes[recordStart(bytes, 2) + fieldOffset(bytes, "FLAG")] = 'y';
        Files.write(dbf, bytes);
        List<Feature> features = readAll(shp);
        assertEquals("2024-01-31", features.get(0).get("DAY"));
        assertNull(features.get(0).get("FLAG"), "'?' is unknown");
        assertEquals(1500.0, features.get(0).get("NUM"));
        assertNull(features.get(1).get("DAY"));
        assertEquals(Boolean.TRUE, features.get(1).get("FLAG"));
        assertNull(features.get(1).get("NUM"));
        assertNull(features.get(2).get("DAY"));
        assertEquals(1e20, features.get(2).get("NUM"), "too large for a long: a double");
    }

    @Test
    void aMillionPointsAreReadOneAtATime() throws Exception {
        Path shp = dir.resolve("many.shp");
        int count = 1_000_000;
        try (FeatureWriter writer = format.create(shp, new Schema("many", "Point").field("ID", Schema.Type.INTEGER))) {
            for (int i = 1; i <= count; i++) {
                writer.write(feature(GEOMETRY.createPoint(new Coordinate(35 + i * 1e-6, 31)), "ID", (long) i));
            }
        }
        assertEquals(100 + 28L * count, Files.size(shp));
        try (FeatureReader reader = format.open(shp)) {
            long n = 0;
            for (Feature feature = reader.next(); feature != null; feature = reader.next()) {
                n++;
                if (n % 250_000 == 0) {
                    assertEquals("record " + n, feature.location());
                    assertEquals(n, feature.get("ID"));
                }
            }
            assertEquals(count, n);
        }
    }

    // ---------------------------------------------------------------- the .prj

    @Test
    void prjNamesAreTurnedIntoEpsgCodes() {
        assertEquals("EPSG:4326", PrjCrs.fromWkt(ShapefileWriter.WGS84_PRJ));
        assertEquals("EPSG:4326", PrjCrs.fromWkt("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
                + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]"));
        assertEquals("EPSG:32636", PrjCrs.fromWkt(utm("WGS_1984_UTM_Zone_36N", 33, 0)));
        assertEquals("EPSG:32637", PrjCrs.fromWkt(utm("WGS_1984_UTM_Zone_37N", 39, 0)));
        assertEquals("EPSG:32733", PrjCrs.fromWkt(utm("WGS_1984_UTM_Zone_33S", 15, 10000000)));
        assertEquals("EPSG:32636", PrjCrs.fromWkt(utm("My UTM", 33, 0)), "UTM by its parameters");
        assertEquals("EPSG:3066", PrjCrs.fromWkt("PROJCS[\"JTM\",GEOGCS[\"GCS_European_1950\",DATUM[\"D_European_1950\","
                + "SPHEROID[\"International_1924\",6378388.0,297.0]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\","
                + "0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
                + "PARAMETER[\"False_Northing\",-3000000.0],PARAMETER[\"Central_Meridian\",37.0],"
                + "PARAMETER[\"Scale_Factor\",0.9998],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]"));
        // the outermost AUTHORITY wins, not the geographic CRS's inside
        assertEquals("EPSG:2039", PrjCrs.fromWkt("PROJCS[\"Israel 1993 / Israeli TM Grid\",GEOGCS[\"Israel 1993\","
                + "DATUM[\"Israel_1993\",SPHEROID[\"GRS 1980\",6378137,298.257222101]],PRIMEM[\"Greenwich\",0],"
                + "UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4141\"]],PROJECTION[\"Transverse_Mercator\"],"
                + "UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"2039\"]]"));
    }

    @Test
    void otherTransverseMercatorAndLambertPrjsBecomeProj4Definitions() {
        String tm = PrjCrs.fromWkt("PROJCS[\"Palestine_1923_Palestine_Grid_TM\",GEOGCS[\"GCS_Palestine_1923\","
                + "DATUM[\"D_Palestine_1923\",SPHEROID[\"Clarke_1880_Benoit\",6378300.789,293.466315538981]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                + "PARAMETER[\"False_Easting\",170251.555],PARAMETER[\"False_Northing\",1126867.909],"
                + "PARAMETER[\"Central_Meridian\",35.21208055555556],PARAMETER[\"Scale_Factor\",1.0],"
                + "PARAMETER[\"Latitude_Of_Origin\",31.73409694444445],UNIT[\"Meter\",1.0]]");
        // the spheroid as +a and +b, as Proj4j misreads +rf
        double b = 6378300.789 * (1 - 1 / 293.466315538981);
        assertTrue(tm.startsWith("+proj=tmerc +lat_0=31.73409694444445 +lon_0=35.21208055555556 +k=1 +x_0=170251.555"
                + " +y_0=1126867.909 +a=6378300.789 +b="), tm);
        assertTrue(tm.endsWith(" +units=m +no_defs"), tm);
        assertEquals(b, Double.parseDouble(tm.replaceFirst(".*\\+b=(\\S+).*", "$1")), 1e-6);
        String lcc = PrjCrs.fromWkt("PROJCS[\"Custom_LCC\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                + "PROJECTION[\"Lambert_Conformal_Conic\"],PARAMETER[\"False_Easting\",1000.0],PARAMETER[\"False_Northing\",0.0],"
                + "PARAMETER[\"Central_Meridian\",36.0],PARAMETER[\"Standard_Parallel_1\",30.0],"
                + "PARAMETER[\"Standard_Parallel_2\",33.0],PARAMETER[\"Latitude_Of_Origin\",31.5],UNIT[\"Foot_US\",0.3048006096012192]]");
        assertEquals("+proj=lcc +lat_1=30 +lat_2=33 +lat_0=31.5 +lon_0=36 +x_0=304.80061 +y_0=0"
                + " +datum=WGS84 +to_meter=0.3048006096012192 +no_defs", lcc);
    }

    @Test
    void aDatumShiftAndPrimeMeridianGoIntoTheProj4Definition() {
        String tm = PrjCrs.fromWkt("PROJCS[\"Local TM\",GEOGCS[\"Local\",DATUM[\"Local_Datum\",SPHEROID[\"Sphere\",6371000,0],"
                + "TOWGS84[-87,-98,-121,0,0,0,0]],PRIMEM[\"Paris\",2.33722917],UNIT[\"grad\",0.01570796326794897]],"
                + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"central_meridian\",3],PARAMETER[\"scale_factor\",0.9999],"
                + "PARAMETER[\"false_easting\",200000],UNIT[\"metre\",1]]");
        assertEquals("+proj=tmerc +lat_0=0 +lon_0=3 +k=0.9999 +x_0=200000 +y_0=0 +a=6371000 +b=6371000"
                + " +towgs84=-87,-98,-121,0,0,0,0 +pm=2.33722917 +units=m +no_defs", tm);
        assertNull(PrjCrs.fromWkt("PROJCS[\"x\",GEOGCS[\"y\"],PROJECTION[\"Transverse_Mercator\"]]"), "no spheroid");
        assertNull(PrjCrs.fromWkt("GEOGCS[\"GCS_Unknown\",DATUM[\"D_Unknown\",SPHEROID[\"S\",6378000,300]]]"));
        assertNull(PrjCrs.fromWkt("PROJCS[\"WGS_1984_UTM_Zone_36N\",GEOGCS["));
        assertNull(PrjCrs.fromWkt(""));
    }

    @Test
    void aPrjThatCannotBeUnderstoodIsAnError() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        String mercator = "PROJCS[\"World_Mercator\",GEOGCS[\"GCS_European_1950\",DATUM[\"D_European_1950\","
                + "SPHEROID[\"International_1924\",6378388.0,297.0]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.017]],"
                + "PROJECTION[\"Mercator\"],UNIT[\"Meter\",1.0]]";
        Files.writeString(dir.resolve("centers.prj"), mercator);
        ImportException e = assertThrows(ImportException.class, () -> format.open(shp));
        assertEquals("centers.prj", e.file());
        assertNull(e.location());
        assertNull(e.field());
        assertEquals(PrjCrs.EXPECTED, e.expected());
        assertEquals(mercator.substring(0, 60), e.found());
        assertTrue(e.getMessage().startsWith("centers.prj: expected a .prj in ESRI WKT"), e.getMessage());

        Files.writeString(dir.resolve("centers.prj"), "this is not WKT");
        assertEquals("this is not WKT", assertThrows(ImportException.class, () -> format.open(shp)).found());
    }

    // ---------------------------------------------------------------- broken .shp

    @Test
    void missingShpOrDbfIsNamed() throws Exception {
        ImportException noShp = assertThrows(ImportException.class, () -> format.open(dir.resolve("nothing.shp")));
        assertMessage(noShp, "nothing.shp", "an existing .shp file");

        Path shp = writeCenters(dir.resolve("centers.shp"));
        Files.delete(dir.resolve("centers.dbf"));
        ImportException noDbf = assertThrows(ImportException.class, () -> format.open(shp));
        assertMessage(noDbf, "centers.shp", "a .dbf file beside the .shp (centers.dbf)");
    }

    @Test
    void aFileShorterThanItsHeaderIsAnError() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        truncate(shp, 60);
        ImportException e = assertThrows(ImportException.class, () -> format.open(shp));
        assertMessage(e, "centers.shp, header: expected a .shp file of at least 100 bytes", "found '60 bytes'");
    }

    @Test
    void aWrongFileCodeIsAnError() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        patch(shp, 0, ByteBuffer.allocate(4).putInt(1234).array());
        ImportException e = assertThrows(ImportException.class, () -> format.open(shp));
        assertMessage(e, "centers.shp, header: expected a shapefile starting with the file code 9994", "found '1234");
    }

    @Test
    void aTruncatedShpSaysHowManyBytesItExpectedAndFound() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        long size = Files.size(shp);
        truncate(shp, size - 10);
        ImportException e = assertThrows(ImportException.class, () -> format.open(shp));
        assertMessage(e, "centers.shp, header:", "expected a file of " + size + " bytes as its header says, but only "
                + (size - 10) + " bytes are present (the file is truncated)");
        assertEquals("header", e.location());
    }

    @Test
    void aRecordRunningPastTheEndOfTheFileIsAnError() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        // point records take 8 + 20 bytes; keep 8 + 8 of the second and make the header agree
        long size = 100 + 28 + 16;
        truncate(shp, size);
        patch(shp, 24, ByteBuffer.allocate(4).putInt((int) (size / 2)).array());
        Files.delete(dir.resolve("centers.shx"));
        try (FeatureReader reader = format.open(shp)) {
            reader.next();
            ImportException e = assertThrows(ImportException.class, reader::next);
            assertEquals("centers.shp, record 2: expected 20 bytes of content, the file ends after 8", e.getMessage());
        }

        // a record header cut short
        truncate(shp, 100 + 28 + 4);
        patch(shp, 24, ByteBuffer.allocate(4).putInt((100 + 28 + 4) / 2).array());
        assertRecordFails(shp, 2, "centers.shp, record 2: expected an 8-byte record header, the file ends after 4 bytes", null);

        // a negative content length
        writeCenters(shp);
        patch(shp, 100 + 4, ByteBuffer.allocate(4).putInt(-5).array());
        assertRecordFails(shp, 1, "centers.shp, record 1: expected a content length of at least 2 words", "found '-5'");
    }

    @Test
    void anUnknownShapeTypeIsAnError() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        patch(shp, 100 + 28 + 8, littleInt(99)); // the shape type of record 2
        try (FeatureReader reader = format.open(shp)) {
            reader.next();
            ImportException e = assertThrows(ImportException.class, reader::next);
            assertMessage(e, "centers.shp, record 2: expected a shape type of 0, 1, 3, 5", "found '99'");
        }
        patch(shp, 32, littleInt(31)); // the header's
        ImportException header = assertThrows(ImportException.class, () -> format.open(shp));
        assertMessage(header, "centers.shp, header: expected a shape type", "found '31 (MultiPatch, not supported)'");
    }

    @Test
    void absurdPartAndPointCountsFailBeforeAnythingIsAllocated() throws Exception {
        Path shp = writeZones();
        int content = 100 + 8; // record 1's content
        patch(shp, content + 36, littleInt(2_000_000_000));
        assertRecordFails(shp, 1, "centers.shp, record 1: expected a part count that fits the record's", "found '2000000000'");

        shp = writeZones();
        patch(shp, content + 36, littleInt(-3));
        assertRecordFails(shp, 1, "expected a part count", "found '-3'");

        shp = writeZones();
        patch(shp, content + 40, littleInt(Integer.MAX_VALUE));
        assertRecordFails(shp, 1, "centers.shp, record 1: expected a point count that fits", "found '2147483647'");

        shp = writeZones();
        patch(shp, content + 40, littleInt(-1));
        assertRecordFails(shp, 1, "expected a point count", "found '-1'");

        shp = writeZones();
        patch(shp, content + 44, littleInt(3)); // the first part must start at point 0
        assertRecordFails(shp, 1, "record 1: expected a first part starting at point 0", null);
    }

    @Test
    void aRingOfFewerThanFourPointsOrNotClosedIsBrokenGeometry() throws Exception {
        double[][] triangle = {{0, 0}, {0, 1}, {0, 0}};
        Path shp = rawShapefile("triangle", ShapeType.POLYGON.code,
                List.of(partsContent(ShapeType.POLYGON.code, List.<double[][]>of(triangle))));
        assertRecordFails(shp, 1, "triangle.shp, record 1: expected a closed ring of at least 4 points (broken geometry)",
                "found 'ring 1 of 3 points'");

        double[][] open = {{0, 0}, {0, 1}, {1, 1}, {1, 0}};
        shp = rawShapefile("open", ShapeType.POLYGON.code, List.of(partsContent(ShapeType.POLYGON.code, List.<double[][]>of(open))));
        assertRecordFails(shp, 1, "open.shp, record 1: expected a closed ring, ending where it starts (broken geometry)",
                "found 'ring 1 from (0.0, 0.0) to (1.0, 0.0)'");

        double[][] dot = {{0, 0}};
        shp = rawShapefile("dot", ShapeType.POLYLINE.code, List.of(partsContent(ShapeType.POLYLINE.code, List.<double[][]>of(dot))));
        assertRecordFails(shp, 1, "dot.shp, record 1: expected a line of at least 2 points (broken geometry)", null);
    }

    @Test
    void nanOrInfiniteCoordinatesAreAnError() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        patch(shp, 100 + 28 + 8 + 4, littleDouble(Double.NaN)); // x of record 2
        assertRecordFails(shp, 2, "centers.shp, record 2: expected finite coordinates", "found 'point 1 at (NaN, ");

        Path zones = writeZones();
        patch(zones, 100 + 8 + 44 + 4 + 16 * 2 + 8, littleDouble(Double.NEGATIVE_INFINITY)); // y of point 3
        assertRecordFails(zones, 1, "record 1: expected finite coordinates", "point 3 at (");
    }

    @Test
    void aJunkFileFailsOnItsHeaderWithoutBeingRead() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = 0x4D; // anything but the file code
        try (RandomAccessFile file = new RandomAccessFile(shp.toFile(), "rw")) {
            file.setLength(0);
            file.write(junk);
            file.setLength(2L << 30); // 2 GiB, sparse
        }
        long start = System.nanoTime();
        ImportException e = assertThrows(ImportException.class, () -> format.open(shp));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertMessage(e, "centers.shp, header: expected a shapefile starting with the file code 9994", "bytes 4D");
        assertTrue(millis < 2000, "took " + millis + " ms");

        // without a .dbf beside it, it is still the junk that is reported
        Files.delete(dir.resolve("centers.dbf"));
        assertMessage(assertThrows(ImportException.class, () -> format.open(shp)), "centers.shp, header: expected a shapefile", null);
        Files.delete(shp);
    }

    @Test
    void randomlyCorruptedFilesFailWithAnImportExceptionOrReadWithoutOne() throws Exception {
        Path good = dir.resolve("good");
        Files.createDirectories(good);
        writeCenters(good.resolve("centers.shp"));
        Polygon holed = polygon(ring(0, 0, 10, 0, 10, 10, 0, 10, 0, 0), ring(2, 2, 2, 4, 4, 4, 4, 2, 2, 2));
        try (FeatureWriter writer = format.create(good.resolve("zones.shp"),
                new Schema("zones", "MultiPolygon").field("NAME", Schema.Type.STRING).field("N", Schema.Type.REAL))) {
            writer.write(feature(holed, "NAME", AMMAN, "N", 1.5));
            writer.write(feature(GEOMETRY.createMultiPolygon(new Polygon[] {holed,
                polygon(ring(20, 0, 20, 5, 25, 5, 20, 0))}), "NAME", IRBID, "N", -2.0));
        }
        Random random = new Random(42);
        for (int round = 0; round < 400; round++) {
            String name = round % 2 == 0 ? "centers" : "zones";
            String victim = round % 3 == 0 ? "dbf" : "shp";
            Path work = dir.resolve("fuzz");
            Files.createDirectories(work);
            for (String extension : List.of("shp", "shx", "dbf", "prj", "cpg")) {
                Files.copy(good.resolve(name + "." + extension), work.resolve(name + "." + extension),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Path target = work.resolve(name + "." + victim);
            byte[] bytes = Files.readAllBytes(target);
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            if (random.nextInt(5) == 0) {
                bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            Files.write(target, bytes);
            try (FeatureReader reader = format.open(work.resolve(name + ".shp"))) {
                while (reader.next() != null) {
                    // read it all
                }
            } catch (ImportException expected) {
                assertTrue(expected.getMessage().startsWith(name + "."), expected.getMessage());
            }
        }
    }

    // ---------------------------------------------------------------- broken .dbf

    @Test
    void aDbfWithFewerRecordsThanShapesIsAnError() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        Path dbf = dir.resolve("centers.dbf");
        patch(dbf, 4, littleInt(2));
        ImportException early = assertThrows(ImportException.class, () -> format.open(shp));
        assertMessage(early, "centers.dbf, header: expected 3 records, one for each shape of centers.shp",
                "found '2 records'");

        Files.delete(dir.resolve("centers.shx")); // without the index it shows when the records run out
        try (FeatureReader reader = format.open(shp)) {
            reader.next();
            reader.next();
            ImportException e = assertThrows(ImportException.class, reader::next);
            assertMessage(e, "centers.dbf, record 3: expected a record for each shape of centers.shp",
                    "found 'the end of the table after 2 records'");
        }
    }

    @Test
    void aDbfWithMoreRecordsThanShapesIsAnError() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        long size = 100 + 28 + 28;
        truncate(shp, size);
        patch(shp, 24, ByteBuffer.allocate(4).putInt((int) (size / 2)).array());
        Files.delete(dir.resolve("centers.shx"));
        try (FeatureReader reader = format.open(shp)) {
            reader.next();
            reader.next();
            ImportException e = assertThrows(ImportException.class, reader::next);
            assertMessage(e, "centers.dbf, record 3: expected as many records as centers.shp has shapes (2)",
                    "found '3 records'");
        }
    }

    @Test
    void aTruncatedDbfIsAnError() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        Path dbf = dir.resolve("centers.dbf");
        long size = Files.size(dbf);
        truncate(dbf, size - 20);
        ImportException e = assertThrows(ImportException.class, () -> format.open(shp));
        assertMessage(e, "centers.dbf, header: expected a .dbf of ", "bytes are present (the file is truncated)");

        truncate(dbf, 20);
        assertMessage(assertThrows(ImportException.class, () -> format.open(shp)), "centers.dbf, header: expected a .dbf file of at least 32 bytes", "found '20 bytes'");
    }

    @Test
    void aDbfOfJunkIsAnError() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        Path dbf = dir.resolve("centers.dbf");
        patch(dbf, 0, new byte[] {(byte) 0xEE});
        assertMessage(assertThrows(ImportException.class, () -> format.open(shp)), "centers.dbf, header: expected a dBase III or IV table", "version byte EE");

        writeCenters(dir.resolve("centers.shp"));
        patch(dbf, 10, new byte[] {7, 0}); // record length
        assertMessage(assertThrows(ImportException.class, () -> format.open(shp)), "centers.dbf, header: expected a record length of", "found '7 bytes'");

        writeCenters(dir.resolve("centers.shp"));
        byte[] bytes = Files.readAllBytes(dbf);
        setFieldType(bytes, "NAME", 'M');
        Files.write(dbf, bytes);
        assertMessage(assertThrows(ImportException.class, () -> format.open(shp)), "centers.dbf, header, field 'NAME': expected a field of type C, N, F, L, D or I", "found 'M'");
    }

    @Test
    void anUnparsableNumberNamesItsRecordAndField() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        Path dbf = dir.resolve("centers.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        int at = recordStart(bytes, 2) + fieldOffset(bytes, "POP");
        Arrays.fill(bytes, at, at + fieldWidth(bytes, "POP"), (byte) ' ');
        System.arraycopy("abc".getBytes(StandardCharsets.US_ASCII), 0, bytes, at, 3);
        Files.write(dbf, bytes);
        try (FeatureReader reader = format.open(shp)) {
            reader.next();
            ImportException e = assertThrows(ImportException.class, reader::next);
            assertEquals("centers.dbf, record 2, field 'POP': expected a number, found 'abc'", e.getMessage());
            assertEquals("record 2", e.location());
            assertEquals("POP", e.field());
        }
    }

    @Test
    void aBadLogicalOrDateNamesItsRecordAndField() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        Path dbf = dir.resolve("centers.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        bytes[recordStart(bytes, 1) + fieldOffset(bytes, "OPEN")] = 'x';
        Files.write(dbf, bytes);
        assertRecordFails(shp, 1, "centers.dbf, record 1, field 'OPEN': expected a logical value T, F, Y, N or ?", "found 'x'");
    }

    @Test
    void textThatIsNotInTheDeclaredEncodingIsAnErrorNotMojibake() throws Exception {
        Path shp = writeCenters(dir.resolve("centers.shp"));
        Path dbf = dir.resolve("centers.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        byte[] arabic1256 = AMMAN.getBytes(Charset.forName("windows-1256"));
        int at = recordStart(bytes, 1) + fieldOffset(bytes, "NAME");
        Arrays.fill(bytes, at, at + fieldWidth(bytes, "NAME"), (byte) ' ');
        System.arraycopy(arabic1256, 0, bytes, at, arabic1256.length);
        Files.write(dbf, bytes);

        ImportException e = assertRecordFails(shp, 1, "centers.dbf, record 1, field 'NAME': expected text in UTF-8 (the .cpg)",
                "found 'bytes " + String.format("%02X", arabic1256[0] & 0xFF));
        assertEquals("NAME", e.field());

        Files.writeString(dir.resolve("centers.cpg"), "1256");
        try (FeatureReader reader = format.open(shp)) {
            assertEquals(AMMAN, reader.next().get("NAME"), "decoded as the .cpg says");
            // (windows-1256 maps every byte: UTF-8 text in a file said to be 1256 cannot be caught)
        }

        // without a .cpg, the language driver byte 0x7E says windows-1256
        Files.delete(dir.resolve("centers.cpg"));
        assertRecordFails(shp, 1, "expected text in UTF-8 (the default, as there is no .cpg)", null);
        patch(dbf, 29, new byte[] {0x7E});
        try (FeatureReader reader = format.open(shp)) {
            assertEquals(AMMAN, reader.next().get("NAME"));
        }
        Files.writeString(dir.resolve("centers.cpg"), " \r\n"); // an empty .cpg says nothing
        try (FeatureReader reader = format.open(shp)) {
            assertEquals(AMMAN, reader.next().get("NAME"));
        }

        Files.writeString(dir.resolve("centers.cpg"), "KLINGON-8");
        assertMessage(assertThrows(ImportException.class, () -> format.open(shp)), "centers.cpg: expected a .cpg naming a known encoding", "found 'KLINGON-8'");
    }

    @Test
    void cpgNamesAreUnderstood() {
        assertEquals(StandardCharsets.UTF_8, DbfEncoding.fromCpg("UTF-8\r\n"));
        assertEquals(StandardCharsets.UTF_8, DbfEncoding.fromCpg("utf8"));
        assertEquals(Charset.forName("windows-1252"), DbfEncoding.fromCpg("1252"));
        assertEquals(Charset.forName("windows-1256"), DbfEncoding.fromCpg("1256"));
        assertEquals(Charset.forName("windows-1256"), DbfEncoding.fromCpg("ANSI 1256"));
        assertEquals(StandardCharsets.ISO_8859_1, DbfEncoding.fromCpg("ISO-8859-1"));
        assertEquals(StandardCharsets.ISO_8859_1, DbfEncoding.fromCpg("88591"));
        assertNull(DbfEncoding.fromCpg("nonsense"));
    }

    // ---------------------------------------------------------------- helpers

    /** Three centers: Amman, Irbid and one without geometry or values. */
    private Path writeCenters(Path shp) throws IOException {
        Schema schema = new Schema("centers", "Point").field("NAME", Schema.Type.STRING)
                .field("POP", Schema.Type.INTEGER).field("SHARE", Schema.Type.REAL).field("OPEN", Schema.Type.BOOLEAN);
        try (FeatureWriter writer = format.create(shp, schema)) {
            writer.write(feature(GEOMETRY.createPoint(new Coordinate(35.9106, 31.9539)), "NAME", AMMAN, "POP",
                    4_000_000L, "SHARE", 0.4125, "OPEN", true));
            writer.write(feature(GEOMETRY.createPoint(new Coordinate(35.85, 32.5556)), "NAME", IRBID, "POP", -12L,
                    "SHARE", -0.000123456789, "OPEN", false));
            writer.write(feature(null, "NAME", null, "POP", null, "SHARE", null, "OPEN", null));
        }
        return shp;
    }

    /** A shapefile "centers" of one polygon of 5 points (a square). */
    private Path writeZones() throws IOException {
        Path shp = dir.resolve("centers.shp");
        try (FeatureWriter writer = format.create(shp, new Schema("zones", "Polygon").field("N", Schema.Type.INTEGER))) {
            writer.write(feature(polygon(ring(0, 0, 0, 1, 1, 1, 1, 0, 0, 0)), "N", 1L));
        }
        return shp;
    }

    /** A .shp of these record contents (no .shx), with a .dbf of as many records from the writer. */
    private Path rawShapefile(String name, int shapeType, List<byte[]> contents) throws IOException {
        Path shp = dir.resolve(name + ".shp");
        try (FeatureWriter writer = format.create(shp, new Schema(name, null).field("N", Schema.Type.INTEGER))) {
            for (int i = 0; i < contents.size(); i++) {
                writer.write(feature(null, "N", (long) i));
            }
        }
        Files.delete(dir.resolve(name + ".shx"));
        int length = 100;
        for (byte[] content : contents) {
            length += 8 + content.length;
        }
        ByteBuffer file = ByteBuffer.allocate(length);
        file.order(ByteOrder.BIG_ENDIAN).putInt(9994).position(24);
        file.putInt(length / 2).order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(shapeType).position(100);
        int number = 1;
        for (byte[] content : contents) {
            file.order(ByteOrder.BIG_ENDIAN).putInt(number++).putInt(content.length / 2).put(content);
        }
        Files.write(shp, file.array());
        return shp;
    }

    /** The content of a PolyLine or Polygon record of these parts, bounding box left 0. */
    private static byte[] partsContent(int shapeType, List<double[][]> parts) {
        int points = parts.stream().mapToInt(p -> p.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(44 + 4 * parts.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(shapeType).position(36);
        buffer.putInt(parts.size()).putInt(points);
        int start = 0;
        for (double[][] part : parts) {
            buffer.putInt(start);
            start += part.length;
        }
        for (double[][] part : parts) {
            for (double[] point : part) {
                buffer.putDouble(point[0]).putDouble(point[1]);
            }
        }
        return buffer.array();
    }

    /** A record content followed by Z and M ranges and arrays of zeros. */
    private static byte[] withZm(byte[] content, int points) {
        return Arrays.copyOf(content, content.length + 2 * (16 + 8 * points));
    }

    /** The rings of a Polygon record, read straight from the .shp bytes. */
    private static List<double[][]> ringsOfRecord(byte[] shp, int record) {
        ByteBuffer buffer = ByteBuffer.wrap(shp);
        int at = 100;
        for (int r = 1; r < record; r++) {
            at += 8 + 2 * buffer.order(ByteOrder.BIG_ENDIAN).getInt(at + 4);
        }
        int content = at + 8;
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        int parts = buffer.getInt(content + 36);
        int points = buffer.getInt(content + 40);
        List<double[][]> rings = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int start = buffer.getInt(content + 44 + 4 * p);
            int end = p + 1 < parts ? buffer.getInt(content + 44 + 4 * (p + 1)) : points;
            double[][] ring = new double[end - start][];
            for (int i = start; i < end; i++) {
                int offset = content + 44 + 4 * parts + 16 * i;
                ring[i - start] = new double[] {buffer.getDouble(offset), buffer.getDouble(offset + 8)};
            }
            rings.add(ring);
        }
        return rings;
    }

    private ImportException assertRecordFails(Path shp, int record, String start, String found) throws Exception {
        try (FeatureReader reader = format.open(shp)) {
            for (int i = 1; i < record; i++) {
                reader.next();
            }
            ImportException e = assertThrows(ImportException.class, reader::next);
            assertMessage(e, start, found);
            assertEquals("record " + record, e.location());
            return e;
        }
    }

    private static void assertMessage(ImportException e, String contains, String alsoContains) {
        assertTrue(e.getMessage().contains(contains), "'" + e.getMessage() + "' does not contain '" + contains + "'");
        if (alsoContains != null) {
            assertTrue(e.getMessage().contains(alsoContains),
                    "'" + e.getMessage() + "' does not contain '" + alsoContains + "'");
        }
    }

    private static Feature feature(Geometry geometry, Object... keysAndValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            attributes.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Feature("feature", geometry, attributes);
    }

    private List<Feature> readAll(Path shp) throws Exception {
        List<Feature> features = new ArrayList<>();
        try (FeatureReader reader = format.open(shp)) {
            for (Feature feature = reader.next(); feature != null; feature = reader.next()) {
                features.add(feature);
            }
        }
        return features;
    }

    private List<String> listDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static Polygon polygon(LinearRing shell, LinearRing... holes) {
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(double... xy) {
        Coordinate[] coordinates = new Coordinate[xy.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GEOMETRY.createLinearRing(coordinates);
    }

    private static Coordinate[] coordinates(double[][] points) {
        Coordinate[] coordinates = new Coordinate[points.length];
        for (int i = 0; i < points.length; i++) {
            coordinates[i] = new Coordinate(points[i][0], points[i][1]);
        }
        return coordinates;
    }

    private static String utm(String name, double centralMeridian, double falseNorthing) {
        return "PROJCS[\"" + name + "\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
                + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
                + "PARAMETER[\"False_Northing\"," + falseNorthing + "],PARAMETER[\"Central_Meridian\"," + centralMeridian
                + "],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    }

    private static void truncate(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }

    private static void patch(Path file, long at, byte[] bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            raf.write(bytes);
        }
    }

    private static byte[] littleInt(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    private static byte[] littleDouble(double value) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(value).array();
    }

    // .dbf layout: 32-byte header, 32-byte field descriptors, 0x0D, then records of a flag byte and the fields

    private static int recordStart(byte[] dbf, int record) {
        ByteBuffer header = ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN);
        return header.getShort(8) + (record - 1) * header.getShort(10);
    }

    private static Map<String, int[]> descriptors(byte[] dbf) {
        Map<String, int[]> fields = new HashMap<>();
        int offset = 1;
        for (int at = 32; dbf[at] != 0x0D; at += 32) {
            int length = 0;
            while (length < 11 && dbf[at + length] != 0) {
                length++;
            }
            String name = new String(dbf, at, length, StandardCharsets.UTF_8);
            int width = dbf[at + 16] & 0xFF;
            fields.put(name, new int[] {at, offset, width});
            offset += width;
        }
        return fields;
    }

    private static int fieldOffset(byte[] dbf, String field) {
        return descriptors(dbf).get(field)[1];
    }

    private static int fieldWidth(byte[] dbf, String field) {
        return descriptors(dbf).get(field)[2];
    }

    private static void setFieldType(byte[] dbf, String field, char type) {
        int[] descriptor = descriptors(dbf).get(field);
        assertNotNull(descriptor, field);
        dbf[descriptor[0] + 11] = (byte) type;
        assertFalse(type == 'D' && descriptor[2] != 8, "a D field is 8 wide");
    }
}
