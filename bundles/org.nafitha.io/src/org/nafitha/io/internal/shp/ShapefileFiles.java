package org.nafitha.io.internal.shp;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The files that make up one shapefile: {@code name.shp} and its siblings {@code name.dbf}, {@code name.shx},
 * {@code name.prj} and {@code name.cpg}, found whatever the case of their extensions.
 */
final class ShapefileFiles {

    /** Extensions whose files describe one shapefile and may be given instead of the .shp. */
    private static final String[] MAIN_EXTENSIONS = {".shp", ".dbf", ".shx"};

    private final Path directory;
    private final String baseName;
    private final boolean upperCase;

    private ShapefileFiles(Path directory, String baseName, boolean upperCase) {
        this.directory = directory;
        this.baseName = baseName;
        this.upperCase = upperCase;
    }

    /** The shapefile {@code file} belongs to; {@code file} may name the .shp (usual), the .dbf, the .shx or no extension. */
    static ShapefileFiles of(Path file) {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        String name = String.valueOf(absolute.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : MAIN_EXTENSIONS) {
            if (lower.endsWith(extension) && lower.length() > extension.length()) {
                String ext = name.substring(name.length() - extension.length() + 1);
                return new ShapefileFiles(directory, name.substring(0, name.length() - extension.length()),
                        ext.equals(ext.toUpperCase(Locale.ROOT)));
            }
        }
        return new ShapefileFiles(directory, name, false);
    }

    /** The base name, without extension. */
    String baseName() {
        return baseName;
    }

    /** The path a sibling with this extension (e.g. "dbf") has when written: in the case of the .shp's extension. */
    Path target(String extension) {
        String ext = upperCase ? extension.toUpperCase(Locale.ROOT) : extension.toLowerCase(Locale.ROOT);
        return directory.resolve(baseName + "." + ext);
    }

    /**
     * The existing sibling with this extension, or null: the one named in the .shp's case when it exists, else any
     * whose name matches case-insensitively.
     */
    Path find(String extension) throws IOException {
        Path preferred = target(extension);
        if (Files.isRegularFile(preferred)) {
            return preferred;
        }
        String wanted = (baseName + "." + extension).toLowerCase(Locale.ROOT);
        if (directory == null || !Files.isDirectory(directory)) {
            return null;
        }
        Path found = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String entryName = String.valueOf(entry.getFileName());
                if (entryName.toLowerCase(Locale.ROOT).equals(wanted) && Files.isRegularFile(entry)) {
                    if (entryName.equals(baseName + "." + extension)) {
                        return entry;
                    }
                    if (found == null || entryName.compareTo(String.valueOf(found.getFileName())) < 0) {
                        found = entry; // several case variants: take a stable choice
                    }
                }
            }
        }
        return found;
    }
}
