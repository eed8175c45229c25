package org.nafitha.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress of long command-line work (the card and its PDF, locating at scale) on standard error, on one line
 * rewritten in place, only when standard error is a terminal: redirected or piped output stays clean.
 */
public final class Progress extends NullProgressMonitor {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintStream err;
    private final String command;
    private String task = "";
    private double total;
    private double done;
    private long last;
    private boolean shown;

    private Progress(PrintStream err, String command) {
        this.err = err;
        this.command = command;
    }

    /** A monitor printing the progress of {@code command}; a silent one when standard error is not a terminal. */
    public static IProgressMonitor monitor(String command) {
        return stderrIsTerminal() ? new Progress(new PrintStream(System.err, true, StandardCharsets.UTF_8), command) : new NullProgressMonitor();
    }

    /** Prints one step of work ("writing the PDF report") when standard error is a terminal. */
    public static void step(String command, String what) {
        if (stderrIsTerminal()) {
            System.err.print("\r\033[K" + "nafitha " + command + ": " + what + " ...");
            System.err.flush();
        }
    }

    /**
     * For work that reports no steps (a solver running to its time limit): the time spent and the limit, every second,
     * while it runs, when standard error is a terminal. Closing it clears the line.
     */
    public static AutoCloseable ticking(String command, String what, double limitSeconds) {
        if (!stderrIsTerminal()) {
            return () -> {
            };
        }
        long start = System.nanoTime();
        Thread ticker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(1000);
                    System.err.printf(Locale.ROOT, "\r\033[Knafitha %s: %s, %.0f s of at most %.0f s", command, what,
                            (System.nanoTime() - start) / 1e9, limitSeconds);
                    System.err.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "nafitha progress");
        ticker.setDaemon(true);
        ticker.start();
        return () -> {
            ticker.interrupt();
            ticker.join(2000);
            endSteps();
        };
    }

    /** Clears the line of {@link #step}. */
    public static void endSteps() {
        if (stderrIsTerminal()) {
            System.err.print("\r\033[K");
            System.err.flush();
        }
    }

    /** Whether file descriptor 2 is a terminal (Linux: it links to a tty); elsewhere, whether the JVM has a console. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = totalWork;
        done = 0;
        show(true);
    }

    @Override
    public void subTask(String name) {
        if (name != null && !name.isBlank()) {
            task = name;
            show(false);
        }
    }

    @Override
    public void setTaskName(String name) {
        subTask(name);
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        show(false);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void done() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    private void show(boolean now) {
        long t = System.nanoTime();
        if (!now && t - last < INTERVAL_NANOS) {
            return;
        }
        last = t;
        String share = total > 0 && total != IProgressMonitor.UNKNOWN ? String.format(Locale.ROOT, " %3.0f %%", 100 * Math.min(1, done / total)) : "";
        err.print("\r\033[K" + "nafitha " + command + ": " + task + share);
        err.flush();
        shown = true;
    }
}
