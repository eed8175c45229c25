package org.nafitha.map;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Moves every coordinate of a geometry, in place, by a function of (x, y): a projection or its inverse (layer sources
 * use it to bring geometries from a file's or table's CRS into WGS84).
 */
public final class CoordinateTransform implements CoordinateSequenceFilter {

    /** The new x and y of a point. */
    public interface XY {
        double[] apply(double x, double y);
    }

    private final XY function;

    private CoordinateTransform(XY function) {
        this.function = function;
    }

    /** Transforms {@code g} in place (pass a copy to keep the original) and returns it. */
    public static Geometry apply(Geometry g, XY function) {
        g.apply(new CoordinateTransform(function));
        g.geometryChanged();
        return g;
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
        double[] xy = function.apply(seq.getX(i), seq.getY(i));
        seq.setOrdinate(i, 0, xy[0]);
        seq.setOrdinate(i, 1, xy[1]);
    }

    @Override
    public boolean isDone() {
        return false;
    }

    @Override
    public boolean isGeometryChanged() {
        return true;
    }
}
