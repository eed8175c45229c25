package org.nafitha.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file format Nafitha reads or writes, contributed through the {@code org.nafitha.io.formats} extension point.
 * A format knows files and features only; mapping features to centers, zones, services and regions is done by
 * {@link ScenarioImporter} and {@link ScenarioExporter} for every format alike.
 */
public interface Format {

    /** e.g. "csv", "geojson", "shapefile", "gpkg", "xlsx". */
    String id();

    /** A name for people, e.g. "GeoPackage". */
    String name();

    /** File name extensions without the dot, lower case, e.g. ["geojson", "json"]. */
    List<String> extensions();

    boolean canRead();

    boolean canWrite();

    /**
     * Opens a file for reading. Faults found while opening (missing file, wrong magic number, unreadable header) are
     * reported as {@link ImportException} naming the file.
     */
    FeatureReader open(Path file) throws ImportException;

    /** Opens a writer; the file appears when the writer is closed. */
    FeatureWriter create(Path file, Schema schema) throws IOException;
}
