package org.nafitha.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.Analyzer;
import org.nafitha.core.CenterCapacities;
import org.nafitha.core.Distances;
import org.nafitha.geo.DistanceModel;
import org.nafitha.geo.TravelTime;
import org.nafitha.model.AreaType;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.DemandZone;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.PopulationGroups;
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
        DistanceModel distance = Distances.of(p);
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

        // distances: zones x open centers is small (tens x hundreds); the grid index is for point clouds
        double[][] km = new double[open.size()][zones.size()];
        for (int j = 0; j < open.size(); j++) {
            checkCanceled(progress);
            ServiceCenter c = open.get(j);
            for (int i = 0; i < zones.size(); i++) {
                DemandZone z = zones.get(i);
                km[j][i] = distance.km(z.getLatitude(), z.getLongitude(), c.getLatitude(), c.getLongitude());
            }
        }
        progress.worked(1);
        double[] demand = zones.stream().mapToDouble(DemandZone::getPopulation).toArray();
        FloatingCatchment.Result fca = FloatingCatchment.compute(Neighbourhood.matrix(km, zones.size()), demand, supply, decay, 1);
        progress.worked(1);

        List<CoverageResult.Zone> zoneResults = new ArrayList<>();
        long[] catchment = new long[open.size()];
        for (int i = 0; i < zones.size(); i++) {
            DemandZone z = zones.get(i);
            int best = 0;
            for (int j = 1; j < open.size(); j++) {
                if (km[j][i] < km[best][i]) {
                    best = j;
                }
            }
            catchment[best] += z.getPopulation();
            CoverageThreshold t = thresholds.get(z.getAreaType());
            double d = km[best][i];
            double speed = t != null && t.getSpeedKmh() > 0 ? t.getSpeedKmh() : 40;
            double minutes = TravelTime.minutes(d, speed);
            boolean covered = t == null || (t.getMaxDistanceKm() <= 0 || d < t.getMaxDistanceKm())
                    && (t.getMaxTravelMinutes() <= 0 || minutes < t.getMaxTravelMinutes());
            zoneResults.add(new CoverageResult.Zone(z.getCode(), z.getNameEn(),
                    z.getRegion() == null ? "" : z.getRegion().getCode(), z.getPopulation(),
                    z.getAreaType() == null ? "" : z.getAreaType().getLiteral(), open.get(best).getCode(), d, minutes,
                    covered, fca.access()[i] * PER));
        }
        progress.worked(1);

        List<CoverageResult.Center> centerResults = new ArrayList<>();
        for (int j = 0; j < open.size(); j++) {
            centerResults.add(new CoverageResult.Center(open.get(j).getCode(), open.get(j).getNameEn(), supply[j],
                    fca.supplyRatio()[j] * PER, catchment[j]));
        }
        Map<String, long[]> byRegion = new LinkedHashMap<>();
        Map<String, double[]> accessByRegion = new LinkedHashMap<>();
        for (CoverageResult.Zone z : zoneResults) {
            long[] r = byRegion.computeIfAbsent(z.region(), k -> new long[2]);
            r[0] += z.population();
            r[1] += z.covered() ? z.population() : 0;
            accessByRegion.computeIfAbsent(z.region(), k -> new double[1])[0] += z.population() * z.access();
        }
        List<CoverageResult.Region> regionResults = new ArrayList<>();
        for (org.nafitha.model.Region region : s.getRegions()) {
            long[] r = byRegion.getOrDefault(region.getCode(), new long[2]);
            double a = accessByRegion.getOrDefault(region.getCode(), new double[1])[0];
            regionResults.add(new CoverageResult.Region(region.getCode(), region.getNameEn(), r[0], r[1],
                    r[0] > 0 ? (double) r[1] / r[0] : 0, r[0] > 0 ? a / r[0] : 0));
        }
        double[] access = zoneResults.stream().mapToDouble(CoverageResult.Zone::access).toArray();
        List<CoverageResult.Group> groupResults = new ArrayList<>();
        for (PopulationGroup g : s.getPopulationGroups()) {
            double[] residents = zones.stream().mapToDouble(z -> PopulationGroups.residents(z, g)).toArray();
            double total = 0;
            double covered = 0;
            double weighted = 0;
            for (int i = 0; i < residents.length; i++) {
                total += residents[i];
                covered += zoneResults.get(i).covered() ? residents[i] : 0;
                weighted += residents[i] * access[i];
            }
            groupResults.add(new CoverageResult.Group(g.getCode(), g.getNameEn(), total, covered,
                    total > 0 ? covered / total : 0, total > 0 ? weighted / total : 0, Equity.gini(access, residents)));
        }
        Equity.Lorenz lorenz = Equity.lorenz(access, demand);
        CoverageResult.Inequality equity = new CoverageResult.Inequality(Equity.gini(access, demand),
                Equity.theil(access, demand), Equity.palma(access, demand), lorenz.population(), lorenz.value());
        List<CoverageResult.Zone> underserved = zoneResults.stream()
                .sorted(Comparator.comparing(CoverageResult.Zone::covered).thenComparingDouble(CoverageResult.Zone::access)
                        .thenComparing(Comparator.comparingLong(CoverageResult.Zone::population).reversed()))
                .limit(10).toList();
        progress.worked(1);
        return new CoverageResult(method, decay.radiusKm(), unit, zoneResults, centerResults, regionResults, groupResults,
                equity, underserved);
    }

    /** The scenario's distance model: great circle, with a detour factor, or straight lines in Jordan TM. */
    private static void checkCanceled(IProgressMonitor m) {
        if (m.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
