package org.nafitha.map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.nafitha.geo.Crs;

/** Moves WGS84 longitude/latitude geometries into the map's projected CRS. */
public final class Projector {

    private final Crs crs;
    private final GeometryFactory geometries = new GeometryFactory();

    public Projector(Crs crs) {
        this.crs = crs;
    }

    public Crs crs() {
        return crs;
    }

    public Point point(double lon, double lat) {
        double[] xy = crs.project(lon, lat);
        return geometries.createPoint(new Coordinate(xy[0], xy[1]));
    }

    /** A projected copy of a WGS84 geometry. */
    public Geometry project(Geometry wgs84) {
        return CoordinateTransform.apply(wgs84.copy(), crs::project);
    }
}
