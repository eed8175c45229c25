package org.nafitha.map.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.nafitha.geo.Crs;
import org.nafitha.map.MapLayer;
import org.nafitha.map.MapRenderer;
import org.nafitha.map.Style;
import org.nafitha.map.Viewport;

/**
 * The engine's render-time decimation keeps what the map shows: a dense layer's symbols stamped again on the same
 * pixel are skipped (so a half-transparent symbol drawn 30,001 times at one place looks as drawn once, where blending
 * it again and again would make it opaque), and an outline of thousands of vertices drawn at a country-wide scale
 * (simplified within half a pixel) covers the same pixels as drawn whole, but for a few along its edge.
 */
class RenderDecimationTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void aSymbolStampedAgainOnItsPixelIsDrawnOnce() {
        Viewport view = new Viewport(Crs.of(Crs.UTM_36N), new Envelope(0, 1000, 0, 1000), 100, 100);
        Style style = new Style().fill(new Color(0x1565C0)).pointSize(6).opacity(0.5);
        List<MapLayer.MapFeature> dense = new ArrayList<>();
        // 30,000 points at one place (over the 20,000 that make a layer dense) and one elsewhere
        for (int i = 0; i < 30_000; i++) {
            dense.add(new MapLayer.MapFeature("p" + i, GF.createPoint(new Coordinate(500, 500)), Map.of()));
        }
        dense.add(new MapLayer.MapFeature("q", GF.createPoint(new Coordinate(200, 200)), Map.of()));
        List<MapLayer.MapFeature> once = List.of(new MapLayer.MapFeature("p", GF.createPoint(new Coordinate(500, 500)), Map.of()),
                new MapLayer.MapFeature("q", GF.createPoint(new Coordinate(200, 200)), Map.of()));
        BufferedImage a = MapRenderer.render(List.of(new MapLayer("a", "a", style, dense)), view, MapRenderer.Decorations.none());
        BufferedImage b = MapRenderer.render(List.of(new MapLayer("b", "b", style, once)), view, MapRenderer.Decorations.none());
        assertArrayEquals(a.getRGB(0, 0, 100, 100, null, 0, 100), b.getRGB(0, 0, 100, 100, null, 0, 100));
        // half transparent: the symbol's middle is a mix of blue and the background, not blue
        assertTrue((a.getRGB(50, 50) & 0xFFFFFF) != 0x1565C0, Integer.toHexString(a.getRGB(50, 50)));
    }

    @Test
    void aDetailedOutlineAtCountryScaleCoversTheSamePixels() {
        // a circle of 20 km radius with 20,000 vertices (one every 6 m), seen 200 km across in 400 pixels: 500 m a pixel
        Coordinate[] ring = new Coordinate[20_001];
        for (int i = 0; i < 20_000; i++) {
            double t = 2 * Math.PI * i / 20_000;
            ring[i] = new Coordinate(100_000 + 20_000 * Math.cos(t), 100_000 + 20_000 * Math.sin(t));
        }
        ring[20_000] = ring[0];
        MapLayer.MapFeature circle = new MapLayer.MapFeature("c", GF.createPolygon(ring), Map.of());
        Viewport view = new Viewport(Crs.of(Crs.UTM_36N), new Envelope(0, 200_000, 0, 200_000), 400, 400);
        Style style = new Style().fill(new Color(0x2E7D32)).stroke(new Color(0x1B5E20), 1f);
        BufferedImage drawn = MapRenderer.render(List.of(new MapLayer("c", "c", style, List.of(circle))), view, MapRenderer.Decorations.none());
        // the circle as a disc of pixels: inside 78 pixels (39 km) of the middle, green; outside 82, the background
        int background = drawn.getRGB(5, 5);
        int wrong = 0;
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 400; x++) {
                double r = Math.hypot(x + 0.5 - 200, y + 0.5 - 200);
                int rgb = drawn.getRGB(x, y);
                if (r < 38 && rgb != new Color(0x2E7D32).getRGB() || r > 42 && rgb != background) {
                    wrong++;
                }
            }
        }
        assertTrue(wrong == 0, wrong + " pixels away from the edge differ from the whole circle's drawing");
    }
}
