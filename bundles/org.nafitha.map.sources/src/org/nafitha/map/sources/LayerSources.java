package org.nafitha.map.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nafitha.core.Contributions;
import org.nafitha.map.MapLayer;

/** The layer sources contributed to {@code org.nafitha.map.layers}; the scenario's own outside an OSGi runtime. */
public final class LayerSources {

    public static final String EXTENSION_POINT = "org.nafitha.map.layers";
    /** The id of the scenario's own source (regions, zones, centers, candidate sites). */
    public static final String SCENARIO = "org.nafitha.map.scenario";

    private LayerSources() {
    }

    /**
     * Sources by id, the scenario's own first, then the others in contribution order (each source's layers are drawn
     * over the ones before), read by {@link Contributions}: a contribution whose class is missing or not a
     * {@link LayerSource}, or whose id is missing or taken, is logged and skipped, and described in {@code problems}
     * when given. Outside an OSGi runtime, the scenario's own source alone.
     */
    public static Map<String, LayerSource> fromExtensions(List<String> problems) {
        Map<String, LayerSource> sources = new LinkedHashMap<>();
        if (!Contributions.registryRuns()) {
            sources.put(SCENARIO, new ScenarioLayers());
            return sources;
        }
        Contributions.read(EXTENSION_POINT, e -> {
            String id = Contributions.required(e, "id");
            LayerSource source = Contributions.create(e, "class", LayerSource.class);
            if (sources.containsKey(id)) {
                throw new IllegalArgumentException("another layer source has the id '" + id + "'");
            }
            if (source instanceof ScenarioLayers) {
                // the scenario's own layers at the bottom: analysis results are drawn over them
                Map<String, LayerSource> rest = new LinkedHashMap<>(sources);
                sources.clear();
                sources.put(id, source);
                sources.putAll(rest);
            } else {
                sources.put(id, source);
            }
            return source;
        }, problems);
        return sources;
    }

    /** The sources with each {@link LayerSource.Bilingual} one in Arabic when {@code arabic} (same ids, same order). */
    public static Map<String, LayerSource> inLanguage(Map<String, LayerSource> sources, boolean arabic) {
        Map<String, LayerSource> in = new LinkedHashMap<>();
        sources.forEach((id, s) -> in.put(id, arabic && s instanceof LayerSource.Bilingual b ? b.inArabic() : s));
        return in;
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
