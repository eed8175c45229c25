package org.nafitha.io.internal.shp;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.nafitha.io.ImportException;

/**
 * The character encoding of a .dbf's text: named by the .cpg beside it (an empty .cpg counts as none), else by the
 * .dbf's language driver byte when that names one code page, else UTF-8. Nothing is guessed: text that does not decode in the encoding is an error.
 *
 * @param charset the encoding
 * @param source where it comes from, for messages, e.g. "the .cpg"
 */
record DbfEncoding(Charset charset, String source) {

    /** dBase language driver ids that name one code page. 0x57 ("ANSI", the writer's code page) names none. */
    private static final Map<Integer, String> LANGUAGE_DRIVERS = Map.ofEntries(
            Map.entry(0x01, "IBM437"), Map.entry(0x02, "IBM850"), Map.entry(0x03, "windows-1252"),
            Map.entry(0x08, "IBM865"), Map.entry(0x09, "IBM437"), Map.entry(0x0A, "IBM850"),
            Map.entry(0x0B, "IBM437"), Map.entry(0x0D, "IBM437"), Map.entry(0x0E, "IBM850"),
            Map.entry(0x0F, "IBM437"), Map.entry(0x10, "IBM850"), Map.entry(0x11, "IBM437"),
            Map.entry(0x12, "IBM850"), Map.entry(0x13, "Shift_JIS"), Map.entry(0x14, "IBM850"),
            Map.entry(0x15, "IBM437"), Map.entry(0x16, "IBM850"), Map.entry(0x17, "IBM865"),
            Map.entry(0x18, "IBM437"), Map.entry(0x19, "IBM437"), Map.entry(0x1A, "IBM850"),
            Map.entry(0x1B, "IBM437"), Map.entry(0x1C, "IBM863"), Map.entry(0x1D, "IBM850"),
            Map.entry(0x1F, "IBM852"), Map.entry(0x22, "IBM852"), Map.entry(0x23, "IBM852"),
            Map.entry(0x24, "IBM860"), Map.entry(0x25, "IBM850"), Map.entry(0x26, "IBM866"),
            Map.entry(0x37, "IBM850"), Map.entry(0x40, "IBM852"), Map.entry(0x4D, "GBK"),
            Map.entry(0x4E, "x-windows-949"), Map.entry(0x4F, "Big5"), Map.entry(0x50, "x-IBM874"),
            Map.entry(0x58, "windows-1252"), Map.entry(0x59, "windows-1252"), Map.entry(0x64, "IBM852"),
            Map.entry(0x65, "IBM866"), Map.entry(0x66, "IBM865"), Map.entry(0x67, "IBM861"),
            Map.entry(0x6A, "x-IBM737"), Map.entry(0x6B, "IBM857"), Map.entry(0x78, "Big5"),
            Map.entry(0x79, "x-windows-949"), Map.entry(0x7A, "GBK"), Map.entry(0x7B, "Shift_JIS"),
            Map.entry(0x7C, "x-windows-874"), Map.entry(0x7D, "windows-1255"), Map.entry(0x7E, "windows-1256"),
            Map.entry(0x86, "x-IBM737"), Map.entry(0x87, "IBM852"), Map.entry(0x88, "IBM857"),
            Map.entry(0xC8, "windows-1250"), Map.entry(0xC9, "windows-1251"),
            Map.entry(0xCA, "windows-1254"), Map.entry(0xCB, "windows-1253"), Map.entry(0xCC, "windows-1257"));

    /**
     * The encoding of a .dbf.
     *
     * @param cpg the .cpg beside it, or null
     * @param languageDriver byte 29 of the .dbf header
     */
    static DbfEncoding resolve(Path cpg, int languageDriver) throws ImportException {
        if (cpg != null) {
            String text;
            try {
                text = new String(Files.readAllBytes(cpg), StandardCharsets.ISO_8859_1).trim();
            } catch (IOException e) {
                throw ShpReader.unreadable(cpg, null, e);
            }
            Charset charset = text.isEmpty() ? null : fromCpg(text);
            if (charset == null && !text.isEmpty()) {
                throw ImportException.of(cpg, null, null,
                        "a .cpg naming a known encoding, such as UTF-8, 1252, ISO-8859-1 or 1256", text);
            }
            if (charset != null) {
                return new DbfEncoding(charset, "the .cpg");
            }
        }
        String name = LANGUAGE_DRIVERS.get(languageDriver);
        if (name != null && Charset.isSupported(name)) {
            return new DbfEncoding(Charset.forName(name), "the .dbf's language driver");
        }
        return new DbfEncoding(StandardCharsets.UTF_8, "the default, as there is no .cpg");
    }

    /** The encoding a .cpg names ("UTF-8", "1252", "ANSI 1256", "ISO-8859-1", ...), or null when unknown. */
    static Charset fromCpg(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT);
        if (name.startsWith("\uFEFF")) {
            name = name.substring(1).trim();
        }
        if (name.startsWith("ANSI ")) {
            name = name.substring(5).trim();
        }
        switch (name) {
            case "UTF-8":
            case "UTF8":
            case "65001":
                return StandardCharsets.UTF_8;
            case "ISO-8859-1":
            case "ISO8859-1":
            case "ISO88591":
            case "8859-1":
            case "88591":
            case "LATIN1":
                return StandardCharsets.ISO_8859_1;
            case "ARABIC":
                return charset("windows-1256");
            default:
                break;
        }
        if (name.matches("(CP|WINDOWS-)?12[5-8][0-9]")) {
            return charset("windows-" + name.replaceAll("\\D", ""));
        }
        if (name.matches("(ISO-?)?8859-?[0-9]{1,2}")) {
            return charset("ISO-8859-" + name.replaceFirst("^(ISO-?)?8859-?", ""));
        }
        if (name.matches("(CP|IBM)?[0-9]{3}")) {
            return charset("IBM" + name.replaceAll("\\D", ""));
        }
        return charset(text.trim());
    }

    private static Charset charset(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** For messages: "UTF-8 (from the .cpg)". */
    String describe() {
        return charset.name() + " (" + source + ")";
    }
}
