package org.nafitha.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.nafitha.map.MapLayer;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.map.sources.LayerSources;
import org.nafitha.map.sources.ScenarioLayers;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.ui.NafithaUi;

/**
 * The map's layers in drawing order (bottom first), with the group each is listed under in the Layers view, the ones
 * the planner took off, and the listeners told of every change: the Layers view, the legend and the attribute table
 * follow it.
 */
final class LayerStack {

    private final MapView owner;
    private final List<MapLayer> layers = new ArrayList<>();
    private final Map<String, LayerGroup> groups = new HashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final ListenerList<MapView.LayersListener> listeners = new ListenerList<>();

    LayerStack(MapView owner) {
        this.owner = owner;
    }

    List<MapLayer> list() {
        return layers;
    }

    ListenerList<MapView.LayersListener> listeners() {
        return listeners;
    }

    LayerGroup group(MapLayer layer) {
        return groups.getOrDefault(layer.id(), LayerGroup.RESULTS);
    }

    void fire() {
        for (MapView.LayersListener l : listeners) {
            l.layersChanged(owner);
        }
    }

    /** A file's or table's layer, below the scenario's (one of the same id is replaced). */
    void addBelow(MapLayer layer) {
        layers.removeIf(l -> l.id().equals(layer.id()));
        layers.add(0, layer);
        groups.put(layer.id(), LayerGroup.ADDED);
        removed.remove(layer.id());
        fire();
    }

    boolean move(MapLayer layer, int to) {
        int at = layers.indexOf(layer);
        int index = Math.max(0, Math.min(layers.size() - 1, to));
        if (at < 0 || index == at) {
            return false;
        }
        layers.remove(at);
        layers.add(index, layer);
        fire();
        return true;
    }

    boolean setVisible(MapLayer layer, boolean visible) {
        if (layer.visible() == visible) {
            return false;
        }
        layer.setVisible(visible);
        fire();
        return true;
    }

    boolean remove(MapLayer layer) {
        if (!layers.remove(layer)) {
            return false;
        }
        removed.add(layer.id());
        fire();
        return true;
    }

    /**
     * The layers of every source again, for the scenario as it is now and the latest analysis results of it (coverage's
     * catchments and accessibility, a plugin's routes...): after an edit or an analysis run. Visibility, style, order and
     * selection are kept by layer id; a new layer comes in after the one before it in its source; a removed one stays off.
     * On a viewed roadmap year's state the centers' layer has the centers open that year only (not those yet to open or
     * closed), as the centers table lists them.
     */
    void reload(LayerSource.Input input, boolean arabic) {
        boolean openOnly = NafithaUi.getDefault().getViewedYear().isViewing();
        Map<String, MapLayer> before = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (MapLayer l : layers) {
            before.put(l.id(), l);
            order.add(l.id());
        }
        List<MapLayer> fresh = new ArrayList<>(layers.stream().filter(l -> group(l) == LayerGroup.ADDED).toList());
        Map<String, LayerSource> sources = LayerSources.inLanguage(LayerSources.fromExtensions(null), arabic);
        for (Map.Entry<String, LayerSource> source : sources.entrySet()) {
            LayerGroup group = LayerSources.SCENARIO.equals(source.getKey()) ? LayerGroup.SCENARIO : LayerGroup.RESULTS;
            for (MapLayer made : source.getValue().layers(input)) {
                MapLayer l = openOnly && ScenarioLayers.CENTERS.equals(made.id()) ? openCenters(made, input.scenario()) : made;
                if (removed.contains(l.id())) {
                    continue;
                }
                groups.put(l.id(), group);
                MapLayer old = before.get(l.id());
                if (old != null) {
                    l.setVisible(old.visible());
                    l.setStyle(old.style()); // the planner's style survives an edit or a new run
                    l.select(old.selection());
                }
                fresh.add(l);
            }
        }
        List<MapLayer> ordered = keepOrder(fresh, order);
        layers.clear();
        layers.addAll(ordered);
        fire();
    }

    private static MapLayer openCenters(MapLayer centers, Scenario s) {
        Set<String> open = new HashSet<>();
        for (ServiceCenter c : s.getCenters()) {
            if (c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED) {
                open.add(c.getCode());
            }
        }
        return new MapLayer(centers.id(), centers.name(), centers.style(), centers.features().stream().filter(f -> open.contains(f.id())).toList());
    }

    /** The fresh layers in the order the planner gave the earlier ones; a new one after its predecessor in {@code fresh}. */
    static List<MapLayer> keepOrder(List<MapLayer> fresh, List<String> order) {
        List<MapLayer> result = new ArrayList<>();
        for (String id : order) {
            fresh.stream().filter(l -> l.id().equals(id)).findFirst().ifPresent(result::add);
        }
        for (int i = 0; i < fresh.size(); i++) {
            MapLayer l = fresh.get(i);
            if (!result.contains(l)) {
                int after = i == 0 ? -1 : result.indexOf(fresh.get(i - 1));
                result.add(after + 1, l);
            }
        }
        return result;
    }
}
