package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.withBuiltins(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
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
        assertTrue(json.contains("\"regions\": 63"), json); // 12 governorates and their 51 districts, each with its outline
        assertTrue(json.contains("\"population\": 11625745"), json);
        assertTrue(json.contains("\"COMPREHENSIVE_CENTER\": 12"), json);
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
    void aMissingScenarioFileIsADataErrorNamingIt() {
        assertEquals(Cli.DATA_ERROR, run("info", "--scenario", "atlantis.nafitha"));
        assertTrue(err().contains("atlantis.nafitha: no such file"), err());
    }

    @Test
    void infoReportsTheRegistryCentersByKindAndCounters() {
        assertEquals(Cli.OK, run("info", "--scenario", "sample", "--json"));
        Matcher services = Pattern.compile("\"services\": (\\d+)").matcher(out());
        assertTrue(services.find() && Integer.parseInt(services.group(1)) >= 60, out());
        for (String key : new String[] {"agencies", "bundles", "centersByKind", "AGENCY_BRANCH", "KIOSK", "counters"}) {
            assertTrue(out().contains("\"" + key + "\""), key + " in " + out());
        }
    }

    @Test
    void theSampleValidatesWithoutErrors() {
        assertEquals(Cli.OK, run("validate", "--scenario", "sample"));
        assertTrue(out().contains("sample: 0 errors"), out());
    }

    @Test
    void exportThenValidateTheFileAndAHandEditedNegativePopulationFailsNamingTheZone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("jordan.nafitha");
        assertEquals(Cli.OK, run("export", "--scenario", "sample", "--format", "nafitha", "--out", file.toString()));
        assertEquals(Cli.OK, run("validate", "--scenario", file.toString()));

        // a planner edits the file by hand: Marka (JO-AM-01) gets a negative population
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(code=\"JO-AM-01\"[^>]*?population=\")(\\d+)").matcher(xml);
        assertTrue(m.find(), "the zone is in the file");
        Files.writeString(file, m.replaceFirst("$1-1200"), StandardCharsets.UTF_8);
        out.reset();
        assertEquals(Cli.DATA_ERROR, run("validate", "--scenario", file.toString()));
        assertTrue(out().contains("error:   Demand zone JO-AM-01 (Marka): population is -1200"), out());
    }

    @Test
    void exportOfTheSampleIsTheSameFileTwice(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.nafitha");
        Path b = dir.resolve("b.nafitha");
        assertEquals(Cli.OK, run("export", "--scenario", "sample", "--out", a.toString()));
        assertEquals(Cli.OK, run("export", "--scenario", a.toString(), "--out", b.toString()));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void exportToAnUnknownFormatIsAUsageError(@TempDir Path dir) {
        assertEquals(Cli.USAGE_ERROR, run("export", "--scenario", "sample", "--format", "dwg", "--out", dir.resolve("x").toString()));
        assertTrue(err().contains("unknown format 'dwg'"), err());
    }

    @Test
    void validateJsonListsDiagnosticsWithTheirRule(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.nafitha");
        assertEquals(Cli.OK, run("export", "--scenario", "sample", "--out", file.toString()));
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, xml.replaceFirst("openingHours=\"[^\"]*\"", "openingHours=\"weekdays\""), StandardCharsets.UTF_8);
        out.reset();
        assertEquals(Cli.DATA_ERROR, run("validate", "--scenario", file.toString(), "--json"));
        assertTrue(out().contains("\"rule\": \"OPENING_HOURS\"") && out().contains("\"errors\": 1"), out());
    }

    @Test
    void commandHelpShowsItsOptions() {
        assertEquals(Cli.OK, run("info", "--help"));
        assertTrue(out().contains("--scenario"), out());
    }
}
