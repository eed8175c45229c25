package org.nafitha.io.internal.shp;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nafitha.io.Feature;
import org.nafitha.io.FeatureWriter;
import org.nafitha.io.Schema;
import org.nafitha.io.internal.StagedFiles;

/**
 * Writes a shapefile of WGS84 longitude/latitude geometries: the .shp and its .shx index as features arrive, the .dbf
 * (UTF-8, widths fitted to the values) when closed, a .prj for EPSG:4326 and a .cpg saying UTF-8.
 *
 * <p>Everything is written to temporary files beside the target, which {@link #close()} moves into place; {@link
 * #abort()} deletes them and leaves any existing shapefile as it was. Stale spatial index files (.sbn, .sbx, .qix,
 * .fix) of a shapefile that is replaced are deleted, as they would no longer match.
 */
public final class ShapefileWriter implements FeatureWriter {

    /** ESRI WKT for WGS 84 longitude/latitude, with its EPSG code. */
    static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
            + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433],"
            + "AUTHORITY[\"EPSG\",\"4326\"]]";

    private static final Set<String> STALE_INDEXES = Set.of("sbn", "sbx", "qix", "fix");
    private static final String[] OUTPUTS = {"shx", "dbf", "prj", "cpg", "shp"};
    private static final long MAX_SHP_BYTES = 2L * Integer.MAX_VALUE;

    private final ShapefileFiles files;
    private final ShapeEncoder encoder;
    private final Map<String, Path> temporaries = new LinkedHashMap<>();
    private final DataOutputStream shp;
    private final DataOutputStream shx;
    private final DbfWriter dbf;
    private long shpBytes = ShpHeader.LENGTH;
    private int records;
    private boolean done;

    private ShapefileWriter(ShapefileFiles files, Schema schema) throws IOException {
        this.files = files;
        this.encoder = new ShapeEncoder(ShapeEncoder.typeFor(schema.geometryType()));
        Path directory = files.target("shp").getParent();
        Files.createDirectories(directory);
        DataOutputStream shpOut = null;
        DataOutputStream shxOut = null;
        DbfWriter dbfOut = null;
        try {
            for (String extension : new String[] {"shp", "shx", "dbf", "prj", "cpg", "spool"}) {
                temporaries.put(extension, StagedFiles.beside(files.target(extension)));
            }
            shpOut = stream(temporaries.get("shp"));
            shxOut = stream(temporaries.get("shx"));
            shpOut.write(new byte[ShpHeader.LENGTH]); // the header is written on close, when lengths are known
            shxOut.write(new byte[ShpHeader.LENGTH]);
            dbfOut = new DbfWriter(schema.fields(), temporaries.get("spool"));
        } catch (IOException | RuntimeException e) {
            ShpReader.closeQuietly(shpOut);
            ShpReader.closeQuietly(shxOut);
            ShpReader.closeQuietly(dbfOut);
            deleteTemporaries();
            throw e;
        }
        this.shp = shpOut;
        this.shx = shxOut;
        this.dbf = dbfOut;
    }

    /**
     * Opens a writer.
     *
     * @param file the .shp to write (a name without extension gets ".shp")
     * @param schema the fields and the geometry type: Point, MultiPoint, LineString, MultiLineString, Polygon,
     *            MultiPolygon, or null for no geometry (every record then holds a Null shape)
     * @throws IllegalArgumentException when the schema's geometry type has no shapefile form
     */
    public static ShapefileWriter create(Path file, Schema schema) throws IOException {
        return new ShapefileWriter(ShapefileFiles.of(file), schema);
    }

    /** The .dbf field names the schema's fields get (cut to 10 bytes and made unique), in the schema's order. */
    public List<String> dbfFieldNames() {
        return dbf.names();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the geometry does not fit the schema's geometry type, has non-finite
     *             coordinates, or an attribute does not fit its field's type
     */
    @Override
    public void write(Feature feature) throws IOException {
        if (done) {
            throw new IllegalStateException("the shapefile writer is closed");
        }
        Object[] values = dbf.convert(feature.attributes()); // checks the values before anything is written
        byte[] content = encoder.encode(feature.geometry());
        long next = shpBytes + 8 + content.length;
        if (next > MAX_SHP_BYTES) {
            throw new IOException("the shapefile would grow past the format's limit of " + MAX_SHP_BYTES + " bytes");
        }
        dbf.write(values);
        records++;
        shp.writeInt(records);
        shp.writeInt(content.length / 2);
        shp.write(content);
        shx.writeInt((int) (shpBytes / 2));
        shx.writeInt(content.length / 2);
        shpBytes = next;
    }

    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        done = true;
        boolean moved = false;
        try {
            shp.close();
            shx.close();
            double[] box = encoder.box();
            writeHeader(temporaries.get("shp"), ShpHeader.create(shpBytes, encoder.type().code, box));
            writeHeader(temporaries.get("shx"),
                    ShpHeader.create(ShpHeader.LENGTH + 8L * records, encoder.type().code, box));
            dbf.finish(temporaries.get("dbf"));
            Files.writeString(temporaries.get("prj"), WGS84_PRJ, StandardCharsets.US_ASCII);
            Files.writeString(temporaries.get("cpg"), "UTF-8", StandardCharsets.US_ASCII);
            for (String extension : OUTPUTS) {
                StagedFiles.moveIntoPlace(temporaries.get(extension), files.target(extension));
                temporaries.remove(extension);
            }
            moved = true;
            deleteStaleIndexes();
        } finally {
            ShpReader.closeQuietly(dbf);
            if (!moved) {
                deleteTemporaries();
            }
            temporaries.clear();
        }
    }

    @Override
    public void abort() {
        if (done) {
            return;
        }
        done = true;
        ShpReader.closeQuietly(shp);
        ShpReader.closeQuietly(shx);
        ShpReader.closeQuietly(dbf);
        deleteTemporaries();
    }

    private static DataOutputStream stream(Path path) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
    }

    private static void writeHeader(Path path, byte[] header) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(header);
            while (buffer.hasRemaining()) {
                channel.write(buffer, buffer.position());
            }
        }
    }

    private void deleteStaleIndexes() {
        Path directory = files.target("shp").getParent();
        String base = files.baseName().toLowerCase(Locale.ROOT);
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = String.valueOf(entry.getFileName()).toLowerCase(Locale.ROOT);
                int dot = name.lastIndexOf('.');
                if (dot > 0 && name.substring(0, dot).equals(base) && STALE_INDEXES.contains(name.substring(dot + 1))) {
                    stale.add(entry);
                }
            }
            for (Path path : stale) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // the shapefile is in place; a stale index left behind is harmless to Nafitha
        }
    }

    private void deleteTemporaries() {
        StagedFiles.discard(temporaries.values().toArray(Path[]::new));
    }
}
