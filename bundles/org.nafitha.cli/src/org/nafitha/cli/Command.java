package org.nafitha.cli;

import java.io.PrintStream;

/** One command of the command line. */
public interface Command {

    /** The word that selects the command, e.g. {@code info}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** The full usage text: synopsis and options. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the exit code ({@link Cli#OK} or {@link Cli#DATA_ERROR})
     * @throws UsageException when the options are wrong
     * @throws RuntimeException when the data or the run fails; its message is shown to the user
     */
    int run(Options options, PrintStream out);
}
