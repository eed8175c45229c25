package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.cli.UsageException;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;

/** {@code nafitha export --scenario S --format nafitha --out FILE}: writes a scenario to a file. */
public final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "writes a scenario to a file (format: nafitha)";
    }

    @Override
    public String usage() {
        return "Usage: nafitha export --scenario SCENARIO --format nafitha --out FILE\n" + ScenarioSource.OPTION_HELP + "\n"
                + "  --format nafitha     the scenario file format (XMI, extension .nafitha)\n"
                + "  --out FILE           where to write; an existing file is replaced only when the new one is complete";
    }

    @Override
    public int run(Options options, PrintStream out) {
        String name = options.required("scenario");
        String format = options.optional("format", ScenarioFiles.EXTENSION);
        String file = options.required("out");
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
