package org.nafitha.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.nafitha.cli.Cli;

/** Runs the command line in process, keeping what the last run printed on standard output and standard error. */
abstract class CliRunning {

    protected final ByteArrayOutputStream out = new ByteArrayOutputStream();
    protected final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code nafitha args...}; returns its exit code, with only this run's output kept. */
    protected int run(String... args) {
        out.reset();
        err.reset();
        return Cli.withBuiltins(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    protected String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    protected String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
