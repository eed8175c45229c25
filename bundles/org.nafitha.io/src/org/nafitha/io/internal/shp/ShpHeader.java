package org.nafitha.io.internal.shp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The 100-byte header shared by the .shp and the .shx: file code 9994 and file length in 16-bit words (big endian),
 * then version 1000, shape type and bounding box (little endian).
 */
final class ShpHeader {

    static final int LENGTH = 100;
    static final int FILE_CODE = 9994;
    static final int VERSION = 1000;

    private ShpHeader() {
    }

    /** The file code at the start of a header. */
    static int fileCode(byte[] header) {
        return ByteBuffer.wrap(header, 0, 4).order(ByteOrder.BIG_ENDIAN).getInt();
    }

    /** The file length the header declares, in bytes (the header stores 16-bit words, unsigned here). */
    static long declaredLength(byte[] header) {
        return 2L * Integer.toUnsignedLong(ByteBuffer.wrap(header, 24, 4).order(ByteOrder.BIG_ENDIAN).getInt());
    }

    /** The shape type code the header declares. */
    static int shapeType(byte[] header) {
        return ByteBuffer.wrap(header, 32, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    /**
     * A header for a file of {@code lengthBytes} bytes.
     *
     * @param box minX, minY, maxX, maxY
     */
    static byte[] create(long lengthBytes, int shapeType, double[] box) {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH);
        buffer.order(ByteOrder.BIG_ENDIAN).putInt(0, FILE_CODE).putInt(24, (int) (lengthBytes / 2));
        buffer.order(ByteOrder.LITTLE_ENDIAN).putInt(28, VERSION).putInt(32, shapeType);
        for (int i = 0; i < 4; i++) {
            buffer.putDouble(36 + 8 * i, box[i]);
        }
        // Z and M ranges (68..99) stay 0: Nafitha writes 2D shapes only.
        return buffer.array();
    }
}
