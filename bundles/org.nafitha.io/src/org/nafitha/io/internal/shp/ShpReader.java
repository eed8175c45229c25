package org.nafitha.io.internal.shp;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nafitha.io.ImportException;

/**
 * Reads the records of a .shp file one at a time. The header is checked when the file is opened (file code, declared
 * length against the real size, shape type), so that a file of junk fails after reading 100 bytes; each record's
 * length is checked against what is left of the file before its content is read.
 */
final class ShpReader implements Closeable {

    /** The largest record content read into memory: 256 MiB, some 16 million points. */
    static final long MAX_RECORD_BYTES = 256L << 20;

    private final Path file;
    private final long size;
    private final ShapeType shapeType;
    private final InputStream in;
    private final byte[] recordHeader = new byte[8];
    private long position;

    private ShpReader(Path file, long size, ShapeType shapeType, InputStream in) {
        this.file = file;
        this.size = size;
        this.shapeType = shapeType;
        this.in = in;
        this.position = ShpHeader.LENGTH;
    }

    /** Opens a .shp and checks its header. */
    static ShpReader open(Path file) throws ImportException {
        InputStream in = null;
        try {
            long size = Files.size(file);
            if (size < ShpHeader.LENGTH) {
                throw ImportException.of(file, "header", null, "a .shp file of at least 100 bytes (its header)",
                        size + " bytes");
            }
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            byte[] header = in.readNBytes(ShpHeader.LENGTH);
            if (header.length < ShpHeader.LENGTH) {
                throw ImportException.of(file, "header", null, "a .shp file of at least 100 bytes (its header)",
                        header.length + " bytes");
            }
            int code = ShpHeader.fileCode(header);
            if (code != ShpHeader.FILE_CODE) {
                throw ImportException.of(file, "header", null, "a shapefile starting with the file code 9994",
                        describeCode(header));
            }
            long declared = ShpHeader.declaredLength(header);
            if (declared != size) {
                String expected = declared > size
                        ? "a file of " + declared + " bytes as its header says, but only " + size
                                + " bytes are present (the file is truncated)"
                        : "a file of " + declared + " bytes as its header says, but " + size + " bytes are present";
                throw ImportException.of(file, "header", null, expected, null);
            }
            ShapeType type = ShapeType.of(ShpHeader.shapeType(header));
            if (type == null) {
                throw ImportException.of(file, "header", null, ShapeType.KNOWN_CODES,
                        ShapeType.describeUnknown(ShpHeader.shapeType(header)));
            }
            ShpReader reader = new ShpReader(file, size, type, in);
            in = null;
            return reader;
        } catch (IOException e) {
            throw unreadable(file, "header", e);
        } finally {
            closeQuietly(in);
        }
    }

    /**
     * The number of records a .shx index lists, or -1 when the file is not a well-formed index (an index is optional
     * and only used to check the .dbf early).
     */
    static long indexedRecordCount(Path shx) {
        try (InputStream in = Files.newInputStream(shx)) {
            long size = Files.size(shx);
            byte[] header = in.readNBytes(ShpHeader.LENGTH);
            if (header.length < ShpHeader.LENGTH || ShpHeader.fileCode(header) != ShpHeader.FILE_CODE
                    || ShpHeader.declaredLength(header) != size || (size - ShpHeader.LENGTH) % 8 != 0) {
                return -1;
            }
            return (size - ShpHeader.LENGTH) / 8;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The shape type the header declares. */
    ShapeType shapeType() {
        return shapeType;
    }

    /**
     * The content of the next record (shape type and shape), or null at the end of the file.
     *
     * @param recordNumber the 1-based number of the record, for messages
     */
    byte[] next(long recordNumber) throws ImportException {
        String location = "record " + recordNumber;
        long remaining = size - position;
        if (remaining <= 0) {
            return null;
        }
        try {
            if (remaining < recordHeader.length) {
                throw ImportException.of(file, location, null,
                        "an 8-byte record header, the file ends after " + remaining + " bytes", null);
            }
            readFully(recordHeader, location);
            position += recordHeader.length;
            remaining -= recordHeader.length;
            int words = ByteBuffer.wrap(recordHeader, 4, 4).order(ByteOrder.BIG_ENDIAN).getInt();
            if (words < 2) {
                throw ImportException.of(file, location, null,
                        "a content length of at least 2 words (the 4-byte shape type)", String.valueOf(words));
            }
            long length = 2L * words;
            if (length > remaining) {
                throw ImportException.of(file, location, null,
                        length + " bytes of content, the file ends after " + remaining, null);
            }
            if (length > MAX_RECORD_BYTES) {
                throw ImportException.of(file, location, null, "a record of at most " + (MAX_RECORD_BYTES >> 20)
                        + " MiB", (length >> 20) + " MiB");
            }
            byte[] content = new byte[(int) length];
            readFully(content, location);
            position += length;
            return content;
        } catch (IOException e) {
            throw unreadable(file, location, e);
        }
    }

    private void readFully(byte[] target, String location) throws IOException, ImportException {
        int read = in.readNBytes(target, 0, target.length);
        if (read < target.length) {
            // The size was checked when opening: the file shrank while being read.
            throw ImportException.of(file, location, null, target.length + " bytes, the file ends after " + read,
                    null);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static String describeCode(byte[] header) {
        StringBuilder text = new StringBuilder().append(ShpHeader.fileCode(header)).append(" (bytes");
        for (int i = 0; i < 4; i++) {
            text.append(' ').append(String.format("%02X", header[i] & 0xFF));
        }
        return text.append(')').toString();
    }

    static ImportException unreadable(Path file, String location, IOException e) {
        return new ImportException(String.valueOf(file.getFileName()), location, null, "a readable file",
                String.valueOf(e.getMessage()), e);
    }

    static void closeQuietly(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }
}
