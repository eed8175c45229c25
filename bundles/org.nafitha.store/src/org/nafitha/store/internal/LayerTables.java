package org.nafitha.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.nafitha.model.Region;
import org.nafitha.model.ServiceCenter;

/** The spatial tables a GIS specialist reads with H2GIS: centers and regions of every stored revision's scenario. */
public final class LayerTables {

    private LayerTables() {
    }

    /** The centers of a scenario as points of the spatial table {@code center_layer} (WGS84). */
    public static void insertCenters(Connection connection, GeometryFactory geometries, long id, List<ServiceCenter> centers) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO center_layer (scenario_id, code, name_en, name_ar, kind, "
                + "status, counters, staff, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ServiceCenter c : centers) {
                p.setLong(1, id);
                p.setString(2, c.getCode());
                p.setString(3, c.getNameEn());
                p.setString(4, c.getNameAr());
                p.setString(5, c.getKind().getName());
                p.setString(6, c.getStatus().getName());
                p.setInt(7, c.getCounters().size());
                p.setInt(8, c.getStaff());
                p.setObject(9, point(geometries, c.getLongitude(), c.getLatitude()));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The regions of a scenario in the spatial table {@code region_layer}: their boundary, or their point without one. */
    public static void insertRegions(Connection connection, GeometryFactory geometries, long id, List<Region> regions) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO region_layer (scenario_id, code, name_en, name_ar, level, "
                + "parent_code, geom) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Region r : regions) {
                p.setLong(1, id);
                p.setString(2, r.getCode());
                p.setString(3, r.getNameEn());
                p.setString(4, r.getNameAr());
                p.setString(5, r.getLevel().getName());
                p.setString(6, r.getParent() == null ? null : r.getParent().getCode());
                Geometry g = null;
                if (r.getGeometryWkt() != null && !r.getGeometryWkt().isBlank()) {
                    try {
                        g = new WKTReader(geometries).read(r.getGeometryWkt());
                    } catch (ParseException e) {
                        g = null; // a draft with a broken boundary is still saved (the document keeps the text); the layer shows its point
                    }
                }
                if (g == null) {
                    g = point(geometries, r.getLongitude(), r.getLatitude());
                }
                g.setSRID(4326);
                p.setObject(7, g);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static Geometry point(GeometryFactory geometries, double lon, double lat) {
        return geometries.createPoint(new Coordinate(lon, lat));
    }
}
