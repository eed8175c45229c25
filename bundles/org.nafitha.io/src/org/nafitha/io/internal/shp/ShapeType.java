package org.nafitha.io.internal.shp;

/**
 * The shape types of the ESRI Shapefile Technical Description (1998) that Nafitha reads. The Z and M variants carry
 * the same x/y layout as their plain type, followed by Z and M values that are ignored here.
 */
enum ShapeType {

    NULL(0, "Null", Kind.NULL),
    POINT(1, "Point", Kind.POINT),
    POLYLINE(3, "PolyLine", Kind.POLYLINE),
    POLYGON(5, "Polygon", Kind.POLYGON),
    MULTIPOINT(8, "MultiPoint", Kind.MULTIPOINT),
    POINT_Z(11, "PointZ", Kind.POINT),
    POLYLINE_Z(13, "PolyLineZ", Kind.POLYLINE),
    POLYGON_Z(15, "PolygonZ", Kind.POLYGON),
    MULTIPOINT_Z(18, "MultiPointZ", Kind.MULTIPOINT),
    POINT_M(21, "PointM", Kind.POINT),
    POLYLINE_M(23, "PolyLineM", Kind.POLYLINE),
    POLYGON_M(25, "PolygonM", Kind.POLYGON),
    MULTIPOINT_M(28, "MultiPointM", Kind.MULTIPOINT);

    /** The layout family of a shape type. */
    enum Kind { NULL, POINT, MULTIPOINT, POLYLINE, POLYGON }

    /** For messages: the codes accepted. */
    static final String KNOWN_CODES = "a shape type of 0, 1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25 or 28"
            + " (Null, Point, PolyLine, Polygon, MultiPoint and their Z and M variants)";

    final int code;
    final String label;
    final Kind kind;

    ShapeType(int code, String label, Kind kind) {
        this.code = code;
        this.label = label;
        this.kind = kind;
    }

    /** The type with this code, or null when the code is not one Nafitha reads. */
    static ShapeType of(int code) {
        for (ShapeType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }

    /** How an unknown code is shown in a message. */
    static String describeUnknown(int code) {
        return code == 31 ? "31 (MultiPatch, not supported)" : String.valueOf(code);
    }
}
