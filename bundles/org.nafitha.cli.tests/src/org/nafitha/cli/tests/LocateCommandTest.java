package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
        // the default solver, auto, proves this small instance with the exact solver and says so
        assertTrue(json.replaceAll("\\s", "").contains("\"solver\":\"exact\""), json);
        assertTrue(json.replaceAll("\\s", "").contains("\"requestedSolver\":\"auto\""), json);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("(auto: exact)"), out.toString());
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

    @Test
    void phasingOpensSitesByPeriodWithinTheBudgets(@TempDir Path dir) throws Exception {
        // three towns on a line (km): a (weight 10) at the required site r, b (12) at candidate s1, c (10) at candidate s2;
        // each candidate costs 5 and covers only its own town within 1 km. Budgets 4 then 6, demand x1 then x2.
        // Without carry-over nothing fits in 2026 and one site in 2027: b's (12 > 10): 10 + 2 x (10 + 12) = 54.
        // With carry-over 2027 has 4 + 6 = 10: both open in 2027: 10 + 2 x 32 = 74 (hand computation; the best possible).
        Files.writeString(dir.resolve("demand.csv"), "id,x,y,weight\na,0,0,10\nb,10,0,12\nc,20,0,10\n");
        Files.writeString(dir.resolve("sites.csv"), "id,x,y,status,cost\nr,0,0,required,0\ns1,10,0,candidate,5\ns2,20,0,candidate,5\n"
                + "x,10,0,excluded,1\n");
        Files.writeString(dir.resolve("periods.csv"), "period,budget,demand_factor\n2026,4,1\n2027,6,2\n");
        Path result = dir.resolve("result.json");
        String[] base = {"locate", "--demand", dir.resolve("demand.csv").toString(), "--sites", dir.resolve("sites.csv").toString(),
            "--periods", dir.resolve("periods.csv").toString(), "--problem", "mclp", "--radius-km", "1", "--distance", "euclidean",
            "--out", result.toString()};
        assertEquals(Cli.OK, run(base), err.toString());
        String json = Files.readString(result).replaceAll("\\s", "");
        assertTrue(json.contains("\"objective\":54"), json);
        assertTrue(json.contains("{\"period\":\"2026\",\"opened\":[],\"spent\":0"), json);
        assertTrue(json.contains("{\"period\":\"2027\",\"opened\":[\"s1\"],\"spent\":5"), json);
        assertTrue(json.contains("\"bound\"") && json.contains("\"gap\"") && json.contains("\"seconds\""), json);
        String[] carried = Arrays.copyOf(base, base.length + 1);
        carried[base.length] = "--carry-over";
        assertEquals(Cli.OK, run(carried), err.toString());
        json = Files.readString(result).replaceAll("\\s", "");
        assertTrue(json.contains("\"objective\":74"), json);
        assertTrue(json.contains("{\"period\":\"2027\",\"opened\":[\"s1\",\"s2\"],\"spent\":10"), json);
        // bad input: the file, line and field are named, exit 1
        Files.writeString(dir.resolve("periods.csv"), "period,budget,demand_factor\n2026,lots,1\n");
        assertEquals(Cli.DATA_ERROR, run(base));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("periods.csv, line 2, field 'budget': expected a number"), err.toString());
        Files.writeString(dir.resolve("periods.csv"), "period,budget,demand_factor\n2026,4,1\n");
        Files.writeString(dir.resolve("sites.csv"), "id,x,y,status,cost\nr,0,0,maybe,0\n");
        assertEquals(Cli.DATA_ERROR, run(base));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("sites.csv, line 2, field 'status': expected required, candidate or excluded"),
                err.toString());
        assertEquals(Cli.USAGE_ERROR, run("locate", "--demand", "d.csv", "--sites", "s.csv", "--periods", "p.csv", "--problem", "lscp",
                "--out", result.toString()));
    }
}
