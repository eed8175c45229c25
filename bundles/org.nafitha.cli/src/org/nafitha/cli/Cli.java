package org.nafitha.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nafitha.cli.internal.BenchCommand;
import org.nafitha.cli.internal.CardCommand;
import org.nafitha.cli.internal.CoverageCommand;
import org.nafitha.cli.internal.CapacityCommand;
import org.nafitha.cli.internal.ErlangCommand;
import org.nafitha.cli.internal.ExportCommand;
import org.nafitha.cli.internal.ImportCommand;
import org.nafitha.cli.internal.StoreCommand;
import org.nafitha.cli.internal.InfoCommand;
import org.nafitha.cli.internal.LocateCommand;
import org.nafitha.cli.internal.RegistryCommand;
import org.nafitha.cli.internal.RenderCommand;
import org.nafitha.cli.internal.ValidateCommand;

/**
 * Nafitha's command line: {@code nafitha <command> [options]}.
 *
 * <p>Exit codes: {@link #OK} on success, {@link #DATA_ERROR} when the data or a run fails (the message goes to
 * standard error), {@link #USAGE_ERROR} when the command line itself is wrong (usage goes to standard error).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int DATA_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The command line with every built-in command, writing UTF-8 to the process's streams. */
    public static Cli standard() {
        return withBuiltins(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }

    /** The command line with every built-in command, writing to the given streams. */
    public static Cli withBuiltins(PrintStream out, PrintStream err) {
        Cli cli = new Cli(out, err);
        cli.add(new InfoCommand());
        cli.add(new ValidateCommand());
        cli.add(new ImportCommand());
        cli.add(new ExportCommand());
        cli.add(new StoreCommand());
        cli.add(new CoverageCommand());
        cli.add(new ErlangCommand());
        cli.add(new CapacityCommand());
        cli.add(new LocateCommand());
        cli.add(new RenderCommand());
        cli.add(new CardCommand());
        cli.add(new RegistryCommand());
        cli.add(new BenchCommand());
        return cli;
    }

    public Cli add(Command command) {
        commands.put(command.name(), command);
        return this;
    }

    public int run(String... args) {
        if (args.length == 0 || isHelp(args[0]) || args[0].equals("help") && args.length == 1) {
            printUsage(out);
            return args.length == 0 ? USAGE_ERROR : OK;
        }
        String name = args[0].equals("help") ? args[1] : args[0];
        Command command = commands.get(name);
        if (command == null) {
            err.println("nafitha: unknown command '" + name + "'");
            printUsage(err);
            return USAGE_ERROR;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (args[0].equals("help") || rest.stream().anyMatch(Cli::isHelp)) {
            out.println(command.usage());
            return OK;
        }
        try {
            return command.run(new Options(rest), out);
        } catch (UsageException e) {
            err.println("nafitha " + name + ": " + e.getMessage());
            err.println(command.usage());
            return USAGE_ERROR;
        } catch (RuntimeException e) {
            err.println("nafitha " + name + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return DATA_ERROR;
        } catch (OutOfMemoryError e) {
            err.println("nafitha " + name + ": out of memory (raise -Xmx in NAFITHA_VMARGS, or give smaller inputs)");
            return DATA_ERROR;
        } catch (StackOverflowError e) {
            err.println("nafitha " + name + ": the input nests too deeply to be read");
            return DATA_ERROR;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    private void printUsage(PrintStream stream) {
        stream.println("Usage: nafitha <command> [options]");
        stream.println("       nafitha                  (no command: starts the workbench)");
        stream.println();
        stream.println("Commands:");
        for (Command c : commands.values()) {
            stream.printf("  %-10s %s%n", c.name(), c.summary());
        }
        stream.println();
        stream.println("Run 'nafitha <command> --help' for the options of a command.");
        stream.println("Exit codes: 0 success, 1 data or runtime error, 2 usage error.");
    }
}
