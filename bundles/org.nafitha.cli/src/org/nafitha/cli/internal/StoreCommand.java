package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Json;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.model.Scenario;
import org.nafitha.model.ScenarioComparison;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.store.AnalysisRun;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoreException;
import org.nafitha.store.StoredScenario;

/** {@code nafitha store list|save|load|copy|delete|diff|runs}: the scenario store (H2 + H2GIS). */
public final class StoreCommand implements Command {

    @Override
    public String name() {
        return "store";
    }

    @Override
    public String summary() {
        return "keeps scenarios in the store: list, save, load, copy, delete, diff, runs";
    }

    @Override
    public String usage() {
        return """
                Usage: nafitha store ACTION [--store PATH] ...
                  list [--json]                              the stored scenarios, with revision, zones, centers, population
                  save --scenario SCENARIO [--code CODE]     saves a scenario ('sample' or a .nafitha file) as a new revision
                  load --code CODE --out FILE                writes the last saved revision to a scenario file
                  copy --from CODE --to CODE [--name-en N] [--name-ar N]
                  delete --code CODE
                  diff --base CODE --other CODE [--json]     what differs, object by object
                  runs --code CODE [--json]                  the analysis runs kept for a scenario
                  --store PATH   the store's database (without .mv.db); default $NAFITHA_STORE or ~/.nafitha/nafitha-store""";
    }

    static Path storePath(Options options) {
        String given = options.optional("store", null);
        return given != null && !given.isBlank() ? Path.of(given) : ScenarioStore.defaultPath();
    }

    @Override
    public int run(Options options, PrintStream out) {
        List<String> actions = options.takePositional();
        if (actions.size() != 1) {
            throw new UsageException("expected one action: list, save, load, copy, delete, diff or runs");
        }
        String action = actions.get(0);
        Path path = storePath(options);
        try {
            switch (action) {
                case "list" -> {
                    boolean json = options.flag("json");
                    options.checkAllKnown();
                    try (ScenarioStore store = ScenarioStore.open(path)) {
                        list(store, json, out);
                    }
                }
                case "save" -> {
                    String source = options.required("scenario");
                    String code = options.optional("code", null);
                    options.checkAllKnown();
                    Scenario scenario = ScenarioSource.load(source);
                    if (code != null) {
                        scenario.setCode(code);
                    }
                    try (ScenarioStore store = ScenarioStore.open(path)) {
                        StoredScenario s = store.save(scenario);
                        out.println("saved " + s.code() + " revision " + s.revision() + " (" + s.zones() + " zones, " + s.centers()
                                + " centers) in " + store.file() + ".mv.db");
                        StoreCosts.save(store, source, scenario, out);
                    }
                }
                case "load" -> {
                    String code = options.required("code");
                    Path file = Path.of(options.required("out"));
                    options.checkAllKnown();
                    try (ScenarioStore store = ScenarioStore.open(path)) {
                        ScenarioFiles.save(store.load(code), file);
                        out.println("wrote " + file);
                        StoreCosts.load(store, code, file, out);
                    }
                }
                case "copy" -> {
                    String from = options.required("from");
                    String to = options.required("to");
                    String en = options.optional("name-en", null);
                    String ar = options.optional("name-ar", null);
                    options.checkAllKnown();
                    try (ScenarioStore store = ScenarioStore.open(path)) {
                        StoredScenario s = store.copy(from, to, en, ar);
                        out.println("copied " + from + " to " + s.code());
                    }
                }
                case "delete" -> {
                    String code = options.required("code");
                    options.checkAllKnown();
                    try (ScenarioStore store = ScenarioStore.open(path)) {
                        store.delete(code);
                    }
                    out.println("deleted " + code);
                }
                case "diff" -> {
                    String base = options.required("base");
                    String other = options.required("other");
                    boolean json = options.flag("json");
                    options.checkAllKnown();
                    try (ScenarioStore store = ScenarioStore.open(path)) {
                        diff(store.diff(base, other), base, other, json, out);
                    }
                }
                case "runs" -> {
                    String code = options.required("code");
                    boolean json = options.flag("json");
                    options.checkAllKnown();
                    try (ScenarioStore store = ScenarioStore.open(path)) {
                        runs(store.runs(code), json, out);
                    }
                }
                default -> throw new UsageException("unknown action '" + action + "': expected list, save, load, copy, delete, diff or runs");
            }
        } catch (StoreException | ScenarioFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return Cli.OK;
    }

    private static void list(ScenarioStore store, boolean json, PrintStream out) throws StoreException {
        List<StoredScenario> scenarios = store.list();
        if (json) {
            List<Object> rows = new ArrayList<>();
            for (StoredScenario s : scenarios) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("code", s.code());
                row.put("nameEn", s.nameEn());
                row.put("nameAr", s.nameAr());
                row.put("revision", s.revision());
                row.put("savedAt", s.savedAt().toString());
                row.put("zones", s.zones());
                row.put("centers", s.centers());
                row.put("population", s.population());
                row.put("extent", s.extent());
                rows.add(row);
            }
            out.println(Json.write(rows));
            return;
        }
        if (scenarios.isEmpty()) {
            out.println("the store " + store.file() + ".mv.db holds no scenario yet");
            return;
        }
        out.printf("%-24s %4s %-20s %9s %8s %12s  %s%n", "code", "rev", "saved", "zones", "centers", "population", "name");
        for (StoredScenario s : scenarios) {
            out.printf("%-24s %4d %-20s %9d %8d %12d  %s%n", s.code(), s.revision(), s.savedAt().toString().substring(0, 19), s.zones(),
                    s.centers(), s.population(), s.nameEn());
        }
    }

    private static void diff(ScenarioComparison diff, String base, String other, boolean json, PrintStream out) {
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("base", base);
            result.put("other", other);
            result.put("identical", diff.identical());
            result.put("added", diff.count(ScenarioComparison.ChangeKind.ADDED));
            result.put("removed", diff.count(ScenarioComparison.ChangeKind.REMOVED));
            result.put("changed", diff.count(ScenarioComparison.ChangeKind.CHANGED));
            result.put("populationBefore", diff.populationBefore());
            result.put("populationAfter", diff.populationAfter());
            List<Object> changes = new ArrayList<>();
            diff.changes().forEach(c -> changes.add(c.toString()));
            result.put("changes", changes);
            out.println(Json.write(result));
            return;
        }
        if (diff.identical()) {
            out.println(base + " and " + other + " are identical");
            return;
        }
        diff.changes().forEach(out::println);
    }

    private static void runs(List<AnalysisRun> runs, boolean json, PrintStream out) {
        if (json) {
            List<Object> rows = new ArrayList<>();
            for (AnalysisRun r : runs) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", r.id());
                row.put("analyzer", r.analyzer());
                row.put("scenarioRevision", r.scenarioRevision());
                row.put("startedAt", r.startedAt().toString());
                row.put("seconds", r.seconds());
                row.put("values", r.values());
                rows.add(row);
            }
            out.println(Json.write(rows));
            return;
        }
        for (AnalysisRun r : runs) {
            out.printf("%6d %-28s rev %3d %s %8.2f s %8d values%n", r.id(), r.analyzer(), r.scenarioRevision(), r.startedAt(), r.seconds(), r.values());
        }
    }
}
