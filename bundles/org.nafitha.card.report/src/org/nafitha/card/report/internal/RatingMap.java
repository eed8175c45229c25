package org.nafitha.card.report.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.nafitha.card.CardResult;
import org.nafitha.geo.Crs;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.map.MapLayer;
import org.nafitha.map.MapRenderer;
import org.nafitha.map.Projector;
import org.nafitha.map.sources.ScenarioLayers;
import org.nafitha.map.Style;
import org.nafitha.map.Viewport;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * The map of the card: the study area, the scenario's regions and demand zones, the unserved zones ringed in red, and
 * the centers coloured by their rating (a categorized style), drawn by the map engine in UTM 36N with a legend.
 */
public final class RatingMap {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 760;

    private RatingMap() {
    }

    /** The category of a rating in the legend: {@code ★★★★☆☆☆ 4}, or the "not rated" words. */
    public static String category(Integer rating, int levels, Texts t) {
        return rating == null ? t.get("ratings.unrated") : t.stars(rating, levels) + "  " + rating;
    }

    /** The map, or null when the scenario places no center of the card. */
    public static BufferedImage render(CardResult card, Scenario scenario, Map<String, Object> results, Texts t) {
        if (scenario == null) {
            return null;
        }
        Projector projector = new Projector(Crs.of(Crs.UTM_36N));
        List<MapLayer> layers = new ArrayList<>();
        String area = scenario.getStudyArea();
        if (area != null && !area.isBlank()) {
            try {
                Geometry g = projector.project(new WKTReader().read(area));
                layers.add(new MapLayer("study-area", t.get("map.studyArea"), new Style().fill(new Color(0xFBF8F1)).stroke(new Color(0x6D6D6D), 1.5f),
                        List.of(new MapLayer.MapFeature("study-area", g, Map.of()))));
            } catch (ParseException | RuntimeException e) {
                // a study area that is not WKT is not drawn; the rest of the map still is
            }
        }
        for (MapLayer l : new ScenarioLayers(t.arabic()).layers(new LayerSource.Input(scenario, results == null ? Map.of() : results, projector))) {
            if (l.id().equals(ScenarioLayers.REGIONS)) {
                layers.add(l);
            }
        }
        Map<String, DemandZone> zonesByCode = new HashMap<>();
        List<MapLayer.MapFeature> zones = new ArrayList<>();
        for (DemandZone z : scenario.getDemandZones()) {
            zonesByCode.put(z.getCode(), z);
            zones.add(new MapLayer.MapFeature(z.getCode(), projector.point(z.getLongitude(), z.getLatitude()), Map.of()));
        }
        if (!zones.isEmpty()) {
            layers.add(new MapLayer(ScenarioLayers.ZONES, t.get("map.zones"), new Style().fill(new Color(0xBDB6A6)).stroke(new Color(0x8A7F6A), 0.5f)
                    .pointSize(4).opacity(0.8), zones));
        }
        List<MapLayer.MapFeature> unserved = new ArrayList<>();
        for (CardResult.UnservedZone u : card.national().unserved()) {
            DemandZone z = zonesByCode.get(u.code());
            if (z != null) {
                unserved.add(new MapLayer.MapFeature(u.code(), projector.point(z.getLongitude(), z.getLatitude()), Map.of()));
            }
        }
        if (!unserved.isEmpty()) {
            layers.add(new MapLayer("unserved", t.get("map.unserved"), new Style().fill(new Color(255, 255, 255, 0)).stroke(new Color(0xD32F2F), 2f)
                    .pointSize(14), unserved));
        }
        Map<String, ServiceCenter> centersByCode = new HashMap<>();
        for (ServiceCenter c : scenario.getCenters()) {
            centersByCode.put(c.getCode(), c);
        }
        int levels = card.scale().levels();
        Map<String, Color> colors = new LinkedHashMap<>();
        for (int r = levels; r >= 1; r--) {
            colors.put(category(r, levels, t), Charts.ratingColor(r, levels));
        }
        colors.put(category(null, levels, t), Charts.ratingColor(null, levels));
        List<MapLayer.MapFeature> centers = new ArrayList<>();
        // the best on top: features are drawn in order
        List<CardResult.CenterCard> ordered = new ArrayList<>(card.centers());
        ordered.sort((a, b) -> Integer.compare(a.rating() == null ? 0 : a.rating(), b.rating() == null ? 0 : b.rating()));
        for (CardResult.CenterCard c : ordered) {
            ServiceCenter sc = centersByCode.get(c.code());
            if (sc == null) {
                continue;
            }
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("rating", category(c.rating(), levels, t));
            boolean comprehensive = c.kind() != null && Texts.normalize(c.kind()).startsWith("comprehensive");
            if (comprehensive) {
                attributes.put("label", t.name(c.nameEn(), c.nameAr()));
            }
            centers.add(new MapLayer.MapFeature(c.code(), projector.point(sc.getLongitude(), sc.getLatitude()), attributes));
        }
        if (centers.isEmpty()) {
            return null;
        }
        layers.add(new MapLayer(ScenarioLayers.CENTERS, t.get("map.centers"), new Style().pointSize(9).stroke(new Color(0x263238), 1f)
                .categorized("rating", colors).label("label"), centers));
        Envelope all = new Envelope();
        layers.forEach(l -> all.expandToInclude(l.bounds()));
        Viewport view = Viewport.fit(projector.crs(), all, 0.04, WIDTH, HEIGHT);
        String title = t.get("map.title") + " \u2014 " + t.name(card.scenarioNameEn(), card.scenarioNameAr());
        return MapRenderer.render(layers, view, MapRenderer.Decorations.all(title));
    }
}
