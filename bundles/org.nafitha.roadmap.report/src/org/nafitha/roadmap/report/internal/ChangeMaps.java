package org.nafitha.roadmap.report.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.nafitha.geo.Crs;
import org.nafitha.map.MapLayer;
import org.nafitha.map.MapRenderer;
import org.nafitha.map.Projector;
import org.nafitha.map.Style;
import org.nafitha.map.Viewport;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.map.sources.ScenarioLayers;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.roadmap.RoadmapResult;
import org.nafitha.roadmap.YearState;

/**
 * A small map per year of what changes: the regions, the centers open at the end of the year in grey, and the centers
 * an action of that year touches, coloured by what happens to them (opened, closed, other works), drawn by the map
 * engine in UTM 36N.
 */
public final class ChangeMaps {

    public static final int WIDTH = 480;
    public static final int HEIGHT = 420;

    private static final Color OPENED = new Color(0x2E7D32);
    private static final Color CLOSED = new Color(0xC62828);
    private static final Color CHANGED = new Color(0x1565C0);

    private ChangeMaps() {
    }

    /** The map of a year; null when the year's state places no center. */
    public static BufferedImage render(Scenario scenario, RoadmapResult.Year year, RoadmapTexts t) {
        YearState state = YearState.of(scenario, year.year());
        Projector projector = new Projector(Crs.of(Crs.UTM_36N));
        List<MapLayer> layers = new ArrayList<>();
        String area = scenario.getStudyArea();
        if (area != null && !area.isBlank()) {
            try {
                Geometry g = projector.project(new WKTReader().read(area));
                layers.add(new MapLayer("study-area", t.get("map.studyArea"), new Style().fill(new Color(0xFBF8F1)).stroke(new Color(0x6D6D6D), 1f),
                        List.of(new MapLayer.MapFeature("study-area", g, Map.of()))));
            } catch (ParseException | RuntimeException e) {
                // a study area that is not WKT is left out; the rest of the map is still drawn
            }
        }
        for (MapLayer l : new ScenarioLayers(t.arabic()).layers(new LayerSource.Input(state.scenario(), Map.of(), projector))) {
            if (l.id().equals(ScenarioLayers.REGIONS)) {
                layers.add(l);
            }
        }
        List<MapLayer.MapFeature> open = new ArrayList<>();
        for (ServiceCenter c : state.openCenters()) {
            open.add(new MapLayer.MapFeature(c.getCode(), projector.point(c.getLongitude(), c.getLatitude()), Map.of()));
        }
        if (open.isEmpty()) {
            return null;
        }
        layers.add(new MapLayer(ScenarioLayers.CENTERS, t.get("map.centers"), new Style().fill(new Color(0xB0B0B0)).stroke(new Color(0x808080), 0.5f)
                .pointSize(4), open));
        Map<String, Color> colors = new LinkedHashMap<>();
        colors.put(t.get("map.opened"), OPENED);
        colors.put(t.get("map.closed"), CLOSED);
        colors.put(t.get("map.changed"), CHANGED);
        List<MapLayer.MapFeature> changed = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (RoadmapResult.ActionCost a : year.actions()) {
            if (a.latitude() == null || a.longitude() == null || a.target() == null) {
                continue;
            }
            String what = a.kind().equals("OPEN_CENTER") ? t.get("map.opened") : a.kind().equals("CLOSE_CENTER") ? t.get("map.closed") : t.get("map.changed");
            String before = seen.get(a.target());
            if (before != null && !before.equals(t.get("map.changed"))) {
                continue; // opening or closing says more than the works at the same center
            }
            seen.put(a.target(), what);
        }
        for (RoadmapResult.ActionCost a : year.actions()) {
            String what = seen.remove(a.target());
            if (what != null) {
                changed.add(new MapLayer.MapFeature(a.target(), projector.point(a.longitude(), a.latitude()), Map.of("what", what)));
            }
        }
        if (!changed.isEmpty()) {
            layers.add(new MapLayer("changes", t.get("map.changes"), new Style().pointSize(11).stroke(new Color(0x263238), 1f)
                    .categorized("what", colors), changed));
        }
        Envelope all = new Envelope();
        layers.forEach(l -> all.expandToInclude(l.bounds()));
        Viewport view = Viewport.fit(projector.crs(), all, 0.03, WIDTH, HEIGHT);
        return MapRenderer.render(layers, view, new MapRenderer.Decorations(Integer.toString(year.year()), true, false, false));
    }
}
