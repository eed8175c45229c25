package org.nafitha.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Reads the features of one file in order. Readers check the file as they go and throw at the first fault. */
public interface FeatureReader extends Closeable {

    /** The attribute fields, in the file's order. */
    List<String> fields();

    /**
     * The coordinate reference system the file declares ("EPSG:4326", or a Proj.4 definition starting with "+"),
     * or null when the file does not say. A file whose geometries or coordinates are not longitude/latitude and which
     * declares nothing needs the user to say which CRS it uses.
     */
    String declaredCrs();

    /** The next feature, or null at the end. */
    Feature next() throws ImportException;

    @Override
    void close() throws IOException;
}
