package org.nafitha.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.nafitha.geo.Crs;
import org.nafitha.io.Formats;
import org.nafitha.map.MapLayer;
import org.nafitha.map.MapRenderer;
import org.nafitha.map.Projector;
import org.nafitha.map.Viewport;
import org.nafitha.map.sources.FileLayers;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.map.sources.ScenarioLayers;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.sample.SampleScenario;

class MapEngineTest {

    private final Projector projector = new Projector(Crs.of(Crs.UTM_36N));

    @Test
    void aViewportMapsMetresToPixelsAndBack() {
        Viewport v = new Viewport(projector.crs(), new Envelope(700_000, 900_000, 3_300_000, 3_600_000), 800, 600);
        // the envelope is widened to the image's 4:3: 300 km high needs 400 km across
        assertEquals(400_000, v.world().getWidth(), 1e-6);
        double[] w = v.toWorld(v.pixelX(812_345), v.pixelY(3_456_789));
        assertEquals(812_345, w[0], 1e-6);
        assertEquals(3_456_789, w[1], 1e-6);
        Viewport zoomed = v.zoom(2, 200, 150);
        assertEquals(v.scale() * 2, zoomed.scale(), 1e-12);
        double[] before = v.toWorld(200, 150);
        double[] after = zoomed.toWorld(200, 150);
        assertEquals(before[0], after[0], 1e-6, "zooming keeps the point under the cursor");
        assertEquals(before[1], after[1], 1e-6);
        Viewport panned = v.pan(100, 0);
        assertEquals(v.world().getMinX() - 100 / v.scale(), panned.world().getMinX(), 1e-6);
    }

    @Test
    void aBoxDrawnOnTheMapBecomesTheView() {
        Viewport v = new Viewport(projector.crs(), new Envelope(700_000, 1_100_000, 3_300_000, 3_600_000), 800, 600);
        // 800 px for 400 km: 0.002 px/m. The box from (100,150) to (300,300) px is 200 x 150 px, 100 x 75 km, the
        // image's 4:3, so it fills the image: x from 700 + 100/0.002 m = 750 km to 850 km, y (pixels count down from
        // the top at 3,600 km) from 3,600 - 300/0.002 m = 3,450 km to 3,525 km
        Viewport boxed = v.box(300, 300, 100, 150);
        assertEquals(750_000, boxed.world().getMinX(), 1e-6);
        assertEquals(850_000, boxed.world().getMaxX(), 1e-6);
        assertEquals(3_450_000, boxed.world().getMinY(), 1e-6);
        assertEquals(3_525_000, boxed.world().getMaxY(), 1e-6);
        assertEquals(v.scale() * 4, boxed.scale(), 1e-12, "a quarter of the width: four times closer");
        // a box of 100 x 150 px (50 x 75 km) is tighter up: 75 km high in 600 px, 100 km wide, centred on x = 775 km
        Viewport tall = v.box(100, 150, 200, 300);
        assertEquals(100_000, tall.world().getWidth(), 1e-6);
        assertEquals(775_000, tall.world().centre().x, 1e-6);
        IllegalArgumentException flat = Assertions.assertThrows(IllegalArgumentException.class, () -> v.box(10, 10, 300, 10));
        assertTrue(flat.getMessage().contains("expected at least a pixel each way"), flat.getMessage());
    }

    @Test
    void theSampleDrawsItsCentersWhereTheyAreAndHitTestingFindsThem() {
        Scenario s = SampleScenario.create();
        List<MapLayer> layers = new ScenarioLayers().layers(new LayerSource.Input(s, Map.of(), projector));
        MapLayer centers = layers.stream().filter(l -> l.id().equals(ScenarioLayers.CENTERS)).findFirst().orElseThrow();
        assertEquals(s.getCenters().size(), centers.features().size());
        Envelope all = new Envelope();
        layers.forEach(l -> all.expandToInclude(l.bounds()));
        Viewport view = Viewport.fit(projector.crs(), all, 0.05, 1200, 900);
        // only the comprehensive centers (an office shares Aqaba's seat): a center's pixel takes its category's colour
        MapLayer comprehensive = new MapLayer("c", "c", centers.style(),
                centers.features().stream().filter(f -> f.id().startsWith("CSC-")).toList());
        List<MapLayer> only = List.of(comprehensive);
        centers = comprehensive;
        BufferedImage image = MapRenderer.render(only, view, MapRenderer.Decorations.none());
        ServiceCenter aqaba = s.getCenters().stream().filter(c -> c.getCode().equals("CSC-AQ")).findFirst().orElseThrow();
        double[] xy = projector.crs().project(aqaba.getLongitude(), aqaba.getLatitude());
        int px = (int) Math.round(view.pixelX(xy[0]));
        int py = (int) Math.round(view.pixelY(xy[1]));
        assertEquals(new Color(0x1B5E20).getRGB(), image.getRGB(px, py), "Aqaba's existing comprehensive center is dark green");
        MapLayer.MapFeature hit = centers.hit(view, px + 2, py + 1, 5);
        assertNotNull(hit);
        assertEquals("CSC-AQ", hit.id());
        assertNull(centers.hit(view, 5, 5, 3), "nothing in the corner");
        centers.select(Set.of("CSC-AQ"));
        BufferedImage selected = MapRenderer.render(only, view, MapRenderer.Decorations.none());
        int ring = selected.getRGB(px + 6, py);
        assertEquals(Color.RED.getRGB(), ring, "a selected center gets a red ring");
    }

    @Test
    void theLegendScaleBarAndNorthArrowAreDrawn() {
        Scenario s = SampleScenario.create();
        List<MapLayer> layers = new ScenarioLayers().layers(new LayerSource.Input(s, Map.of(), projector));
        Envelope all = new Envelope();
        layers.forEach(l -> all.expandToInclude(l.bounds()));
        Viewport view = Viewport.fit(projector.crs(), all, 0.05, 1000, 800);
        BufferedImage bare = MapRenderer.render(layers, view, MapRenderer.Decorations.none());
        BufferedImage full = MapRenderer.render(layers, view, MapRenderer.Decorations.all("Jordan"));
        assertTrue(differs(bare, full, 780, 12, 990, 200), "the legend in the top right corner");
        assertTrue(differs(bare, full, 10, 760, 300, 795), "the scale bar at the bottom left");
        assertTrue(differs(bare, full, 945, 700, 990, 770), "the north arrow at the bottom right");
        MapLayer zones = layers.stream().filter(l -> l.id().equals(ScenarioLayers.ZONES)).findFirst().orElseThrow();
        assertEquals(4, zones.legend().size(), "four population classes");
    }

    private static boolean differs(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void arabicLabelsAreShapedRightToLeft() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        Assumptions.assumeTrue(font.canDisplayUpTo("عمان") == -1, "skipped: no font with Arabic glyphs on this machine");
        TextLayout layout = new TextLayout("عمان", font, new FontRenderContext(null, true, true));
        assertFalse(layout.isLeftToRight(), "Arabic runs right to left");
        // shaped: the joined letters of the word are narrower than the four letters set apart
        double joined = layout.getAdvance();
        double apart = 0;
        for (String letter : new String[] {"ع", "م", "ا", "ن"}) {
            apart += new TextLayout(letter, font, new FontRenderContext(null, true, true)).getAdvance();
        }
        assertTrue(joined < apart, "joined " + joined + " vs isolated " + apart);
    }

    @Test
    void theGovernoratesGeoPackageIsALayer() throws Exception {
        Path gov = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolveSibling("shared").resolve("data").resolve("jordan-boundaries").resolve("gov_simpl_20m.gpkg");
            if (Files.isRegularFile(c)) {
                gov = c;
                break;
            }
        }
        Assumptions.assumeTrue(gov != null, "skipped: ../shared/data/jordan-boundaries is not on this machine");
        MapLayer layer = FileLayers.load(Formats.builtIn(), gov, null, projector, "name_en");
        assertEquals(12, layer.features().size());
        Envelope e = layer.bounds();
        // Jordan in UTM 36N: about 650 to 1,100 km east, 3,230 to 3,700 km north
        assertTrue(e.getMinX() > 600_000 && e.getMaxX() < 1_150_000 && e.getMinY() > 3_200_000 && e.getMaxY() < 3_720_000, e.toString());
    }
}
