package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;
import org.nafitha.geo.GreatCircle;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.sample.SampleScenario;

/** {@code nafitha network}: a road layer to a cost table, end to end on the sample scenario. */
class NetworkCommandTest extends CliRunning {

    /**
     * One road from the first place of the sample straight to its first center, a primary road (80 km/h by the default
     * class table), another (a track, 15 km/h) from the center onwards 0.1 degree east. Both ends snap exactly (0 km off
     * the road): the place is length / 80 x 60 minutes from the center; places farther than the snapping distance from the
     * road reach nothing.
     */
    @Test
    void aRoadFromAPlaceToACenter(@TempDir Path dir) throws Exception {
        Scenario s = SampleScenario.create();
        DemandPoints.Point place = DemandPoints.of(s).get(0);
        ServiceCenter center = s.getCenters().get(0);
        String geojson = String.format(Locale.ROOT, """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"highway":"primary","oneway":"no"},"geometry":{"type":"LineString","coordinates":[[%s,%s],[%s,%s]]}},
                {"type":"Feature","properties":{"highway":"track","oneway":null},"geometry":{"type":"LineString","coordinates":[[%s,%s],[%s,%s]]}}]}
                """, place.longitude(), place.latitude(), center.getLongitude(), center.getLatitude(), center.getLongitude(),
                center.getLatitude(), center.getLongitude() + 0.1, center.getLatitude());
        Path roads = dir.resolve("roads.geojson");
        Files.writeString(roads, geojson);
        Path costs = dir.resolve("costs.csv");
        assertEquals(Cli.OK, run("network", "--roads", roads.toString(), "--class-field", "highway", "--oneway-field", "oneway",
                "--scenario", "sample", "--out", costs.toString(), "--max-minutes", "600", "--snap-km", "0.5"), err());
        double km = GreatCircle.distanceKm(place.latitude(), place.longitude(), center.getLatitude(), center.getLongitude());
        List<String> lines = Files.readAllLines(costs);
        assertEquals("origin,destination,minutes", lines.get(0));
        String expected = place.code() + "," + center.getCode() + "," + String.format(Locale.ROOT, "%.2f", km / 80 * 60);
        assertTrue(lines.contains(expected), expected + " in " + lines);
        // Aqaba, 300 km south, is nowhere near the road: none of its places reaches anything
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("JO-AQ")), lines.toString());
        assertTrue(out().contains("pairs within 600.0 min"), out());
    }

    /**
     * A grid of roads over the north of Jordan (0.05 degree apart, primary roads east-west, tertiary north-south, one
     * in three of the north-south ones one-way), with the isochrone map: the costs file and a PNG.
     */
    @Test
    void isochronesOnAMap(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        int n = 0;
        for (int r = 0; r <= 40; r++) {
            for (int c = 0; c <= 40; c++) {
                double lon = 35.5 + c * 0.05;
                double lat = 30.8 + r * 0.05;
                if (c < 40) {
                    sb.append(n++ > 0 ? "," : "").append(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"highway\":"
                            + "\"primary\",\"oneway\":\"no\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[%s,%s],[%s,%s]]}}",
                            lon, lat, 35.5 + (c + 1) * 0.05, lat));
                }
                if (r < 40) {
                    sb.append(n++ > 0 ? "," : "").append(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"highway\":"
                            + "\"tertiary\",\"oneway\":\"%s\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[%s,%s],[%s,%s]]}}",
                            c % 3 == 0 ? "yes" : "no", lon, lat, lon, 30.8 + (r + 1) * 0.05));
                }
            }
        }
        Path roads = dir.resolve("grid.geojson");
        Files.writeString(roads, sb.append("]}").toString());
        Path map = dir.resolve("isochrones.png");
        assertEquals(Cli.OK, run("network", "--roads", roads.toString(), "--class-field", "highway", "--oneway-field", "oneway",
                "--scenario", "sample", "--out", dir.resolve("costs.csv").toString(), "--map", map.toString()), err());
        assertTrue(Files.size(map) > 10_000, "a drawn map");
        assertTrue(Files.readAllLines(dir.resolve("costs.csv")).size() > 10);
        Path keep = Path.of(System.getProperty("java.io.tmpdir"), "nafitha-isochrones.png");
        Files.copy(map, keep, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aRoadClassNotInTheTableIsRefusedWithTheFeature(@TempDir Path dir) throws Exception {
        Path roads = dir.resolve("roads.geojson");
        Files.writeString(roads, """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"highway":"primary"},"geometry":{"type":"LineString","coordinates":[[35.9,31.9],[36.0,32.0]]}},
                {"type":"Feature","properties":{"highway":"goat path"},"geometry":{"type":"LineString","coordinates":[[36.0,32.0],[36.1,32.0]]}}]}
                """);
        Path costs = dir.resolve("costs.csv");
        assertEquals(Cli.DATA_ERROR, run("network", "--roads", roads.toString(), "--class-field", "highway", "--scenario", "sample", "--out",
                costs.toString()));
        assertTrue(err().contains("roads.geojson, feature 2, field 'highway': expected a class of the speed table"), err());
        assertTrue(err().contains("goat path"), err());
        assertFalse(Files.exists(costs));
    }

    @Test
    void aSpeedTableOfOneOwnAndABadSpeed(@TempDir Path dir) throws Exception {
        Path roads = dir.resolve("roads.geojson");
        Files.writeString(roads, """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"kmh":"fast"},"geometry":{"type":"LineString","coordinates":[[35.9,31.9],[36.0,32.0]]}}]}
                """);
        assertEquals(Cli.DATA_ERROR, run("network", "--roads", roads.toString(), "--speed-field", "kmh", "--scenario", "sample", "--out",
                dir.resolve("c.csv").toString()));
        assertTrue(err().contains("feature 1, field 'kmh': expected a speed in km/h, more than 0, found 'fast'"), err());
        Path speeds = dir.resolve("speeds.csv");
        Files.writeString(speeds, "class,kmh\nprimary,0\n");
        assertEquals(Cli.DATA_ERROR, run("network", "--roads", roads.toString(), "--class-field", "kmh", "--speeds", speeds.toString(),
                "--scenario", "sample", "--out", dir.resolve("c.csv").toString()));
        assertTrue(err().contains("speeds.csv, line 2, field 'kmh': expected a speed in km/h, more than 0"), err());
        assertEquals(Cli.USAGE_ERROR, run("network", "--roads", roads.toString(), "--scenario", "sample", "--out", "c.csv"));
    }
}
