package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;

class CapacityCommandTest extends CliRunning {

    private double number(String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*([-0-9.Ee]+)").matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(m.find(), key + " in " + out);
        return Double.parseDouble(m.group(1));
    }

    /** The standard Erlang C worked example (100 calls in 30 minutes, 3 minutes, 80 % in 20 s): 14 agents. */
    @Test
    void erlangPrintsTheWorkedExample() {
        assertEquals(Cli.OK, run("erlang", "--arrivals-per-hour", "200", "--aht-min", "3", "--target-sl", "0.8", "--target-wait-min",
                "0.3333333", "--shrinkage", "0.3"), err.toString());
        assertEquals(14, number("counters"));
        assertEquals(20, number("staff"));
        assertEquals(0.888, number("service_level"), 0.0005);
        assertEquals(0.714, number("occupancy"), 0.0005);
        assertEquals(0.174, number("p_wait"), 0.0005);
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("p_abandon"));
    }

    @Test
    void erlangWithPatienceIsErlangA() {
        assertEquals(Cli.OK, run("erlang", "--arrivals-per-hour", "200", "--aht-min", "3", "--target-sl", "0.8", "--target-wait-min",
                "0.3333333", "--patience-min", "2"), err.toString());
        double abandon = number("p_abandon");
        assertTrue(abandon > 0 && abandon < 0.1, "p_abandon " + abandon);
        assertTrue(number("counters") <= 14, "leaving citizens lighten the queue");
        assertEquals(Cli.USAGE_ERROR, run("erlang", "--arrivals-per-hour", "lots", "--aht-min", "3", "--target-sl", "0.8",
                "--target-wait-min", "1"));
        assertEquals(Cli.USAGE_ERROR, run("erlang", "--arrivals-per-hour", "100", "--aht-min", "3", "--target-sl", "1.5",
                "--target-wait-min", "1"));
    }

    @Test
    void capacityOfTheSampleWritesItsTables(@TempDir Path dir) throws Exception {
        assertEquals(Cli.OK, run("capacity", "--scenario", "sample", "--out", dir.toString()), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("counters needed"), out.toString());
        // the sample's 185 centers less the 7 candidate or closed ones
        assertEquals(1 + 178, Files.readAllLines(dir.resolve("centers.csv")).size(), "a line per open center");
        assertEquals(1 + 178 * 7, Files.readAllLines(dir.resolve("intervals.csv")).size(), "and per open hour");
        String summary = Files.readString(dir.resolve("summary.json"));
        assertTrue(summary.contains("\"universalCounters\"") && summary.contains("\"visitsSavedByBundling\""), summary);
    }
}
