package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nafitha.geo.CostTable;
import org.nafitha.io.CostTables;
import org.nafitha.model.Scenario;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoreException;
import org.nafitha.store.StoredCosts;

/** {@code store save} and {@code store load} carry a scenario file's cost table ({@code NAME.costs.csv}) to and from the store's tables. */
final class StoreCosts {

    private StoreCosts() {
    }

    /** Keeps the cost table beside a saved scenario file in the store, checked against the scenario. */
    static void save(ScenarioStore store, String source, Scenario scenario, PrintStream out) throws StoreException {
        Path beside = CostOptions.beside(source);
        if (beside == null || !Files.exists(beside)) {
            return;
        }
        CostTable table = CostOptions.load(beside, null, CostOptions.origins(scenario), CostOptions.destinations(scenario));
        long pairs = StoredCosts.save(store, scenario.getCode(), table.unit().symbol(), sink -> {
            for (int o = 0; o < table.origins(); o++) {
                String origin = table.origin(o);
                table.forEachFromOrigin(o, (d, c) -> sink.accept(origin, table.destination(d), c));
            }
        });
        out.printf("kept %,d travel costs (%s) of %s in the store's cost_pair table%n", pairs, table.unit().symbol(), beside);
    }

    /** Writes a stored scenario's cost table beside the scenario file written from the store. */
    static void load(ScenarioStore store, String code, Path file, PrintStream out) throws StoreException {
        Path beside = CostOptions.beside(file.toString());
        CostTable.Builder[] builder = {null};
        int[] line = {1};
        boolean has = StoredCosts.load(store, code, unit -> {
            builder[0] = new CostTable.Builder("min".equals(unit) ? CostTable.Unit.MINUTES : CostTable.Unit.KILOMETRES);
            return (o, d, c) -> builder[0].add(o, d, c, ++line[0]);
        });
        if (!has) {
            return;
        }
        if (beside == null) {
            out.println("note: " + code + " has a cost table in the store; write to a NAME.nafitha file to get it as NAME.costs.csv");
            return;
        }
        CostTable table = builder[0].build();
        try {
            CostTables.write(table, beside);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        out.printf("wrote %,d travel costs (%s) to %s%n", table.pairs(), table.unit().symbol(), beside);
    }
}
