package org.nafitha.geo;

import java.util.Locale;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * A coordinate reference system by EPSG code, with transforms from and to WGS84 longitude/latitude (Proj4j).
 * Jordan uses UTM zone 36N (EPSG:32636) west of 36°E, 37N (EPSG:32637) east of it, and Jordan Transverse Mercator
 * (EPSG:3066).
 */
public final class Crs {

    public static final String WGS84 = "EPSG:4326";
    public static final String UTM_36N = "EPSG:32636";
    public static final String UTM_37N = "EPSG:32637";
    public static final String JORDAN_TM = "EPSG:3066";

    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();

    private final String code;
    private final CoordinateTransform fromWgs84;
    private final CoordinateTransform toWgs84;

    private Crs(String code) {
        this.code = code;
        CoordinateReferenceSystem wgs84 = CRS_FACTORY.createFromName(WGS84);
        CoordinateReferenceSystem crs = CRS_FACTORY.createFromName(code);
        this.fromWgs84 = TRANSFORMS.createTransform(wgs84, crs);
        this.toWgs84 = TRANSFORMS.createTransform(crs, wgs84);
    }

    /**
     * @param code e.g. "EPSG:32636"
     * @throws IllegalArgumentException when Proj4j does not know the code
     */
    public static Crs of(String code) {
        try {
            return new Crs(code.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown coordinate reference system '" + code + "': expected e.g. EPSG:32636", e);
        }
    }

    /** Creates a CRS from a Proj.4 definition (e.g. read from a .prj converted by the caller). */
    public static Crs fromProj4(String name, String definition) {
        return new Crs(name, definition);
    }

    private Crs(String name, String definition) {
        this.code = name;
        CoordinateReferenceSystem wgs84 = CRS_FACTORY.createFromName(WGS84);
        CoordinateReferenceSystem crs = CRS_FACTORY.createFromParameters(name, definition);
        this.fromWgs84 = TRANSFORMS.createTransform(wgs84, crs);
        this.toWgs84 = TRANSFORMS.createTransform(crs, wgs84);
    }

    public String code() {
        return code;
    }

    /** WGS84 (longitude, latitude) to this CRS's (x, y). */
    public double[] project(double lon, double lat) {
        ProjCoordinate out = new ProjCoordinate();
        fromWgs84.transform(new ProjCoordinate(lon, lat), out);
        return new double[] {out.x, out.y};
    }

    /** This CRS's (x, y) to WGS84 (longitude, latitude). */
    public double[] unproject(double x, double y) {
        ProjCoordinate out = new ProjCoordinate();
        toWgs84.transform(new ProjCoordinate(x, y), out);
        return new double[] {out.x, out.y};
    }

    /** The UTM zone Jordan's planners use for a longitude: 36N west of 36°E, 37N from there. */
    public static Crs utmForJordan(double lon) {
        return of(lon < 36 ? UTM_36N : UTM_37N);
    }
}
