package org.nafitha.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes features to one file. Geometries are WGS84 longitude/latitude. The file appears complete or not at all:
 * writers write to a temporary file that {@link #close()} moves into place.
 */
public interface FeatureWriter extends Closeable {

    /** Writes one feature; its attributes follow the {@link Schema} given when the writer was opened. */
    void write(Feature feature) throws IOException;

    /** Finishes the file and moves it into place. */
    @Override
    void close() throws IOException;

    /** Drops what was written: the target is left as it was. */
    void abort();
}
