package org.nafitha.io.internal.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * Walks the rows of one worksheet part ({@code xl/worksheets/sheetN.xml}) one at a time with a StAX pull parser, so
 * a sheet of any length is read holding one row at a time, and {@link org.nafitha.io.FeatureReader#next()} can pull
 * rows as it is asked (a SAX handler would push the whole sheet at once). The parser comes from POI's
 * {@link XMLHelper}, which turns off DTD support and external entities; on top of that any document type declaration
 * is refused outright.
 * <p>
 * Elements are matched by local name. Cells come back raw (type attribute, style index, text of {@code <v>} or of an
 * inline string); {@link CellDecoder} types them.
 */
final class SheetCursor implements Closeable {

    /** Excel's last row number. */
    static final int MAX_ROW = 1_048_576;

    /** One {@code <c>} element: its zero-based column, its {@code t} and {@code s} attributes and its text. */
    record RawCell(int column, String type, int style, String text) {
    }

    /** One {@code <row>} element: its one-based number as Excel shows it, and its cells in file order. */
    record RawRow(int number, List<RawCell> cells) {
    }

    private final InputStream in;
    private final XMLStreamReader xml;
    private boolean inSheetData;
    private boolean finished;
    private int lastRow;

    SheetCursor(InputStream in) throws XMLStreamException {
        this.in = in;
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        this.xml = factory.createXMLStreamReader(in);
    }

    /** The next row element (which may hold no values), or null after the last one. */
    RawRow next() throws XMLStreamException, ContentException {
        if (finished) {
            return null;
        }
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                // a DOCTYPE can declare entities that pull in other files or expand without end: none is read
                throw new ContentException("sheet XML without a document type declaration", "a DOCTYPE");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (!inSheetData) {
                    inSheetData = "sheetData".equals(name);
                } else if ("row".equals(name)) {
                    return readRow();
                } else {
                    StringTable.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && inSheetData && "sheetData".equals(xml.getLocalName())) {
                break; // what follows the cells (merges, page setup, drawings) is of no interest
            }
        }
        finished = true;
        return null;
    }

    private RawRow readRow() throws XMLStreamException, ContentException {
        String r = xml.getAttributeValue(null, "r");
        int number = r == null ? lastRow + 1 : parseIndex(r, "a row number from 1 to " + MAX_ROW);
        if (number < 1 || number > MAX_ROW) {
            throw new ContentException("a row number from 1 to " + MAX_ROW, r);
        }
        lastRow = number;
        List<RawCell> cells = new ArrayList<>();
        int lastColumn = -1;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    RawCell cell = readCell(lastColumn);
                    cells.add(cell);
                    lastColumn = cell.column();
                } else {
                    StringTable.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return new RawRow(number, cells);
            }
        }
    }

    private RawCell readCell(int lastColumn) throws XMLStreamException, ContentException {
        String reference = xml.getAttributeValue(null, "r");
        int column = reference == null ? lastColumn + 1 : ColumnNames.columnOf(reference);
        if (column < 0 || column > ColumnNames.MAX_COLUMN) {
            throw new ContentException("a cell reference from A1 to XFD" + MAX_ROW, reference);
        }
        String type = xml.getAttributeValue(null, "t");
        String s = xml.getAttributeValue(null, "s");
        int style = s == null ? 0 : parseIndex(s, "a style index");
        String text = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    text = xml.getElementText();
                } else if ("is".equals(name)) {
                    text = StringTable.readRichText(xml);
                } else {
                    StringTable.skipElement(xml); // <f> (the formula itself: its cached value is in <v>), <extLst>
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return new RawCell(column, type, style, text);
            }
        }
    }

    private static int parseIndex(String text, String expected) throws ContentException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ContentException(expected, text);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        } finally {
            in.close();
        }
    }
}
