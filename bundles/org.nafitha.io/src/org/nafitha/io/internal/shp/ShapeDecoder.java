package org.nafitha.io.internal.shp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.nafitha.io.ImportException;

/**
 * Turns the content of one .shp record into a JTS geometry, checking it as it goes: counts against the record's
 * length before anything is allocated, part indexes, finite coordinates, closed rings of at least 4 points and lines
 * of at least 2. Z and M values are ignored.
 *
 * <p>Polygon rings follow the shapefile convention: clockwise rings are shells, counter-clockwise rings are holes.
 * Each hole goes to the smallest shell that contains it; a hole no shell contains is taken as a shell of its own (as
 * written by tools that got the orientation wrong). Several shells make a MultiPolygon.
 */
final class ShapeDecoder {

    private static final String BROKEN = " (broken geometry)";

    private final Path file;
    private final GeometryFactory factory;

    ShapeDecoder(Path file, GeometryFactory factory) {
        this.file = file;
        this.factory = factory;
    }

    /**
     * The geometry of a record's content; null for a Null shape or a shape without points.
     *
     * @param location e.g. "record 7", for messages
     */
    Geometry decode(byte[] content, String location) throws ImportException {
        ByteBuffer buffer = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        if (content.length < 4) {
            throw fault(location, "a record of at least 4 bytes (its shape type)", content.length + " bytes");
        }
        int code = buffer.getInt(0);
        ShapeType type = ShapeType.of(code);
        if (type == null) {
            throw fault(location, ShapeType.KNOWN_CODES, ShapeType.describeUnknown(code));
        }
        switch (type.kind) {
            case NULL:
                return null;
            case POINT:
                return point(buffer, type, location);
            case MULTIPOINT:
                return multiPoint(buffer, type, location);
            case POLYLINE:
                return polyLine(buffer, type, location);
            case POLYGON:
                return polygon(buffer, type, location);
            default:
                throw new IllegalStateException(type.toString());
        }
    }

    private Geometry point(ByteBuffer buffer, ShapeType type, String location) throws ImportException {
        requireLength(buffer, 20, type, location);
        return factory.createPoint(coordinate(buffer, 4, 0, location));
    }

    private Geometry multiPoint(ByteBuffer buffer, ShapeType type, String location) throws ImportException {
        requireLength(buffer, 40, type, location);
        int count = buffer.getInt(36);
        long needed = 40L + 16L * count;
        if (count < 0 || needed > buffer.capacity()) {
            throw fault(location, "a point count that fits the record's " + buffer.capacity() + " bytes",
                    String.valueOf(count));
        }
        if (count == 0) {
            return null;
        }
        Coordinate[] points = new Coordinate[count];
        for (int i = 0; i < count; i++) {
            points[i] = coordinate(buffer, 40 + 16 * i, i, location);
        }
        return factory.createMultiPointFromCoords(points);
    }

    private Geometry polyLine(ByteBuffer buffer, ShapeType type, String location) throws ImportException {
        List<Coordinate[]> parts = parts(buffer, type, location);
        if (parts.isEmpty()) {
            return null;
        }
        LineString[] lines = new LineString[parts.size()];
        for (int i = 0; i < lines.length; i++) {
            Coordinate[] part = parts.get(i);
            if (part.length < 2) {
                throw fault(location, "a line of at least 2 points" + BROKEN,
                        "part " + (i + 1) + " of " + part.length + " point");
            }
            lines[i] = factory.createLineString(part);
        }
        return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
    }

    private Geometry polygon(ByteBuffer buffer, ShapeType type, String location) throws ImportException {
        List<Coordinate[]> parts = parts(buffer, type, location);
        if (parts.isEmpty()) {
            return null;
        }
        List<Ring> shells = new ArrayList<>();
        List<Ring> holes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Coordinate[] points = parts.get(i);
            if (points.length < 4) {
                throw fault(location, "a closed ring of at least 4 points" + BROKEN,
                        "ring " + (i + 1) + " of " + points.length + (points.length == 1 ? " point" : " points"));
            }
            if (!points[0].equals2D(points[points.length - 1])) {
                throw fault(location, "a closed ring, ending where it starts" + BROKEN, "ring " + (i + 1)
                        + " from " + show(points[0]) + " to " + show(points[points.length - 1]));
            }
            Ring ring = new Ring(factory.createLinearRing(points));
            // Area.ofRingSigned is positive for clockwise rings. A ring of no area cannot be a hole.
            if (Area.ofRingSigned(points) >= 0) {
                shells.add(ring);
            } else {
                holes.add(ring);
            }
        }
        List<Ring> orphans = new ArrayList<>();
        for (Ring hole : holes) {
            Ring owner = owner(hole, shells);
            if (owner == null) {
                orphans.add(hole);
            } else {
                owner.holes.add(hole.ring);
            }
        }
        shells.addAll(orphans);
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            Ring shell = shells.get(i);
            polygons[i] = factory.createPolygon(shell.ring, shell.holes.toArray(new LinearRing[0]));
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    /** The smallest shell containing the hole, or null. */
    private static Ring owner(Ring hole, List<Ring> shells) {
        List<Ring> candidates = new ArrayList<>();
        for (Ring shell : shells) {
            if (shell.envelope.covers(hole.envelope)) {
                candidates.add(shell);
            }
        }
        if (shells.size() == 1) {
            return candidates.isEmpty() ? null : candidates.get(0); // the usual case: no need to test point by point
        }
        Ring best = null;
        for (Ring shell : candidates) {
            if ((best == null || shell.area < best.area) && contains(shell, hole)) {
                best = shell;
            }
        }
        return best;
    }

    /** Whether the hole lies inside the shell: the first of its points not on the shell's boundary decides. */
    private static boolean contains(Ring shell, Ring hole) {
        Coordinate[] shellPoints = shell.ring.getCoordinates();
        for (Coordinate point : hole.ring.getCoordinates()) {
            int where = PointLocation.locateInRing(point, shellPoints);
            if (where == Location.INTERIOR) {
                return true;
            }
            if (where == Location.EXTERIOR) {
                return false;
            }
        }
        return true; // every point on the shell's boundary
    }

    /** The parts of a PolyLine or Polygon, checked: counts fit the record, part indexes ascend within the points. */
    private List<Coordinate[]> parts(ByteBuffer buffer, ShapeType type, String location) throws ImportException {
        requireLength(buffer, 44, type, location);
        int partCount = buffer.getInt(36);
        int pointCount = buffer.getInt(40);
        int length = buffer.capacity();
        if (partCount < 0 || 44L + 4L * partCount > length) {
            throw fault(location, "a part count that fits the record's " + length + " bytes",
                    String.valueOf(partCount));
        }
        if (pointCount < 0 || 44L + 4L * partCount + 16L * pointCount > length) {
            throw fault(location, "a point count that fits the record's " + length + " bytes with its "
                    + partCount + (partCount == 1 ? " part" : " parts"), String.valueOf(pointCount));
        }
        if (partCount == 0 && pointCount == 0) {
            return List.of();
        }
        if (partCount == 0 || partCount > pointCount) {
            throw fault(location, "between 1 and " + pointCount + " parts for " + pointCount + " points",
                    partCount + " parts");
        }
        int[] starts = new int[partCount + 1];
        for (int i = 0; i < partCount; i++) {
            starts[i] = buffer.getInt(44 + 4 * i);
        }
        starts[partCount] = pointCount;
        if (starts[0] != 0) {
            throw fault(location, "a first part starting at point 0", "a first part starting at point " + starts[0]);
        }
        for (int i = 1; i < partCount; i++) {
            if (starts[i] <= starts[i - 1]) {
                throw fault(location, "parts starting at ascending point indexes",
                        "part " + (i + 1) + " starting at " + starts[i] + " after part " + i + " at " + starts[i - 1]);
            }
        }
        if (starts[partCount - 1] >= pointCount) {
            throw fault(location, "parts starting below the point count " + pointCount,
                    "part " + partCount + " starting at " + starts[partCount - 1]);
        }
        int pointsAt = 44 + 4 * partCount;
        List<Coordinate[]> parts = new ArrayList<>(partCount);
        for (int i = 0; i < partCount; i++) {
            Coordinate[] part = new Coordinate[starts[i + 1] - starts[i]];
            for (int j = 0; j < part.length; j++) {
                int index = starts[i] + j;
                part[j] = coordinate(buffer, pointsAt + 16 * index, index, location);
            }
            parts.add(part);
        }
        return parts;
    }

    private Coordinate coordinate(ByteBuffer buffer, int offset, int index, String location) throws ImportException {
        double x = buffer.getDouble(offset);
        double y = buffer.getDouble(offset + 8);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw fault(location, "finite coordinates", "point " + (index + 1) + " at (" + x + ", " + y + ")");
        }
        return new Coordinate(x, y);
    }

    private void requireLength(ByteBuffer buffer, int needed, ShapeType type, String location) throws ImportException {
        if (buffer.capacity() < needed) {
            throw fault(location, "at least " + needed + " bytes for a " + type.label, buffer.capacity() + " bytes");
        }
    }

    private ImportException fault(String location, String expected, String found) {
        return ImportException.of(file, location, null, expected, found);
    }

    private static String show(Coordinate c) {
        return "(" + c.x + ", " + c.y + ")";
    }

    /** A ring with what the hole assignment needs. */
    private static final class Ring {
        final LinearRing ring;
        final Envelope envelope;
        final double area;
        final List<LinearRing> holes = new ArrayList<>();

        Ring(LinearRing ring) {
            this.ring = ring;
            this.envelope = ring.getEnvelopeInternal();
            this.area = Math.abs(Area.ofRing(ring.getCoordinateSequence()));
        }
    }
}
