package org.nafitha.map.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.nafitha.geo.Crs;
import org.nafitha.map.Classification;
import org.nafitha.map.Classification.Field;
import org.nafitha.map.Classification.Method;
import org.nafitha.map.Classification.Ramp;
import org.nafitha.map.MapLayer;
import org.nafitha.map.MapRenderer;
import org.nafitha.map.Style;
import org.nafitha.map.Viewport;

class ClassificationTest {

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    /** Ten points 10 km apart on a line, "pop" 1 to 10 (the third given as text, as a CSV column would be). */
    private static MapLayer tenPoints(Style style) {
        List<MapLayer.MapFeature> features = new ArrayList<>();
        String[] kinds = {"b", "a", "b", "c", "a", "b", "d", "e", "f", "g"};
        for (int i = 1; i <= 10; i++) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("code", "P" + i);
            a.put("pop", i == 3 ? "3" : (Object) (long) i);
            a.put("kind", kinds[i - 1]);
            a.put("open", i % 2 == 0);
            a.put("note", null);
            features.add(new MapLayer.MapFeature("P" + i, GEOMETRIES.createPoint(new Coordinate(500_000 + i * 10_000, 3_500_000)), a));
        }
        return new MapLayer("ten", "Ten points", style, features);
    }

    @Test
    void quantileBreaksPutAboutAsManyValuesInEachClass() {
        double[] values = {7, 1, 3, 10, 5, 2, 8, 4, 9, 6};
        // n = 10, N = 4: class k ends at v[ceil(k*10/4) - 1]: v[ceil 2.5 - 1] = v[2] = 3, v[ceil 5 - 1] = v[4] = 5,
        // v[ceil 7.5 - 1] = v[7] = 8, and the last at the largest, 10 (classes of 3, 2, 3 and 2 values)
        assertArrayEquals(new double[] {3, 5, 8, 10}, Classification.breaks(values, 4, Method.QUANTILE), 0);
        // repeated values: {5,5,5,5,9} in 3 classes: v[ceil 5/3 - 1] = v[1] = 5, v[ceil 10/3 - 1] = v[3] = 5 (the same
        // break again: merged), then 9 — two classes
        assertArrayEquals(new double[] {5, 9}, Classification.breaks(new double[] {5, 9, 5, 5, 5}, 3, Method.QUANTILE), 0);
        assertArrayEquals(new double[] {4}, Classification.breaks(new double[] {4, 4, 4}, 5, Method.QUANTILE), 0, "one value, one class");
    }

    @Test
    void equalIntervalBreaksCutTheRangeIntoEqualWidths() {
        // 1 to 10 in 3 classes: width (10 - 1) / 3 = 3: 1 + 3 = 4, 1 + 6 = 7, 10
        assertArrayEquals(new double[] {4, 7, 10}, Classification.breaks(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 3, Method.EQUAL_INTERVAL), 0);
        // 0, 2 and 100 in 4 classes: width 25, whatever the values between
        assertArrayEquals(new double[] {25, 50, 75, 100}, Classification.breaks(new double[] {0, 2, 100}, 4, Method.EQUAL_INTERVAL), 0);
        // NaN (no value) is left out: -1 to 1 in 2 classes ends at 0 and 1
        assertArrayEquals(new double[] {0, 1}, Classification.breaks(new double[] {-1, Double.NaN, 1}, 2, Method.EQUAL_INTERVAL), 0);
    }

    @Test
    void badClassCountsAndEmptyValuesAreRefused() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> Classification.breaks(new double[] {1}, 0, Method.QUANTILE));
        assertEquals("0 classes: expected 1 to 12", zero.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Classification.breaks(new double[] {Double.NaN}, 3,
                Method.QUANTILE));
        assertTrue(none.getMessage().contains("expected at least one finite number"), none.getMessage());
    }

    @Test
    void aLayerListsItsFieldsAndWhichAreNumeric() {
        List<Field> fields = Classification.fields(tenPoints(new Style()));
        // pop: numbers and one numeric text; open: booleans; note: never a value
        assertEquals(List.of(new Field("code", false), new Field("pop", true), new Field("kind", false), new Field("open", false),
                new Field("note", false)), fields);
    }

    @Test
    void aGraduatedStyleColoursAndSizesPointsByClass() {
        Style base = new Style().pointSize(8).stroke(Color.WHITE, 1f).label("code");
        MapLayer layer = tenPoints(base);
        Style graduated = Classification.graduated(base, layer, "pop", 4, Method.QUANTILE, Ramp.YELLOW_RED);
        assertNotSame(base, graduated);
        assertTrue(base.bands().isEmpty(), "the base style is left as it was");
        assertEquals("code", graduated.labelField(), "the rest of the style is kept");
        List<Style.Band> bands = graduated.bands();
        // breaks as in the quantile test: 3, 5, 8, 10
        assertEquals(List.of(3.0, 5.0, 8.0, 10.0), bands.stream().map(Style.Band::upTo).toList());
        // sizes from half to twice the base 8: 8 * (0.5 + 1.5 k / 3) = 4, 8, 12, 16
        assertEquals(List.of(4.0, 8.0, 12.0, 16.0), bands.stream().map(Style.Band::pointSize).toList());
        assertEquals(List.of("1 – 3", "3 – 5", "5 – 8", "8 – 10"), bands.stream().map(Style.Band::label).toList());
        // four colours along the five stops at t = 0, 1/3, 2/3, 1: the ends are the ramp's ends (FFFFB2, BD0026); the
        // second at 4/3 of the way through the stops, a third from FECC5C (254,204,92) to FD8D3C (253,141,60):
        // 254 - 1/3 = 253.67 -> 254, 204 - 63/3 = 183, 92 - 32/3 = 81.33 -> 81
        assertEquals(new Color(0xFFFFB2), bands.get(0).color());
        assertEquals(new Color(254, 183, 81), bands.get(1).color());
        assertEquals(new Color(0xBD0026), bands.get(3).color());

        layer.setStyle(graduated);
        assertEquals(4, layer.legend().size(), "the legend has a line per class");
        assertEquals(16.0, layer.legend().get(3).pointSize());
        // drawn: P4 (pop 4) is in the second class, P3 ("3" as text) in the first
        Viewport view = new Viewport(Crs.of(Crs.UTM_36N), new Envelope(500_000, 620_000, 3_440_000, 3_560_000), 240, 240);
        BufferedImage image = MapRenderer.render(List.of(layer), view, MapRenderer.Decorations.none());
        assertEquals(new Color(254, 183, 81).getRGB(), image.getRGB((int) Math.round(view.pixelX(540_000)), (int) Math.round(view.pixelY(3_500_000))));
        assertEquals(new Color(0xFFFFB2).getRGB(), image.getRGB((int) Math.round(view.pixelX(530_000)), (int) Math.round(view.pixelY(3_500_000))));
    }

    @Test
    void equalIntervalsWithFractionsAreLabelledWithDecimals() {
        List<MapLayer.MapFeature> features = new ArrayList<>();
        double[] shares = {0.1, 0.25, 0.4};
        for (int i = 0; i < shares.length; i++) {
            features.add(new MapLayer.MapFeature("Z" + i, GEOMETRIES.createPolygon(new Coordinate[] {new Coordinate(i, 0), new Coordinate(i + 1, 0),
                    new Coordinate(i + 1, 1), new Coordinate(i, 0)}), Map.of("share", shares[i])));
        }
        MapLayer areas = new MapLayer("z", "Zones", new Style().pointSize(6), features);
        Style s = Classification.graduated(areas.style(), areas, "share", 3, Method.EQUAL_INTERVAL, Ramp.BLUES);
        // width (0.4 - 0.1) / 3 = 0.1: breaks 0.2, 0.3, 0.4; range 0.3 -> 2 - floor(log10 0.3) = 3 decimals
        assertEquals(List.of("0.100 – 0.200", "0.200 – 0.300", "0.300 – 0.400"), s.bands().stream().map(Style.Band::label).toList());
        assertEquals(List.of(6.0, 6.0, 6.0), s.bands().stream().map(Style.Band::pointSize).toList(), "areas keep the point size");
        // three colours of BLUES at t = 0, 1/2, 1: its first, middle and last stops
        assertEquals(List.of(new Color(0xEFF3FF), new Color(0x6BAED6), new Color(0x08519C)), s.bands().stream().map(Style.Band::color).toList());
    }

    @Test
    void aCategorizedStyleGivesTheMostFrequentValuesTheirOwnColour() {
        MapLayer layer = tenPoints(new Style().pointSize(7));
        Style s = Classification.categorized(layer.style(), layer, "kind");
        // kinds b, a, b, c, a, b, d, e, f, g: b three times, a twice, c d e f g once each; 7 values, all kept, the most
        // frequent first, ties alphabetical
        assertEquals(List.of("b", "a", "c", "d", "e", "f", "g"), List.copyOf(s.categories().keySet()));
        assertEquals(Classification.PALETTE.get(0), s.categories().get("b"));
        assertEquals(Classification.PALETTE.get(6), s.categories().get("g"));
        assertEquals(Classification.OTHER, s.fill(), "features without a value are grey");
        assertEquals("kind", s.classField());
        layer.setStyle(s);
        assertEquals(7, layer.legend().size());
        assertEquals("b", layer.legend().get(0).label());
        assertEquals(7.0, layer.legend().get(0).pointSize());
    }

    @Test
    void moreThanTwelveValuesLeaveTheRarestAsOther() {
        List<MapLayer.MapFeature> features = new ArrayList<>();
        // 15 values: "v00" four times, "v01" three times, "v02" twice, v03 to v14 once each
        int n = 0;
        for (int v = 0; v < 15; v++) {
            int times = v == 0 ? 4 : v == 1 ? 3 : v == 2 ? 2 : 1;
            for (int t = 0; t < times; t++) {
                features.add(new MapLayer.MapFeature("F" + n, GEOMETRIES.createPoint(new Coordinate(n * 1000, 0)), Map.of("agency",
                        String.format("v%02d", v))));
                n++;
            }
        }
        MapLayer layer = new MapLayer("many", "Many", new Style(), features);
        Style s = Classification.categorized(layer.style(), layer, "agency", "أخرى");
        // 12 lines at most: the 11 most frequent (v00, v01, v02, then v03 to v10 alphabetically among the single ones)
        // and "other" for v11 to v14
        List<String> keys = List.copyOf(s.categories().keySet());
        assertEquals(12, keys.size());
        assertEquals(List.of("v00", "v01", "v02", "v03", "v04", "v05", "v06", "v07", "v08", "v09", "v10", "أخرى"), keys);
        assertEquals(Classification.OTHER, s.categories().get("أخرى"));
        assertEquals(Classification.PALETTE.get(10), s.categories().get("v10"));
    }

    @Test
    void classifyingByAFieldTheLayerLacksOrByTextNamesWhatIsExpected() {
        MapLayer layer = tenPoints(new Style());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> Classification.graduated(layer.style(), layer,
                "population", 5, Method.QUANTILE, Ramp.GREENS));
        assertEquals("field 'population' of layer Ten points: expected one of [code, pop, kind, open, note]", missing.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> Classification.graduated(layer.style(), layer, "kind",
                5, Method.QUANTILE, Ramp.GREENS));
        assertEquals("field 'kind' of layer Ten points: expected a numeric attribute (numeric ones: [pop])", text.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Classification.categorized(layer.style(), layer, "note"));
        assertTrue(empty.getMessage().contains("expected values to categorize"), empty.getMessage());
    }

    @Test
    void aStyleSwappedWhileFramesAreDrawnNeverBreaksAFrame() throws Exception {
        MapLayer layer = tenPoints(new Style().fill(Color.BLUE).pointSize(9));
        Viewport view = new Viewport(Crs.of(Crs.UTM_36N), new Envelope(500_000, 620_000, 3_440_000, 3_560_000), 240, 240);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread painter = new Thread(() -> {
            try {
                for (int i = 0; i < 200; i++) {
                    MapRenderer.render(List.of(layer), view, MapRenderer.Decorations.all("t"));
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        painter.start();
        Style.Marker[] markers = Style.Marker.values();
        for (int i = 0; i < 500; i++) {
            Style next = layer.style().copy().marker(markers[i % markers.length]).fill(new Color(i * 40_503 & 0xFFFFFF));
            layer.setStyle(i % 3 == 0 ? Classification.graduated(next, layer, "pop", 1 + i % 6, Method.EQUAL_INTERVAL, Ramp.PURPLES) : next.single());
        }
        painter.join();
        assertEquals(null, failure.get(), "no frame failed while styles changed");
        layer.setStyle(layer.style().copy().single().fill(Color.GREEN).marker(Style.Marker.SQUARE));
        BufferedImage image = MapRenderer.render(List.of(layer), view, MapRenderer.Decorations.none());
        assertEquals(Color.GREEN.getRGB(), image.getRGB((int) Math.round(view.pixelX(550_000)), (int) Math.round(view.pixelY(3_500_000))),
                "the last style is the one drawn");
        assertEquals(Style.Marker.SQUARE, layer.legend().get(0).marker());
    }
}
