package org.nafitha.io.internal.shp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.nafitha.io.FeatureReader;
import org.nafitha.io.FeatureWriter;
import org.nafitha.io.Format;
import org.nafitha.io.ImportException;
import org.nafitha.io.Schema;

/**
 * The ESRI Shapefile format: a .shp of shapes with its .shx index, a .dbf of attributes, a .prj naming the coordinate
 * reference system and a .cpg naming the text encoding, side by side. Reading is done by {@link ShapefileReader},
 * writing by {@link ShapefileWriter}.
 */
public final class ShapefileFormat implements Format {

    /** Creates the format; it holds no state. */
    public ShapefileFormat() {
    }

    @Override
    public String id() {
        return "shapefile";
    }

    @Override
    public String name() {
        return "Shapefile";
    }

    @Override
    public List<String> extensions() {
        return List.of("shp");
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    /** Opens the shapefile of a .shp, with the .dbf, .shx, .prj and .cpg beside it (any case of extension). */
    @Override
    public FeatureReader open(Path file) throws ImportException {
        return ShapefileReader.open(file);
    }

    @Override
    public FeatureWriter create(Path file, Schema schema) throws IOException {
        return ShapefileWriter.create(file, schema);
    }
}
