package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Json;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.model.Scenario;
import org.nafitha.model.validation.ScenarioValidation;
import org.nafitha.model.validation.ScenarioValidator;

/** {@code nafitha validate --scenario FILE|sample [--json]}: the scenario's diagnostics; exit 1 when there are errors. */
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "checks a scenario against the planning rules (exit 1 on errors)";
    }

    @Override
    public String usage() {
        return "Usage: nafitha validate --scenario SCENARIO [--json]\n" + ScenarioSource.OPTION_HELP + "\n"
                + "  --json               print JSON instead of text\n"
                + "Exit code 1 when the scenario has errors; warnings alone exit 0.";
    }

    @Override
    public int run(Options options, PrintStream out) {
        String name = options.required("scenario");
        boolean json = options.flag("json");
        options.checkAllKnown();
        Scenario scenario = ScenarioSource.load(name);
        List<Diagnostic> problems = ScenarioValidation.problems(scenario);
        long errors = ScenarioValidation.errorCount(problems);
        long warnings = problems.size() - errors;
        if (json) {
            List<Object> list = new ArrayList<>();
            for (Diagnostic d : problems) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("severity", d.getSeverity() >= Diagnostic.ERROR ? "error" : "warning");
                ScenarioValidator.Rule rule = ScenarioValidation.rule(d);
                m.put("rule", rule == null ? "STRUCTURE" : rule.name());
                m.put("message", d.getMessage());
                list.add(m);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("scenario", scenario.getCode());
            result.put("errors", errors);
            result.put("warnings", warnings);
            result.put("diagnostics", list);
            out.println(Json.write(result));
        } else {
            for (Diagnostic d : problems) {
                out.println((d.getSeverity() >= Diagnostic.ERROR ? "error:   " : "warning: ") + d.getMessage());
            }
            out.println(name + ": " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                    + (warnings == 1 ? " warning" : " warnings"));
        }
        return errors > 0 ? Cli.DATA_ERROR : Cli.OK;
    }
}
