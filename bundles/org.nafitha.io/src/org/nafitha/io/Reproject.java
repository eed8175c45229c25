package org.nafitha.io;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.nafitha.geo.Crs;

/** Moves every coordinate of a geometry between WGS84 longitude/latitude and a CRS, in either direction. */
final class Reproject implements CoordinateSequenceFilter {
    private final Crs crs;
    private final boolean toWgs84;

    Reproject(Crs crs, boolean toWgs84) {
        this.crs = crs;
        this.toWgs84 = toWgs84;
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
        double[] xy = toWgs84 ? crs.unproject(seq.getX(i), seq.getY(i)) : crs.project(seq.getX(i), seq.getY(i));
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
