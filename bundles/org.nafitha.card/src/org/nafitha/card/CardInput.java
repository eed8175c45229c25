package org.nafitha.card;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nafitha.capacity.CapacityAnalyzer;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.capacity.CenterCapacity;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
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

    public CardInput(Scenario scenario, Map<String, Object> results) {
        this.scenario = scenario;
        this.results = Map.copyOf(results);
        coverage().ifPresent(c -> {
            for (CoverageResult.Zone z : c.zones()) {
                if (z.nearestCenter() != null) {
                    catchments.computeIfAbsent(z.nearestCenter(), k -> new ArrayList<>()).add(z);
                }
            }
        });
        this.capacities = capacity().map(CapacityResult::byCode).orElse(Map.of());
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Every result by analyzer id. */
    public Map<String, Object> results() {
        return results;
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

    /** The demand zones whose nearest open center is this one (empty without a coverage result). */
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
