package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;

class LocateCommandTest extends CliRunning {

    @Test
    void filesGiveTheResultJsonTheIssueDescribes(@TempDir Path dir) throws Exception {
        // four towns on a line (km); the middle two sites serve them best with p = 2; site e is excluded
        Files.writeString(dir.resolve("demand.csv"), "id,x,y,weight\na,0,0,10\nb,10,0,10\nc,20,0,10\nd,30,0,10\n");
        Files.writeString(dir.resolve("sites.csv"), "id,x,y,status\nw,5,0,candidate\ne,25,0,excluded\nf,25,0,candidate\ng,100,0,candidate\n");
        Path result = dir.resolve("result.json");
        assertEquals(Cli.OK, run("locate", "--demand", dir.resolve("demand.csv").toString(), "--sites", dir.resolve("sites.csv").toString(),
                "--problem", "pmedian", "--p", "2", "--distance", "euclidean", "--out", result.toString()), err.toString());
        String json = Files.readString(result);
        assertTrue(json.replaceAll("\\s", "").contains("\"chosen\":[\"w\",\"f\"]"), json);
        assertTrue(json.replaceAll("\\s", "").contains("\"objective\":200"), "4 towns x 10 x 5 km: " + json);
        assertTrue(json.contains("\"assignment\"") && json.contains("\"gap\"") && json.contains("\"seconds\""), json);
        assertEquals(Cli.OK, run("locate", "--demand", dir.resolve("demand.csv").toString(), "--sites", dir.resolve("sites.csv").toString(),
                "--problem", "mclp", "--p", "1", "--radius-km", "6", "--distance", "euclidean", "--out", result.toString()), err.toString());
        assertTrue(Files.readString(result).replaceAll("\\s", "").contains("\"objective\":20"), Files.readString(result));
        Files.writeString(dir.resolve("bad.csv"), "id,x,y,weight\na,0,zero,10\n");
        assertEquals(Cli.DATA_ERROR, run("locate", "--demand", dir.resolve("bad.csv").toString(), "--sites", dir.resolve("sites.csv").toString(),
                "--problem", "pmedian", "--p", "1", "--out", result.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.csv, line 2, field 'y': expected a number"), err.toString());
    }

    @Test
    void pmed1FromTheOrLibrary(@TempDir Path dir) throws Exception {
        Path pmed1 = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolveSibling("shared").resolve("data").resolve("orlib").resolve("pmed1.txt");
            if (Files.isRegularFile(c)) {
                pmed1 = c;
                break;
            }
        }
        Assumptions.assumeTrue(pmed1 != null, "skipped: ../shared/data/orlib/pmed1.txt is not on this machine");
        Path result = dir.resolve("pmed1.json");
        assertEquals(Cli.OK, run("locate", "--orlib", pmed1.toString(), "--out", result.toString()), err.toString());
        assertTrue(Files.readString(result).replaceAll("\\s", "").contains("\"objective\":5819"), Files.readString(result));
    }

    @Test
    void theSampleScenario(@TempDir Path dir) throws Exception {
        assertEquals(Cli.OK, run("locate", "--scenario", "sample", "--problem", "pmedian", "--p", "12", "--out", dir.toString()), err.toString());
        String json = Files.readString(dir.resolve("result.json"));
        for (String existing : new String[] {"CSC-AM", "CSC-IR", "CSC-AQ"}) {
            assertTrue(json.contains("\"" + existing + "\""), "the existing comprehensive centers stay: " + json);
        }
        // one line per place where residents live: the sample's 89 settlements (a seat and the other subdistricts of each
        // of the 51 districts), each assigned to a site
        List<String> assignment = Files.readAllLines(dir.resolve("assignment.csv"));
        assertEquals(1 + 89, assignment.size());
        assertTrue(assignment.contains("JO-AQ-01/SEAT,CSC-AQ,188302"), "Aqaba's seat goes to the Aqaba center: " + assignment);
        Path capacitated = dir.resolve("capacitated");
        assertEquals(Cli.OK, run("locate", "--scenario", "sample", "--problem", "pmedian", "--p", "12", "--capacity", "--group", "ELDERLY",
                "--out", capacitated.toString()), err.toString());
        String c = Files.readString(capacitated.resolve("result.json"));
        assertTrue(c.contains("\"objective\""), c);
        assertEquals(Cli.USAGE_ERROR, run("locate", "--scenario", "sample", "--problem", "pmedian", "--p", "12", "--group", "MARTIANS",
                "--out", capacitated.toString()));
    }
}
