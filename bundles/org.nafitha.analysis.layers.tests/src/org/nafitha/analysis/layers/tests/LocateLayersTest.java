package org.nafitha.analysis.layers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.nafitha.geo.Crs;
import org.nafitha.locate.Instance;
import org.nafitha.analysis.layers.LocateLayers;
import org.nafitha.locate.LocateResult;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solution;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.map.sources.LayerSources;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Projector;
import org.nafitha.map.Style;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.SiteRole;

/** The chosen sites and the allocation lines of a hand-made answer on a hand-made scenario. */
class LocateLayersTest {

    private static final NafithaFactory F = NafithaFactory.eINSTANCE;
    private final Projector projector = new Projector(Crs.of(Crs.UTM_36N));

    private static DemandZone zone(String code, double lon, double lat, long population) {
        DemandZone z = F.createDemandZone();
        z.setCode(code);
        z.setNameEn("Zone " + code);
        z.setLongitude(lon);
        z.setLatitude(lat);
        z.setPopulation(population);
        return z;
    }

    /** Zones A, B, C, D; center CSC-1 (existing) and candidate sites S-2, S-3. */
    private static Scenario scenario() {
        Scenario s = F.createScenario();
        s.setCode("T");
        s.getDemandZones().add(zone("A", 35.0, 31.0, 100));
        s.getDemandZones().add(zone("B", 35.1, 31.0, 50));
        s.getDemandZones().add(zone("C", 36.0, 32.0, 10));
        s.getDemandZones().add(zone("D", 36.5, 32.5, 5));
        ServiceCenter c = F.createServiceCenter();
        c.setCode("CSC-1");
        c.setNameEn("Center one");
        c.setNameAr("المركز الأول");
        c.setKind(CenterKind.COMPREHENSIVE_CENTER);
        c.setStatus(CenterStatus.EXISTING);
        c.setLongitude(35.05);
        c.setLatitude(31.0);
        s.getCenters().add(c);
        for (String[] site : new String[][] {{"S-2", "36.0", "32.1"}, {"S-3", "37.0", "33.0"}}) {
            CandidateSite cs = F.createCandidateSite();
            cs.setCode(site[0]);
            cs.setNameEn("Site " + site[0]);
            cs.setLongitude(Double.parseDouble(site[1]));
            cs.setLatitude(Double.parseDouble(site[2]));
            cs.setRole(SiteRole.CANDIDATE);
            s.getCandidateSites().add(cs);
        }
        return s;
    }

    /** The instance a scenario gives (zones by population; the existing center required, the sites candidates). */
    private static Instance instance() {
        return Instance.of(new String[] {"A", "B", "C", "D"}, new double[] {35.0, 35.1, 36.0, 36.5}, new double[] {31.0, 31.0, 32.0, 32.5},
                new double[] {100, 50, 10, 5}, new String[] {"CSC-1", "S-2", "S-3"}, new double[] {35.05, 36.0, 37.0},
                new double[] {31.0, 32.1, 33.0}, new Instance.Status[] {Instance.Status.REQUIRED, Instance.Status.CANDIDATE,
                        Instance.Status.CANDIDATE}, null, true, Double.POSITIVE_INFINITY, 0);
    }

    /** CSC-1 and S-2 open; A and B go to CSC-1, C to S-2, D to none (as beyond a cutoff). */
    private static Solution solution() {
        return new Solution(Problem.pMedian(2), "by hand", 0, new int[] {1, 0}, new int[] {0, 0, 1, -1}, Double.NaN, Double.NaN, Double.NaN, 0, 0);
    }

    private static MapLayer layer(List<MapLayer> layers, String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no layer " + id));
    }

    @Test
    void anExistingCenterTheProblemCouldCloseIsKeptNotOpenedWhenChosen() {
        // the wizard may let existing centers compete as candidates: one chosen still stands today, so it is kept
        Instance free = Instance.of(new String[] {"A", "B", "C", "D"}, new double[] {35.0, 35.1, 36.0, 36.5},
                new double[] {31.0, 31.0, 32.0, 32.5}, new double[] {100, 50, 10, 5}, new String[] {"CSC-1", "S-2", "S-3"},
                new double[] {35.05, 36.0, 37.0}, new double[] {31.0, 32.1, 33.0}, new Instance.Status[] {Instance.Status.CANDIDATE,
                        Instance.Status.CANDIDATE, Instance.Status.CANDIDATE}, null, true, Double.POSITIVE_INFINITY, 0);
        List<MapLayer> layers = new LocateLayers().layers(new LayerSource.Input(scenario(), Map.of(LocateResult.KEY,
                new LocateResult(free, solution())), projector));
        List<MapLayer.MapFeature> chosen = layer(layers, LocateLayers.SITES).features();
        assertEquals(LocateLayers.KEPT, chosen.get(0).attributes().get("role"), "CSC-1 exists today");
        assertEquals(LocateLayers.OPENED, chosen.get(1).attributes().get("role"), "S-2 is a candidate site");
    }

    @Test
    void theChosenSitesAreStarsWithWhatTheyServeAndEachZoneIsLinedToItsSite() {
        Scenario s = scenario();
        List<MapLayer> layers = new LocateLayers().layers(new LayerSource.Input(s, Map.of(LocateResult.KEY, new LocateResult(instance(),
                solution())), projector));
        assertEquals(List.of(LocateLayers.ALLOCATION, LocateLayers.SITES), layers.stream().map(MapLayer::id).toList(), "lines below the sites");

        MapLayer sites = layer(layers, LocateLayers.SITES);
        assertEquals("Chosen sites (p-median, 2)", sites.name());
        assertEquals(List.of("CSC-1", "S-2"), sites.features().stream().map(MapLayer.MapFeature::id).toList(), "S-3 was not chosen");
        Map<String, Object> kept = sites.features().get(0).attributes();
        assertEquals("Center one", kept.get("name"));
        assertEquals(LocateLayers.KEPT, kept.get("role"), "the existing center was required");
        assertEquals(2L, kept.get("zones"), "A and B");
        assertEquals(150.0, kept.get("served"), "100 + 50 residents");
        Map<String, Object> opened = sites.features().get(1).attributes();
        assertEquals(LocateLayers.OPENED, opened.get("role"));
        assertEquals(1L, opened.get("zones"));
        assertEquals(10.0, opened.get("served"));
        Coordinate s2 = projector.point(36.0, 32.1).getCoordinate();
        assertEquals(s2.x, sites.features().get(1).geometry().getCoordinate().x, 1e-6);
        assertEquals(Style.Marker.STAR, sites.style().marker(), "a symbol of its own");
        assertEquals("name", sites.style().labelField(), "labelled with the site's name");
        assertEquals(2, sites.legend().size(), "kept and opened in the legend");

        MapLayer lines = layer(layers, LocateLayers.ALLOCATION);
        assertEquals(List.of("A", "B", "C"), lines.features().stream().map(MapLayer.MapFeature::id).toList(), "D has no site: no line");
        LineString a = (LineString) lines.features().get(0).geometry();
        Coordinate zoneA = projector.point(35.0, 31.0).getCoordinate();
        Coordinate center = projector.point(35.05, 31.0).getCoordinate();
        assertEquals(zoneA.x, a.getCoordinateN(0).x, 1e-6);
        assertEquals(center.y, a.getCoordinateN(1).y, 1e-6);
        assertEquals("CSC-1", lines.features().get(0).attributes().get("site"));
        // A to CSC-1: 0.05° of longitude along 31° N: 6371.0088 km x cos 31° x 0.05 x π/180 = 6371.0088 x 0.857167 x 0.000872665 = 4.7656 km
        assertEquals(4.7656, (double) lines.features().get(0).attributes().get("km"), 1e-3);
        assertTrue(lines.style().strokeWidth() < 1, "thin lines");
    }

    @Test
    void nothingToDrawWithoutAnAnswerAndArabicNamesWhenAsked() {
        assertEquals(List.of(), new LocateLayers().layers(new LayerSource.Input(scenario(), Map.of(), projector)));
        List<MapLayer> arabic = new LocateLayers(true).layers(new LayerSource.Input(scenario(), Map.of(LocateResult.KEY, new LocateResult(instance(),
                solution())), projector));
        assertEquals("المركز الأول", layer(arabic, LocateLayers.SITES).features().get(0).attributes().get("name"));
        assertEquals("Site S-2", layer(arabic, LocateLayers.SITES).features().get(1).attributes().get("name"), "no Arabic name: the English one");
    }

    @Test
    void aSolutionOfAnotherInstanceIsRefused() {
        Solution tooShort = new Solution(Problem.pMedian(1), "x", 0, new int[] {0}, new int[] {0, 0}, Double.NaN, Double.NaN, Double.NaN, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LocateResult(instance(), tooShort));
        assertEquals("a solution assigning 2 demand points: expected the instance's 4", e.getMessage());
        Solution badSite = new Solution(Problem.pMedian(1), "x", 0, new int[] {7}, new int[] {0, 0, 0, 0}, Double.NaN, Double.NaN, Double.NaN, 0, 0);
        assertEquals("chosen site 7: expected 0 to 2", assertThrows(IllegalArgumentException.class, () -> new LocateResult(instance(), badSite))
                .getMessage());
    }

    @Test
    void theLayersAreContributedToTheMap() {
        List<String> problems = new ArrayList<>();
        assertTrue(LayerSources.fromExtensions(problems).get("org.nafitha.locate.layers") instanceof LocateLayers, problems.toString());
        assertEquals(List.of(), problems);
    }
}
