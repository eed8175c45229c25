package org.nafitha.io.internal.shp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.nafitha.io.Feature;
import org.nafitha.io.FeatureReader;
import org.nafitha.io.ImportException;

/**
 * Reads a shapefile: the shapes of the .shp paired with the records of the .dbf, one feature per {@link #next()}
 * call, without holding the file in memory. The .prj gives {@link #declaredCrs()}, the .cpg the text encoding; the
 * .shx, when present and well formed, lets the record counts be compared on opening.
 *
 * <p>Records marked deleted in the .dbf are skipped; the {@link Feature#location()} "record N" still counts them, so
 * that N is the record's place in the file.
 */
public final class ShapefileReader implements FeatureReader {

    private final Path shpFile;
    private final Path dbfFile;
    private final ShpReader shp;
    private final DbfReader dbf;
    private final ShapeDecoder decoder;
    private final String crs;
    private long recordNumber;
    private boolean finished;

    private ShapefileReader(Path shpFile, Path dbfFile, ShpReader shp, DbfReader dbf, String crs) {
        this.shpFile = shpFile;
        this.dbfFile = dbfFile;
        this.shp = shp;
        this.dbf = dbf;
        this.crs = crs;
        this.decoder = new ShapeDecoder(shpFile, new GeometryFactory());
    }

    /**
     * Opens a shapefile and checks its headers and .prj.
     *
     * @param file the .shp (or its .dbf or .shx: the shapefile they belong to is read)
     */
    public static ShapefileReader open(Path file) throws ImportException {
        ShapefileFiles files = ShapefileFiles.of(file);
        Path shpFile = find(files, "shp", file);
        if (shpFile == null) {
            throw ImportException.of(file, null, null,
                    "an existing .shp file (" + files.baseName() + ".shp)", "no such file");
        }
        ShpReader shp = ShpReader.open(shpFile); // first: a file that is no shapefile is told so
        DbfReader dbf = null;
        try {
            Path dbfFile = find(files, "dbf", shpFile);
            if (dbfFile == null) {
                throw ImportException.of(shpFile, null, null, "a .dbf file beside the .shp ("
                        + files.baseName() + ".dbf) holding its attributes", "no such file");
            }
            Path shxFile = find(files, "shx", shpFile);
            Path prjFile = find(files, "prj", shpFile);
            dbf = DbfReader.open(dbfFile, find(files, "cpg", shpFile));
            long indexed = shxFile == null ? -1 : ShpReader.indexedRecordCount(shxFile);
            if (indexed >= 0 && indexed != dbf.recordCount()) {
                throw ImportException.of(dbfFile, "header", null, indexed + " records, one for each shape of "
                        + shpFile.getFileName() + " (as its index " + shxFile.getFileName() + " lists)",
                        dbf.recordCount() + " records");
            }
            String crs = prjFile == null ? null : PrjCrs.read(prjFile);
            ShapefileReader reader = new ShapefileReader(shpFile, dbfFile, shp, dbf, crs);
            shp = null;
            dbf = null;
            return reader;
        } finally {
            ShpReader.closeQuietly(shp);
            ShpReader.closeQuietly(dbf);
        }
    }

    private static Path find(ShapefileFiles files, String extension, Path forMessages) throws ImportException {
        try {
            return files.find(extension);
        } catch (IOException e) {
            throw ShpReader.unreadable(forMessages, null, e);
        }
    }

    @Override
    public List<String> fields() {
        return dbf.fieldNames();
    }

    @Override
    public String declaredCrs() {
        return crs;
    }

    /** The shape type the .shp declares, e.g. "Polygon", "PointZ". */
    public String shapeType() {
        return shp.shapeType().label;
    }

    @Override
    public Feature next() throws ImportException {
        while (!finished) {
            long number = recordNumber + 1;
            byte[] content = shp.next(number);
            if (content == null) {
                finished = true;
                if (dbf.hasNext()) {
                    throw ImportException.of(dbfFile, "record " + number, null, "as many records as "
                            + shpFile.getFileName() + " has shapes (" + recordNumber + ")",
                            dbf.recordCount() + " records");
                }
                return null;
            }
            recordNumber = number;
            if (!dbf.hasNext()) {
                finished = true;
                throw ImportException.of(dbfFile, "record " + number, null, "a record for each shape of "
                        + shpFile.getFileName(), "the end of the table after " + dbf.recordCount() + " records");
            }
            Map<String, Object> attributes = dbf.next(number);
            if (attributes == null) {
                continue; // deleted
            }
            String location = "record " + number;
            Geometry geometry = decoder.decode(content, location);
            return new Feature(location, geometry, attributes);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            shp.close();
        } finally {
            dbf.close();
        }
    }
}
