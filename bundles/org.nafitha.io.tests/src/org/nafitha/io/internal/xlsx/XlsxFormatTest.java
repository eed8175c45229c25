package org.nafitha.io.internal.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.nafitha.io.Feature;
import org.nafitha.io.FeatureReader;
import org.nafitha.io.FeatureWriter;
import org.nafitha.io.ImportException;
import org.nafitha.io.Schema;

class XlsxFormatTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String WORKBOOK = "expected an Excel workbook (.xlsx)";

    @TempDir
    Path dir;

    private final XlsxFormat format = new XlsxFormat();

    // ---------------------------------------------------------------- the format

    @Test
    void describesItself() {
        assertEquals("xlsx", format.id());
        assertEquals("Excel workbook (XLSX)", format.name());
        assertEquals(List.of("xlsx"), format.extensions());
        assertTrue(format.canRead());
        assertTrue(format.canWrite());
    }

    // ---------------------------------------------------------------- round trip

    @Test
    void roundTripKeepsArabicTextNumbersBooleansBlanksAndPoints() throws Exception {
        Path file = dir.resolve("centres.xlsx");
        Schema schema = new Schema("مراكز الخدمة في محافظة العاصمة عمّان", "Point")
                .field("الاسم", Schema.Type.STRING)
                .field("counters", Schema.Type.INTEGER)
                .field("ratio", Schema.Type.REAL)
                .field("open", Schema.Type.BOOLEAN)
                .field("note", Schema.Type.STRING);
        try (FeatureWriter writer = format.create(file, schema)) {
            writer.write(feature("line 2", point(35.9106, 31.9539), "الاسم", "مركز عمّان الشامل", "counters", 12L,
                    "ratio", 0.75, "open", true, "note", null));
            writer.write(feature("line 3", point(35.85, 32.5556), "الاسم", "إربد", "counters", -3, "ratio", 1e-9,
                    "open", false, "note", " tab\there, new line\nthere, literal _x0041_ "));
            writer.write(feature("line 4", null, "الاسم", "", "counters", (1L << 60) + 1, "ratio", 2.0, "open", null,
                    "note", "نص عربي مع أرقام ١٢٣"));
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "only the target is left, no temporary file");
        }

        try (FeatureReader reader = format.open(file)) {
            assertEquals(List.of("الاسم", "counters", "ratio", "open", "note", "lon", "lat"), reader.fields());
            assertNull(reader.declaredCrs());

            Feature first = reader.next();
            assertEquals("row 2", first.location());
            assertNull(first.geometry());
            assertEquals("مركز عمّان الشامل", first.get("الاسم"));
            assertEquals(12L, first.get("counters"));
            assertEquals(0.75, first.get("ratio"));
            assertEquals(Boolean.TRUE, first.get("open"));
            assertNull(first.get("note"));
            assertTrue(first.attributes().containsKey("note"), "a blank cell is a field with a null value");
            assertEquals(35.9106, first.get("lon"));
            assertEquals(31.9539, first.get("lat"));

            Feature second = reader.next();
            assertEquals("row 3", second.location());
            assertEquals("إربد", second.get("الاسم"));
            assertEquals(-3L, second.get("counters"));
            assertEquals(1e-9, second.get("ratio"));
            assertEquals(Boolean.FALSE, second.get("open"));
            assertEquals(" tab\there, new line\nthere, literal _x0041_ ", second.get("note"));

            Feature third = reader.next();
            assertEquals("row 4", third.location());
            assertNull(third.get("الاسم"), "empty text is a blank cell");
            assertEquals(String.valueOf((1L << 60) + 1), third.get("counters"),
                    "a whole number a double cannot hold exactly is kept as text, digit for digit");
            assertEquals(2L, third.get("ratio"), "a whole REAL reads back as a whole number");
            assertNull(third.get("open"));
            assertEquals("نص عربي مع أرقام ١٢٣", third.get("note"));
            assertNull(third.get("lon"));
            assertNull(third.get("lat"));

            assertNull(reader.next());
            assertNull(reader.next());
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            // cut to Excel's 31 characters, then the space left at the end dropped
            assertEquals("مراكز الخدمة في محافظة العاصمة", sheet.getSheetName());
            Cell header = sheet.getRow(0).getCell(0);
            assertTrue(workbook.getFontAt(((XSSFCellStyle) header.getCellStyle()).getFontIndex()).getBold());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
            assertEquals(CellType.BOOLEAN, sheet.getRow(1).getCell(3).getCellType());
            assertEquals(CellType.STRING, sheet.getRow(3).getCell(1).getCellType());
            assertEquals(" tab\there, new line\nthere, literal _x0041_ ",
                    workbook.getSheetAt(0).getRow(2).getCell(4).getStringCellValue(),
                    "POI (like Excel) decodes _xHHHH_, so the writer protects literal ones");
        }
    }

    @Test
    void otherGeometriesGoToAWktColumnAndCloseReplacesTheTarget() throws Exception {
        Path file = dir.resolve("zones.xlsx");
        Files.writeString(file, "an older export");
        Schema schema = new Schema("zones", "Polygon").field("name", Schema.Type.STRING);
        try (FeatureWriter writer = format.create(file, schema)) {
            writer.write(feature("zone 1", square(35, 31, 1), "name", "A"));
            writer.write(feature("zone 2", null, "name", "B"));
        }
        try (FeatureReader reader = format.open(file)) {
            assertEquals(List.of("name", "wkt"), reader.fields());
            assertEquals("POLYGON ((35 31, 36 31, 36 32, 35 32, 35 31))", reader.next().get("wkt"));
            Feature second = reader.next();
            assertEquals("B", second.get("name"));
            assertNull(second.get("wkt"));
            assertNull(reader.next());
        }
    }

    @Test
    void aHundredThousandRowsStreamBothWays() throws Exception {
        Path file = dir.resolve("big.xlsx");
        Schema schema = new Schema("big", null).field("id", Schema.Type.INTEGER).field("name", Schema.Type.STRING)
                .field("value", Schema.Type.REAL);
        int count = 100_000;
        try (FeatureWriter writer = format.create(file, schema)) {
            for (int i = 1; i <= count; i++) {
                writer.write(feature(null, null, "id", i, "name", "مركز " + i, "value", i + 0.5));
            }
        }
        int read = 0;
        Feature last = null;
        try (FeatureReader reader = format.open(file)) {
            for (Feature feature; (feature = reader.next()) != null; ) {
                read++;
                last = feature;
            }
        }
        assertEquals(count, read);
        assertEquals("row " + (count + 1), last.location());
        assertEquals((long) count, last.get("id"));
        assertEquals("مركز " + count, last.get("name"));
        assertEquals(count + 0.5, last.get("value"));
    }

    // ---------------------------------------------------------------- the writer's refusals and abort

    @Test
    void abortLeavesTheOldFileAndNoTemporary() throws Exception {
        Path file = dir.resolve("old.xlsx");
        Files.writeString(file, "the previous export");
        List<Path> poiTemporariesBefore = poiTemporaries();
        FeatureWriter writer = format.create(file, new Schema("t", null).field("name", Schema.Type.STRING));
        writer.write(feature("1", null, "name", "new"));
        assertEquals(poiTemporariesBefore.size() + 1, poiTemporaries().size(), "SXSSF keeps rows in a file of its own");
        writer.abort();
        assertEquals("the previous export", Files.readString(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList());
        }
        List<Path> leftByPoi = poiTemporaries();
        leftByPoi.removeAll(poiTemporariesBefore);
        assertEquals(List.of(), leftByPoi, "SXSSF's temporary sheet file is gone too");
    }

    /** The files in POI's temporary folder, where SXSSF keeps the rows it has flushed. */
    private static List<Path> poiTemporaries() throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(folder)) {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toCollection(ArrayList::new));
        }
    }

    @Test
    void refusesWhatAnExcelCellCannotHoldNamingTheFeature() throws Exception {
        Path file = dir.resolve("refused.xlsx");
        Schema schema = new Schema("t", "Polygon").field("name", Schema.Type.STRING).field("n", Schema.Type.INTEGER);
        FeatureWriter writer = format.create(file, schema);
        writer.write(feature("row 2", square(0, 0, 1), "name", "fine", "n", 1));

        IOException longWkt = assertThrows(IOException.class,
                () -> writer.write(feature("record 7", manySided(3000), "name", "big", "n", 2)));
        assertTrue(longWkt.getMessage().contains("feature 2 (record 7)"), longWkt.getMessage());
        assertTrue(longWkt.getMessage().contains("32767"), longWkt.getMessage());

        IOException longText = assertThrows(IOException.class,
                () -> writer.write(feature("record 8", null, "name", "x".repeat(40_000), "n", 3)));
        assertTrue(longText.getMessage().contains("record 8") && longText.getMessage().contains("'name'"),
                longText.getMessage());

        IOException notWhole = assertThrows(IOException.class,
                () -> writer.write(feature("record 9", null, "name", "y", "n", 2.5)));
        assertTrue(notWhole.getMessage().contains("expected a whole number, found '2.5'"), notWhole.getMessage());

        IOException control = assertThrows(IOException.class,
                () -> writer.write(feature("record 10", null, "name", "bell\u0007", "n", 4)));
        assertTrue(control.getMessage().contains("U+0007"), control.getMessage());

        writer.abort();
        assertFalse(Files.exists(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }

        FeatureWriter points = format.create(file, new Schema("p", "Point"));
        IOException notAPoint = assertThrows(IOException.class, () -> points.write(feature("f", square(0, 0, 1))));
        assertTrue(notAPoint.getMessage().contains("Polygon where the schema says Point"), notAPoint.getMessage());
        points.abort();

        IOException clash = assertThrows(IOException.class,
                () -> format.create(file, new Schema("p", "Point").field("lat", Schema.Type.REAL)));
        assertTrue(clash.getMessage().contains("'lat'"), clash.getMessage());
    }

    @Test
    void sheetNamesFollowExcelsRules() {
        assertEquals("a_b_c_d_e_f_g_h", SheetNames.safe("a\\b/c?d*e[f]g:h"));
        assertEquals("Sheet1", SheetNames.safe(null));
        assertEquals("Sheet1", SheetNames.safe("  ''  "));
        assertEquals("quoted", SheetNames.safe("'quoted'"));
        assertEquals("history_", SheetNames.safe("history"));
        assertEquals(31, SheetNames.safe("x".repeat(40)).length());
        assertEquals(30, SheetNames.safe("x".repeat(30) + "\uD83D\uDE00").length(), "a surrogate pair is not split");
    }

    // ---------------------------------------------------------------- reading workbooks made elsewhere

    @Test
    void readsFormulasDatesAndTypesOfAWorkbookWrittenWithPoi() throws Exception {
        Path file = dir.resolve("made-by-poi.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("empty first sheet");
            Sheet sheet = workbook.createSheet("data");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            // the table starts at B3, under a title row left empty, as people lay sheets out
            Row header = sheet.createRow(2);
            String[] names = { " name ", "count", "double", "flag", "opened", "inspected", "formula", "text formula",
                    "big" };
            for (int i = 0; i < names.length; i++) {
                header.createCell(1 + i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(3);
            row.createCell(1).setCellValue("مركز الزرقاء");
            row.createCell(2).setCellValue(42);
            row.createCell(3).setCellValue(3.25);
            row.createCell(4).setCellValue(true);
            Cell opened = row.createCell(5);
            opened.setCellValue(LocalDate.of(2024, 3, 1));
            opened.setCellStyle(date);
            Cell inspected = row.createCell(6);
            inspected.setCellValue(LocalDateTime.of(2024, 3, 1, 8, 30));
            inspected.setCellStyle(dateTime);
            row.createCell(7).setCellFormula("C4*2");
            row.createCell(8).setCellFormula("\"a\"&\"b\"");
            row.createCell(9).setCellValue(1e20);
            sheet.createRow(4); // an empty row, skipped
            Row sparse = sheet.createRow(6);
            sparse.createCell(3).setCellValue(-0.5);
            sparse.createCell(5).setBlank();
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll(); // caches the formulas' values
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (FeatureReader reader = format.open(file)) {
            assertEquals(List.of("name", "count", "double", "flag", "opened", "inspected", "formula", "text formula",
                    "big"), reader.fields());
            Feature first = reader.next();
            assertEquals("row 4", first.location());
            assertEquals("مركز الزرقاء", first.get("name"));
            assertEquals(42L, first.get("count"));
            assertEquals(3.25, first.get("double"));
            assertEquals(Boolean.TRUE, first.get("flag"));
            assertEquals("2024-03-01", first.get("opened"));
            assertEquals("2024-03-01T08:30:00", first.get("inspected"));
            assertEquals(84L, first.get("formula"));
            assertEquals("ab", first.get("text formula"));
            assertEquals(1e20, first.get("big"), "past the range of long, a whole number stays a Double");
            Feature second = reader.next();
            assertEquals("row 7", second.location(), "the spreadsheet's own row number, after a skipped empty row");
            assertEquals(-0.5, second.get("double"));
            assertNull(second.get("name"));
            assertNull(second.get("opened"));
            assertNull(reader.next());
        }
    }

    @Test
    void datesCountFrom1904WhenTheWorkbookSaysSo() throws Exception {
        Path made = dir.resolve("1900.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("d");
            sheet.createRow(0).createCell(0).setCellValue("day");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
            Cell day = sheet.createRow(1).createCell(0);
            day.setCellValue(LocalDate.of(2024, 3, 1)); // serial number 45352 counted from 1900
            day.setCellStyle(date);
            try (OutputStream out = Files.newOutputStream(made)) {
                workbook.write(out);
            }
        }
        try (FeatureReader reader = format.open(made)) {
            assertEquals("2024-03-01", reader.next().get("day"));
        }
        Path file = dir.resolve("1904.xlsx");
        String workbookXml;
        try (ZipFile zip = new ZipFile(made.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
            workbookXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(workbookXml.contains("date1904=\"false\""), workbookXml);
        replaceEntry(made, file, "xl/workbook.xml", workbookXml.replace("date1904=\"false\"", "date1904=\"1\""));
        try (FeatureReader reader = format.open(file)) {
            // the same serial number counted from 1 January 1904 falls 1,462 days later
            assertEquals(LocalDate.of(2024, 3, 1).plusDays(1462).toString(), reader.next().get("day"));
        }
    }

    @Test
    void anErrorCellNamesRowFieldAndError() throws Exception {
        Path file = dir.resolve("errors.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("data");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("name");
            header.createCell(1).setCellValue("ratio");
            Row good = sheet.createRow(1);
            good.createCell(0).setCellValue("a");
            good.createCell(1).setCellValue(1);
            Row bad = sheet.createRow(4);
            bad.createCell(0).setCellValue("b");
            bad.createCell(1).setCellFormula("1/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (FeatureReader reader = format.open(file)) {
            assertEquals("a", reader.next().get("name"));
            ImportException e = assertThrows(ImportException.class, reader::next);
            assertEquals("errors.xlsx, row 5, field 'ratio': expected a value, found '#DIV/0!'", e.getMessage());
            assertEquals("row 5", e.location());
            assertEquals("ratio", e.field());
        }
    }

    @Test
    void aValueOutsideTheNamedColumnsIsAnError() throws Exception {
        Path file = dir.resolve("stray.xlsx");
        writeWithPoi(file, new Object[][] { { "name", "n" }, { "a", 1, "stray note" } });
        try (FeatureReader reader = format.open(file)) {
            ImportException e = assertThrows(ImportException.class, reader::next);
            assertEquals("stray.xlsx, row 2, field 'column C': expected values only in the columns named in the header "
                    + "(A to B), found 'stray note'", e.getMessage());
        }
    }

    // ---------------------------------------------------------------- files that are not good workbooks

    @Test
    void anEmptyFileIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("empty.xlsx");
        Files.write(file, new byte[0]);
        assertRefused(file, "empty.xlsx: " + WORKBOOK + ", found 'an empty file'");
    }

    @Test
    void junkIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("junk.xlsx");
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = 0x13;
        Files.write(file, junk);
        ImportException e = assertRefused(file, "junk.xlsx: " + WORKBOOK + ", found 'bytes 13 ");
        assertNull(e.location());
    }

    @Test
    void aCsvFileRenamedXlsxIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("centres.xlsx");
        Files.writeString(file, "name,lat,lon\nعمّان,31.95,35.91\n");
        assertRefused(file, "centres.xlsx: " + WORKBOOK + ", found 'a text file: name,lat,lon'");
    }

    @Test
    void anOldXlsWorkbookRenamedXlsxIsNamedAsSuch() throws Exception {
        Path file = dir.resolve("old.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("s").createRow(0).createCell(0).setCellValue("name");
            workbook.write(out);
        }
        assertRefused(file, "old.xlsx: " + WORKBOOK + ", found 'an Excel 97-2003 workbook (.xls)");
    }

    @Test
    void aTruncatedZipIsNotAWorkbook() throws Exception {
        Path whole = dir.resolve("whole.xlsx");
        writeWithPoi(whole, new Object[][] { { "name" }, { "a" } });
        byte[] bytes = Files.readAllBytes(whole);
        Path file = dir.resolve("truncated.xlsx");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(file, "truncated.xlsx: " + WORKBOOK + ", found 'an incomplete zip archive");
    }

    @Test
    void aZipOfSomethingElseIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("photos.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefused(file, "photos.xlsx: " + WORKBOOK + ", found 'a zip archive without the parts of an Office document'");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("missing.xlsx");
        assertRefused(file, "missing.xlsx: expected an existing file");
    }

    @Test
    void aDuplicateColumnNameIsNamedWithBothColumnLetters() throws Exception {
        Path file = dir.resolve("duplicate.xlsx");
        writeWithPoi(file, new Object[][] { {}, { "name", "count", " name" }, { "a", 1, "b" } });
        ImportException e = assertRefused(file, "duplicate.xlsx, row 2, field 'column C': expected each column named "
                + "once in the header, found 'a second column 'name' (the first is column A)'");
        assertEquals("row 2", e.location());
    }

    @Test
    void anEmptyHeaderCellIsNamedByItsColumnLetter() throws Exception {
        Path file = dir.resolve("gap.xlsx");
        writeWithPoi(file, new Object[][] { { "name", null, "count" }, { "a", "x", 1 } });
        assertRefused(file, "gap.xlsx, row 1, field 'column B': expected a column name in the header, "
                + "found 'an empty cell'");
    }

    @Test
    void aWorkbookWithOnlyEmptySheetsHasNoHeader() throws Exception {
        Path file = dir.resolve("blank.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("one");
            workbook.createSheet("two").createRow(3).createCell(2).setBlank();
            workbook.write(out);
        }
        assertRefused(file, "blank.xlsx: expected a sheet with a header row naming the columns, found 'only empty sheets'");
    }

    @Test
    void anExternalEntityInTheSheetXmlIsRefusedAndNotResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path good = dir.resolve("good.xlsx");
        try (FeatureWriter writer = format.create(good, new Schema("t", null).field("name", Schema.Type.STRING))) {
            writer.write(feature("1", null, "name", "placeholder"));
        }
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String dtd = "http://127.0.0.1:" + listener.getLocalPort() + "/evil.dtd";
            String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<!DOCTYPE worksheet SYSTEM \"" + dtd + "\" [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>name</t></is></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                    + "</sheetData></worksheet>";
            Path file = dir.resolve("xxe.xlsx");
            replaceEntry(good, file, "xl/worksheets/sheet1.xml", sheet);
            ImportException e = assertRefused(file, "xxe.xlsx, sheet 't': expected sheet XML without a document type "
                    + "declaration, found 'a DOCTYPE'");
            assertFalse(fullText(e).contains("TOP-SECRET"), fullText(e));
            assertNothingConnected(listener);
        }
    }

    @Test
    void aDoctypeInAnyPartIsNeverFollowedAndRefusedWhereThePartMatters() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path good = dir.resolve("good.xlsx");
        writeWithPoi(good, new Object[][] { { "name" }, { "placeholder" } });
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(good.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        // refused: what POI parses (its DOM and SAX parsers and XmlBeans disallow a DOCTYPE) and what this reader parses
        List<String> refused = List.of("[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels",
                "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml");
        // the document properties are not needed: POI skips core.xml when it cannot parse it, and never reads app.xml
        List<String> tolerated = List.of("docProps/core.xml", "docProps/app.xml");
        for (String part : parts.keySet()) {
            assertTrue(refused.contains(part) || tolerated.contains(part), "a part this test does not know: " + part);
        }
        for (String part : parts.keySet()) {
            try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                String doctype = "<!DOCTYPE x SYSTEM \"http://127.0.0.1:" + listener.getLocalPort() + "/evil.dtd\" "
                        + "[ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>";
                String xml = parts.get(part);
                int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
                String hostile = xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
                hostile = hostile.replace("placeholder", "&xxe;"); // in the shared strings
                Path file = dir.resolve("doctype.xlsx");
                replaceEntry(good, file, part, hostile);
                String outcome;
                try (FeatureReader reader = format.open(file)) {
                    StringBuilder values = new StringBuilder();
                    for (Feature feature; (feature = reader.next()) != null; ) {
                        values.append(feature.attributes());
                    }
                    outcome = "read " + values;
                } catch (ImportException e) {
                    assertTrue(e.getMessage().startsWith("doctype.xlsx"), e.getMessage());
                    outcome = "refused " + fullText(e);
                }
                assertFalse(outcome.contains("TOP-SECRET"), part + ": " + outcome);
                assertNothingConnected(listener);
                if (refused.contains(part)) {
                    assertTrue(outcome.startsWith("refused"), part + ": " + outcome);
                }
                if (part.equals("xl/sharedStrings.xml")) {
                    assertTrue(outcome.startsWith("refused org.nafitha.io.ImportException: doctype.xlsx: expected shared "
                            + "strings XML without a document type declaration, found 'a DOCTYPE'"), outcome);
                }
            }
        }
    }

    @Test
    void aZipBombIsStoppedByPoisLimitsAndReportedAsSuch() throws Exception {
        Path good = dir.resolve("good.xlsx");
        writeWithPoi(good, new Object[][] { { "name" }, { "a" } });
        // 50 MB of blanks in the sheet's XML deflate to about 50 KB: a ratio POI's ZipSecureFile refuses (< 1/100)
        StringBuilder sheet = new StringBuilder(50 << 20);
        sheet.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>");
        sheet.append(" ".repeat(50 << 20));
        sheet.append("</sheetData></worksheet>");
        Path file = dir.resolve("bomb.xlsx");
        replaceEntry(good, file, "xl/worksheets/sheet1.xml", sheet.toString());
        assertTrue(Files.size(file) < 1 << 20);
        assertRefused(file, "bomb.xlsx, sheet 'Sheet1': " + WORKBOOK + " whose parts expand within safe limits "
                + "(not a zip bomb), found 'xl/worksheets/sheet1.xml expands too much'");
    }

    // ---------------------------------------------------------------- OSGi: no reliance on the context class loader

    @Test
    void worksWhenTheContextClassLoaderSeesNothing() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            thread.setContextClassLoader(empty);
            Path file = dir.resolve("isolated.xlsx");
            try (FeatureWriter writer = format.create(file, new Schema("t", "Point").field("n", Schema.Type.INTEGER))) {
                writer.write(feature("1", point(36, 31.5), "n", 7));
            }
            try (FeatureReader reader = format.open(file)) {
                Feature feature = reader.next();
                assertEquals(7L, feature.get("n"));
                assertEquals(31.5, feature.get("lat"));
            }
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    // ---------------------------------------------------------------- helpers

    private ImportException assertRefused(Path file, String messageStart) {
        ImportException e = assertThrows(ImportException.class, () -> {
            try (FeatureReader reader = format.open(file)) {
                while (reader.next() != null) {
                    // read to the end: some faults show only further in
                }
            }
        });
        assertTrue(e.getMessage().startsWith(messageStart), "message: " + e.getMessage());
        assertEquals(String.valueOf(file.getFileName()), e.file());
        return e;
    }

    /** Fails if the parser fetched the external DTD from the loopback listener. */
    private static void assertNothingConnected(ServerSocket listener) throws IOException {
        listener.setSoTimeout(200);
        try (Socket connection = listener.accept()) {
            throw new AssertionError("the parser fetched the external DTD: " + connection);
        } catch (SocketTimeoutException expected) {
            // nobody came
        }
    }

    private static String fullText(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }

    private static Feature feature(String location, Geometry geometry, Object... keysAndValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            attributes.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Feature(location, geometry, attributes);
    }

    private static Geometry point(double lon, double lat) {
        return GEOMETRY.createPoint(new Coordinate(lon, lat));
    }

    private static Polygon square(double x, double y, double size) {
        return GEOMETRY.createPolygon(new Coordinate[] { new Coordinate(x, y), new Coordinate(x + size, y),
                new Coordinate(x + size, y + size), new Coordinate(x, y + size), new Coordinate(x, y) });
    }

    /** A polygon with so many vertices that its WKT passes Excel's 32,767-character cell limit. */
    private static Polygon manySided(int vertices) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            ring[i] = new Coordinate(35.123456789 + Math.cos(angle), 31.123456789 + Math.sin(angle));
        }
        ring[vertices] = ring[0];
        return GEOMETRY.createPolygon(ring);
    }

    /** Writes rows of String, Number or null cells with POI's own XSSF (shared strings, as Excel writes them). */
    private static void writeWithPoi(Path file, Object[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** Copies a zip, replacing one entry's content (compressed as hard as deflate can). */
    private static void replaceEntry(Path source, Path target, String entry, String content) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile in = new ZipFile(source.toFile())) {
            for (ZipEntry e : Collections.list(in.entries())) {
                try (InputStream data = in.getInputStream(e)) {
                    entries.put(e.getName(), data.readAllBytes());
                }
            }
        }
        assertTrue(entries.containsKey(entry), entry + " in " + entries.keySet());
        entries.put(entry, content.getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }
}
