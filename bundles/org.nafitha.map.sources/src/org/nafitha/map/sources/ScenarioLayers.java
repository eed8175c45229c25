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
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * The scenario's own layers: the country (the study area's outline), district outlines, governorates with their names, demand zones sized by population, centers
 * coloured by kind (planned ones lighter, closed ones grey) and candidate sites. Labels are in the language asked
 * for (names are bilingual).
 */
public final class ScenarioLayers implements LayerSource.Bilingual {

    /** The study area's outline (the country), drawn first. */
    public static final String COUNTRY = "country";
    /** The outlines of the regions of level district and below, over the country and under the governorates. */
    public static final String DISTRICTS = "districts";
    /** The governorates (and any region above district level) with their names. */
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
        WKTReader wkt = new WKTReader();
        Geometry country = outline(wkt, projector, s.getStudyArea());
        if (country != null) {
            layers.add(new MapLayer(COUNTRY, arabic ? "حدود الدولة" : "Country outline", new Style().fill(new Color(0xE3DCCB))
                    .stroke(new Color(0x6D6458), 1.6f), List.of(new MapLayer.MapFeature(COUNTRY, country, attributes("name", name(s))))));
        }
        List<MapLayer.MapFeature> regions = new ArrayList<>();
        List<MapLayer.MapFeature> districts = new ArrayList<>();
        for (Region r : s.getRegions()) {
            Geometry g = outline(wkt, projector, r.getGeometryWkt());
            if (g == null) {
                continue; // a region without a boundary is not an area to draw
            }
            boolean district = r.getLevel() == RegionLevel.DISTRICT || r.getLevel() == RegionLevel.SUBDISTRICT;
            (district ? districts : regions).add(new MapLayer.MapFeature(r.getCode(), g, attributes("code", r.getCode(), "name", name(r),
                    "level", r.getLevel().getName(), "parent", r.getParent() == null ? null : r.getParent().getCode())));
        }
        if (!districts.isEmpty()) {
            layers.add(new MapLayer(DISTRICTS, arabic ? "الألوية" : "Districts", new Style().fill(new Color(0, 0, 0, 0))
                    .stroke(new Color(0x998D77), 0.8f), districts));
        }
        if (!regions.isEmpty()) {
            // over the country's fill, the governorates are outlines; alone, they are the land
            Color fill = country != null ? new Color(0, 0, 0, 0) : new Color(0xE3DCCB);
            layers.add(new MapLayer(REGIONS, arabic ? "المحافظات" : "Governorates", new Style().fill(fill).stroke(new Color(0x7A705E), 1.3f)
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

    /** A WKT outline projected, or null when there is none or it is not WKT (then it is not drawn). */
    private static Geometry outline(WKTReader wkt, Projector projector, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return projector.project(wkt.read(text));
        } catch (ParseException e) {
            return null;
        }
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
