package org.nafitha.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Scenario;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Kills (SIGKILL) a real child process in the middle of saving a scenario of 200,000 zones (20 %, 50 % and 80 % into
 * the time its first save took), three times, and checks
 * that the store then opens and holds exactly one whole saved revision: the last one the child reported saved, or the
 * one it was saving when the commit had completed just before the kill. Never a mix.
 */
class CrashSafetyTest {

    private static final int ZONES = 200_000;

    @TempDir
    Path dir;

    @Test
    void aSaveKilledHalfWayLeavesTheLastSavedRevisionIntactAndLoadable() throws Exception {
        Path base = dir.resolve("store");
        for (int round = 0; round < 3; round++) {
            int[] reported = runAndKill(base, 0.2 + 0.3 * round);
            int lastSaved = reported[0];
            int saving = reported[1];
            assertTrue(saving > lastSaved, "the child was killed in the middle of a save");
            try (ScenarioStore store = ScenarioStore.open(base)) {
                Scenario loaded = store.load("big");
                int revision = Integer.parseInt(loaded.getDescription().substring("revision ".length()));
                assertTrue(revision == lastSaved || revision == saving,
                        "revision " + revision + " after the child reported saved " + lastSaved + " and was saving " + saving);
                assertEquals(ZONES, loaded.getDemandZones().size());
                for (DemandZone z : loaded.getDemandZones()) {
                    if (z.getPopulation() != revision) {
                        throw new AssertionError("zone " + z.getCode() + " is of revision " + z.getPopulation() + " in revision " + revision);
                    }
                }
                assertEquals(ZONES, store.list().get(0).zones());
            }
        }
    }

    /** Runs the child until it has saved once and is half way through the next save; returns {saved, saving}. */
    private int[] runAndKill(Path base, double fractionOfASave) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-Xmx1g", "-cp", classPath(), CrashChild.class.getName(),
                base.toString(), Integer.toString(ZONES));
        builder.redirectErrorStream(true);
        Process child = builder.start();
        int saved = 0;
        int saving = 0;
        long saveMillis = 0;
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith("saved ")) {
                    String[] words = line.split(" ");
                    saved = Integer.parseInt(words[1]);
                    saveMillis = Long.parseLong(words[2]);
                } else if (line.startsWith("saving ")) {
                    saving = Integer.parseInt(line.substring(7));
                    if (saved >= 1) {
                        Thread.sleep(Math.max(1, (long) (saveMillis * fractionOfASave))); // part way into the save
                        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no H2 close
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child is gone");
        }
        assertTrue(saved >= 1, () -> "the child saved nothing:\n" + output + "\nclass path: " + classPath());
        return new int[] {saved, saving};
    }

    private static Path installArea() {
        String area = System.getProperty("osgi.install.area", "file:" + System.getProperty("user.dir"));
        return Path.of(URI.create(area.startsWith("file:") ? area.replace(" ", "%20") : "file:" + area));
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The class path of the bundles this test runs with: their jars, or the class folders of projects in the build. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        Bundle self = FrameworkUtil.getBundle(ScenarioStore.class);
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            String location = bundle.getLocation();
            int file = location.indexOf("file:");
            if (file < 0) {
                continue;
            }
            String spec = location.substring(file + "file:".length());
            Path path = Path.of(spec);
            if (!path.isAbsolute()) { // relative to the OSGi install area, as Tycho's test runtime writes them
                path = installArea().resolve(spec).normalize();
            }
            if (Files.isDirectory(path)) {
                for (String classes : List.of("target/classes", "bin")) {
                    if (Files.isDirectory(path.resolve(classes))) {
                        entries.add(path.resolve(classes).toString());
                    }
                }
                entries.add(path.toString());
            } else if (Files.isRegularFile(path)) {
                entries.add(path.toString());
            }
        }
        List<String> list = new ArrayList<>(entries);
        return String.join(File.pathSeparator, list);
    }
}
