package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.nafitha.cli.Cli;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.geo.CostTable;
import org.nafitha.io.CostTables;
import org.nafitha.io.ImportException;
import org.nafitha.model.DistanceModel;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.OutputFiles;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;

/**
 * {@code nafitha import --kind costs}: a cost table into a scenario. The table is checked whole against the scenario
 * (origins: its zones and the places of their residents; destinations: its centers and candidate sites) and kept
 * beside the scenario file as {@code NAME.costs.csv}; the scenario's distance model becomes the cost table. Both
 * files are written only when every line passed, the table first staged and moved in after the scenario is saved.
 */
final class CostImport {

    static final String HELP = "  --kind costs         a travel-cost table origin,destination,minutes|km (or cost with --cost-unit), kept beside\n"
            + "                       FILE as NAME.costs.csv; the scenario's distance model becomes COST_TABLE";

    private CostImport() {
    }

    static int run(Options options, PrintStream out) {
        String source = options.required("scenario");
        Path file = Path.of(options.required("file"));
        String outText = options.required("out");
        String unitText = options.optional("cost-unit", null);
        options.checkAllKnown();
        if (!outText.endsWith(".nafitha")) {
            throw new UsageException("--out " + outText + ": expected a scenario file NAME.nafitha (its costs go to NAME.costs.csv)");
        }
        CostTable.Unit unit;
        try {
            unit = unitText == null ? null : CostTable.Unit.parse(unitText);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--cost-unit: " + e.getMessage());
        }
        Path target = Path.of(outText);
        Path beside = CostOptions.beside(outText);
        Scenario scenario = ScenarioSource.load(source);
        long start = System.nanoTime();
        CostTable table;
        try {
            table = CostTables.read(file, unit, CostOptions.origins(scenario), CostOptions.destinations(scenario));
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage() + "\nnothing was imported; " + target + " and " + beside + " are unchanged", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (scenario.getParameters() != null) {
            scenario.getParameters().setDistanceModel(DistanceModel.COST_TABLE);
        }
        Path staged = null;
        try {
            staged = OutputFiles.stage(beside);
            CostTables.write(table, staged);
            ScenarioFiles.save(scenario, target);
            OutputFiles.commit(staged, beside);
        } catch (IOException | ScenarioFileException e) {
            OutputFiles.discard(staged);
            throw new IllegalStateException(e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "imported %,d travel costs in %s (%,d origins, %,d destinations) from %s in %.1f s into %s and %s; "
                + "distance model: cost table%n", table.pairs(), table.unit() == CostTable.Unit.MINUTES ? "minutes" : "km",
                table.origins(), table.destinations(), file, seconds, target, beside);
        return Cli.OK;
    }
}
