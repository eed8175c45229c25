package org.nafitha.locate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.nafitha.locate.Solvers;

/**
 * Extension point org.nafitha.locate.solvers, read by org.nafitha.core.Contributions: the bad fixtures in fragment.xml (a missing class, a
 * class of the wrong type, a bad or missing attribute, a taken id) are each logged to the platform log with their
 * plugin and skipped, and the good contributions are all still there.
 */
class BrokenContributionsTest {

    @Test
    void brokenSolversAreLoggedAndSkippedAndTheShippedOnesStay() {
        List<String> problems = new ArrayList<>();
        Solvers[] solvers = new Solvers[1];
        List<IStatus> log = logged(() -> solvers[0] = Solvers.fromExtensions(problems));
        assertEquals(List.of("auto", "vns", "interchange", "exact"), solvers[0].ids());
        assertReported(problems, log, "org.nafitha.locate", "test.missingClass", "test.wrongType", "vns");
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
