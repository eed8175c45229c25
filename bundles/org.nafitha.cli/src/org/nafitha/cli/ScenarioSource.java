package org.nafitha.cli;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

import org.nafitha.model.Scenario;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.model.validation.ScenarioValidation;
import org.nafitha.sample.SampleScenario;

/** Resolves the {@code --scenario} option: the word {@code sample} or a scenario file ({@code .nafitha}). */
public final class ScenarioSource {

    /** Usage text for commands that take a scenario. */
    public static final String OPTION_HELP = "  --scenario SCENARIO  'sample' (the embedded scenario of Jordan) or a scenario file (.nafitha)";

    /** Usage text for commands that analyze a scenario. */
    public static final String VALIDATE_HELP = "  --no-validate        analyze even a scenario with errors (by default its errors are listed and the command exits 1)";

    private ScenarioSource() {
    }

    /** Reads the {@code --no-validate} flag of an analysis command. */
    public static boolean noValidate(Options options) {
        return options.flag("no-validate");
    }

    /**
     * Loads a scenario for an analysis: one that breaks the planning rules (a negative population, a latitude that is
     * not a number, ...) is refused with its errors listed, unless {@code noValidate}.
     *
     * @throws IllegalStateException when the file cannot be read or the scenario has errors
     */
    public static Scenario loadForAnalysis(String scenario, boolean noValidate) {
        Scenario loaded = load(scenario);
        if (noValidate) {
            return loaded;
        }
        List<Diagnostic> problems = ScenarioValidation.problems(loaded);
        List<String> errors = problems.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder(scenario + ": " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + " (nafitha validate lists them all; --no-validate analyzes anyway):");
            errors.stream().limit(20).forEach(e -> message.append("\n  error: ").append(e));
            if (errors.size() > 20) {
                message.append("\n  ... and ").append(errors.size() - 20).append(" more");
            }
            throw new IllegalStateException(message.toString());
        }
        return loaded;
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
