package org.nafitha.analysis.layers;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Style;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.model.Region;

/**
 * Coverage and equity per district as choropleths: each demand zone's result drawn on the outline of the region of
 * the same code (the sample's districts), classed by the share of its residents within their area type's thresholds
 * (fixed classes, so two scenarios read alike) and by its population-weighted mean accessibility (quintiles over the
 * zones: where access is lowest, equity asks for a center). Zones without such an outline are left out; without any,
 * there are no layers. Both start hidden: a filled layer is switched on by the planner, as the accessibility points are.
 */
final class DistrictChoropleth {

    static final String COVERED = "coverage.district.covered";
    static final String ACCESS = "coverage.district.access";

    /** Classes of the covered share: upper bound and colour, red (few within reach) to green (all). */
    private static final double[] SHARE_BOUNDS = {0.5, 0.75, 0.9, 0.99, Double.POSITIVE_INFINITY};
    private static final Color[] RAMP = {new Color(0xD7191C), new Color(0xFDAE61), new Color(0xFFFFBF), new Color(0xA6D96A),
            new Color(0x1A9641)};

    private DistrictChoropleth() {
    }

    static List<MapLayer> layers(LayerSource.Input input, CoverageResult r, boolean arabic) {
        Map<String, Region> regions = new HashMap<>();
        input.scenario().getRegions().forEach(g -> regions.put(g.getCode(), g));
        WKTReader wkt = new WKTReader();
        List<MapLayer.MapFeature> features = new ArrayList<>();
        List<Double> access = new ArrayList<>();
        for (CoverageResult.Zone z : r.zones()) {
            Region district = regions.get(z.code());
            if (district == null || district.getGeometryWkt() == null || district.getGeometryWkt().isBlank()) {
                continue;
            }
            Geometry g;
            try {
                g = input.projector().project(wkt.read(district.getGeometryWkt()));
            } catch (ParseException e) {
                continue; // an outline that is not WKT is not drawn (the scenario validator reports it)
            }
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("code", z.code());
            a.put("name", arabic && district.getNameAr() != null ? district.getNameAr() : district.getNameEn());
            a.put("population", z.population());
            a.put("coveredShare", z.population() > 0 ? (double) z.coveredPopulation() / z.population() : 1.0);
            a.put("access", z.access());
            features.add(new MapLayer.MapFeature(z.code(), g, a));
            access.add(z.access());
        }
        if (features.isEmpty()) {
            return List.of();
        }
        List<Style.Band> shareBands = new ArrayList<>();
        double lower = 0;
        for (int i = 0; i < SHARE_BOUNDS.length; i++) {
            String label = i == SHARE_BOUNDS.length - 1 ? percent(lower) + (arabic ? " فأكثر" : " and more")
                    : percent(lower) + " – " + percent(SHARE_BOUNDS[i]);
            shareBands.add(new Style.Band(SHARE_BOUNDS[i], RAMP[i], 0, label));
            lower = SHARE_BOUNDS[i];
        }
        double[] sorted = access.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        List<Style.Band> accessBands = new ArrayList<>();
        for (int q = 1; q <= 5; q++) {
            double upTo = q == 5 ? Double.POSITIVE_INFINITY : quantile(sorted, q / 5.0);
            String label = q == 5 ? (arabic ? "الخُمس الأعلى" : "highest fifth")
                    : (arabic ? "الخُمس " + q : "fifth " + q) + " (≤ " + String.format(Locale.ROOT, "%.2f", upTo) + ")";
            accessBands.add(new Style.Band(upTo, RAMP[q - 1], 0, label));
        }
        Color edge = new Color(0x6D6458);
        MapLayer covered = new MapLayer(COVERED, arabic ? "نسبة السكان ضمن الحدود، لكل لواء" : "Residents within the thresholds, per district",
                new Style().stroke(edge, 0.6f).opacity(0.75).graduated("coveredShare", shareBands), features);
        MapLayer equity = new MapLayer(ACCESS, arabic ? "إمكانية الوصول لكل لواء (خُمسيات)" : "Accessibility per district (quintiles)",
                new Style().stroke(edge, 0.6f).opacity(0.75).graduated("access", accessBands), features);
        covered.setVisible(false);
        equity.setVisible(false);
        return List.of(equity, covered);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private static double quantile(double[] sorted, double p) {
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
        return sorted[i];
    }
}
