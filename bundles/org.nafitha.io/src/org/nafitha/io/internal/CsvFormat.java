package org.nafitha.io.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.nafitha.io.Feature;
import org.nafitha.io.FeatureReader;
import org.nafitha.io.FeatureWriter;
import org.nafitha.io.Format;
import org.nafitha.io.ImportException;
import org.nafitha.io.Schema;
import org.nafitha.model.file.OutputFiles;

/**
 * Comma-separated values in UTF-8 (RFC 4180 quoting; a byte order mark is skipped; ';' or tab separators are
 * recognised from the header). Lines starting with '#' before the header are comments. Values are text: the
 * importer types them by field. Coordinates are columns (lat/lon, x/y) or a WKT column, chosen by header.
 */
public final class CsvFormat implements Format {

    /** The longest line accepted: a longer one is not a table a planner wrote. */
    static final int MAX_LINE_BYTES = 1 << 20;

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String name() {
        return "CSV (UTF-8)";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv", "tsv", "txt");
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public FeatureReader open(Path file) throws ImportException {
        try {
            return new Reader(file);
        } catch (NoSuchFileException e) {
            throw ImportException.of(file, null, null, "an existing file", e.getFile());
        } catch (IOException e) {
            throw ImportException.of(file, null, null, "a readable file", OutputFiles.reason(e));
        }
    }

    @Override
    public FeatureWriter create(Path file, Schema schema) throws IOException {
        return new Writer(file, schema);
    }

    private static final class Reader implements FeatureReader {

        private final Path file;
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private boolean eof;
        private long lineNumber;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private byte[] line = new byte[1024];
        private int lineLength;
        private char separator = ',';
        private final List<String> fields;

        Reader(Path file) throws IOException, ImportException {
            this.file = file;
            this.in = Files.newInputStream(file);
            boolean ok = false;
            try {
                fields = readHeader();
                ok = true;
            } finally {
                if (!ok) {
                    in.close();
                }
            }
        }

        private List<String> readHeader() throws IOException, ImportException {
            fill();
            if (limit == 0) {
                throw ImportException.of(file, null, null, "a header line naming the columns", "an empty file");
            }
            if (limit >= 2 && (buffer[0] == (byte) 0xFE && buffer[1] == (byte) 0xFF || buffer[0] == (byte) 0xFF && buffer[1] == (byte) 0xFE)) {
                throw ImportException.of(file, "line 1", null, "UTF-8 text", "a UTF-16 byte order mark (save the file as UTF-8)");
            }
            if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
                position = 3;
            }
            String header;
            while (true) {
                header = nextLineText();
                if (header == null) {
                    throw ImportException.of(file, null, null, "a header line naming the columns", "only comments or blank lines");
                }
                if (!header.isBlank() && !header.startsWith("#")) {
                    break;
                }
            }
            if (header.indexOf(',') < 0) {
                if (header.indexOf(';') >= 0) {
                    separator = ';';
                } else if (header.indexOf('\t') >= 0) {
                    separator = '\t';
                }
            }
            List<String> names = split(header);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).trim();
                if (name.isEmpty()) {
                    throw ImportException.of(file, "line " + lineNumber, "column " + (i + 1), "a column name in the header", "an empty name");
                }
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    throw ImportException.of(file, "line " + lineNumber, name, "each column named once in the header", "a second column '" + name + "'");
                }
                names.set(i, name);
            }
            return List.copyOf(names);
        }

        @Override
        public List<String> fields() {
            return fields;
        }

        @Override
        public String declaredCrs() {
            return null;
        }

        @Override
        public Feature next() throws ImportException {
            try {
                String text;
                do {
                    text = nextLineText();
                    if (text == null) {
                        return null;
                    }
                } while (text.isEmpty());
                long start = lineNumber;
                List<String> values = split(text);
                while (values == null) { // a quoted value runs on to the next line
                    String more = nextLineText();
                    if (more == null) {
                        throw ImportException.of(file, "line " + start, null, "a closing quote before the end of the file", "an open quote");
                    }
                    text = text + "\n" + more;
                    values = split(text);
                }
                String location = "line " + start;
                if (values.size() != fields.size()) {
                    throw ImportException.of(file, location, null, fields.size() + " values as in the header", values.size() + " values");
                }
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    String value = values.get(i).trim();
                    attributes.put(fields.get(i), value.isEmpty() ? null : value);
                }
                return new Feature(location, null, attributes);
            } catch (IOException e) {
                throw ImportException.of(file, "line " + (lineNumber + 1), null, "a readable file", OutputFiles.reason(e));
            }
        }

        /** Splits one record; null when a quoted value is still open at the end of the text. */
        private List<String> split(String text) {
            List<String> values = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            value.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        value.append(c);
                    }
                } else if (c == separator) {
                    values.add(value.toString());
                    value.setLength(0);
                    wasQuoted = false;
                } else if (c == '"' && value.toString().isBlank() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                    value.setLength(0);
                } else {
                    value.append(c);
                }
            }
            if (quoted) {
                return null;
            }
            values.add(value.toString());
            return values;
        }

        /** The next line decoded strictly as UTF-8, without its line end; null at the end of the file. */
        private String nextLineText() throws IOException, ImportException {
            lineLength = 0;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    if (eof) {
                        break;
                    }
                    fill();
                    if (limit == 0) {
                        break;
                    }
                }
                any = true;
                byte b = buffer[position++];
                if (b == '\n') {
                    break;
                }
                if (b == 0) {
                    throw ImportException.of(file, "line " + (lineNumber + 1), null, "UTF-8 text", "a NUL byte (binary data, not a CSV file)");
                }
                if (lineLength == line.length) {
                    if (line.length >= MAX_LINE_BYTES) {
                        throw ImportException.of(file, "line " + (lineNumber + 1), null,
                                "lines of at most " + (MAX_LINE_BYTES >> 20) + " MiB", "a longer line (is this a CSV file?)");
                    }
                    line = Arrays.copyOf(line, line.length * 2);
                }
                line[lineLength++] = b;
            }
            if (!any) {
                return null;
            }
            lineNumber++;
            int length = lineLength;
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            if (isAscii(line, length)) {
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            try {
                CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(line, 0, length));
                return chars.toString();
            } catch (CharacterCodingException e) {
                throw ImportException.of(file, "line " + lineNumber, null, "UTF-8 text (save the file as UTF-8)",
                        "bytes that are not UTF-8");
            }
        }

        private static boolean isAscii(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                if (bytes[i] < 0) {
                    return false;
                }
            }
            return true;
        }

        private void fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            position = 0;
            if (n < 0) {
                limit = 0;
                eof = true;
            } else {
                limit = n;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class Writer implements FeatureWriter {

        private final Path target;
        private final Path temporary;
        private final Schema schema;
        private final java.io.Writer out;
        private final boolean point;

        Writer(Path target, Schema schema) throws IOException {
            this.target = target;
            this.schema = schema;
            this.temporary = StagedFiles.beside(target);
            OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
            this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            this.point = "Point".equals(schema.geometryType());
            List<String> header = new ArrayList<>(schema.fields().keySet());
            if (point) {
                header.add("lat");
                header.add("lon");
            } else if (schema.geometryType() != null) {
                header.add("wkt");
            }
            writeRow(header);
        }

        private void writeRow(List<String> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                String value = values.get(i);
                if (value == null) {
                    continue;
                }
                if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(value.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(value);
                }
            }
            out.write('\n');
        }

        @Override
        public void write(Feature feature) throws IOException {
            List<String> values = new ArrayList<>();
            for (String field : schema.fields().keySet()) {
                Object value = feature.get(field);
                values.add(value == null ? null : value.toString());
            }
            Geometry geometry = feature.geometry();
            if (point) {
                Point p = (Point) geometry;
                values.add(p == null ? null : Double.toString(p.getY()));
                values.add(p == null ? null : Double.toString(p.getX()));
            } else if (schema.geometryType() != null) {
                values.add(geometry == null ? null : geometry.toText());
            }
            writeRow(values);
        }

        @Override
        public void close() throws IOException {
            out.close();
            StagedFiles.moveIntoPlace(temporary, target);
        }

        @Override
        public void abort() {
            try {
                out.close();
            } catch (IOException ignored) {
                // the temporary file goes anyway
            }
            StagedFiles.discard(temporary);
        }
    }
}
