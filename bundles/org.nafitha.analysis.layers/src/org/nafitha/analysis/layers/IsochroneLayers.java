package org.nafitha.analysis.layers;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.nafitha.geo.Isochrones;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Style;
import org.nafitha.map.sources.LayerSource;

/**
 * Network isochrones on the map, when a result holds them ({@link Isochrones#KEY}, from {@code nafitha network
 * --map}): the areas within each band of travel time of the nearest center (by default 15, 30 and 60 minutes; by
 * road, then off the road for the rest of the time, see {@link IsochroneAreas}), and over them the roads, coloured by
 * band from near (dark green) to far (orange).
 */
public final class IsochroneLayers implements LayerSource.Bilingual {

    private static final Color[] RAMP = {new Color(0x1B7837), new Color(0x7FBC41), new Color(0xFDB863), new Color(0xE66101),
        new Color(0xB2182B)};

    /** The id of the areas' layer (the roads' is {@code network.isochrones}). */
    public static final String AREAS = "network.isochrone.areas";

    private final boolean arabic;

    public IsochroneLayers() {
        this(false);
    }

    /** With names and legend in Arabic. */
    public IsochroneLayers(boolean arabic) {
        this.arabic = arabic;
    }

    @Override
    public LayerSource inArabic() {
        return new IsochroneLayers(true);
    }

    @Override
    public List<MapLayer> layers(Input input) {
        if (!(input.results().get(Isochrones.KEY) instanceof Isochrones iso)) {
            return List.of();
        }
        GeometryFactory geometries = new GeometryFactory();
        double[] bands = iso.bands();
        Map<String, Color> colors = new LinkedHashMap<>();
        String[] labels = new String[bands.length];
        for (int k = 0; k < bands.length; k++) {
            String minutes = String.format(Locale.ROOT, "%s", bands[k] == Math.rint(bands[k]) ? Long.toString((long) bands[k]) : bands[k]);
            labels[k] = arabic ? "ضمن " + minutes + " دقيقة" : "within " + minutes + " min";
            colors.put(labels[k], RAMP[Math.min(k, RAMP.length - 1)]);
        }
        List<MapLayer.MapFeature> roads = new ArrayList<>();
        int[] id = {0};
        iso.forEachSegment((x1, y1, x2, y2, band) -> {
            Point a = input.projector().point(x1, y1);
            Point b = input.projector().point(x2, y2);
            int k = 0;
            while (bands[k] != band) {
                k++;
            }
            roads.add(new MapLayer.MapFeature("r" + id[0]++, geometries.createLineString(new Coordinate[] {a.getCoordinate(), b.getCoordinate()}),
                    Map.of("band", labels[k], "minutes", band)));
        });
        // the largest band first, so each smaller one is drawn over it
        List<MapLayer.MapFeature> areas = new ArrayList<>();
        for (int k = bands.length - 1; k >= 0; k--) {
            Geometry area = IsochroneAreas.within(iso, bands[k], input.projector(), geometries);
            if (!area.isEmpty()) {
                areas.add(new MapLayer.MapFeature("a" + k, area, Map.of("band", labels[k], "minutes", bands[k])));
            }
        }
        return List.of(new MapLayer(AREAS, arabic ? "المناطق ضمن زمن الوصول" : "Reach of the nearest center",
                new Style().fill(RAMP[0]).stroke(new Color(0x555555), 0.5f).opacity(0.35).categorized("band", colors), areas),
                new MapLayer("network.isochrones", arabic ? "زمن الطريق إلى أقرب مركز" : "Road time to the nearest center",
                new Style().stroke(RAMP[0], 2f).categorized("band", colors), roads));
    }
}
