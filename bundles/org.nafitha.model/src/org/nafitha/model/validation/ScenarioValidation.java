package org.nafitha.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Scenario;

/** Validates a whole scenario with {@link ScenarioValidator} and lists what it found, errors first. */
public final class ScenarioValidation {

    static {
        EValidator.Registry.INSTANCE.put(NafithaPackage.eINSTANCE, ScenarioValidator.INSTANCE);
    }

    private ScenarioValidation() {
    }

    /** Registers the validator for the model's package (the EMF validation registry is global). */
    public static void register() {
        // the static initializer does the work
    }

    public static Diagnostic validate(Scenario scenario) {
        return Diagnostician.INSTANCE.validate(scenario);
    }

    /** Every leaf diagnostic, errors before warnings, in model order within a severity. */
    public static List<Diagnostic> problems(Scenario scenario) {
        List<Diagnostic> leaves = new ArrayList<>();
        collect(validate(scenario), leaves);
        leaves.sort((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()));
        return leaves;
    }

    public static long errorCount(List<Diagnostic> problems) {
        return problems.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
    }

    /** The object a diagnostic is about, or null. */
    public static EObject subject(Diagnostic d) {
        return !d.getData().isEmpty() && d.getData().get(0) instanceof EObject o ? o : null;
    }

    /** The rule a diagnostic reports, or null for EMF's own structural checks. */
    public static ScenarioValidator.Rule rule(Diagnostic d) {
        for (Object o : d.getData()) {
            if (o instanceof ScenarioValidator.Rule r) {
                return r;
            }
        }
        return null;
    }

    private static void collect(Diagnostic d, List<Diagnostic> leaves) {
        if (d.getChildren().isEmpty()) {
            if (d.getSeverity() != Diagnostic.OK) {
                leaves.add(d);
            }
        } else {
            d.getChildren().forEach(c -> collect(c, leaves));
        }
    }
}
