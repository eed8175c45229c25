package org.nafitha.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nafitha.core.Contributions;

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
    /** The extension point of the commands. */
    public static final String EXTENSION_POINT = "org.nafitha.cli.commands";

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The command line with every contributed command, writing UTF-8 to the process's streams. */
    public static Cli standard() {
        return fromExtensions(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), null);
    }

    /** The command line with every contributed command (the built-in ones included), writing to the given streams. */
    public static Cli withBuiltins(PrintStream out, PrintStream err) {
        return fromExtensions(out, err, null);
    }

    /**
     * The command line with the commands contributed to {@value #EXTENSION_POINT}, in contribution order (the built-in
     * ones first), read by {@link Contributions}: a contribution whose class is missing or not a {@link Command}, whose
     * name differs from its class's, or whose name another command has, is logged with its plugin and left out (and
     * described in {@code problems} when given).
     */
    public static Cli fromExtensions(PrintStream out, PrintStream err, List<String> problems) {
        Cli cli = new Cli(out, err);
        Contributions.read(EXTENSION_POINT, e -> {
            String name = Contributions.required(e, "name");
            Command command = Contributions.create(e, "class", Command.class);
            if (!name.equals(command.name())) {
                throw new IllegalArgumentException("the command is named '" + name + "' but its class names it '" + command.name() + "'");
            }
            if (cli.commands.containsKey(name)) {
                throw new IllegalArgumentException("another command has the name '" + name + "'");
            }
            cli.add(command);
            return command;
        }, problems);
        return cli;
    }

    /** The commands by name, in the order {@code --help} lists them. */
    public Map<String, Command> commands() {
        return Collections.unmodifiableMap(commands);
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
