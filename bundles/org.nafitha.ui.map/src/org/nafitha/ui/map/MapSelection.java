package org.nafitha.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Viewport;
import org.nafitha.map.sources.ScenarioLayers;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Named;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * The features selected on the map, in every layer (each {@link MapLayer} holds its own), and their meaning for the
 * workbench: the scenario's centers, zones, candidate sites and regions behind the scenario's layers' features, so the
 * Properties view and the lists follow a click on the map, and the other way round.
 */
final class MapSelection {

    private MapSelection() {
    }

    /** The topmost visible feature within 6 pixels of a pixel, as {layer, feature}, or null. */
    static Object[] hit(List<MapLayer> layers, Viewport view, int x, int y) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            MapLayer layer = layers.get(i);
            if (!layer.visible()) {
                continue;
            }
            MapLayer.MapFeature f = layer.hit(view, x, y, 6);
            if (f != null) {
                return new Object[] {layer, f};
            }
        }
        return null;
    }

    /** Every visible feature inside the box between two pixels (an area wholly inside, a point or line that touches it), by layer. */
    static Map<MapLayer, Set<String>> inBox(List<MapLayer> layers, Viewport view, int x0, int y0, int x1, int y1) {
        double[] a = view.toWorld(x0, y0);
        double[] b = view.toWorld(x1, y1);
        Envelope box = new Envelope(a[0], b[0], a[1], b[1]);
        Geometry area = new GeometryFactory().toGeometry(box);
        Map<MapLayer, Set<String>> found = new HashMap<>();
        for (MapLayer layer : layers) {
            if (!layer.visible()) {
                continue;
            }
            for (MapLayer.MapFeature f : layer.features()) {
                Geometry g = f.geometry();
                if (!box.intersects(g.getEnvelopeInternal())) {
                    continue;
                }
                boolean inside = g.getDimension() == 2 ? box.contains(g.getEnvelopeInternal()) : area.intersects(g);
                if (inside) {
                    found.computeIfAbsent(layer, k -> new LinkedHashSet<>()).add(f.id());
                }
            }
        }
        return found;
    }

    /** The scenario's objects behind the selected features of its own layers (centers, zones, sites, regions). */
    static List<Object> objects(Scenario scenario, List<MapLayer> layers) {
        List<Object> objects = new ArrayList<>();
        if (scenario == null) {
            return objects;
        }
        for (MapLayer layer : layers) {
            List<? extends Named> candidates = named(scenario, layer.id());
            Set<String> ids = layer.selection();
            if (candidates == null || ids.isEmpty()) {
                continue;
            }
            for (Named n : candidates) {
                if (ids.contains(n.getCode())) {
                    objects.add(n);
                }
            }
        }
        return objects;
    }

    /** The scenario's objects of one of its layers (null for another layer). */
    static List<? extends Named> named(Scenario s, String layerId) {
        return switch (layerId) {
            case ScenarioLayers.CENTERS -> s.getCenters();
            case ScenarioLayers.ZONES -> s.getDemandZones();
            case ScenarioLayers.SITES -> s.getCandidateSites();
            case ScenarioLayers.REGIONS -> s.getRegions();
            default -> null;
        };
    }

    /** The object a feature of the scenario's layers stands for, or null. */
    static Named object(Scenario s, String layerId, String code) {
        List<? extends Named> all = s == null ? null : named(s, layerId);
        if (all != null) {
            for (Named n : all) {
                if (code.equals(n.getCode())) {
                    return n;
                }
            }
        }
        return null;
    }

    /** The codes, by layer id, of the workbench's selected objects: what the map rings for a selection made elsewhere. */
    static Map<String, Set<String>> codes(List<?> selected) {
        Map<String, Set<String>> codes = new HashMap<>();
        for (String id : List.of(ScenarioLayers.CENTERS, ScenarioLayers.ZONES, ScenarioLayers.SITES, ScenarioLayers.REGIONS)) {
            codes.put(id, new HashSet<>());
        }
        for (Object o : selected) {
            if (o instanceof ServiceCenter c) {
                codes.get(ScenarioLayers.CENTERS).add(c.getCode());
            } else if (o instanceof DemandZone z) {
                codes.get(ScenarioLayers.ZONES).add(z.getCode());
            } else if (o instanceof CandidateSite c) {
                codes.get(ScenarioLayers.SITES).add(c.getCode());
            } else if (o instanceof Region r) {
                codes.get(ScenarioLayers.REGIONS).add(r.getCode());
            }
        }
        return codes;
    }
}
