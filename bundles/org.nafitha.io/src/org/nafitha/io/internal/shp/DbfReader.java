package org.nafitha.io.internal.shp;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.nafitha.io.ImportException;

/**
 * Reads a dBase III/IV table (.dbf) record by record. The header is checked when the file is opened (version, field
 * descriptors, record length against the fields, file size against the record count); each value is checked as its
 * record is read.
 *
 * <p>Values: C gives a trimmed String; N and F a Long when the field has no decimals and the value is an integer that
 * fits, else a Double, and null when blank; L a Boolean (T/Y, F/N) or null ('?' or blank); D a String "yyyy-mm-dd" or
 * null when blank; I (Visual FoxPro integer) a Long. Text is decoded strictly in the {@link DbfEncoding}.
 */
final class DbfReader implements Closeable {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,19}");
    private static final String FIELD_TYPES = "C, N, F, L, D or I";

    private final Path file;
    private final List<DbfField> fields;
    private final List<String> names;
    private final long recordCount;
    private final int recordLength;
    private final DbfEncoding encoding;
    private final CharsetDecoder decoder;
    private final InputStream in;
    private final byte[] record;
    private long recordsRead;

    private DbfReader(Path file, List<DbfField> fields, long recordCount, int recordLength, DbfEncoding encoding,
            InputStream in) {
        this.file = file;
        this.fields = fields;
        List<String> fieldNames = new ArrayList<>();
        for (DbfField field : fields) {
            fieldNames.add(field.name());
        }
        this.names = Collections.unmodifiableList(fieldNames);
        this.recordCount = recordCount;
        this.recordLength = recordLength;
        this.encoding = encoding;
        this.decoder = newDecoder(encoding);
        this.in = in;
        this.record = new byte[recordLength];
    }

    /**
     * Opens a .dbf and checks its header.
     *
     * @param cpg the .cpg beside it, or null
     */
    static DbfReader open(Path file, Path cpg) throws ImportException {
        InputStream in = null;
        try {
            long size = Files.size(file);
            if (size < 32) {
                throw ImportException.of(file, "header", null, "a .dbf file of at least 32 bytes (its header)",
                        size + " bytes");
            }
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            byte[] start = in.readNBytes(32);
            ByteBuffer header = ByteBuffer.wrap(start).order(ByteOrder.LITTLE_ENDIAN);
            int version = start[0] & 0xFF;
            int level = version & 0x07;
            if (level != 3 && level != 4 && level != 5 && version != 0x30 && version != 0x31 && version != 0x32) {
                throw ImportException.of(file, "header", null, "a dBase III or IV table (version byte 03, 04 or 83)",
                        String.format("version byte %02X", version));
            }
            long recordCount = Integer.toUnsignedLong(header.getInt(4));
            int headerLength = header.getShort(8) & 0xFFFF;
            int recordLength = header.getShort(10) & 0xFFFF;
            int languageDriver = start[29] & 0xFF;
            if (headerLength < 33 || headerLength > size) {
                throw ImportException.of(file, "header", null,
                        "a header length between 33 and the file's " + size + " bytes", String.valueOf(headerLength));
            }
            DbfEncoding encoding = DbfEncoding.resolve(cpg, languageDriver);
            byte[] descriptors = in.readNBytes(headerLength - 32);
            List<DbfField> fields = fields(file, descriptors, encoding);
            int fieldsLength = 1;
            for (DbfField field : fields) {
                fieldsLength += field.width();
            }
            if (recordLength != fieldsLength) {
                throw ImportException.of(file, "header", null, "a record length of " + fieldsLength
                        + " bytes (the deletion flag and the fields' widths)", recordLength + " bytes");
            }
            long needed = headerLength + recordCount * recordLength;
            if (size < needed) {
                throw ImportException.of(file, "header", null, "a .dbf of " + needed + " bytes for its " + recordCount
                        + " records of " + recordLength + " bytes, but only " + size
                        + " bytes are present (the file is truncated)", null);
            }
            DbfReader reader = new DbfReader(file, fields, recordCount, recordLength, encoding, in);
            in = null;
            return reader;
        } catch (IOException e) {
            throw ShpReader.unreadable(file, "header", e);
        } finally {
            ShpReader.closeQuietly(in);
        }
    }

    private static List<DbfField> fields(Path file, byte[] descriptors, DbfEncoding encoding) throws ImportException {
        List<DbfField> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CharsetDecoder decoder = newDecoder(encoding);
        int offset = 1;
        for (int at = 0;; at += 32) {
            if (at >= descriptors.length) {
                throw ImportException.of(file, "header", null,
                        "field descriptors ending with the byte 0D within the header", "no end");
            }
            if (descriptors[at] == 0x0D) {
                break;
            }
            if (at + 32 > descriptors.length) {
                throw ImportException.of(file, "header", null,
                        "field descriptors of 32 bytes ending with the byte 0D within the header",
                        "a descriptor cut short");
            }
            int nameLength = 0;
            while (nameLength < 11 && descriptors[at + nameLength] != 0) {
                nameLength++;
            }
            String name;
            try {
                name = decoder.reset().decode(ByteBuffer.wrap(descriptors, at, nameLength)).toString().trim();
            } catch (CharacterCodingException e) {
                throw ImportException.of(file, "header", null, "field names in " + encoding.describe(),
                        hex(descriptors, at, nameLength));
            }
            if (name.isEmpty()) {
                name = "FIELD" + (fields.size() + 1);
            }
            String unique = name;
            for (int n = 2; !seen.add(unique.toUpperCase(Locale.ROOT)); n++) {
                unique = name + "_" + n; // a broken table repeats a name: keep both values
            }
            char type = Character.toUpperCase((char) (descriptors[at + 11] & 0xFF));
            int width = descriptors[at + 16] & 0xFF;
            int decimals = descriptors[at + 17] & 0xFF;
            if ("CNFLDI".indexOf(type) < 0) {
                throw ImportException.of(file, "header", unique, "a field of type " + FIELD_TYPES,
                        String.valueOf(type));
            }
            if (width == 0 || (type == 'I' && width != 4)) {
                throw ImportException.of(file, "header", unique,
                        type == 'I' ? "a width of 4 bytes for an I field" : "a field width of at least 1 byte",
                        String.valueOf(width));
            }
            fields.add(new DbfField(unique, type, width, decimals, offset));
            offset += width;
        }
        return fields;
    }

    /** The field names, in the file's order. */
    List<String> fieldNames() {
        return names;
    }

    /** The number of records the header declares, deleted ones included. */
    long recordCount() {
        return recordCount;
    }

    /** The number of records read so far. */
    long recordsRead() {
        return recordsRead;
    }

    boolean hasNext() {
        return recordsRead < recordCount;
    }

    /**
     * Reads the next record and returns its values by field name, or null when the record is marked deleted.
     *
     * @param recordNumber the 1-based record number, for messages
     */
    Map<String, Object> next(long recordNumber) throws ImportException {
        String location = "record " + recordNumber;
        try {
            int read = in.readNBytes(record, 0, recordLength);
            if (read < recordLength) {
                throw ImportException.of(file, location, null,
                        recordLength + " bytes of record, the file ends after " + read, null);
            }
        } catch (IOException e) {
            throw ShpReader.unreadable(file, location, e);
        }
        recordsRead++;
        if (record[0] == '*') {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (DbfField field : fields) {
            values.put(field.name(), value(field, location));
        }
        return values;
    }

    private Object value(DbfField field, String location) throws ImportException {
        int at = field.offset();
        int width = field.width();
        switch (field.type()) {
            case 'C':
                return text(field, location);
            case 'N':
            case 'F':
                return number(field, ascii(at, width), location);
            case 'L':
                return logical(field, ascii(at, width), location);
            case 'D':
                return date(field, ascii(at, width), location);
            case 'I':
                return (long) ByteBuffer.wrap(record, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            default:
                throw new IllegalStateException(String.valueOf(field.type()));
        }
    }

    private String text(DbfField field, String location) throws ImportException {
        ByteBuffer bytes = ByteBuffer.wrap(record, field.offset(), field.width());
        CharBuffer chars = CharBuffer.allocate((int) Math.ceil(field.width() * (double) decoder.maxCharsPerByte()));
        decoder.reset();
        // endOfInput false: a multi-byte character cut off by the field's width is left over, not an error.
        CoderResult result = decoder.decode(bytes, chars, false);
        if (result.isError()) {
            throw ImportException.of(file, location, field.name(), "text in " + encoding.describe()
                    + "; a .cpg file naming the encoding (e.g. 1256 for Arabic Windows) tells it otherwise",
                    hex(record, field.offset(), field.width()));
        }
        return chars.flip().toString().trim();
    }

    private Object number(DbfField field, String text, String location) throws ImportException {
        if (text.isEmpty() || text.chars().allMatch(c -> c == '*')) {
            return null; // blank, or the overflow mark of some writers
        }
        if (field.decimals() == 0 && INTEGER.matcher(text).matches()) {
            try {
                return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
            } catch (NumberFormatException tooLarge) {
                // falls through to a Double
            }
        }
        if (!NUMBER.matcher(text).matches()) {
            throw ImportException.of(file, location, field.name(), "a number", text);
        }
        return Double.parseDouble(text);
    }

    private Boolean logical(DbfField field, String text, String location) throws ImportException {
        if (text.isEmpty() || text.equals("?")) {
            return null;
        }
        switch (text.toUpperCase(Locale.ROOT)) {
            case "T":
            case "Y":
                return Boolean.TRUE;
            case "F":
            case "N":
                return Boolean.FALSE;
            default:
                throw ImportException.of(file, location, field.name(), "a logical value T, F, Y, N or ?", text);
        }
    }

    private String date(DbfField field, String text, String location) throws ImportException {
        if (text.isEmpty() || text.equals("00000000")) {
            return null;
        }
        if (text.length() == 8 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(text.substring(0, 4)),
                        Integer.parseInt(text.substring(4, 6)), Integer.parseInt(text.substring(6, 8)));
                return date.toString();
            } catch (DateTimeException e) {
                // falls through to the error
            }
        }
        throw ImportException.of(file, location, field.name(), "a date written yyyymmdd", text);
    }

    /** The bytes of a field as text, trimmed of spaces and NULs; numbers, dates and logicals are ASCII. */
    private String ascii(int at, int width) {
        return new String(record, at, width, StandardCharsets.ISO_8859_1).trim();
    }

    private static CharsetDecoder newDecoder(DbfEncoding encoding) {
        return encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String hex(byte[] bytes, int at, int length) {
        int end = at + length;
        while (end > at && (bytes[end - 1] == ' ' || bytes[end - 1] == 0)) {
            end--;
        }
        StringBuilder text = new StringBuilder("bytes");
        for (int i = at; i < Math.min(end, at + 16); i++) {
            text.append(' ').append(String.format("%02X", bytes[i] & 0xFF));
        }
        return end - at > 16 ? text.append(" ...").toString() : text.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
