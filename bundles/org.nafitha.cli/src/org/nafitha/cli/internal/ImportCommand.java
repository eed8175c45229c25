package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.io.Formats;
import org.nafitha.io.ImportException;
import org.nafitha.io.ImportOptions;
import org.nafitha.io.ImportPlan;
import org.nafitha.io.Kind;
import org.nafitha.io.ScenarioImporter;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;

/** {@code nafitha import}: reads centers, demand zones, services, regions or settlements from a file into a scenario, all or nothing. */
public final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "imports centers, demand, services, regions, settlements, evaluations or documents from CSV, GeoJSON, Shapefile, GeoPackage or XLSX";
    }

    @Override
    public String usage() {
        return "Usage: nafitha import --scenario SCENARIO --kind centers|demand|services|regions|settlements|evaluations|documents|costs --file PATH --out FILE\n"
                + "                      [--crs EPSG:CODE] [--format csv|geojson|shapefile|gpkg|xlsx] [--level governorate|district|subdistrict]\n"
                + "                      [--columns \"field=Column;field=Column\"]\n" + ScenarioSource.OPTION_HELP + "\n"
                + "  --kind KIND          what the file holds; settlements: places of existing zones (zone, code, point, share\n"
                + "                       of the zone's residents or population, area_type), each zone's places replace its own\n"
                + CostImport.HELP + "\n"
                + "  --file PATH          the file; its format comes from its extension unless --format says\n"
                + "  --crs EPSG:CODE      the CRS of the coordinates when the file declares none (lat/lon columns are WGS84)\n"
                + "  --level LEVEL        the level of imported regions, when the file has no 'level' column\n"
                + "  --columns MAP        which column holds a field, e.g. \"population=Population 2024;region=wikidata\"\n"
                + "  --out FILE           the scenario file (.nafitha) to write; objects whose code exists are replaced\n"
                + "Nothing is written when any record is wrong: the error names the file, the record, the field and what was expected.";
    }

    @Override
    public int run(Options options, PrintStream out) {
        String kindText = options.required("kind");
        if (kindText.trim().equalsIgnoreCase("costs")) {
            return CostImport.run(options, out);
        }
        String source = options.required("scenario");
        Kind kind;
        try {
            kind = Kind.parse(kindText);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path file = Path.of(options.required("file"));
        Path target = Path.of(options.required("out"));
        ImportOptions importOptions = new ImportOptions().crs(options.optional("crs", null)).format(options.optional("format", null));
        String level = options.optional("level", null);
        if (level != null) {
            RegionLevel l = RegionLevel.get(level.toUpperCase(Locale.ROOT));
            if (l == null) {
                throw new UsageException("unknown --level '" + level + "': expected governorate, district or subdistrict");
            }
            importOptions.regionLevel(l);
        }
        String columns = options.optional("columns", null);
        if (columns != null) {
            for (String pair : columns.split(";")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("--columns expects field=Column pairs separated by ';', found '" + pair + "'");
                }
                importOptions.column(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        options.checkAllKnown();
        Scenario scenario = ScenarioSource.load(source);
        ImportPlan plan;
        try {
            plan = new ScenarioImporter(Formats.fromExtensions(null)).plan(scenario, kind, file, importOptions);
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage() + "\nnothing was imported; " + target + " is unchanged", e);
        }
        plan.apply();
        try {
            ScenarioFiles.save(scenario, target);
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        String what = kind == Kind.SETTLEMENTS ? plan.objects().stream().mapToInt(z -> ((DemandZone) z).getSettlements().size()).sum()
                + " settlements of " + plan.objects().size() + " demand zones (their places replaced)"
                : plan.objects().size() + " " + kind.id() + " (" + plan.added() + " added, " + plan.replaced().size() + " replaced)";
        out.println("imported " + what + " from " + file + (plan.crs() == null ? "" : " (" + plan.crs() + ")") + " into " + target);
        plan.notes().forEach(n -> out.println("note: " + n));
        return Cli.OK;
    }
}
