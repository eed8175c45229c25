package org.nafitha.map.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.nafitha.map.MapLayer;

/** The layer sources contributed to {@code org.nafitha.map.layers}; the scenario's own outside an OSGi runtime. */
public final class LayerSources {

    public static final String EXTENSION_POINT = "org.nafitha.map.layers";

    private LayerSources() {
    }

    /**
     * Sources by id, the scenario's own first, then the others in contribution order (each source's layers are drawn
     * over the ones before); those that cannot be created are reported in {@code problems}.
     */
    public static Map<String, LayerSource> fromExtensions(List<String> problems) {
        Map<String, LayerSource> sources = new LinkedHashMap<>();
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        if (registry == null) {
            sources.put("org.nafitha.map.scenario", new ScenarioLayers());
            return sources;
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                Object created = e.createExecutableExtension("class");
                if (!(created instanceof LayerSource source)) {
                    throw new IllegalStateException(created.getClass().getName() + " does not implement " + LayerSource.class.getName());
                }
                if (ScenarioLayers.class.getName().equals(e.getAttribute("class"))) {
                    // the scenario's own layers at the bottom: analysis results are drawn over them
                    Map<String, LayerSource> rest = new LinkedHashMap<>(sources);
                    sources.clear();
                    sources.put(e.getAttribute("id"), source);
                    rest.forEach(sources::putIfAbsent);
                } else {
                    sources.putIfAbsent(e.getAttribute("id"), source);
                }
            } catch (CoreException | RuntimeException ex) {
                if (problems != null) {
                    problems.add(e.getContributor().getName() + ": " + ex.getMessage());
                }
            }
        }
        return sources;
    }

    /** Every layer of every source for an input, bottom first. */
    public static List<MapLayer> layers(Map<String, LayerSource> sources, LayerSource.Input input) {
        List<MapLayer> layers = new ArrayList<>();
        for (LayerSource s : sources.values()) {
            layers.addAll(s.layers(input));
        }
        return layers;
    }
}
