package org.nafitha.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.nafitha.geo.CostTable;
import org.nafitha.model.Scenario;

/** What an analyzer reads: the scenario, the run's options and the results of earlier analyzers. */
public final class AnalysisContext {

    private final Scenario scenario;
    private final Map<String, String> options;
    private final Map<String, Object> results = new LinkedHashMap<>();

    private final CostTable costs;

    public AnalysisContext(Scenario scenario, Map<String, String> options) {
        this(scenario, options, null);
    }

    /**
     * A context whose travel costs come from a cost table (from a GIS, a road network or the scenario's store) rather
     * than the scenario's straight-line distance model; null for none.
     */
    public AnalysisContext(Scenario scenario, Map<String, String> options, CostTable costs) {
        this.scenario = scenario;
        this.options = Map.copyOf(options);
        this.costs = costs;
    }

    /** The cost table of this run, when one was given. */
    public Optional<CostTable> costs() {
        return Optional.ofNullable(costs);
    }

    public Scenario scenario() {
        return scenario;
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** The result of an earlier analyzer, if it ran and produced a result of that type. */
    public <T> Optional<T> result(String analyzerId, Class<T> type) {
        Object r = results.get(analyzerId);
        return type.isInstance(r) ? Optional.of(type.cast(r)) : Optional.empty();
    }

    /** Every result so far, by analyzer id, in the order they ran. */
    public Map<String, Object> results() {
        return Collections.unmodifiableMap(results);
    }

    void put(String analyzerId, Object result) {
        results.put(analyzerId, result);
    }
}
