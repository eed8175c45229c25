package org.nafitha.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.Analyzer;
import org.nafitha.core.CenterCapacities;
import org.nafitha.core.Travel;
import org.nafitha.model.AreaType;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.DemandZone;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * Coverage, accessibility and equity of a scenario: the catchment of each zone (its nearest open center), the
 * population within the distance and time thresholds of its area type, per region and per group, E2SFCA (or 2SFCA)
 * accessibility of each zone, its inequality, and the underserved zones.
 *
 * <p>Options: {@code coverage.method} = e2sfca (default) or 2sfca; {@code coverage.bands} (default
 * "10:1,20:0.68,30:0.22", km); {@code coverage.radiusKm} for 2SFCA (default 30). Open centers are those existing or
 * planned; their supply is the daily capacity from a capacity result when one is present, else their counters.
 * With a cost table in the context ({@link Travel}) the bands and the radius are in the table's unit (minutes or km),
 * a place is matched to the table by its code or its zone's, and a pair the table lacks is out of every catchment.
 */
public final class CoverageAnalyzer implements Analyzer {

    public static final String ID = "org.nafitha.coverage";
    public static final String CAPACITY_ID = "org.nafitha.capacity";
    static final double PER = 100_000;

    @Override
    public CoverageResult analyze(AnalysisContext context, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Coverage", 4);
        Scenario s = context.scenario();
        PlanningParameters p = s.getParameters();
        Travel distance = Travel.of(context);
        String method = context.option("coverage.method", "e2sfca").toLowerCase(Locale.ROOT);
        Decay decay = switch (method) {
            case "e2sfca" -> Decay.bands(context.option("coverage.bands", "10:1,20:0.68,30:0.22"));
            case "2sfca" -> Decay.step(Double.parseDouble(context.option("coverage.radiusKm", "30")));
            default -> throw new IllegalArgumentException("coverage.method '" + method + "': expected 2sfca or e2sfca");
        };
        Map<AreaType, CoverageThreshold> thresholds = new EnumMap<>(AreaType.class);
        if (p != null) {
            p.getCoverageThresholds().forEach(t -> thresholds.put(t.getAreaType(), t));
        }

        List<ServiceCenter> open = s.getCenters().stream()
                .filter(c -> c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED).toList();
        List<DemandZone> zones = s.getDemandZones();
        if (open.isEmpty()) {
            throw new IllegalArgumentException("scenario " + s.getCode() + " has no open center (existing or planned)");
        }
        CenterCapacities capacities = context.result(CAPACITY_ID, CenterCapacities.class).orElse(null);
        double[] supply = new double[open.size()];
        for (int j = 0; j < open.size(); j++) {
            OptionalDouble c = capacities == null ? OptionalDouble.empty() : capacities.dailyCapacity(open.get(j));
            supply[j] = c.isPresent() ? c.getAsDouble() : open.get(j).getCounters().size();
        }
        String unit = capacities != null ? "transactions a day" : "counters";

        // distances: points x open centers is small (hundreds x hundreds); the grid index is for point clouds
        List<DemandPoints.Point> points = DemandPoints.of(s);
        double[][] km = new double[open.size()][points.size()];
        for (int j = 0; j < open.size(); j++) {
            checkCanceled(progress);
            ServiceCenter c = open.get(j);
            for (int i = 0; i < points.size(); i++) {
                DemandPoints.Point z = points.get(i);
                km[j][i] = distance.cost(z.code(), z.zone().getCode(), z.latitude(), z.longitude(), c.getCode(), c.getLatitude(),
                        c.getLongitude());
            }
        }
        progress.worked(1);
        double[] demand = points.stream().mapToDouble(DemandPoints.Point::population).toArray();
        FloatingCatchment.Result fca = FloatingCatchment.compute(Neighbourhood.matrix(km, points.size()), demand, supply, decay, 1);
        progress.worked(1);

        List<CoverageResult.Point> pointResults = new ArrayList<>();
        double[] catchment = new double[open.size()];
        for (int i = 0; i < points.size(); i++) {
            DemandPoints.Point z = points.get(i);
            int best = 0;
            for (int j = 1; j < open.size(); j++) {
                if (km[j][i] < km[best][i]) {
                    best = j;
                }
            }
            double cost = km[best][i];
            boolean reachable = !Double.isInfinite(cost); // a pair missing from a cost table
            if (reachable) {
                catchment[best] += z.population();
            }
            CoverageThreshold t = z.areaType() == null ? null : thresholds.get(z.areaType());
            double speed = t != null && t.getSpeedKmh() > 0 ? t.getSpeedKmh() : 40;
            double d = distance.km(cost);
            double minutes = distance.minutes(cost, speed);
            // a cost table in minutes knows no kilometres: the time threshold alone decides
            boolean covered = reachable && (t == null || (Double.isNaN(d) || t.getMaxDistanceKm() <= 0 || d < t.getMaxDistanceKm())
                    && (t.getMaxTravelMinutes() <= 0 || minutes < t.getMaxTravelMinutes()));
            pointResults.add(new CoverageResult.Point(z.code(), z.zone().getCode(), z.name(), z.latitude(), z.longitude(),
                    z.population(), z.areaType() == null ? "" : z.areaType().getLiteral(), reachable ? open.get(best).getCode() : "",
                    d, minutes, covered, fca.access()[i] * PER));
        }
        progress.worked(1);

        // each zone sums its places
        List<CoverageResult.Zone> zoneResults = new ArrayList<>();
        int at = 0;
        for (DemandZone z : zones) {
            int count = Math.max(1, z.getSettlements().size());
            double people = 0;
            double covered = 0;
            double sumKm = 0;
            double sumMinutes = 0;
            double sumAccess = 0;
            CoverageResult.Point largest = pointResults.get(at);
            for (int k = at; k < at + count; k++) {
                CoverageResult.Point q = pointResults.get(k);
                people += q.population();
                covered += q.covered() ? q.population() : 0;
                sumKm += q.distanceKm() * q.population();
                sumMinutes += q.travelMinutes() * q.population();
                sumAccess += q.access() * q.population();
                if (q.population() > largest.population()) {
                    largest = q;
                }
            }
            // a zone without residents (or with shares of 0) still reports its largest place's figures
            double mean = people > 0 ? 1 / people : 0;
            long coveredPopulation = Math.max(0, Math.min(z.getPopulation(), Math.round(covered)));
            zoneResults.add(new CoverageResult.Zone(z.getCode(), z.getNameEn(),
                    z.getRegion() == null ? "" : z.getRegion().getCode(), z.getPopulation(),
                    z.getAreaType() == null ? "" : z.getAreaType().getLiteral(), largest.nearestCenter(),
                    people > 0 ? sumKm * mean : largest.distanceKm(), people > 0 ? sumMinutes * mean : largest.travelMinutes(),
                    coveredPopulation, people > 0 ? sumAccess * mean : largest.access()));
            at += count;
        }

        List<CoverageResult.Center> centerResults = new ArrayList<>();
        for (int j = 0; j < open.size(); j++) {
            centerResults.add(new CoverageResult.Center(open.get(j).getCode(), open.get(j).getNameEn(), supply[j],
                    fca.supplyRatio()[j] * PER, Math.round(catchment[j])));
        }
        Map<String, long[]> byRegion = new LinkedHashMap<>();
        Map<String, double[]> accessByRegion = new LinkedHashMap<>();
        for (CoverageResult.Zone z : zoneResults) {
            long[] r = byRegion.computeIfAbsent(z.region(), k -> new long[2]);
            r[0] += z.population();
            r[1] += z.coveredPopulation();
            accessByRegion.computeIfAbsent(z.region(), k -> new double[1])[0] += z.population() * z.access();
        }
        List<CoverageResult.Region> regionResults = new ArrayList<>();
        // the regions of the levels the zones count in: districts drawn as outlines over zones of governorates are not listed
        Set<RegionLevel> levels = s.getDemandZones().stream().filter(z -> z.getRegion() != null)
                .map(z -> z.getRegion().getLevel()).collect(Collectors.toSet());
        for (Region region : s.getRegions()) {
            if (!levels.isEmpty() && !levels.contains(region.getLevel())) {
                continue;
            }
            long[] r = byRegion.getOrDefault(region.getCode(), new long[2]);
            double a = accessByRegion.getOrDefault(region.getCode(), new double[1])[0];
            regionResults.add(new CoverageResult.Region(region.getCode(), region.getNameEn(), r[0], r[1],
                    r[0] > 0 ? (double) r[1] / r[0] : 0, r[0] > 0 ? a / r[0] : 0));
        }
        // inequality among residents where they live: over the places, weighted by their residents
        double[] access = pointResults.stream().mapToDouble(CoverageResult.Point::access).toArray();
        List<CoverageResult.Group> groupResults = new ArrayList<>();
        for (PopulationGroup g : s.getPopulationGroups()) {
            double[] residents = points.stream().mapToDouble(z -> z.residents(g)).toArray();
            double total = 0;
            double covered = 0;
            double weighted = 0;
            for (int i = 0; i < residents.length; i++) {
                total += residents[i];
                covered += pointResults.get(i).covered() ? residents[i] : 0;
                weighted += residents[i] * access[i];
            }
            groupResults.add(new CoverageResult.Group(g.getCode(), g.getNameEn(), total, covered,
                    total > 0 ? covered / total : 0, total > 0 ? weighted / total : 0, Equity.gini(access, residents)));
        }
        Equity.Lorenz lorenz = Equity.lorenz(access, demand);
        CoverageResult.Inequality equity = new CoverageResult.Inequality(Equity.gini(access, demand),
                Equity.theil(access, demand), Equity.palma(access, demand), lorenz.population(), lorenz.value());
        List<CoverageResult.Zone> underserved = zoneResults.stream()
                .sorted(Comparator.comparingDouble((CoverageResult.Zone z) -> z.population() > 0
                        ? (double) z.coveredPopulation() / z.population() : 1).thenComparingDouble(CoverageResult.Zone::access)
                        .thenComparing(Comparator.comparingLong(CoverageResult.Zone::population).reversed()))
                .limit(10).toList();
        progress.worked(1);
        return new CoverageResult(method, decay.radiusKm(), unit, zoneResults, pointResults, centerResults, regionResults, groupResults,
                equity, underserved, distance.unit());
    }

    /** The scenario's distance model: great circle, with a detour factor, or straight lines in Jordan TM. */
    private static void checkCanceled(IProgressMonitor m) {
        if (m.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
