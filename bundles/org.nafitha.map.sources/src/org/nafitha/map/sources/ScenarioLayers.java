package org.nafitha.map.sources;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Projector;
import org.nafitha.map.Style;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Named;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * The scenario's own layers: regions (their boundaries, or their seats), demand zones sized by population, centers
 * coloured by kind (planned ones lighter, closed ones grey) and candidate sites. Labels are in the language asked
 * for (names are bilingual).
 */
public final class ScenarioLayers implements LayerSource.Bilingual {

    public static final String REGIONS = "regions";
    public static final String ZONES = "zones";
    public static final String CENTERS = "centers";
    public static final String SITES = "sites";

    private final boolean arabic;

    /** In the language of the default locale (the workbench started with -nl ar draws Arabic names and legends). */
    public ScenarioLayers() {
        this("ar".equals(Locale.getDefault().getLanguage()));
    }

    public ScenarioLayers(boolean arabic) {
        this.arabic = arabic;
    }

    private String name(Named n) {
        String ar = n.getNameAr();
        return arabic && ar != null && !ar.isBlank() ? ar : n.getNameEn();
    }

    @Override
    public LayerSource inArabic() {
        return new ScenarioLayers(true);
    }

    @Override
    public List<MapLayer> layers(Input input) {
        Scenario s = input.scenario();
        Projector projector = input.projector();
        List<MapLayer> layers = new ArrayList<>();
        if (s == null) {
            return layers;
        }
        List<MapLayer.MapFeature> regions = new ArrayList<>();
        WKTReader wkt = new WKTReader();
        for (Region r : s.getRegions()) {
            Geometry g = null;
            if (r.getGeometryWkt() != null && !r.getGeometryWkt().isBlank()) {
                try {
                    g = projector.project(wkt.read(r.getGeometryWkt()));
                } catch (ParseException e) {
                    g = null; // drawn at its seat below
                }
            }
            if (g == null) {
                continue; // a region without a boundary is not an area to draw
            }
            regions.add(new MapLayer.MapFeature(r.getCode(), g, attributes("code", r.getCode(), "name", name(r), "level", r.getLevel().getName())));
        }
        if (!regions.isEmpty()) {
            layers.add(new MapLayer(REGIONS, arabic ? "المناطق" : "Regions", new Style().fill(new Color(0xE3DCCB)).stroke(new Color(0x8A7F6A), 1f)
                    .label("name"), regions));
        }
        List<MapLayer.MapFeature> zones = new ArrayList<>();
        for (DemandZone z : s.getDemandZones()) {
            zones.add(new MapLayer.MapFeature(z.getCode(), projector.point(z.getLongitude(), z.getLatitude()),
                    attributes("code", z.getCode(), "name", name(z), "population", z.getPopulation())));
        }
        if (!zones.isEmpty()) {
            layers.add(new MapLayer(ZONES, arabic ? "مناطق الطلب (السكان)" : "Demand zones (residents)", new Style().stroke(new Color(0x7A4E00), 1f)
                    .opacity(0.85).graduated("population", List.of(
                            new Style.Band(50_000, new Color(0xFFE8A3), 6, "≤ 50,000"),
                            new Style.Band(200_000, new Color(0xFFC857), 10, "≤ 200,000"),
                            new Style.Band(500_000, new Color(0xF29E38), 15, "≤ 500,000"),
                            new Style.Band(Double.POSITIVE_INFINITY, new Color(0xD9622B), 21, "> 500,000"))), zones));
        }
        List<MapLayer.MapFeature> centers = new ArrayList<>();
        for (ServiceCenter c : s.getCenters()) {
            String category = tr(c.getStatus() == CenterStatus.CLOSED ? "closed" : kind(c.getKind()) + (c.getStatus() == CenterStatus.EXISTING ? "" : " (planned)"));
            centers.add(new MapLayer.MapFeature(c.getCode(), projector.point(c.getLongitude(), c.getLatitude()), attributes("code", c.getCode(),
                    "name", name(c), "category", category, "counters", (long) c.getCounters().size(),
                    "label", c.getKind() == CenterKind.COMPREHENSIVE_CENTER ? name(c) : null)));
        }
        if (!centers.isEmpty()) {
            Map<String, Color> colors = new LinkedHashMap<>();
            colors.put(tr("comprehensive"), new Color(0x1B5E20));
            colors.put(tr("comprehensive (planned)"), new Color(0x81C784));
            colors.put(tr("agency branch"), new Color(0x1565C0));
            colors.put(tr("agency branch (planned)"), new Color(0x90CAF9));
            colors.put(tr("municipal office"), new Color(0x6A1B9A));
            colors.put(tr("mobile unit"), new Color(0xC2185B));
            colors.put(tr("kiosk"), new Color(0x00838F));
            colors.put(tr("closed"), new Color(0x9E9E9E));
            layers.add(new MapLayer(CENTERS, arabic ? "المراكز" : "Service centers", new Style().pointSize(8).stroke(Color.WHITE, 1f)
                    .categorized("category", colors).label("label"), centers));
        }
        List<MapLayer.MapFeature> sites = new ArrayList<>();
        for (CandidateSite c : s.getCandidateSites()) {
            sites.add(new MapLayer.MapFeature(c.getCode(), projector.point(c.getLongitude(), c.getLatitude()),
                    attributes("code", c.getCode(), "name", name(c), "role", c.getRole().getName())));
        }
        if (!sites.isEmpty()) {
            layers.add(new MapLayer(SITES, arabic ? "مواقع مرشحة" : "Candidate sites", new Style().fill(new Color(255, 255, 255, 0))
                    .stroke(new Color(0xC62828), 1.5f).pointSize(9), sites));
        }
        return layers;
    }

    /** The legend's categories in Arabic when the layers are Arabic. */
    private String tr(String category) {
        if (!arabic) {
            return category;
        }
        return switch (category) {
        case "comprehensive" -> "مركز شامل";
        case "comprehensive (planned)" -> "مركز شامل (مخطط)";
        case "agency branch" -> "فرع مؤسسة";
        case "agency branch (planned)" -> "فرع مؤسسة (مخطط)";
        case "municipal office" -> "مكتب بلدي";
        case "municipal office (planned)" -> "مكتب بلدي (مخطط)";
        case "mobile unit" -> "وحدة متنقلة";
        case "mobile unit (planned)" -> "وحدة متنقلة (مخططة)";
        case "kiosk" -> "كشك خدمة ذاتية";
        case "kiosk (planned)" -> "كشك خدمة ذاتية (مخطط)";
        case "closed" -> "مغلق";
        default -> category;
        };
    }

    private static String kind(CenterKind k) {
        return switch (k) {
            case COMPREHENSIVE_CENTER -> "comprehensive";
            case AGENCY_BRANCH -> "agency branch";
            case MUNICIPAL_OFFICE -> "municipal office";
            case MOBILE_UNIT -> "mobile unit";
            case KIOSK -> "kiosk";
        };
    }

    static Map<String, Object> attributes(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
