package org.nafitha.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nafitha.core.Contributions;
import org.nafitha.io.internal.CsvFormat;
import org.nafitha.io.internal.GeoJsonFormat;
import org.nafitha.io.internal.GeoPackageFormat;
import org.nafitha.io.internal.shp.ShapefileFormat;
import org.nafitha.io.internal.xlsx.XlsxFormat;

/**
 * The file formats known to this installation: those contributed to {@code org.nafitha.io.formats}, or, outside an
 * OSGi runtime, the built-in ones.
 */
public final class Formats {

    public static final String EXTENSION_POINT = "org.nafitha.io.formats";

    private final Map<String, Format> byId = new LinkedHashMap<>();

    public Formats(List<Format> formats) {
        for (Format format : formats) {
            if (byId.putIfAbsent(format.id(), format) != null) {
                throw new IllegalArgumentException("two formats have the id '" + format.id() + "'");
            }
        }
    }

    /** The built-in formats: CSV, GeoJSON, GeoPackage, Shapefile, XLSX. */
    public static Formats builtIn() {
        return new Formats(List.of(new CsvFormat(), new GeoJsonFormat(), new GeoPackageFormat(), new ShapefileFormat(),
                new XlsxFormat()));
    }

    /**
     * The formats contributed to the extension point, read by {@link Contributions}; the built-in ones when no extension
     * registry runs. A contribution whose class is missing or not a {@link Format}, or whose id differs from its class's
     * or is already taken, is logged and skipped, and described in {@code problems} when given.
     */
    public static Formats fromExtensions(List<String> problems) {
        if (!Contributions.registryRuns()) {
            return builtIn();
        }
        Set<String> ids = new HashSet<>();
        List<Format> formats = Contributions.read(EXTENSION_POINT, element -> {
            Format format = Contributions.create(element, "class", Format.class);
            String id = Contributions.required(element, "id");
            if (!format.id().equals(id)) {
                throw new IllegalArgumentException("format id '" + id + "' differs from its class's id '" + format.id() + "'");
            }
            if (!ids.add(format.id().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("another format has the id '" + id + "'");
            }
            return format;
        }, problems);
        return new Formats(formats);
    }

    public List<Format> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    public Format byId(String id) {
        return byId.get(id.toLowerCase(Locale.ROOT));
    }

    /** The format for a format id, or else for the file's extension. */
    public Format forFile(Path file, String formatId) throws ImportException {
        if (formatId != null) {
            Format format = byId(formatId);
            if (format == null) {
                throw new ImportException(String.valueOf(file.getFileName()), null, null,
                        "a known format (" + String.join(", ", byId.keySet()) + ")", formatId);
            }
            return format;
        }
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        for (Format format : byId.values()) {
            for (String extension : format.extensions()) {
                if (name.endsWith("." + extension)) {
                    return format;
                }
            }
        }
        List<String> known = new ArrayList<>();
        byId.values().forEach(f -> f.extensions().forEach(e -> known.add("." + e)));
        throw new ImportException(String.valueOf(file.getFileName()), null, null,
                "a file name ending in one of " + String.join(", ", known) + " (or give the format)", name);
    }
}
