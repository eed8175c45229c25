package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.nafitha.cli.Cli;
import org.nafitha.cli.internal.InfoCommand;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        cli.add(new InfoCommand());
        return cli.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void infoJsonReportsTheSampleCounts() {
        assertEquals(Cli.OK, run("info", "--scenario", "sample", "--json"));
        String json = out();
        assertTrue(json.contains("\"demandZones\": 51"), json);
        assertTrue(json.contains("\"regions\": 12"), json);
        assertTrue(json.contains("\"population\": 11625745"), json);
        assertTrue(json.contains("\"centers\": 12"), json);
        assertTrue(json.startsWith("{") && json.strip().endsWith("}"), json);
        assertEquals("", err());
    }

    @Test
    void infoTextReportsPopulationWithGrouping() {
        assertEquals(Cli.OK, run("info", "--scenario=sample"));
        assertTrue(out().contains("Population:   11,625,745"), out());
    }

    @Test
    void unknownCommandPrintsUsageAndExitsTwo() {
        assertEquals(Cli.USAGE_ERROR, run("no-such-command"));
        assertTrue(err().contains("unknown command 'no-such-command'"), err());
        assertTrue(err().contains("Usage: nafitha <command>"), err());
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out().contains("info"), out());
        assertTrue(out().contains("Exit codes"), out());
    }

    @Test
    void noArgumentIsAUsageError() {
        assertEquals(Cli.USAGE_ERROR, run());
    }

    @Test
    void missingScenarioIsAUsageError() {
        assertEquals(Cli.USAGE_ERROR, run("info"));
        assertTrue(err().contains("missing --scenario"), err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(Cli.USAGE_ERROR, run("info", "--scenario", "sample", "--colour"));
        assertTrue(err().contains("unknown option --colour"), err());
    }

    @Test
    void unknownScenarioIsAUsageErrorNamingIt() {
        assertEquals(Cli.USAGE_ERROR, run("info", "--scenario", "atlantis"));
        assertTrue(err().contains("atlantis"), err());
    }

    @Test
    void commandHelpShowsItsOptions() {
        assertEquals(Cli.OK, run("info", "--help"));
        assertTrue(out().contains("--scenario"), out());
    }
}
