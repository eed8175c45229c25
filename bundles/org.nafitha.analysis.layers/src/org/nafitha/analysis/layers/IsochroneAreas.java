package org.nafitha.analysis.layers;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.nafitha.geo.Isochrones;
import org.nafitha.map.Projector;

/**
 * The areas within each band of travel time of the nearest center: the places reached by road and then off the road
 * in the band's rest of the time. A point of a road reached in t minutes reaches, in a band of B minutes, the disk of
 * radius (B - t) x the off-road speed around it (the rule snapping uses: the last stretch off the road at the
 * off-road speed). Along a {@link Isochrones#forEachStretch stretch} the time changes linearly, so the radius does too,
 * and the union of those disks is the convex hull of the two end disks; a band's area is the union of these hulls.
 * Unlike a concave hull of the reached nodes (whose shape hangs on an arbitrary edge length and which fills the
 * unreached land between roads), every point of it is reachable within the band, and none outside is.
 */
final class IsochroneAreas {

    /** Points on each disk's outline (a polygon of this many sides stands for the circle). */
    private static final int SIDES = 16;

    private IsochroneAreas() {
    }

    /** The area within {@code band} minutes, in the projector's metres; empty when nothing is reached. */
    static Geometry within(Isochrones iso, double band, Projector projector, GeometryFactory geometries) {
        double metresAMinute = iso.offRoadKmh() * 1000 / 60;
        List<Geometry> pieces = new ArrayList<>();
        iso.forEachStretch((x1, y1, t1, x2, y2, t2) -> {
            double near = Math.min(t1, t2);
            if (!(near <= band)) {
                return;
            }
            Point a = projector.point(t1 <= t2 ? x1 : x2, t1 <= t2 ? y1 : y2);
            Point b = projector.point(t1 <= t2 ? x2 : x1, t1 <= t2 ? y2 : y1);
            double far = Math.max(t1, t2);
            double bx = b.getX();
            double by = b.getY();
            if (far > band) {
                // the road beyond the band is not reached: stop where the time equals the band
                double f = (band - near) / (far - near);
                bx = a.getX() + f * (bx - a.getX());
                by = a.getY() + f * (by - a.getY());
                far = band;
            }
            Coordinate[] outline = new Coordinate[2 * SIDES];
            disk(outline, 0, a.getX(), a.getY(), (band - near) * metresAMinute);
            disk(outline, SIDES, bx, by, (band - far) * metresAMinute);
            Geometry hull = new ConvexHull(outline, geometries).getConvexHull();
            if (hull.getDimension() == 2) {
                pieces.add(hull);
            }
        });
        return pieces.isEmpty() ? geometries.createPolygon() : UnaryUnionOp.union(pieces, geometries);
    }

    private static void disk(Coordinate[] into, int at, double x, double y, double radius) {
        for (int k = 0; k < SIDES; k++) {
            double angle = 2 * Math.PI * k / SIDES;
            into[at + k] = new Coordinate(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
        }
    }
}
