package org.nafitha.card.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The TrueType fonts of the reports: one family with Arabic and Latin glyphs (DejaVu Sans), so Java2D shapes Arabic in
 * the charts and the map and openhtmltopdf embeds it in the PDF. Looked for in {@code $NAFITHA_FONT_DIR} first, then in
 * the usual font folders; Debian's {@code fonts-dejavu-core} puts it in {@code /usr/share/fonts/truetype/dejavu}.
 *
 * @param regular the regular face
 * @param bold the bold face (the regular one when there is no bold)
 */
public record ReportFonts(Path regular, Path bold) {

    /** The environment variable naming a folder with the fonts. */
    public static final String ENV = "NAFITHA_FONT_DIR";
    /** The family name the report's CSS uses. */
    public static final String FAMILY = "DejaVu Sans";
    public static final String REGULAR_FILE = "DejaVuSans.ttf";
    public static final String BOLD_FILE = "DejaVuSans-Bold.ttf";

    private static volatile ReportFonts found;

    /** The fonts, found once; fails naming the files and the folders looked in when there are none. */
    public static ReportFonts find() {
        ReportFonts f = found;
        if (f == null) {
            f = find(System.getenv(ENV), folders());
            found = f;
        }
        return f;
    }

    /** The fonts in {@code override} (when set) or else in {@code folders}, searched a few levels deep. */
    public static ReportFonts find(String override, List<Path> folders) {
        List<Path> where = new ArrayList<>();
        if (override != null && !override.isBlank()) {
            where.add(Path.of(override.trim()));
        }
        where.addAll(folders);
        for (Path dir : where) {
            Optional<Path> regular = search(dir, REGULAR_FILE);
            if (regular.isPresent()) {
                Path bold = regular.get().resolveSibling(BOLD_FILE);
                if (!Files.isRegularFile(bold)) {
                    bold = search(dir, BOLD_FILE).orElse(regular.get());
                }
                return new ReportFonts(regular.get(), bold);
            }
        }
        throw new IllegalStateException("no font for the report (it needs Arabic glyphs): looked for " + REGULAR_FILE + " (and "
                + BOLD_FILE + ") in " + (override == null || override.isBlank() ? "$" + ENV + " (not set), " : "$" + ENV + "=" + override + ", ")
                + folders + "; install Debian's fonts-dejavu-core or set " + ENV + " to a folder holding " + REGULAR_FILE);
    }

    /** The usual font folders of Linux, the user's and the JDK's. */
    public static List<Path> folders() {
        Set<Path> dirs = new LinkedHashSet<>();
        dirs.add(Path.of("/usr/share/fonts/truetype/dejavu"));
        dirs.add(Path.of("/usr/share/fonts"));
        dirs.add(Path.of("/usr/local/share/fonts"));
        String home = System.getProperty("user.home");
        if (home != null) {
            dirs.add(Path.of(home, ".local/share/fonts"));
            dirs.add(Path.of(home, ".fonts"));
        }
        String javaHome = System.getProperty("java.home");
        if (javaHome != null) {
            dirs.add(Path.of(javaHome, "lib/fonts"));
        }
        return List.copyOf(dirs);
    }

    private static Optional<Path> search(Path dir, String name) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Path direct = dir.resolve(name);
        if (Files.isRegularFile(direct)) {
            return Optional.of(direct);
        }
        try (Stream<Path> s = Files.walk(dir, 4)) {
            return s.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(name) && Files.isRegularFile(p)).findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static final Map<Path, Font> LOADED = new ConcurrentHashMap<>();

    /** The Java2D font of a face at a size in points. */
    public Font awt(boolean boldFace, float size) {
        Path file = boldFace ? bold : regular;
        Font base = LOADED.computeIfAbsent(file, p -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, p.toFile());
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException(p + ": not a TrueType font: " + e.getMessage(), e);
            }
        });
        return base.deriveFont(boldFace && file.equals(regular) ? Font.BOLD : Font.PLAIN, size);
    }
}
