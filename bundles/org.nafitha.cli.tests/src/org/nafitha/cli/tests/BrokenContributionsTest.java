package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.nafitha.cli.Cli;

/**
 * Extension point org.nafitha.cli.commands, read by org.nafitha.core.Contributions: the bad fixtures in fragment.xml (a missing class, a
 * class of the wrong type, a bad or missing attribute, a taken id) are each logged to the platform log with their
 * plugin and skipped, and the good contributions are all still there.
 */
class BrokenContributionsTest {

    @Test
    void brokenCommandsAreLoggedAndSkippedAndTheBuiltInOnesStay() {
        List<String> problems = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli[] cli = new Cli[1];
        List<IStatus> log = logged(() -> cli[0] = Cli.fromExtensions(new PrintStream(out), new PrintStream(new ByteArrayOutputStream()), problems));
        // the registry may list this fragment's contributions before or after the host's: the set is what counts here
        assertEquals(new TreeSet<>(List.of("info", "validate", "import", "export", "store", "coverage", "erlang", "capacity", "locate", "registry", "render",
                "card", "roadmap", "bench", "network")), new TreeSet<>(cli[0].commands().keySet()));
        assertReported(problems, log, "org.nafitha.cli", "test-missing", "test-wrong", "test-misnamed", "info", "validate");
        assertEquals(Cli.OK, cli[0].run("--help"));
        for (String name : cli[0].commands().keySet()) {
            assertTrue(out.toString().contains("  " + name + " "), name + " listed with its summary: " + out);
        }
    }

    /** Runs {@code read} and returns what it logged to the platform log. */
    static List<IStatus> logged(Runnable read) {
        List<IStatus> statuses = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> statuses.add(status);
        Platform.addLogListener(listener);
        try {
            read.run();
        } finally {
            Platform.removeLogListener(listener);
        }
        return statuses;
    }

    /** Each broken id is in one problem and one logged error (naming the contributing bundle), and nothing else is. */
    static void assertReported(List<String> problems, List<IStatus> log, String contributor, String... ids) {
        assertEquals(ids.length, problems.size(), problems.toString());
        for (String id : ids) {
            assertTrue(problems.stream().anyMatch(p -> p.contains("'" + id + "'") && p.startsWith(contributor)), id + " in " + problems);
            assertTrue(log.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR && s.getMessage().contains("'" + id + "'")
                    && s.getPlugin().equals(contributor)), id + " logged: " + log.stream().map(IStatus::getMessage).toList());
        }
    }
}
