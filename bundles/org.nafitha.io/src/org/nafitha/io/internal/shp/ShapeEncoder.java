package org.nafitha.io.internal.shp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns JTS geometries into the content of .shp records of one shape type (Null, Point, MultiPoint, PolyLine or
 * Polygon, x/y only), and keeps the bounding box of all it encoded. Polygon shells are written clockwise and holes
 * counter-clockwise, as the format requires, whatever the orientation given.
 */
final class ShapeEncoder {

    private final ShapeType type;
    private final double[] box = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};

    ShapeEncoder(ShapeType type) {
        this.type = type;
    }

    /**
     * The shape type for a {@link org.nafitha.io.Schema#geometryType()}: Point, MultiPoint, LineString,
     * MultiLineString, Polygon, MultiPolygon, or null for a table without geometry.
     */
    static ShapeType typeFor(String geometryType) {
        if (geometryType == null) {
            return ShapeType.NULL;
        }
        switch (geometryType.toLowerCase(Locale.ROOT)) {
            case "point":
                return ShapeType.POINT;
            case "multipoint":
                return ShapeType.MULTIPOINT;
            case "linestring":
            case "multilinestring":
            case "polyline":
                return ShapeType.POLYLINE;
            case "polygon":
            case "multipolygon":
                return ShapeType.POLYGON;
            default:
                throw new IllegalArgumentException("a shapefile cannot hold geometries of type '" + geometryType
                        + "': expected Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon");
        }
    }

    ShapeType type() {
        return type;
    }

    /** The bounding box of all shapes encoded: minX, minY, maxX, maxY; zeros when there was none. */
    double[] box() {
        return Double.isNaN(box[0]) ? new double[4] : box.clone();
    }

    /** The record content for a geometry; a Null shape for null or an empty geometry. */
    byte[] encode(Geometry geometry) {
        double[] before = box.clone();
        try {
            return encodeShape(geometry);
        } catch (RuntimeException e) {
            System.arraycopy(before, 0, box, 0, box.length); // the shape is not written: nor is its box
            throw e;
        }
    }

    /** The content for a geometry; extends the box. */
    private byte[] encodeShape(Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(ShapeType.NULL.code).array();
        }
        switch (type) {
            case POINT:
                if (geometry instanceof Point || (geometry instanceof MultiPoint && geometry.getNumGeometries() == 1)) {
                    return point(geometry.getCoordinate());
                }
                break;
            case MULTIPOINT:
                if (geometry instanceof Point || geometry instanceof MultiPoint) {
                    return multiPoint(geometry.getCoordinates());
                }
                break;
            case POLYLINE:
                if (geometry instanceof LineString || geometry instanceof MultiLineString) {
                    List<Coordinate[]> parts = new ArrayList<>();
                    for (int i = 0; i < geometry.getNumGeometries(); i++) {
                        if (!geometry.getGeometryN(i).isEmpty()) {
                            parts.add(geometry.getGeometryN(i).getCoordinates());
                        }
                    }
                    return parts(parts);
                }
                break;
            case POLYGON:
                if (geometry instanceof Polygon || geometry instanceof MultiPolygon) {
                    return parts(rings(geometry));
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException("a " + geometry.getGeometryType() + " cannot be written to a shapefile of "
                + type.label + (type == ShapeType.NULL ? " shapes (the schema has no geometry type)" : " shapes"));
    }

    /** The rings of polygons, shells clockwise and holes counter-clockwise. */
    private static List<Coordinate[]> rings(Geometry geometry) {
        List<Coordinate[]> rings = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            if (polygon.isEmpty()) {
                continue;
            }
            rings.add(oriented(polygon.getExteriorRing().getCoordinates(), true));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                if (!polygon.getInteriorRingN(h).isEmpty()) {
                    rings.add(oriented(polygon.getInteriorRingN(h).getCoordinates(), false));
                }
            }
        }
        return rings;
    }

    private static Coordinate[] oriented(Coordinate[] ring, boolean clockwise) {
        double signed = Area.ofRingSigned(ring); // positive when clockwise
        if ((clockwise && signed < 0) || (!clockwise && signed > 0)) {
            Coordinate[] reversed = ring.clone();
            CoordinateArrays.reverse(reversed);
            return reversed;
        }
        return ring;
    }

    private byte[] point(Coordinate c) {
        check(c);
        extend(c);
        ByteBuffer buffer = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        return buffer.putInt(type.code).putDouble(c.x).putDouble(c.y).array();
    }

    private byte[] multiPoint(Coordinate[] points) {
        double[] own = ownBox(points);
        ByteBuffer buffer = allocate(40L + 16L * points.length);
        buffer.putInt(type.code);
        putBox(buffer, own);
        buffer.putInt(points.length);
        for (Coordinate c : points) {
            buffer.putDouble(c.x).putDouble(c.y);
        }
        return buffer.array();
    }

    private byte[] parts(List<Coordinate[]> parts) {
        if (parts.isEmpty()) {
            return encodeShape(null);
        }
        long points = 0;
        for (Coordinate[] part : parts) {
            points += part.length;
        }
        double[] own = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        for (Coordinate[] part : parts) {
            double[] partBox = ownBox(part);
            own = union(own, partBox);
        }
        ByteBuffer buffer = allocate(44L + 4L * parts.size() + 16L * points);
        buffer.putInt(type.code);
        putBox(buffer, own);
        buffer.putInt(parts.size()).putInt((int) points);
        int start = 0;
        for (Coordinate[] part : parts) {
            buffer.putInt(start);
            start += part.length;
        }
        for (Coordinate[] part : parts) {
            for (Coordinate c : part) {
                buffer.putDouble(c.x).putDouble(c.y);
            }
        }
        return buffer.array();
    }

    /** The box of these points; checks them and extends the box of all shapes. */
    private double[] ownBox(Coordinate[] points) {
        double[] own = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (Coordinate c : points) {
            check(c);
            own[0] = Math.min(own[0], c.x);
            own[1] = Math.min(own[1], c.y);
            own[2] = Math.max(own[2], c.x);
            own[3] = Math.max(own[3], c.y);
            extend(c);
        }
        return own;
    }

    private static double[] union(double[] a, double[] b) {
        if (Double.isNaN(a[0])) {
            return b.clone();
        }
        return new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])};
    }

    private void extend(Coordinate c) {
        if (Double.isNaN(box[0])) {
            box[0] = c.x;
            box[1] = c.y;
            box[2] = c.x;
            box[3] = c.y;
        } else {
            box[0] = Math.min(box[0], c.x);
            box[1] = Math.min(box[1], c.y);
            box[2] = Math.max(box[2], c.x);
            box[3] = Math.max(box[3], c.y);
        }
    }

    private static void check(Coordinate c) {
        if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
            throw new IllegalArgumentException("a shapefile needs finite coordinates, found (" + c.x + ", " + c.y + ")");
        }
    }

    private static ByteBuffer allocate(long bytes) {
        if (bytes > ShpReader.MAX_RECORD_BYTES) {
            throw new IllegalArgumentException("a shape of " + bytes + " bytes is larger than the "
                    + (ShpReader.MAX_RECORD_BYTES >> 20) + " MiB a record may take");
        }
        return ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void putBox(ByteBuffer buffer, double[] box) {
        buffer.putDouble(box[0]).putDouble(box[1]).putDouble(box[2]).putDouble(box[3]);
    }
}
