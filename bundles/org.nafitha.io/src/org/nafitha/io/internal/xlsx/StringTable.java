package org.nafitha.io.internal.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The workbook's shared strings ({@code xl/sharedStrings.xml}), where Excel keeps the text of text cells: read once
 * with a StAX parser from POI's {@link XMLHelper} (no DTD, no external entities, and any DOCTYPE refused) into a
 * plain list, so that looking a string up costs nothing. Rich text is reduced to its characters; phonetic guides are
 * left out.
 */
final class StringTable {

    private static final StringTable EMPTY = new StringTable(List.of());

    private final List<String> strings;

    private StringTable(List<String> strings) {
        this.strings = strings;
    }

    /** The package's shared strings, or an empty table when it has none (a workbook of numbers only). */
    static StringTable read(OPCPackage workbook) throws IOException, XMLStreamException, ContentException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return EMPTY;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                return new StringTable(readItems(xml));
            } finally {
                xml.close();
            }
        }
    }

    private static List<String> readItems(XMLStreamReader xml) throws XMLStreamException, ContentException {
        List<String> strings = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ContentException("shared strings XML without a document type declaration", "a DOCTYPE");
            }
            if (event == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                strings.add(XmlText.unescape(readRichText(xml)));
            }
        }
        return strings;
    }

    /**
     * The characters of a string item ({@code <si>}) or inline string ({@code <is>}) whose start tag was just read:
     * its {@code <t>}, or the {@code <t>} of each rich-text run ({@code <r>}). Reads up to the matching end tag.
     */
    static String readRichText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("t".equals(name)) {
                    text.append(xml.getElementText());
                } else if ("r".equals(name)) {
                    depth++;
                } else {
                    skipElement(xml); // run properties, phonetic runs and their properties
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return text.toString();
    }

    /** Skips the element whose start tag was just read, with everything in it. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    int size() {
        return strings.size();
    }

    /** The string at a zero-based index. */
    String get(int index) {
        return strings.get(index);
    }
}
