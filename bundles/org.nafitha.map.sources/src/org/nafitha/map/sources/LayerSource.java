package org.nafitha.map.sources;

import java.util.List;
import java.util.Map;

import org.nafitha.map.MapLayer;
import org.nafitha.map.Projector;
import org.nafitha.model.Scenario;

/**
 * Makes map layers, contributed through {@code org.nafitha.map.layers}: from a scenario's objects, from analysis
 * results, from files or tables. Layers come in the map's projected CRS, through {@link Projector}.
 */
public interface LayerSource {

    /** What a source may draw on: the scenario, the analysis results by analyzer id, and the map's projection. */
    record Input(Scenario scenario, Map<String, Object> results, Projector projector) {
    }

    /** The layers this source makes for the input, bottom first; none when it has nothing to show. */
    List<MapLayer> layers(Input input);

    /**
     * A source whose layer names, legends and labels come in English and Arabic: the map view and "nafitha render" ask
     * for the Arabic one in an Arabic workbench or with --lang ar.
     */
    interface Bilingual extends LayerSource {

        /** The same source, naming its layers and legend in Arabic. */
        LayerSource inArabic();
    }
}
