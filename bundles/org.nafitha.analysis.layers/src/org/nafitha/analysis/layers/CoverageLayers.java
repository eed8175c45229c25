package org.nafitha.analysis.layers;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Style;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.model.DemandZone;
import org.nafitha.model.ServiceCenter;

/**
 * The coverage analysis on the map, when its result is at hand: catchments (a line from each zone to its nearest open
 * center), zones within or beyond their area type's thresholds, and the accessibility of each zone in quintiles; per
 * district outline, the share of residents within the thresholds and the mean accessibility ({@link DistrictChoropleth}).
 */
public final class CoverageLayers implements LayerSource.Bilingual {

    private final boolean arabic;

    public CoverageLayers() {
        this(false);
    }

    /** With names and legend in Arabic. */
    public CoverageLayers(boolean arabic) {
        this.arabic = arabic;
    }

    @Override
    public LayerSource inArabic() {
        return new CoverageLayers(true);
    }

    private String t(String english, String arabicText) {
        return arabic ? arabicText : english;
    }

    @Override
    public List<MapLayer> layers(Input input) {
        if (!(input.results().get(CoverageAnalyzer.ID) instanceof CoverageResult r) || input.scenario() == null) {
            return List.of();
        }
        Map<String, DemandZone> zones = new HashMap<>();
        input.scenario().getDemandZones().forEach(z -> zones.put(z.getCode(), z));
        Map<String, ServiceCenter> centers = new HashMap<>();
        input.scenario().getCenters().forEach(c -> centers.put(c.getCode(), c));
        GeometryFactory geometries = new GeometryFactory();
        String withinText = t("within the thresholds", "ضمن الحدود");
        String beyondText = t("beyond the thresholds", "خارج الحدود");
        List<MapLayer.MapFeature> lines = new ArrayList<>();
        List<MapLayer.MapFeature> covered = new ArrayList<>();
        List<MapLayer.MapFeature> access = new ArrayList<>();
        double[] values = r.zones().stream().mapToDouble(CoverageResult.Zone::access).sorted().toArray();
        for (CoverageResult.Zone z : r.zones()) {
            DemandZone zone = zones.get(z.code());
            if (zone == null) {
                continue;
            }
            var at = input.projector().point(zone.getLongitude(), zone.getLatitude());
            ServiceCenter c = centers.get(z.nearestCenter());
            if (c != null) {
                var to = input.projector().point(c.getLongitude(), c.getLatitude());
                lines.add(new MapLayer.MapFeature(z.code(), geometries.createLineString(new Coordinate[] {at.getCoordinate(), to.getCoordinate()}),
                        Map.of("center", c.getCode())));
            }
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("code", z.code());
            a.put("covered", z.covered() ? withinText : beyondText);
            a.put("access", z.access());
            covered.add(new MapLayer.MapFeature(z.code(), at, a));
            access.add(new MapLayer.MapFeature(z.code(), at, a));
        }
        Map<String, Color> coverColors = new LinkedHashMap<>();
        coverColors.put(withinText, new Color(0x2E7D32));
        coverColors.put(beyondText, new Color(0xC62828));
        List<Style.Band> quintiles = new ArrayList<>();
        Color[] ramp = {new Color(0xD7191C), new Color(0xFDAE61), new Color(0xFFFFBF), new Color(0xA6D96A), new Color(0x1A9641)};
        for (int q = 1; q <= 5; q++) {
            double upTo = q == 5 ? Double.POSITIVE_INFINITY : quantile(values, q / 5.0);
            String upToText = String.format("%.2f", upTo);
            quintiles.add(new Style.Band(upTo, ramp[q - 1], 12, q == 5 ? t("highest fifth", "الخُمس الأعلى")
                    : t("fifth " + q + " (≤ " + upToText + ")", "الخُمس " + FIFTHS_AR[q - 1] + " (≤ " + upToText + ")")));
        }
        List<MapLayer> layers = new ArrayList<>(DistrictChoropleth.layers(input, r, arabic));
        layers.add(new MapLayer("coverage.catchments", t("Catchments (nearest center)", "مناطق الخدمة (أقرب مركز)"), new Style().stroke(new Color(0x607D8B), 0.8f).opacity(0.7), lines));
        MapLayer within = new MapLayer("coverage.covered", t("Within the distance and time thresholds", "ضمن حدود المسافة والزمن"), new Style().pointSize(11)
                .stroke(Color.WHITE, 1f).categorized("covered", coverColors), covered);
        MapLayer accessibility = new MapLayer("coverage.access", t("Accessibility (" + r.method() + ", quintiles)",
                "إمكانية الوصول (" + r.method() + "، خُمسيات)"), new Style()
                .stroke(new Color(0x333333), 1f).graduated("access", quintiles), access);
        accessibility.setVisible(false); // one zone symbol at a time: the planner switches between the two
        layers.add(accessibility);
        layers.add(within);
        return layers;
    }

    private static final String[] FIFTHS_AR = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس"};

    private static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
        return sorted[i];
    }
}
