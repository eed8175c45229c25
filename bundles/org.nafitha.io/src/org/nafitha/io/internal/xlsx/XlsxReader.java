package org.nafitha.io.internal.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.nafitha.io.Feature;
import org.nafitha.io.FeatureReader;
import org.nafitha.io.ImportException;
import org.nafitha.model.file.OutputFiles;

/**
 * Reads the first sheet of an .xlsx workbook that holds anything, row by row, without building the workbook in
 * memory: POI's {@link XSSFReader} finds the sheets in order and reads the styles, {@link StringTable} reads the
 * shared strings, and {@link SheetCursor} pulls the sheet's rows one at a time, both with POI's secure StAX parser.
 * <p>
 * The first row with a value is the header: each cell from the first value to the last must name a column, once.
 * Every later row with a value becomes a feature located "row N", N being the row number Excel shows; its geometry is
 * null and its attributes are typed by {@link CellDecoder}. A value in a column without a name, an error value such as
 * {@code #DIV/0!}, or a damaged part of the file is an {@link ImportException}.
 */
final class XlsxReader implements FeatureReader {

    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(), XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

    private static final String SHEET_XML = "well-formed sheet XML";

    private final Path file;
    private final OPCPackage workbook;
    private final CellDecoder decoder;
    private final SheetCursor cursor;
    private final String sheet;
    private final int firstColumn;
    private final List<String> fields;
    private int lastRow;
    private boolean closed;

    private XlsxReader(Path file, OPCPackage workbook, CellDecoder decoder, SheetCursor cursor, String sheet,
            int firstColumn, List<String> fields, int headerRow) {
        this.file = file;
        this.workbook = workbook;
        this.decoder = decoder;
        this.cursor = cursor;
        this.sheet = sheet;
        this.firstColumn = firstColumn;
        this.fields = Collections.unmodifiableList(fields);
        this.lastRow = headerRow;
    }

    /** Opens the file, finds the sheet and reads its header. */
    static XlsxReader open(Path file) throws ImportException {
        if (Files.isDirectory(file)) {
            throw ImportException.of(file, null, null, "a file", "a folder");
        }
        if (!Files.exists(file)) {
            throw ImportException.of(file, null, null, "an existing file", String.valueOf(file));
        }
        try {
            Diagnosis.checkLooksLikeZip(file);
        } catch (IOException e) {
            throw ImportException.of(file, null, null, "a readable file", OutputFiles.reason(e));
        }
        OPCPackage workbook = null;
        SheetCursor cursor = null;
        String sheet = null;
        try {
            workbook = openPackage(file);
            checkHoldsWorkbook(file, workbook);
            XSSFReader parts = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) parts.getSheetsData();
            boolean date1904;
            try (InputStream in = parts.getWorkbookData()) {
                date1904 = countsFrom1904(in);
            }
            StylesTable styles = parts.getStylesTable();
            CellDecoder decoder = new CellDecoder(StringTable.read(workbook), styles, date1904);
            while (sheets.hasNext()) {
                InputStream in = sheets.next();
                sheet = sheets.getSheetName();
                cursor = new SheetCursor(in);
                XlsxReader reader = readHeader(file, workbook, decoder, cursor, sheet);
                if (reader != null) {
                    return reader;
                }
                cursor.close();
                cursor = null;
            }
            throw ImportException.of(file, null, null, "a sheet with a header row naming the columns",
                    "only empty sheets");
        } catch (ImportException e) {
            release(workbook, cursor);
            throw e;
        } catch (ContentException e) {
            release(workbook, cursor);
            throw ImportException.of(file, sheetLocation(sheet), null, e.expected(), e.found());
        } catch (XMLStreamException e) {
            release(workbook, cursor);
            throw Diagnosis.of(file, sheetLocation(sheet), sheet == null ? "well-formed XML" : SHEET_XML, e);
        } catch (Exception e) { // POI reports damage with IOException, OpenXML4JException, SAXException, POIXMLException...
            release(workbook, cursor);
            throw Diagnosis.of(file, sheetLocation(sheet), Diagnosis.WORKBOOK + " that can be read", e);
        }
    }

    /** Opens the zip as an Office Open XML package, refusing one without a content type part. */
    private static OPCPackage openPackage(Path file) throws ImportException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) { // POI's NotOfficeXmlFileException is a RuntimeException
            if (Diagnosis.isZipBomb(e)) {
                throw Diagnosis.of(file, null, Diagnosis.WORKBOOK, e);
            }
            throw new ImportException(String.valueOf(file.getFileName()), null, null, Diagnosis.WORKBOOK,
                    "a zip archive without the parts of an Office document", e);
        }
    }

    /** Refuses a zip or OOXML package whose main part is not an .xlsx workbook (a .docx, an .xlsb, ...). */
    private static void checkHoldsWorkbook(Path file, OPCPackage workbook) throws ImportException {
        PackageRelationshipCollection main = workbook.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            boolean strict = !workbook.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty();
            throw ImportException.of(file, null, null, Diagnosis.WORKBOOK, strict
                    ? "a Strict Open XML workbook; save it as an ordinary Excel Workbook (.xlsx)"
                    : "a zip archive without a main document");
        }
        PackagePart part = workbook.getPart(main.getRelationship(0));
        if (part == null) {
            throw ImportException.of(file, null, null, Diagnosis.WORKBOOK, "a package whose main document is missing");
        }
        String type = part.getContentType();
        if (WORKBOOK_TYPES.contains(type)) {
            return;
        }
        String found;
        if (XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType().equals(type)) {
            found = "an Excel binary workbook (.xlsb); save it as .xlsx";
        } else if (type.contains("wordprocessingml")) {
            found = "a Word document";
        } else if (type.contains("presentationml")) {
            found = "a PowerPoint presentation";
        } else {
            found = "a package holding " + type;
        }
        throw ImportException.of(file, null, null, Diagnosis.WORKBOOK, found);
    }

    /** Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}) rather than from 1900. */
    private static boolean countsFrom1904(InputStream workbookXml) throws XMLStreamException, ContentException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbookXml);
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ContentException("workbook XML without a document type declaration", "a DOCTYPE");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("workbookPr".equals(name)) {
                        String value = xml.getAttributeValue(null, "date1904");
                        return "1".equals(value) || "true".equals(value);
                    }
                    if ("sheets".equals(name)) {
                        return false; // workbookPr, when present, comes before the sheets
                    }
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }

    /** Reads rows up to the first one with a value and makes a reader with it as header, or null if there is none. */
    private static XlsxReader readHeader(Path file, OPCPackage workbook, CellDecoder decoder, SheetCursor cursor,
            String sheet) throws XMLStreamException, ImportException {
        SheetCursor.RawRow row;
        Map<Integer, String> names = new HashMap<>();
        try {
            while ((row = cursor.next()) != null) {
                for (SheetCursor.RawCell cell : row.cells()) {
                    Object value;
                    try {
                        value = decoder.decode(cell);
                    } catch (ContentException e) {
                        throw ImportException.of(file, "row " + row.number(), "column " + ColumnNames.letters(cell.column()),
                                "a column name in the header", e.found());
                    }
                    if (value != null) {
                        names.put(cell.column(), value.toString().strip());
                    }
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
        } catch (ContentException e) {
            throw ImportException.of(file, sheetLocation(sheet), null, e.expected(), e.found());
        }
        if (row == null) {
            return null;
        }
        int first = Collections.min(names.keySet());
        int last = Collections.max(names.keySet());
        List<String> fields = new ArrayList<>(last - first + 1);
        Map<String, Integer> seen = new HashMap<>();
        for (int column = first; column <= last; column++) {
            String name = names.get(column);
            String letters = ColumnNames.letters(column);
            if (name == null || name.isEmpty()) {
                throw ImportException.of(file, "row " + row.number(), "column " + letters, "a column name in the header",
                        "an empty cell");
            }
            Integer before = seen.putIfAbsent(name, column);
            if (before != null) {
                throw ImportException.of(file, "row " + row.number(), "column " + letters,
                        "each column named once in the header",
                        "a second column '" + name + "' (the first is column " + ColumnNames.letters(before) + ")");
            }
            fields.add(name);
        }
        return new XlsxReader(file, workbook, decoder, cursor, sheet, first, fields, row.number());
    }

    @Override
    public List<String> fields() {
        return fields;
    }

    /** An .xlsx workbook does not say in which CRS its coordinate columns are, if it has any. */
    @Override
    public String declaredCrs() {
        return null;
    }

    @Override
    public Feature next() throws ImportException {
        if (closed) {
            return null;
        }
        try {
            SheetCursor.RawRow row;
            while ((row = cursor.next()) != null) {
                lastRow = row.number();
                Feature feature = toFeature(row);
                if (feature != null) {
                    return feature;
                }
            }
            return null;
        } catch (ContentException e) {
            throw ImportException.of(file, afterRow(), null, e.expected(), e.found());
        } catch (XMLStreamException e) {
            throw Diagnosis.of(file, afterRow(), SHEET_XML, e);
        }
    }

    /** The row as a feature, or null when it holds no value. */
    private Feature toFeature(SheetCursor.RawRow row) throws ImportException {
        String location = "row " + row.number();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : fields) {
            values.put(field, null);
        }
        boolean any = false;
        for (SheetCursor.RawCell cell : row.cells()) {
            int index = cell.column() - firstColumn;
            boolean named = index >= 0 && index < fields.size();
            String field = named ? fields.get(index) : "column " + ColumnNames.letters(cell.column());
            Object value;
            try {
                value = decoder.decode(cell);
            } catch (ContentException e) {
                throw ImportException.of(file, location, field, e.expected(), e.found());
            }
            if (value == null) {
                continue;
            }
            if (!named) {
                throw ImportException.of(file, location, field, "values only in the columns named in the header ("
                        + ColumnNames.letters(firstColumn) + " to " + ColumnNames.letters(firstColumn + fields.size() - 1)
                        + ")", value.toString());
            }
            values.put(field, value);
            any = true;
        }
        return any ? new Feature(location, null, values) : null;
    }

    private String afterRow() {
        return sheetLocation(sheet) + " after row " + lastRow;
    }

    private static String sheetLocation(String sheet) {
        return sheet == null ? null : "sheet '" + sheet + "'";
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        release(workbook, cursor);
    }

    private static void release(OPCPackage workbook, SheetCursor cursor) {
        if (cursor != null) {
            try {
                cursor.close();
            } catch (IOException e) {
                // the package below is closed anyway
            }
        }
        if (workbook != null) {
            workbook.revert(); // closes a read-only package without trying to save it
        }
    }
}
