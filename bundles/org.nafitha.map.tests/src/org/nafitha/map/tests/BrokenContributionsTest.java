package org.nafitha.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.nafitha.map.sources.LayerSources;

/**
 * Extension point org.nafitha.map.layers, read by org.nafitha.core.Contributions: the bad fixtures in plugin.xml (a missing class, a
 * class of the wrong type, a bad or missing attribute, a taken id) are each logged to the platform log with their
 * plugin and skipped, and the good contributions are all still there.
 */
class BrokenContributionsTest {

    @Test
    void brokenLayerSourcesAreLoggedAndSkippedAndTheScenarioSourceStays() {
        List<String> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<IStatus> log = logged(() -> ids.addAll(LayerSources.fromExtensions(problems).keySet()));
        assertEquals(List.of(LayerSources.SCENARIO), ids);
        // the scenario's id twice: whichever the registry lists second is the one skipped (this plugin's or map.sources')
        assertReported(problems, log, "org.nafitha.map.", "test.missingClass", "test.wrongType", LayerSources.SCENARIO);
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

    /** Each broken id is in one problem and one logged error (naming the contributing bundle, or its prefix), and nothing else is. */
    static void assertReported(List<String> problems, List<IStatus> log, String contributor, String... ids) {
        assertEquals(ids.length, problems.size(), problems.toString());
        for (String id : ids) {
            assertTrue(problems.stream().anyMatch(p -> p.contains("'" + id + "'") && p.startsWith(contributor)), id + " in " + problems);
            assertTrue(log.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR && s.getMessage().contains("'" + id + "'")
                    && s.getPlugin().startsWith(contributor)), id + " logged: " + log.stream().map(IStatus::getMessage).toList());
        }
    }
}
