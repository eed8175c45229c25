package org.nafitha.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
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
     * The formats contributed to the extension point; the built-in ones when no extension registry runs. A
     * contribution that cannot be created is skipped, and its error is added to {@code problems} when given.
     */
    public static Formats fromExtensions(List<String> problems) {
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        if (registry == null) {
            return builtIn();
        }
        List<Format> formats = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                Object created = element.createExecutableExtension("class");
                if (!(created instanceof Format format)) {
                    throw new IllegalStateException(created.getClass().getName() + " does not implement " + Format.class.getName());
                }
                if (!format.id().equals(element.getAttribute("id"))) {
                    throw new IllegalStateException("format id '" + element.getAttribute("id") + "' of "
                            + element.getContributor().getName() + " differs from its class's id '" + format.id() + "'");
                }
                formats.add(format);
            } catch (CoreException | RuntimeException e) {
                if (problems != null) {
                    problems.add(element.getContributor().getName() + ": " + e.getMessage());
                }
            }
        }
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
