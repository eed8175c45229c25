package org.nafitha.cli;

import java.nio.file.Path;

import org.nafitha.model.Scenario;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.sample.SampleScenario;

/** Resolves the {@code --scenario} option: the word {@code sample} or a scenario file ({@code .nafitha}). */
public final class ScenarioSource {

    /** Usage text for commands that take a scenario. */
    public static final String OPTION_HELP = "  --scenario SCENARIO  'sample' (the embedded scenario of Jordan) or a scenario file (.nafitha)";

    private ScenarioSource() {
    }

    /**
     * Loads a scenario.
     *
     * @throws IllegalStateException when the file cannot be read; the message names the file and the line
     */
    public static Scenario load(String scenario) {
        if (SampleScenario.NAME.equals(scenario)) {
            return SampleScenario.create();
        }
        try {
            return ScenarioFiles.load(Path.of(scenario));
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
