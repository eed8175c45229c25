package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.io.Formats;
import org.nafitha.io.Kind;
import org.nafitha.io.ScenarioExporter;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;

/**
 * {@code nafitha export --scenario S --out FILE [--format nafitha]}: writes a scenario to a scenario file; with
 * {@code --kind}, writes its centers, demand zones, services or regions as CSV, GeoJSON, Shapefile, GeoPackage or XLSX.
 */
public final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "writes a scenario (nafitha) or its centers, demand, services or regions (csv, geojson, shapefile, gpkg, xlsx)";
    }

    @Override
    public String usage() {
        return "Usage: nafitha export --scenario SCENARIO --out FILE [--format nafitha]\n"
                + "       nafitha export --scenario SCENARIO --kind centers|demand|services|regions --out FILE [--format csv|geojson|shapefile|gpkg|xlsx]\n"
                + ScenarioSource.OPTION_HELP + "\n"
                + "  --kind KIND          what to write; without it the whole scenario is written as a scenario file (.nafitha)\n"
                + "  --format FORMAT      by default from the extension of --out\n"
                + "  --out FILE           where to write; an existing file is replaced only when the new one is complete";
    }

    @Override
    public int run(Options options, PrintStream out) {
        String name = options.required("scenario");
        String kindName = options.optional("kind", null);
        String file = options.required("out");
        if (kindName != null) {
            String formatId = options.optional("format", null);
            options.checkAllKnown();
            Kind kind;
            try {
                kind = Kind.parse(kindName);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            Scenario scenario = ScenarioSource.load(name);
            int count;
            try {
                count = new ScenarioExporter(Formats.fromExtensions(null)).export(scenario, kind, Path.of(file),
                        formatId);
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            out.println("wrote " + count + " " + kind.id() + " to " + file);
            return Cli.OK;
        }
        String format = options.optional("format", ScenarioFiles.EXTENSION);
        options.checkAllKnown();
        if (!ScenarioFiles.EXTENSION.equals(format)) {
            throw new UsageException("unknown format '" + format + "': expected nafitha");
        }
        Scenario scenario = ScenarioSource.load(name);
        try {
            ScenarioFiles.save(scenario, Path.of(file));
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        out.println("wrote " + file);
        return Cli.OK;
    }
}
