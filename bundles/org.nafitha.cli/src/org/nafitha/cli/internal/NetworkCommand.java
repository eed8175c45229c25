package org.nafitha.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.geo.Isochrones;
import org.nafitha.geo.RoadGraph;
import org.nafitha.geo.RoadSnap;
import org.nafitha.geo.TravelTimes;
import org.nafitha.io.ImportException;
import org.nafitha.io.RoadLayers;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.file.OutputFiles;

/**
 * {@code nafitha network}: travel times from a road layer. The roads become a graph, the scenario's places (zones and
 * settlements) and its centers and candidate sites snap onto the nearest road within a distance, and a bounded search
 * from every center lists each place within the largest threshold; the result is a cost table in minutes, ready for
 * {@code --costs} or {@code import --kind costs}.
 */
public final class NetworkCommand implements Command {

    @Override
    public String name() {
        return "network";
    }

    @Override
    public String summary() {
        return "travel times from a road layer (speeds or road classes) to a cost table";
    }

    @Override
    public String usage() {
        return """
                Usage: nafitha network --roads FILE (--speed-field F | --class-field F [--speeds speeds.csv]) --scenario SCENARIO
                                       --out costs.csv [--oneway-field F] [--max-minutes M] [--snap-km 2] [--off-road-kmh 5] [--crs EPSG:CODE]
                  --roads FILE         road lines: GeoJSON, Shapefile or GeoPackage (lines meet where they share a vertex)
                  --speed-field F      the field holding each road's speed in km/h
                  --class-field F      the field holding each road's class, looked up in the class -> speed table: --speeds
                                       class,kmh (CSV), or the illustrative defaults (motorway 100 ... track 15 km/h)
                  --oneway-field F     yes/1/true/FT: one way as drawn; -1/reverse/TF: against; no/0/empty: both ways
                  --max-minutes M      the largest threshold (default the scenario's largest travel-time threshold, else 60)
                  --snap-km D          places farther than D km from every road reach nothing (default 2)
                  --off-road-kmh S     the speed from a place to its road (default 5, walking)
                  --crs EPSG:CODE      the CRS of the roads when the file declares none (default longitude/latitude)
                  --map FILE.png       also draws the roads within --bands (default 15,30,60) minutes of the nearest open center
                  --lang ar|en         the map's language (default en)
                  costs.csv: origin (place code),destination (center or site code),minutes; pairs beyond M are left out.""";
    }

    @Override
    public int run(Options options, PrintStream out) {
        Path roads = Path.of(options.required("roads"));
        String speedField = options.optional("speed-field", null);
        String classField = options.optional("class-field", null);
        String speedsFile = options.optional("speeds", null);
        String oneway = options.optional("oneway-field", null);
        String scenarioName = options.required("scenario");
        Path target = Path.of(options.required("out"));
        double given = NumberOptions.optional(options, "max-minutes", Double.NaN, NumberOptions.Range.between(0.01, 100_000, "minutes"));
        double snapKm = NumberOptions.optional(options, "snap-km", 2, NumberOptions.Range.between(0.001, 1000, "kilometres"));
        double offRoad = NumberOptions.optional(options, "off-road-kmh", 5, NumberOptions.Range.between(0.1, 200, "km/h"));
        String crs = options.optional("crs", null);
        String map = options.optional("map", null);
        double[] bands = NumberOptions.list("bands", options.optional("bands", "15,30,60"), NumberOptions.Range.POSITIVE);
        boolean arabic = "ar".equals(options.optional("lang", "en"));
        options.checkAllKnown();
        for (int k = 1; k < bands.length; k++) {
            if (!(bands[k] > bands[k - 1])) {
                throw new UsageException("--bands " + Arrays.toString(bands) + ": expected increasing minutes");
            }
        }
        if ((speedField == null) == (classField == null)) {
            throw new UsageException("give --speed-field or --class-field (one of them)");
        }
        if (speedsFile != null && classField == null) {
            throw new UsageException("--speeds goes with --class-field");
        }
        Scenario scenario = ScenarioSource.load(scenarioName);
        double maxMinutes = Double.isNaN(given) ? largestThreshold(scenario) : given;
        long t0 = System.nanoTime();
        RoadGraph graph;
        try {
            Map<String, Double> table = speedsFile == null ? RoadLayers.DEFAULT_SPEEDS : RoadLayers.readSpeeds(Path.of(speedsFile));
            RoadLayers.Speeds speeds = speedField != null ? RoadLayers.Speeds.byField(speedField) : RoadLayers.Speeds.byClass(classField, table);
            graph = RoadLayers.read(roads, crs, speeds, oneway);
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage() + "\nno travel times were computed; " + target + " is unchanged", e);
        }
        long t1 = System.nanoTime();
        List<DemandPoints.Point> places = DemandPoints.of(scenario);
        double[] px = new double[places.size()];
        double[] py = new double[places.size()];
        for (int i = 0; i < px.length; i++) {
            px[i] = places.get(i).longitude();
            py[i] = places.get(i).latitude();
        }
        List<String> siteIds = new ArrayList<>();
        List<double[]> siteXy = new ArrayList<>();
        for (ServiceCenter c : scenario.getCenters()) {
            siteIds.add(c.getCode());
            siteXy.add(new double[] {c.getLongitude(), c.getLatitude()});
        }
        for (CandidateSite c : scenario.getCandidateSites()) {
            siteIds.add(c.getCode());
            siteXy.add(new double[] {c.getLongitude(), c.getLatitude()});
        }
        double[] sx = siteXy.stream().mapToDouble(a -> a[0]).toArray();
        double[] sy = siteXy.stream().mapToDouble(a -> a[1]).toArray();
        RoadSnap.Snap[] placeSnaps = RoadSnap.snap(graph, px, py, snapKm);
        RoadSnap.Snap[] siteSnaps = RoadSnap.snap(graph, sx, sy, snapKm);
        long[] pairs = {0};
        try {
            OutputFiles.write(target, stream -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                w.write("origin,destination,minutes\n");
                IOException[] failed = {null};
                pairs[0] = TravelTimes.between(graph, siteSnaps, placeSnaps, maxMinutes, offRoad, Runtime.getRuntime().availableProcessors(),
                        (site, place, minutes) -> {
                            if (failed[0] == null) {
                                try {
                                    w.write(places.get(place).code() + "," + siteIds.get(site) + ","
                                            + String.format(Locale.ROOT, "%.2f", minutes) + "\n");
                                } catch (IOException e) {
                                    failed[0] = e;
                                }
                            }
                        });
                if (failed[0] != null) {
                    throw failed[0];
                }
                w.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        long t2 = System.nanoTime();
        if (map != null) {
            List<Integer> open = new ArrayList<>();
            for (int j = 0; j < scenario.getCenters().size(); j++) {
                CenterStatus st = scenario.getCenters().get(j).getStatus();
                if (st == CenterStatus.EXISTING || st == CenterStatus.PLANNED) {
                    open.add(j);
                }
            }
            RoadSnap.Snap[] openSnaps = open.stream().map(j -> siteSnaps[j]).toArray(RoadSnap.Snap[]::new);
            Isochrones iso;
            try {
                iso = Isochrones.of(graph, openSnaps, bands, offRoad);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--bands: " + e.getMessage());
            }
            IsochroneMap.write(scenario, iso, Path.of(map), arabic);
            out.println("drew the roads within " + Arrays.toString(bands) + " minutes of the " + open.size() + " open centers; wrote " + map);
        }
        long placesOff = Arrays.stream(placeSnaps).filter(s -> !s.onRoad()).count();
        long sitesOff = Arrays.stream(siteSnaps).filter(s -> !s.onRoad()).count();
        out.printf(Locale.ROOT, "road graph: %,d nodes, %,d directed edges (%.1f s); %,d places and %,d centers/sites snapped (%d and %d farther "
                + "than %s km from a road reach nothing); %,d pairs within %s min in %.1f s; wrote %s%n", graph.nodes(), graph.edges(),
                (t1 - t0) / 1e9, places.size() - placesOff, siteIds.size() - sitesOff, placesOff, sitesOff, snapKm, pairs[0], maxMinutes,
                (t2 - t1) / 1e9, target);
        return Cli.OK;
    }

    /** The scenario's largest travel-time threshold; 60 minutes when it has none. */
    static double largestThreshold(Scenario s) {
        double max = 0;
        if (s.getParameters() != null) {
            for (CoverageThreshold t : s.getParameters().getCoverageThresholds()) {
                max = Math.max(max, t.getMaxTravelMinutes());
            }
        }
        return max > 0 ? max : 60;
    }
}
