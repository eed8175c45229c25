package org.nafitha.analysis.layers;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.nafitha.locate.Instance;
import org.nafitha.locate.LocateResult;
import org.nafitha.locate.Solution;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Style;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.Located;
import org.nafitha.model.Named;
import org.nafitha.model.ServiceCenter;

/**
 * A location-allocation answer on the map, when the results hold a {@link LocateResult} under
 * {@link LocateResult#KEY}: the chosen sites as stars (the existing centers kept apart from the sites opened),
 * labelled, with the zones and residents each serves, and a thin line from each demand zone to its site. Points and
 * sites are found in the scenario by code (zones; centers and candidate sites); one that is not there is left out.
 */
public final class LocateLayers implements LayerSource.Bilingual {

    public static final String SITES = "locate.sites";
    public static final String ALLOCATION = "locate.allocation";
    /** The role of a chosen site that stands today: an existing center, whether the problem required it or not. */
    public static final String KEPT = "kept";
    /** The role of a chosen site the solver opened. */
    public static final String OPENED = "opened";

    private final boolean arabic;

    public LocateLayers() {
        this(false);
    }

    /** With names and legend in Arabic. */
    public LocateLayers(boolean arabic) {
        this.arabic = arabic;
    }

    @Override
    public LayerSource inArabic() {
        return new LocateLayers(true);
    }

    @Override
    public List<MapLayer> layers(Input input) {
        if (!(input.results().get(LocateResult.KEY) instanceof LocateResult result) || input.scenario() == null) {
            return List.of();
        }
        Instance instance = result.instance();
        Solution solution = result.solution();
        Map<String, double[]> zones = new HashMap<>(); // demand id -> lon, lat: a zone's places, or the zone itself
        for (DemandPoints.Point z : DemandPoints.of(input.scenario())) {
            zones.put(z.code(), new double[] {z.longitude(), z.latitude()});
        }
        Map<String, Located> sites = new HashMap<>();
        for (CandidateSite c : input.scenario().getCandidateSites()) {
            sites.put(c.getCode(), c);
        }
        for (ServiceCenter c : input.scenario().getCenters()) {
            sites.put(c.getCode(), c); // a center and a site sharing a code: the center, as an instance lists centers first
        }
        int m = instance.siteCount();
        int[] servedZones = new int[m];
        double[] servedWeight = new double[m];
        GeometryFactory geometries = new GeometryFactory();
        List<MapLayer.MapFeature> lines = new ArrayList<>();
        for (int i = 0; i < instance.demandCount(); i++) {
            int j = solution.assignment()[i];
            if (j < 0) {
                continue;
            }
            servedZones[j]++;
            servedWeight[j] += instance.weight(i);
            double[] from = zones.get(instance.demandId(i));
            Located to = sites.get(instance.siteId(j));
            if (from == null || to == null) {
                continue;
            }
            Point a = input.projector().point(from[0], from[1]);
            Point b = input.projector().point(to.getLongitude(), to.getLatitude());
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("zone", instance.demandId(i));
            attributes.put("site", instance.siteId(j));
            attributes.put("weight", instance.weight(i));
            attributes.put("km", km(instance, i, j));
            lines.add(new MapLayer.MapFeature(instance.demandId(i), geometries.createLineString(new Coordinate[] {a.getCoordinate(),
                    b.getCoordinate()}), attributes));
        }
        List<MapLayer.MapFeature> chosen = new ArrayList<>();
        for (int j : solution.chosen()) {
            String code = instance.siteId(j);
            Located site = sites.get(code);
            if (site == null) {
                continue;
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("code", code);
            attributes.put("name", site instanceof Named n ? name(n) : code);
            // a chosen center that stands today is kept, whether the problem required it or could have closed it
            boolean standing = instance.status(j) == Instance.Status.REQUIRED
                    || site instanceof ServiceCenter center && center.getStatus() == CenterStatus.EXISTING;
            attributes.put("role", standing ? role(KEPT) : role(OPENED));
            attributes.put("zones", (long) servedZones[j]);
            attributes.put("served", servedWeight[j]);
            chosen.add(new MapLayer.MapFeature(code, input.projector().point(site.getLongitude(), site.getLatitude()), attributes));
        }
        String problem = switch (solution.problem().type()) {
            case PMEDIAN -> "p-median";
            case PCENTER -> "p-center";
            default -> solution.problem().type().name(); // MCLP, LSCP
        };
        List<MapLayer> layers = new ArrayList<>();
        layers.add(new MapLayer(ALLOCATION, arabic ? "التخصيص: من كل منطقة إلى موقعها" : "Allocation (zone to its site)",
                new Style().stroke(new Color(0x37474F), 0.8f).opacity(0.6), lines));
        Map<String, Color> roles = new LinkedHashMap<>();
        roles.put(role(KEPT), new Color(0x8E24AA));
        roles.put(role(OPENED), new Color(0xFFB300));
        layers.add(new MapLayer(SITES, (arabic ? "المواقع المختارة (" : "Chosen sites (") + problem + ", " + chosen.size() + ")",
                new Style().marker(Style.Marker.STAR).pointSize(16).stroke(new Color(0x212121), 1.2f).categorized("role", roles).label("name"),
                chosen));
        return layers;
    }

    private String role(String english) {
        if (!arabic) {
            return english;
        }
        return KEPT.equals(english) ? "مُبقى" : "مُفتتح";
    }

    private String name(Named n) {
        String ar = n.getNameAr();
        return arabic && ar != null && !ar.isBlank() ? ar : n.getNameEn();
    }

    /** The distance the instance knows from point i to site j; NaN when j is beyond the point's cutoff. */
    private static double km(Instance instance, int i, int j) {
        for (int k = instance.listStart(i); k < instance.listStart(i + 1); k++) {
            if (instance.listSite(k) == j) {
                return instance.listKm(k);
            }
        }
        return Double.NaN;
    }
}
