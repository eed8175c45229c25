package org.nafitha.io.internal.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.nafitha.io.ImportException;

/**
 * Says, in words a user can act on, why a file is not a workbook this reader can open: it looks at the file's first
 * bytes before POI is given the file, and turns what POI throws into an {@link ImportException}. Every message starts
 * "expected an Excel workbook (.xlsx)".
 */
final class Diagnosis {

    /** What every file-level message says was expected. */
    static final String WORKBOOK = "an Excel workbook (.xlsx)";

    private static final int HEAD = 512;

    private Diagnosis() {
    }

    /**
     * Throws unless the file starts and ends like a zip archive, naming what it looks like instead: an empty file, an
     * old .xls workbook or an encrypted one, a text file (quoting its first line), a truncated zip, or other bytes.
     */
    static void checkLooksLikeZip(Path file) throws ImportException, IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (head.length == 0) {
            throw ImportException.of(file, null, null, WORKBOOK, "an empty file");
        }
        FileMagic magic = FileMagic.valueOf(head);
        switch (magic) {
            case OOXML:
                if (!endsLikeZip(file)) {
                    throw ImportException.of(file, null, null, WORKBOOK,
                            "an incomplete zip archive (its end is missing)");
                }
                return;
            case OLE2:
                throw ImportException.of(file, null, null, WORKBOOK,
                        "an Excel 97-2003 workbook (.xls) or a password-protected workbook; save it as .xlsx");
            case BIFF2, BIFF3, BIFF4:
                throw ImportException.of(file, null, null, WORKBOOK, "an Excel 2.x-4.x worksheet; save it as .xlsx");
            case XML:
                throw ImportException.of(file, null, null, WORKBOOK,
                        "XML, perhaps an Excel 2003 XML spreadsheet");
            case HTML:
                throw ImportException.of(file, null, null, WORKBOOK, "an HTML page saved with a spreadsheet's name");
            case UNKNOWN:
                break;
            default:
                throw ImportException.of(file, null, null, WORKBOOK,
                        "a " + magic.name().toLowerCase(Locale.ROOT) + " file");
        }
        String line = firstLineOfText(head);
        if (line != null) {
            throw ImportException.of(file, null, null, WORKBOOK, "a text file: " + line);
        }
        throw ImportException.of(file, null, null, WORKBOOK, "bytes " + hex(Arrays.copyOf(head, Math.min(8, head.length))));
    }

    /**
     * Whether the file ends with a zip archive's "end of central directory" record, which lies in the last 65,557
     * bytes (22 bytes of record and up to 65,535 of comment). A truncated archive has lost it.
     */
    private static boolean endsLikeZip(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer buffer = ByteBuffer.allocate(tail);
            channel.position(size - tail);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read the whole tail
            }
            byte[] bytes = buffer.array();
            for (int i = tail - 22; i >= 0; i--) {
                if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The failure POI or the XML parser reported while opening or reading the file, as an ImportException: a likely
     * zip bomb (POI's {@code ZipSecureFile} limits) whatever the caller expected, otherwise what the caller expected
     * and what the innermost cause says.
     *
     * @param location where in the file, e.g. "sheet 'Data'", or null for the file as a whole
     * @param expected what a valid file holds there, e.g. "an Excel workbook (.xlsx) that can be read"
     */
    static ImportException of(Path file, String location, String expected, Throwable failure) {
        String bomb = zipBomb(failure);
        String name = String.valueOf(file.getFileName());
        if (bomb != null) {
            return new ImportException(name, location, null,
                    WORKBOOK + " whose parts expand within safe limits (not a zip bomb)", bomb,
                    failure);
        }
        return new ImportException(name, location, null, expected, innermostMessage(failure), failure);
    }

    /** Whether POI's zip bomb guard ({@code ZipSecureFile}'s limits) caused the failure. */
    static boolean isZipBomb(Throwable failure) {
        return zipBomb(failure) != null;
    }

    /** What POI's zip bomb guard stopped at, e.g. "xl/worksheets/sheet1.xml expands too much", or null. */
    private static String zipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            if (message.contains("Zip bomb detected!")) {
                int entry = message.lastIndexOf("Entry: ");
                if (entry < 0) {
                    return "a part that expands too much";
                }
                String rest = message.substring(entry + "Entry: ".length());
                int end = rest.indexOf('\n');
                return (end < 0 ? rest : rest.substring(0, end)).strip() + " expands too much";
            }
            if (message.contains("embeds more internal file entries than expected")) {
                return "too many parts";
            }
        }
        return null;
    }

    private static String innermostMessage(Throwable failure) {
        Throwable innermost = failure;
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            innermost = t;
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return innermost.getClass().getSimpleName();
        }
        int parserMessage = message.indexOf("\nMessage: "); // javax.xml.stream puts the position first
        if (parserMessage >= 0) {
            message = message.substring(parserMessage + "\nMessage: ".length());
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** The first line if the bytes read as UTF-8 text without control characters, else null. */
    private static String firstLineOfText(byte[] head) {
        String text = null;
        // the head may end inside a multi-byte character: allow for up to three bytes of it being cut off
        int shortest = head.length == HEAD ? HEAD - 3 : head.length;
        for (int length = head.length; text == null && length >= shortest; length--) {
            text = utf8(head, length);
        }
        if (text == null) {
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return null;
            }
        }
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).strip();
        return line.isEmpty() ? null : line;
    }

    private static String utf8(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(String.format("%02X", b & 0xFF));
        }
        return text.toString();
    }
}
