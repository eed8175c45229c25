package org.nafitha.io.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTWriter;
import org.nafitha.io.Feature;
import org.nafitha.io.FeatureWriter;
import org.nafitha.io.Schema;
import org.nafitha.io.internal.StagedFiles;

/**
 * Writes features as one sheet of an .xlsx workbook with POI's streaming {@link SXSSFWorkbook}, which keeps only a
 * window of rows in memory. The sheet is named after the schema (made safe for Excel), its first row holds the field
 * names in bold and stays in view when scrolling, and each feature is one row with values typed by the schema: text,
 * whole numbers and reals as numbers, booleans as TRUE/FALSE, null as an empty cell.
 * <p>
 * A schema with geometry type "Point" adds the columns "lon" and "lat" (WGS84 degrees); any other geometry type adds
 * a "wkt" column with the geometry as Well-Known Text. Nothing is ever cut short: a text or WKT longer than an Excel
 * cell holds (32,767 characters), a value of the wrong type, a number Excel cannot hold or a row past Excel's last is an
 * {@link IOException} naming the feature, and the caller then {@linkplain #abort() aborts}.
 * <p>
 * The workbook is written to a hidden temporary file beside the target and moved over it by {@link #close()}.
 */
final class XlsxWriter implements FeatureWriter {

    /** Excel's limit on the characters in one cell. */
    static final int MAX_CELL_TEXT = 32_767;

    /** Rows SXSSF keeps in memory before flushing them to its own temporary file. */
    private static final int ROW_WINDOW = 200;

    /** Whole numbers beyond +/-2^53 lose digits as the double Excel stores; they are written as text instead. */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    private enum GeometryColumns { NONE, LON_LAT, WKT }

    private final Path target;
    private final Path temporary;
    private final List<Map.Entry<String, Schema.Type>> fields;
    private final GeometryColumns geometryColumns;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final WKTWriter wkt = new WKTWriter();
    private int rows;
    private boolean finished;

    XlsxWriter(Path target, Schema schema) throws IOException {
        this.target = target;
        this.fields = new ArrayList<>(schema.fields().entrySet());
        String geometryType = schema.geometryType();
        this.geometryColumns = geometryType == null ? GeometryColumns.NONE
                : "Point".equals(geometryType) ? GeometryColumns.LON_LAT : GeometryColumns.WKT;
        List<String> header = header();
        if (header.size() > ColumnNames.MAX_COLUMN + 1) {
            throw new IOException(target.getFileName() + ": an Excel sheet holds at most " + (ColumnNames.MAX_COLUMN + 1)
                    + " columns, the schema has " + header.size());
        }
        this.temporary = StagedFiles.beside(target);
        SXSSFWorkbook created = null;
        SXSSFSheet createdSheet = null;
        try {
            created = new SXSSFWorkbook(ROW_WINDOW);
            // POI's default (Zip64 records on every entry) trips some zip readers; a sheet never nears 4 GB
            created.setZip64Mode(Zip64Mode.AsNeeded);
            createdSheet = created.createSheet(SheetNames.safe(schema.name()));
            this.workbook = created;
            this.sheet = createdSheet;
            writeHeader(header);
        } catch (RuntimeException e) {
            discard(created, createdSheet);
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private List<String> header() throws IOException {
        List<String> header = new ArrayList<>();
        for (Map.Entry<String, Schema.Type> field : fields) {
            String name = field.getKey();
            if (name == null || name.isBlank()) {
                throw new IOException(target.getFileName() + ": a field without a name cannot head a column");
            }
            checkText(name, "the header", name);
            header.add(name);
        }
        List<String> extra = switch (geometryColumns) {
            case LON_LAT -> List.of("lon", "lat");
            case WKT -> List.of("wkt");
            case NONE -> List.of();
        };
        for (String name : extra) {
            if (header.contains(name)) {
                throw new IOException(target.getFileName() + ": the field '" + name
                        + "' has the name of the column that holds the geometry");
            }
            header.add(name);
        }
        return header;
    }

    private void writeHeader(List<String> header) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(XmlText.escape(header.get(i)));
            cell.setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
        rows = 1;
    }

    @Override
    public void write(Feature feature) throws IOException {
        if (finished) {
            throw new IOException(target.getFileName() + ": the writer is closed");
        }
        String name = describe(feature);
        if (rows > SheetCursor.MAX_ROW - 1) {
            throw new IOException(target.getFileName() + ": an Excel sheet holds at most " + (SheetCursor.MAX_ROW - 1)
                    + " features below its header; " + name + " is one too many");
        }
        // check and convert every value first, so that a refused feature leaves no half-written row
        List<Object> values = new ArrayList<>(fields.size() + 2);
        for (Map.Entry<String, Schema.Type> field : fields) {
            values.add(convert(feature.get(field.getKey()), field.getValue(), name, field.getKey()));
        }
        addGeometry(feature.geometry(), name, values);
        Row row = sheet.createRow(rows);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof String text) {
                row.createCell(i).setCellValue(text);
            } else if (value instanceof Double number) {
                row.createCell(i).setCellValue(number);
            } else if (value instanceof Boolean bool) {
                row.createCell(i).setCellValue(bool);
            }
        }
        rows++;
    }

    private String describe(Feature feature) {
        String place = "feature " + rows;
        return feature.location() == null ? place : place + " (" + feature.location() + ")";
    }

    /** The value as a String, Double or Boolean for a cell, or null for an empty one. */
    private Object convert(Object value, Schema.Type type, String feature, String field) throws IOException {
        if (value == null) {
            return null;
        }
        switch (type) {
            case STRING:
                String text = value.toString();
                checkText(text, feature, field);
                return text.isEmpty() ? null : XmlText.escape(text);
            case INTEGER:
                long whole = wholeNumber(value, feature, field);
                // beyond 2^53 a double cannot hold every digit: text keeps them all
                return Math.abs(whole) > EXACT_IN_DOUBLE ? Long.toString(whole) : (Object) (double) whole;
            case REAL:
                double real = real(value, feature, field);
                return real;
            case BOOLEAN:
                return bool(value, feature, field);
            default:
                throw new IllegalStateException("type " + type);
        }
    }

    private long wholeNumber(Object value, String feature, String field) throws IOException {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) <= EXACT_IN_DOUBLE) {
                return (long) d;
            }
        } else if (value instanceof String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw refused(feature, field, "a whole number", value);
    }

    private double real(Object value, String feature, String field) throws IOException {
        double d = Double.NaN;
        if (value instanceof Number number) {
            d = number.doubleValue();
        } else if (value instanceof String text) {
            try {
                d = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        if (!Double.isFinite(d)) {
            throw refused(feature, field, "a finite number (Excel holds no NaN or infinity)", value);
        }
        return d;
    }

    private Boolean bool(Object value, String feature, String field) throws IOException {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String text) {
            if ("true".equalsIgnoreCase(text.strip())) {
                return Boolean.TRUE;
            }
            if ("false".equalsIgnoreCase(text.strip())) {
                return Boolean.FALSE;
            }
        }
        throw refused(feature, field, "true or false", value);
    }

    private void addGeometry(Geometry geometry, String feature, List<Object> values) throws IOException {
        switch (geometryColumns) {
            case NONE:
                if (geometry != null) {
                    throw new IOException(target.getFileName() + ": " + feature + " has a " + geometry.getGeometryType()
                            + " but the schema has no geometry type, so the sheet has no column for it");
                }
                break;
            case LON_LAT:
                if (geometry == null || geometry.isEmpty()) {
                    values.add(null);
                    values.add(null);
                } else if (geometry instanceof Point point) {
                    values.add(coordinate(point.getX(), feature, "lon"));
                    values.add(coordinate(point.getY(), feature, "lat"));
                } else {
                    throw new IOException(target.getFileName() + ": " + feature + " has a " + geometry.getGeometryType()
                            + " where the schema says Point (columns lon and lat)");
                }
                break;
            case WKT:
                if (geometry == null) {
                    values.add(null);
                } else {
                    String text = wkt.write(geometry);
                    if (text.length() > MAX_CELL_TEXT) {
                        throw new IOException(target.getFileName() + ": the geometry of " + feature + " is "
                                + text.length() + " characters of WKT; an Excel cell holds at most " + MAX_CELL_TEXT
                                + " (simplify it, or export to GeoPackage or GeoJSON)");
                    }
                    values.add(text);
                }
                break;
            default:
                throw new IllegalStateException("columns " + geometryColumns);
        }
    }

    private Double coordinate(double value, String feature, String column) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IOException(target.getFileName() + ": " + feature + " has " + value + " as " + column);
        }
        return value;
    }

    private void checkText(String text, String feature, String field) throws IOException {
        if (text.length() > MAX_CELL_TEXT) {
            throw new IOException(target.getFileName() + ": " + feature + ", field '" + field + "' has " + text.length()
                    + " characters; an Excel cell holds at most " + MAX_CELL_TEXT);
        }
        int bad = XmlText.firstUnwritable(text);
        if (bad >= 0) {
            throw new IOException(target.getFileName() + ": " + feature + ", field '" + field
                    + "' holds the character U+" + String.format("%04X", (int) text.charAt(bad))
                    + ", which an Excel cell cannot hold");
        }
    }

    private IOException refused(String feature, String field, String expected, Object value) {
        String shown = String.valueOf(value);
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return new IOException(target.getFileName() + ": " + feature + ", field '" + field + "': expected " + expected
                + ", found '" + shown + "' (" + value.getClass().getSimpleName() + ")");
    }

    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                workbook.write(out);
            } finally {
                discard(workbook, sheet);
            }
            StagedFiles.moveIntoPlace(temporary, target);
        } catch (IOException | RuntimeException e) {
            deleteTemporary();
            throw e;
        }
    }

    @Override
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        discard(workbook, sheet);
        deleteTemporary();
    }

    private void deleteTemporary() {
        StagedFiles.discard(temporary);
    }

    /**
     * Closes the workbook, which in POI 5.5.1 also deletes SXSSF's temporary sheet files. Rows still in memory are
     * flushed first: {@code SXSSFWorkbook.close()} closes the sheet writers before disposing of the sheets, and a sheet
     * with unflushed rows then logs a "Failed to dispose sheet ... Stream closed" warning with a stack trace.
     */
    private static void discard(SXSSFWorkbook workbook, SXSSFSheet sheet) {
        if (workbook == null) {
            return;
        }
        try {
            if (sheet != null) {
                sheet.flushRows();
            }
        } catch (IOException e) {
            // closing below still releases what it can
        }
        try {
            workbook.close();
        } catch (IOException e) {
            // nothing is left to write
        }
    }
}
