package org.nafitha.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a planner sees first about a scenario: how many of each thing it holds and how many people it serves.
 * Computed from the scenario, never stored.
 */
public record ScenarioSummary(
        String name,
        int regions,
        int demandZones,
        long totalPopulation,
        int populationGroups,
        int agencies,
        int services,
        int bundles,
        int centers,
        Map<CenterKind, Integer> centersByKind,
        int counters,
        int candidateSites) {

    public ScenarioSummary {
        centersByKind = Collections.unmodifiableMap(new EnumMap<>(centersByKind));
    }

    public static ScenarioSummary of(Scenario scenario) {
        long population = 0;
        for (DemandZone zone : scenario.getDemandZones()) {
            population += zone.getPopulation();
        }
        Map<CenterKind, Integer> byKind = new EnumMap<>(CenterKind.class);
        int counters = 0;
        for (ServiceCenter center : scenario.getCenters()) {
            byKind.merge(center.getKind(), 1, Integer::sum);
            counters += center.getCounters().size();
        }
        return new ScenarioSummary(
                scenario.getNameEn(),
                scenario.getRegions().size(),
                scenario.getDemandZones().size(),
                population,
                scenario.getPopulationGroups().size(),
                scenario.getAgencies().size(),
                scenario.getServices().size(),
                scenario.getBundles().size(),
                scenario.getCenters().size(),
                byKind,
                counters,
                scenario.getCandidateSites().size());
    }
}
