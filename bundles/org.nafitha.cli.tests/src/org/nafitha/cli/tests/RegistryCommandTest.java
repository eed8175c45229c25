package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;

/** {@code nafitha registry}, {@code import --kind evaluations} and the card's program figures on the sample. */
class RegistryCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.withBuiltins(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void theSampleRegistryIsCompleteAndDigitizedAboveTheMark() {
        assertEquals(Cli.OK, run("registry", "--scenario", "sample", "--json"), err.toString());
        String json = out.toString(StandardCharsets.UTF_8).replaceAll("\\s", "");
        assertTrue(json.contains("\"completeness\":1,") && json.contains("\"reachesMark\":true") && json.contains("\"gaps\":[]"), json);
        assertEquals(Cli.OK, run("registry", "--scenario", "sample"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("completeness per agency"), out.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.USAGE_ERROR, run("registry"));
    }

    /** A scenario without the registry's documents and channels lists every service as lacking them. */
    @Test
    void anIncompleteRegistryListsWhatIsMissing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bare.nafitha");
        assertEquals(Cli.OK, run("export", "--scenario", "sample", "--format", "nafitha", "--out", file.toString()), err.toString());
        String xml = Files.readString(file, StandardCharsets.UTF_8).replaceAll(" channel=\"[A-Z_]+\"", "");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        assertEquals(Cli.OK, run("registry", "--scenario", file.toString()), err.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("75.0 % of the registry's facts present") && text.contains("CSPD-01") && text.contains("channel"), text);
    }

    @Test
    void evaluationsImportAllOrNothing(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("rounds.csv");
        Files.writeString(csv, "center,date,kind,score\nCSC-AM,2020-05-01,self_assessment,77\nCSC-AM,2020-05-02,self_assessment,140\n");
        Path target = dir.resolve("plan.nafitha");
        assertEquals(Cli.DATA_ERROR, run("import", "--scenario", "sample", "--kind", "evaluations", "--file", csv.toString(), "--out",
                target.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("rounds.csv, line 3, field 'score': expected a score from 0 to 100, found '140'"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(!Files.exists(target), "nothing written");
        Files.writeString(csv, "center,date,kind,score\nCSC-AM,2020-05-01,self_assessment,77\nCSC-IR,2020-05-02,self_assessment,64\n");
        assertEquals(Cli.OK, run("import", "--scenario", "sample", "--kind", "evaluations", "--file", csv.toString(), "--out",
                target.toString()), err.toString());
        assertTrue(Files.readString(target).contains("date=\"2020-05-01\""));
    }
}
