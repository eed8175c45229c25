package org.nafitha.cli;

import org.nafitha.model.Scenario;
import org.nafitha.sample.SampleScenario;

/** Resolves the {@code --scenario} option: the word {@code sample} or a scenario file. */
public final class ScenarioSource {

    private ScenarioSource() {
    }

    public static Scenario load(String scenario) {
        if (SampleScenario.NAME.equals(scenario)) {
            return SampleScenario.create();
        }
        throw new UsageException("unknown scenario '" + scenario + "': use 'sample'");
    }
}
