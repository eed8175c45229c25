package org.nafitha.cli.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.locationtech.jts.geom.Envelope;
import org.nafitha.analysis.layers.IsochroneLayers;
import org.nafitha.geo.Crs;
import org.nafitha.geo.Isochrones;
import org.nafitha.map.MapLayer;
import org.nafitha.map.MapRenderer;
import org.nafitha.map.Projector;
import org.nafitha.map.Viewport;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.map.sources.LayerSources;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.OutputFiles;

/** {@code nafitha network --map FILE.png}: the isochrones over the scenario's regions and centers, as "nafitha render" draws maps. */
final class IsochroneMap {

    private IsochroneMap() {
    }

    static void write(Scenario scenario, Isochrones iso, Path target, boolean arabic) {
        Crs crs = Crs.of(Crs.JORDAN_TM);
        Projector projector = new Projector(crs);
        Map<String, LayerSource> sources = LayerSources.inLanguage(LayerSources.fromExtensions(null), arabic);
        if (sources.values().stream().noneMatch(s -> s instanceof IsochroneLayers)) {
            sources.put("org.nafitha.network.layers", new IsochroneLayers(arabic));
        }
        List<MapLayer> layers = new ArrayList<>();
        for (MapLayer layer : LayerSources.layers(sources, new LayerSource.Input(scenario, Map.of(Isochrones.KEY, iso), projector))) {
            if (List.of("regions", "centers", IsochroneLayers.AREAS, "network.isochrones").contains(layer.id())) {
                layers.add(layer);
            }
        }
        // the isochrones (areas, then roads, in the source's order) under the centers
        layers.sort((a, b) -> Integer.compare(rank(a.id()), rank(b.id())));
        Envelope all = new Envelope();
        layers.stream().filter(l -> l.id().equals(IsochroneLayers.AREAS) || l.id().equals("network.isochrones")).forEach(l -> all.expandToInclude(l.bounds()));
        if (all.isNull()) {
            layers.stream().filter(MapLayer::visible).forEach(l -> all.expandToInclude(l.bounds()));
        }
        if (all.isNull()) {
            throw new IllegalStateException("nothing to draw: no road within the largest band of a center, and no scenario layer");
        }
        Viewport view = Viewport.fit(crs, all, 0.04, 1600, 1200);
        String title = (arabic ? "زمن الوصول عبر الطرق — " : "Travel time by road — ") + (arabic && scenario.getNameAr() != null
                ? scenario.getNameAr() : scenario.getNameEn());
        BufferedImage image = MapRenderer.render(layers, view, MapRenderer.Decorations.all(title));
        try {
            OutputFiles.write(target, stream -> {
                if (!ImageIO.write(image, "png", stream)) {
                    throw new IOException("no PNG writer");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private static int rank(String id) {
        return switch (id) {
            case "regions" -> 0;
            case IsochroneLayers.AREAS, "network.isochrones" -> 1;
            default -> 2;
        };
    }
}
