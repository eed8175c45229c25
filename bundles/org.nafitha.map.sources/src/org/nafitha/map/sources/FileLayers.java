package org.nafitha.map.sources;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.nafitha.geo.Crs;
import org.nafitha.io.Feature;
import org.nafitha.io.FeatureReader;
import org.nafitha.io.Format;
import org.nafitha.io.Formats;
import org.nafitha.io.ImportException;
import org.nafitha.map.CoordinateTransform;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Projector;
import org.nafitha.map.Style;

/**
 * A layer from a file a GIS specialist brings (any format of {@code org.nafitha.io.formats}: Shapefile, GeoJSON,
 * GeoPackage, or a table — CSV, XLSX — with lat/lon columns). Geometries go from the file's CRS (declared, or given) to WGS84, then to the
 * map's projection. Features without geometry are skipped.
 */
public final class FileLayers {

    private FileLayers() {
    }

    /**
     * @param crs the file's CRS when it declares none (e.g. "EPSG:32636"); null to require a declared one
     * @param label the attribute to label features with, or null for none
     */
    public static MapLayer load(Formats formats, Path file, String crs, Projector projector, String label) throws ImportException {
        Format format = formats.forFile(file, null);
        List<MapLayer.MapFeature> features = new ArrayList<>();
        String name = String.valueOf(file.getFileName());
        try (FeatureReader reader = format.open(file)) {
            List<Feature> read = new ArrayList<>();
            Feature f;
            while ((f = reader.next()) != null) {
                read.add(f);
            }
            String declared = reader.declaredCrs();
            boolean latLon = read.stream().anyMatch(x -> x.geometry() == null && lonLat(x) != null);
            String code = declared != null ? declared : latLon ? Crs.WGS84 : crs;
            read = withPoints(read, file);
            boolean any = read.stream().anyMatch(x -> x.geometry() != null);
            if (any && code == null) {
                throw ImportException.of(file, null, "crs", "the CRS of the geometries: the file declares none, give it (e.g. EPSG:4326)", null);
            }
            Crs source = code == null || code.equalsIgnoreCase(Crs.WGS84) ? null : code.startsWith("+") ? Crs.fromProj4("file", code) : Crs.of(code);
            int n = 0;
            for (Feature feature : read) {
                n++;
                if (feature.geometry() == null) {
                    continue;
                }
                Geometry g = feature.geometry().copy();
                if (source != null) {
                    CoordinateTransform.apply(g, source::unproject);
                }
                Map<String, Object> attributes = new LinkedHashMap<>(feature.attributes());
                Object id = attributes.getOrDefault("code", attributes.getOrDefault("id", attributes.getOrDefault("fid", n)));
                features.add(new MapLayer.MapFeature(String.valueOf(id), projector.project(g), attributes));
            }
        } catch (IOException e) {
            throw ImportException.of(file, null, null, "a readable file", e.toString());
        }
        Style style = new Style().fill(new Color(0x9CC3A5)).stroke(new Color(0x2E5E3A), 1.2f).opacity(0.55).pointSize(6);
        if (label != null) {
            style.label(label);
        }
        return new MapLayer("file:" + name, name, style, features);
    }

    /** lat/lon (or latitude/longitude) columns of a table, as WGS84 (lon, lat), or null. */
    private static double[] lonLat(Feature f) {
        Object lat = first(f, "lat", "latitude");
        Object lon = first(f, "lon", "lng", "longitude");
        try {
            return lat == null || lon == null ? null : new double[] {Double.parseDouble(lon.toString()), Double.parseDouble(lat.toString())};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object first(Feature f, String... names) {
        for (Map.Entry<String, Object> e : f.attributes().entrySet()) {
            for (String n : names) {
                if (e.getKey().equalsIgnoreCase(n) && e.getValue() != null) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** Tables (CSV, XLSX) with lat/lon columns become points. */
    private static List<Feature> withPoints(List<Feature> read, Path file) {
        GeometryFactory factory = new GeometryFactory();
        List<Feature> out = new ArrayList<>(read.size());
        for (Feature f : read) {
            double[] ll = f.geometry() == null ? lonLat(f) : null;
            out.add(ll == null ? f : new Feature(f.location(), factory.createPoint(new Coordinate(ll[0], ll[1])),
                    new LinkedHashMap<>(f.attributes())));
        }
        return out;
    }
}
