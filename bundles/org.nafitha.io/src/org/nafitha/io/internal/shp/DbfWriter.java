package org.nafitha.io.internal.shp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nafitha.io.Schema;

/**
 * Writes a dBase III table (.dbf) in UTF-8. Field widths are fitted to the values: the records are first spooled to a
 * scratch file while the widest value of each field is noted, and the table is written from the spool at the end, so
 * that memory stays small whatever the number of records.
 *
 * <p>Types: STRING is C, as wide as its longest value in UTF-8 bytes (1 to 254; longer text is refused, never cut:
 * the dBase format cannot hold it); INTEGER is N with no decimals, 18 digits wide (up to 20 when a value needs it); REAL is N with as many
 * decimals as the values need (1 to 15) and the width that holds them; BOOLEAN is L. Null is written as blanks
 * ("?" for L).
 */
final class DbfWriter implements Closeable {

    /** The widest C field. */
    static final int MAX_TEXT = 254;
    private static final int MAX_NAME_BYTES = 10;
    private static final int MAX_DECIMALS = 15;
    private static final double MAX_REAL = 1e100;

    private final List<Column> columns = new ArrayList<>();
    private final Path spool;
    private final DataOutputStream out;
    private long records;

    /**
     * @param fields the schema's fields
     * @param spool a scratch file, deleted by {@link #close()}
     */
    DbfWriter(Map<String, Schema.Type> fields, Path spool) throws IOException {
        List<String> names = fieldNames(new ArrayList<>(fields.keySet()));
        int i = 0;
        for (Map.Entry<String, Schema.Type> field : fields.entrySet()) {
            columns.add(new Column(field.getKey(), names.get(i++), field.getValue()));
        }
        this.spool = spool;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16));
    }

    /** The .dbf field names, in the schema's order. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (Column column : columns) {
            names.add(column.dbfName);
        }
        return names;
    }

    /**
     * Unique .dbf field names for these names: each cut to 10 UTF-8 bytes at a character boundary, and a name that
     * clashes (case-insensitively) with an earlier one ends in "_1", "_2"... instead.
     */
    static List<String> fieldNames(List<String> names) {
        List<String> result = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            String clean = name == null ? "" : name.replaceAll("[\\p{Cntrl}]", "_").trim();
            if (clean.isEmpty()) {
                clean = "FIELD";
            }
            String candidate = cut(clean, MAX_NAME_BYTES);
            for (int n = 1; taken.contains(candidate.toUpperCase(Locale.ROOT)); n++) {
                String suffix = "_" + n;
                candidate = cut(clean, MAX_NAME_BYTES - suffix.length()) + suffix;
            }
            taken.add(candidate.toUpperCase(Locale.ROOT));
            result.add(candidate);
        }
        return result;
    }

    /**
     * One record's values, looked up by the schema's field names and checked against the fields' types.
     *
     * @throws IllegalArgumentException when a value does not fit its field's type
     */
    Object[] convert(Map<String, Object> attributes) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).convert(attributes.get(columns.get(i).schemaName));
        }
        return values;
    }

    /** Spools one record's values, as {@link #convert(Map)} gave them. */
    void write(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            columns.get(i).spool(out, values[i]);
        }
        records++;
    }

    /** Writes the .dbf from the spool. */
    void finish(Path dbf) throws IOException {
        out.close();
        for (Column column : columns) {
            column.fit();
        }
        int recordLength = 1;
        for (Column column : columns) {
            recordLength += column.width;
        }
        if (recordLength > 0xFFFF) {
            throw new IOException("the fields take " + recordLength + " bytes a record; a .dbf allows 65535");
        }
        if (records > 0xFFFFFFFFL) {
            throw new IOException("too many records for a .dbf: " + records);
        }
        int headerLength = 32 + 32 * columns.size() + 1;
        try (OutputStream target = new BufferedOutputStream(Files.newOutputStream(dbf), 1 << 16);
                DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 16))) {
            target.write(header(headerLength, recordLength));
            byte[] record = new byte[recordLength];
            for (long r = 0; r < records; r++) {
                Arrays.fill(record, (byte) ' ');
                int at = 1;
                for (Column column : columns) {
                    column.unspool(in, record, at);
                    at += column.width;
                }
                target.write(record);
            }
            target.write(0x1A);
        }
    }

    private byte[] header(int headerLength, int recordLength) {
        ByteBuffer header = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now();
        header.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue())
                .put((byte) today.getDayOfMonth());
        header.putInt((int) records).putShort((short) headerLength).putShort((short) recordLength);
        // bytes 12..31 reserved; 29, the language driver, stays 0: the .cpg names the encoding
        header.position(32);
        for (Column column : columns) {
            byte[] name = Arrays.copyOf(column.dbfName.getBytes(StandardCharsets.UTF_8), 11);
            header.put(name).put((byte) column.letter).putInt(0).put((byte) column.width).put((byte) column.decimals);
            header.put(new byte[14]);
        }
        header.put((byte) 0x0D);
        return header.array();
    }

    /** Closes and deletes the spool. */
    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** The UTF-8 bytes of a text, cut to at most {@code max} bytes without splitting a character. */
    static String cut(String text, int max) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= max) {
            return text;
        }
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > max) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    /** One field: its names, type and, once the records are spooled, its fitted width. */
    private static final class Column {
        final String schemaName;
        final String dbfName;
        final Schema.Type type;
        final char letter;
        int width;
        int decimals;
        // widest value seen: text bytes, integer digits, real integer part and decimals
        int widest;
        int realIntegerPart;
        int realDecimals;

        Column(String schemaName, String dbfName, Schema.Type type) {
            this.schemaName = schemaName;
            this.dbfName = dbfName;
            this.type = type;
            this.letter = type == Schema.Type.STRING ? 'C' : type == Schema.Type.BOOLEAN ? 'L' : 'N';
        }

        /**
         * The value in the form the column spools: UTF-8 bytes, Long, finite Double or Boolean; null for none.
         *
         * @throws IllegalArgumentException when the value does not fit the column's type
         */
        Object convert(Object value) {
            switch (type) {
                case STRING:
                    if (value == null) {
                        return null;
                    }
                    byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
                    if (bytes.length > MAX_TEXT) {
                        throw new IllegalArgumentException("a text of " + bytes.length + " bytes: a Shapefile (.dbf) text field holds at most "
                                + MAX_TEXT + " bytes (use GeoPackage, GeoJSON, XLSX or CSV for longer text)");
                    }
                    return bytes;
                case INTEGER:
                    return integer(value);
                case REAL:
                    Double real = real(value);
                    return real == null || !Double.isFinite(real) ? null : real; // NaN has no dBase form: null
                case BOOLEAN:
                    return logical(value);
                default:
                    throw new IllegalStateException(type.toString());
            }
        }

        void spool(DataOutputStream out, Object value) throws IOException {
            if (value == null) {
                out.writeByte(0);
                return;
            }
            switch (type) {
                case STRING:
                    byte[] bytes = (byte[]) value;
                    widest = Math.max(widest, bytes.length);
                    out.writeByte(1);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                    break;
                case INTEGER:
                    long integer = (Long) value;
                    widest = Math.max(widest, Long.toString(integer).length());
                    out.writeByte(1);
                    out.writeLong(integer);
                    break;
                case REAL:
                    double real = (Double) value;
                    // the shortest decimal that reads back as the same double, to at most 15 decimals
                    BigDecimal decimal = BigDecimal.valueOf(real).setScale(MAX_DECIMALS, RoundingMode.HALF_EVEN)
                            .stripTrailingZeros();
                    String integerPart = decimal.setScale(0, RoundingMode.DOWN).abs().toPlainString();
                    int sign = decimal.signum() < 0 ? 1 : 0;
                    realIntegerPart = Math.max(realIntegerPart, sign + integerPart.length());
                    realDecimals = Math.max(realDecimals, Math.max(0, decimal.scale()));
                    out.writeByte(1);
                    out.writeDouble(real);
                    break;
                case BOOLEAN:
                    out.writeByte((Boolean) value ? 1 : 2);
                    break;
                default:
                    throw new IllegalStateException(type.toString());
            }
        }

        void fit() {
            switch (type) {
                case STRING:
                    width = Math.max(1, widest);
                    decimals = 0;
                    break;
                case INTEGER:
                    width = Math.max(18, widest);
                    decimals = 0;
                    break;
                case REAL:
                    // At least one decimal, so that the values read back as reals
                    decimals = Math.min(MAX_DECIMALS, Math.max(1, realDecimals));
                    width = Math.max(1, realIntegerPart) + 1 + decimals;
                    break;
                case BOOLEAN:
                    width = 1;
                    decimals = 0;
                    break;
                default:
                    throw new IllegalStateException(type.toString());
            }
        }

        void unspool(DataInputStream in, byte[] record, int at) throws IOException {
            byte present = in.readByte();
            switch (type) {
                case STRING:
                    if (present != 0) {
                        byte[] bytes = new byte[in.readInt()];
                        in.readFully(bytes);
                        System.arraycopy(bytes, 0, record, at, bytes.length);
                    }
                    break;
                case INTEGER:
                    if (present != 0) {
                        rightAligned(Long.toString(in.readLong()), record, at);
                    }
                    break;
                case REAL:
                    if (present != 0) {
                        String text = BigDecimal.valueOf(in.readDouble()).setScale(decimals, RoundingMode.HALF_EVEN)
                                .toPlainString();
                        rightAligned(text, record, at);
                    }
                    break;
                case BOOLEAN:
                    record[at] = (byte) (present == 0 ? '?' : present == 1 ? 'T' : 'F');
                    break;
                default:
                    throw new IllegalStateException(type.toString());
            }
        }

        private void rightAligned(String text, byte[] record, int at) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            if (bytes.length > width) {
                throw new IllegalStateException("'" + text + "' does not fit field '" + dbfName + "' of " + width);
            }
            System.arraycopy(bytes, 0, record, at + width - bytes.length, bytes.length);
        }

        private Long integer(Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                return ((Number) value).longValue();
            }
            if (value instanceof BigInteger && ((BigInteger) value).bitLength() < 64) {
                return ((BigInteger) value).longValue();
            }
            if (value instanceof Number) {
                double d = ((Number) value).doubleValue();
                if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
                    return (long) d;
                }
            }
            if (value instanceof String) {
                try {
                    return Long.parseLong(((String) value).trim());
                } catch (NumberFormatException e) {
                    // falls through to the error
                }
            }
            throw new IllegalArgumentException("field '" + schemaName + "': expected an integer, found '" + value + "'");
        }

        private Double real(Object value) {
            if (value == null) {
                return null;
            }
            double d;
            if (value instanceof Number) {
                d = ((Number) value).doubleValue();
            } else if (value instanceof String) {
                try {
                    d = Double.parseDouble(((String) value).trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("field '" + schemaName + "': expected a number, found '" + value + "'", e);
                }
            } else {
                throw new IllegalArgumentException("field '" + schemaName + "': expected a number, found '" + value + "'");
            }
            if (Math.abs(d) >= MAX_REAL) {
                throw new IllegalArgumentException("field '" + schemaName + "': expected a number below 1e100 for a .dbf, found " + d);
            }
            return d;
        }

        private Boolean logical(Object value) {
            if (value == null || value instanceof Boolean) {
                return (Boolean) value;
            }
            if (value instanceof String) {
                String text = ((String) value).trim().toLowerCase(Locale.ROOT);
                if (text.equals("true")) {
                    return Boolean.TRUE;
                }
                if (text.equals("false")) {
                    return Boolean.FALSE;
                }
            }
            throw new IllegalArgumentException("field '" + schemaName + "': expected true or false, found '" + value + "'");
        }
    }
}
