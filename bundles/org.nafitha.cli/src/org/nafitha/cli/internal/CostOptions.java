package org.nafitha.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.cli.UsageException;
import org.nafitha.geo.CostTable;
import org.nafitha.io.CostTables;
import org.nafitha.io.ImportException;
import org.nafitha.model.DistanceModel;
import org.nafitha.model.Scenario;

/**
 * The travel-cost options the analysis commands share: {@code --costs FILE} (a cost table, origin,destination,cost),
 * {@code --cost-unit minutes|km} (when the file's cost column is just "cost"), and {@code --radius} as the
 * unit-neutral name of {@code --radius-km}. A scenario file {@code NAME.nafitha} holds its cost table beside it as
 * {@code NAME.costs.csv} (written by {@code nafitha import --kind costs}); it is used when the scenario's distance model
 * is the cost table, or when no other is asked for and the file is there.
 */
final class CostOptions {

    static final String HELP = String.join("\n",
            "  --costs FILE         travel costs origin,destination,cost (CSV or XLSX) instead of straight lines: demand ids are",
            "                       origins, site/center ids destinations; a pair the file lacks is unreachable; radius and bands",
            "                       are then in the table's unit. The unit: a cost column named minutes or km, else --cost-unit",
            "  --cost-unit U        minutes or km, for a cost column named just 'cost'",
            "  --radius R           the catchment radius in the costs' unit (km without a table); --radius-km is the same");


    static final String HELP_SCENARIO = String.join("\n",
            "  --costs FILE         travel costs origin,destination,cost (CSV or XLSX; origins: zone or place codes, destinations:",
            "                       center or site codes) instead of the distance model; a pair the file lacks is unreachable.",
            "                       Without it, a scenario file NAME.nafitha uses NAME.costs.csv when there (nafitha import --kind costs)",
            "  --cost-unit U        minutes or km, for a cost column named just 'cost'");

    private final Path file;
    private final CostTable.Unit unit;
    private CostTable.Unit lastUnit;

    private CostOptions(Path file, CostTable.Unit unit) {
        this.file = file;
        this.unit = unit;
    }

    /** Reads {@code --costs} and {@code --cost-unit}. */
    static CostOptions read(Options options) {
        String costs = options.optional("costs", null);
        String unitText = options.optional("cost-unit", null);
        CostTable.Unit unit = null;
        if (unitText != null) {
            try {
                unit = CostTable.Unit.parse(unitText);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--cost-unit: " + e.getMessage());
            }
            if (costs == null) {
                throw new UsageException("--cost-unit needs --costs FILE");
            }
        }
        return new CostOptions(costs == null ? null : Path.of(costs), unit);
    }

    /**
     * The radius: {@code --radius} or {@code --radius-km} (not both), as text checked to be a positive number (at most 20000); null when
     * neither is given.
     */
    static String radius(Options options) {
        String neutral = options.optional("radius", null);
        String km = options.optional("radius-km", null);
        if (neutral != null && km != null) {
            throw new UsageException("give --radius or --radius-km, not both");
        }
        String value = neutral != null ? neutral : km;
        if (value != null) {
            if (neutral != null) {
                NumberOptions.parse("radius", value, NumberOptions.Range.COST_RADIUS);
            } else {
                NumberOptions.parse("radius-km", value, NumberOptions.Range.KILOMETRES);
            }
        }
        return value;
    }

    /** The unit symbol of the table {@link #load} read ("min" or "km"); "km" before a table is read. */
    String unitSymbol() {
        return lastUnit == null ? "km" : lastUnit.symbol();
    }

    boolean given() {
        return file != null;
    }

    /**
     * The table, its ids checked against the demand and the sites.
     *
     * @throws IllegalStateException (exit 1) naming the file, the line and the column of the first fault
     */
    CostTable load(Set<String> origins, Set<String> destinations) {
        CostTable t = load(file, unit, origins, destinations);
        lastUnit = t.unit();
        return t;
    }

    static CostTable load(Path file, CostTable.Unit unit, Set<String> origins, Set<String> destinations) {
        try {
            return CostTables.read(file, unit, origins, destinations);
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage() + "\nno cost table was read; nothing was computed or written", e);
        }
    }

    /**
     * The cost table of a scenario run: {@code --costs} when given; else the scenario's own ({@link #beside}) when its
     * distance model is the cost table or the file is there; else null (the distance model's straight lines).
     */
    CostTable forScenario(String scenarioArgument, Scenario scenario) {
        Path own = beside(scenarioArgument);
        boolean wanted = scenario.getParameters() != null && scenario.getParameters().getDistanceModel() == DistanceModel.COST_TABLE;
        Path source = file != null ? file : own != null && (wanted || Files.exists(own)) ? own : null;
        if (source == null) {
            return null;
        }
        if (!Files.exists(source)) {
            throw new IllegalStateException(scenarioArgument + ": the distance model is COST_TABLE but " + source
                    + " does not exist: import one (nafitha import --kind costs) or give --costs FILE");
        }
        return load(source, file != null ? unit : null, origins(scenario), destinations(scenario));
    }

    /** Where a scenario file keeps its cost table: {@code NAME.costs.csv} beside {@code NAME.nafitha}; null for 'sample'. */
    static Path beside(String scenarioArgument) {
        if (!scenarioArgument.endsWith(".nafitha")) {
            return null;
        }
        return Path.of(scenarioArgument.substring(0, scenarioArgument.length() - ".nafitha".length()) + ".costs.csv");
    }

    /** The ids a scenario's cost table may name as origins: its zones and the codes of the places of their residents. */
    static Set<String> origins(Scenario s) {
        return CostTables.origins(s);
    }

    /** The ids a scenario's cost table may name as destinations: its centers and candidate sites. */
    static Set<String> destinations(Scenario s) {
        return CostTables.destinations(s);
    }
}
