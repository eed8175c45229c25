package org.nafitha.card;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nafitha.capacity.CapacityAnalyzer;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.capacity.CenterCapacity;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.core.Distances;
import org.nafitha.core.Travel;
import org.nafitha.geo.CostTable;
import org.nafitha.model.AreaType;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.DemandZone;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * What indicators read: the scenario and the analysis results by analyzer id (the coverage and capacity results
 * among them when those analyzers ran), with the catchment of each center (the demand zones whose nearest open
 * center it is) ready.
 */
public final class CardInput {

    private final Scenario scenario;
    private final Map<String, Object> results;
    private final Map<String, List<CoverageResult.Zone>> catchments = new HashMap<>();
    private final Map<String, CenterCapacity> capacities;

    private final Travel travel;
    private volatile double[] nationalAccess;

    public CardInput(Scenario scenario, Map<String, Object> results) {
        this(scenario, results, null);
    }

    /** With the run's cost table (null for none): catchments then follow its costs rather than straight lines. */
    public CardInput(Scenario scenario, Map<String, Object> results, CostTable costs) {
        this.scenario = scenario;
        this.travel = costs != null ? Travel.of(costs) : null;
        this.results = Map.copyOf(results);
        coverage().ifPresent(this::catchments);
        this.capacities = capacity().map(CapacityResult::byCode).orElse(Map.of());
    }

    /**
     * A center's catchment is the demand zones for which it is the nearest open center of its own kind (and, for
     * agency branches, of its own agency): a comprehensive center is not judged by the zones an agency office next
     * door happens to be nearer to. Distances use the scenario's distance model; a zone is within the threshold of its
     * area type as the coverage engine decides it. Each zone keeps its 2SFCA accessibility from the coverage result.
     */
    private void catchments(CoverageResult coverage) {
        Map<String, CoverageResult.Zone> byCode = new HashMap<>();
        coverage.zones().forEach(z -> byCode.put(z.code(), z));
        PlanningParameters p = scenario.getParameters();
        Travel distance = travel != null ? travel : Travel.of(Distances.of(p));
        Map<AreaType, CoverageThreshold> thresholds = new EnumMap<>(AreaType.class);
        if (p != null) {
            p.getCoverageThresholds().forEach(t -> thresholds.put(t.getAreaType(), t));
        }
        Map<String, List<ServiceCenter>> peers = new LinkedHashMap<>();
        for (ServiceCenter c : scenario.getCenters()) {
            if (c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED) {
                peers.computeIfAbsent(peerGroup(c), k -> new ArrayList<>()).add(c);
            }
        }
        // each place where residents live (a settlement, or a zone's own point) goes to its nearest peer
        List<CoverageResult.Point> places = coverage.points();
        if (places.isEmpty()) {
            // a result without places (a plugin's, or one made before settlements): each zone at its own point
            places = new ArrayList<>();
            for (DemandZone z : scenario.getDemandZones()) {
                CoverageResult.Zone r = byCode.get(z.getCode());
                if (r != null) {
                    places.add(new CoverageResult.Point(r.code(), r.code(), r.name(), z.getLatitude(), z.getLongitude(),
                            r.population(), z.getAreaType() == null ? "" : z.getAreaType().getLiteral(), r.nearestCenter(),
                            r.distanceKm(), r.travelMinutes(), r.covered(), r.access()));
                }
            }
        }
        for (CoverageResult.Point q : places) {
            CoverageResult.Zone zone = byCode.get(q.zone());
            if (zone == null) {
                continue;
            }
            AreaType type = areaType(q.areaType());
            CoverageThreshold t = type == null ? null : thresholds.get(type);
            double speed = t != null && t.getSpeedKmh() > 0 ? t.getSpeedKmh() : 40;
            long people = Math.round(q.population());
            for (List<ServiceCenter> group : peers.values()) {
                ServiceCenter best = null;
                double bestRank = Double.POSITIVE_INFINITY;
                for (ServiceCenter c : group) {
                    double rank = distance.rank(q.code(), q.zone(), q.latitude(), q.longitude(), c.getCode(), c.getLatitude(),
                            c.getLongitude());
                    if (rank < bestRank) {
                        bestRank = rank;
                        best = c;
                    }
                }
                if (best == null) {
                    continue; // no peer reachable from the place (a cost table without the pairs)
                }
                double bestKm = distance.costOfRank(bestRank);
                double minutes = distance.minutes(bestKm, speed);
                double km = distance.km(bestKm);
                boolean covered = t == null || (Double.isNaN(km) || t.getMaxDistanceKm() <= 0 || km < t.getMaxDistanceKm())
                        && (t.getMaxTravelMinutes() <= 0 || minutes < t.getMaxTravelMinutes());
                catchments.computeIfAbsent(best.getCode(), k -> new ArrayList<>()).add(new CoverageResult.Zone(q.code(), q.name(),
                        zone.region(), people, q.areaType(), best.getCode(), km, minutes, covered ? people : 0, q.access()));
            }
        }
    }

    private static final Map<String, AreaType> AREA_TYPES = new HashMap<>();
    static {
        for (AreaType t : AreaType.VALUES) {
            AREA_TYPES.put(t.getLiteral().toLowerCase(Locale.ROOT), t);
        }
    }

    private static AreaType areaType(String literal) {
        return literal == null ? null : AREA_TYPES.get(literal.toLowerCase(Locale.ROOT));
    }

    /** Centers compete for zones with their peers: the same kind, and for agency branches the same agency. */
    public static String peerGroup(ServiceCenter c) {
        return c.getKind() == CenterKind.AGENCY_BRANCH && c.getAgency() != null ? c.getKind().getName() + "/" + c.getAgency().getCode()
                : c.getKind().getName();
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Every result by analyzer id. */
    public Map<String, Object> results() {
        return results;
    }

    /**
     * The coverage result's zones' 2SFCA accessibility summed weighted by population, and their population: the
     * national mean every center's card compares with, computed once; {0, 0} without a coverage result.
     */
    public double[] nationalAccess() {
        double[] mean = nationalAccess;
        if (mean == null) {
            double weighted = 0;
            long population = 0;
            for (CoverageResult.Zone z : coverage().map(CoverageResult::zones).orElse(List.of())) {
                weighted += z.access() * z.population();
                population += z.population();
            }
            mean = new double[] {weighted, population};
            nationalAccess = mean;
        }
        return mean.clone();
    }

    /** The result of an analyzer, if it ran and produced a result of that type. */
    public <T> Optional<T> result(String analyzerId, Class<T> type) {
        Object r = results.get(analyzerId);
        return type.isInstance(r) ? Optional.of(type.cast(r)) : Optional.empty();
    }

    public Optional<CoverageResult> coverage() {
        return result(CoverageAnalyzer.ID, CoverageResult.class);
    }

    public Optional<CapacityResult> capacity() {
        return result(CapacityAnalyzer.ID, CapacityResult.class);
    }

    /**
     * The places where residents live (settlements, or zones without settlements) for which this is the nearest open
     * center among its peers ({@link #peerGroup}), each as a zone record with the distance, travel time and threshold
     * test to it (empty without a coverage result).
     */
    public List<CoverageResult.Zone> catchment(ServiceCenter center) {
        return Collections.unmodifiableList(catchments.getOrDefault(center.getCode(), List.of()));
    }

    /** The capacity result of a center, if the capacity analyzer ran and the center is open. */
    public Optional<CenterCapacity> capacity(ServiceCenter center) {
        return Optional.ofNullable(capacities.get(center.getCode()));
    }

    /** The governorate of a region: itself, or its first ancestor at that level; the top region when none is. */
    public static Region governorate(Region region) {
        Region r = region;
        while (r != null && r.getLevel() != RegionLevel.GOVERNORATE && r.getParent() != null) {
            r = r.getParent();
        }
        return r;
    }
}
