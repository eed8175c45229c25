package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;

/** {@code --costs FILE}: travel costs from a GIS instead of straight lines, and the tables refused. */
class CostTableCommandTest extends CliRunning {

    private static final String DEMAND = "id,weight\nP1,100\nP2,200\nP3,400\nP4,800\nP5,50\n";
    private static final String SITES = "id,capacity\nS1,10\nS2,6\n";

    /** The hand-computed E2SFCA case of CostTableCatchmentTest, through files: edges fall in the band above. */
    @Test
    void e2sfcaOnACostTableInMinutes(@TempDir Path dir) throws Exception {
        Path costs = write(dir, "costs.csv", "origin,destination,minutes\nP1,S1,5\nP2,S1,10\nP3,S1,20\nP4,S1,30\nP2,S2,25\nP5,S2,0\n");
        Path access = dir.resolve("access.csv");
        assertEquals(Cli.OK, run("coverage", "--demand", write(dir, "demand.csv", DEMAND).toString(), "--sites",
                write(dir, "sites.csv", SITES).toString(), "--costs", costs.toString(), "--method", "e2sfca", "--bands",
                "10:1,20:0.5,30:0.25", "--out", access.toString()), err());
        List<String> lines = Files.readAllLines(access);
        double[] expected = {1 / 30.0, 0.5 / 30 + 0.25 * 0.06, 0.25 / 30, 0, 0.06};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], Double.parseDouble(lines.get(i + 1).split(",")[1]), 1e-12, lines.get(i + 1));
        }
    }

    /** 2SFCA with --radius in the table's unit; the unit from --cost-unit when the column is just "cost". */
    @Test
    void twoStepWithTheUnitNeutralRadius(@TempDir Path dir) throws Exception {
        Path costs = write(dir, "costs.csv", "origin,destination,cost\nP1,S1,29.5\nP2,S1,30\n");
        Path access = dir.resolve("access.csv");
        assertEquals(Cli.OK, run("coverage", "--demand", write(dir, "demand.csv", "id,weight\nP1,5\nP2,5\n").toString(), "--sites",
                write(dir, "sites.csv", "id,capacity\nS1,1\n").toString(), "--costs", costs.toString(), "--cost-unit", "minutes",
                "--method", "2sfca", "--radius", "30", "--out", access.toString()), err());
        List<String> lines = Files.readAllLines(access);
        assertEquals("P1,0.2", lines.get(1));
        assertEquals("P2,0.0", lines.get(2));
    }

    /** The hand-worked p-median of CostInstanceTest through files: {S1,S2}, 740 minutes x residents. */
    @Test
    void locateOnACostTable(@TempDir Path dir) throws Exception {
        Path costs = write(dir, "costs.csv", "origin,destination,minutes\nA,S1,5\nA,S2,20\nA,S3,40\nB,S1,26\nB,S2,10\nC,S1,30\n"
                + "C,S2,15\nC,S3,5\nD,S1,8\n");
        Path result = dir.resolve("result.json");
        assertEquals(Cli.OK, run("locate", "--demand", write(dir, "demand.csv", "id,weight\nA,10\nB,20\nC,30\nD,5\n").toString(),
                "--sites", write(dir, "sites.csv", "id\nS1\nS2\nS3\n").toString(), "--costs", costs.toString(), "--problem", "pmedian",
                "--p", "2", "--time-limit", "2", "--out", result.toString()), err());
        String json = Files.readString(result);
        assertTrue(json.replace(" ", "").contains("\"objective\":740"), json);
        assertTrue(json.replace(" ", "").contains("\"costUnit\":\"min\""), json);
        assertTrue(out().contains("objective 740 min x weight"), out());
        assertEquals(Cli.USAGE_ERROR, run("locate", "--demand", "d.csv", "--sites", "s.csv", "--costs", costs.toString(), "--distance",
                "euclidean", "--problem", "pmedian", "--p", "2", "--out", result.toString()));
    }

    /** Phasing on a cost table: sites without coordinates, a pair the table lacks unreachable. */
    @Test
    void phasingOnACostTable(@TempDir Path dir) throws Exception {
        // Hand computation. Weights A 10, B 12, C 14, D 4; radius 30 minutes (covered when the cost is at most 30).
        // R (required) covers A (5 min); S1 covers B (20) and D (25); S2 covers C (15), not B (35 > 30); the table has no
        // D-S2 pair, so D is unreachable from S2. S1 and S2 cost 5 each, budgets 5 and 5: one opens in 2026, the other in
        // 2027 (demand x2, all four covered: 2 x 40 = 80).
        // S1 first: 2026 covers A, B, D = 26, total 106; S2 first: 2026 covers A, C = 24, total 104. Answer: S1, 106.
        // With a D-S2 pair of 10 minutes added, S2 first covers A, C, D = 28 in 2026: total 108 > 106, so S2 opens first.
        Path demand = write(dir, "demand.csv", "id,weight\nA,10\nB,12\nC,14\nD,4\n");
        Path sites = write(dir, "sites.csv", "id,status,cost\nR,required,0\nS1,candidate,5\nS2,candidate,5\n");
        Path periods = write(dir, "periods.csv", "period,budget,demand_factor\n2026,5,1\n2027,5,2\n");
        String table = "origin,destination,minutes\nA,R,5\nB,S1,20\nD,S1,25\nC,S2,15\nB,S2,35\n";
        Path costs = write(dir, "costs.csv", table);
        Path result = dir.resolve("result.json");
        String[] args = {"locate", "--demand", demand.toString(), "--sites", sites.toString(), "--periods", periods.toString(), "--costs",
            costs.toString(), "--problem", "mclp", "--radius", "30", "--time-limit", "2", "--out", result.toString()};
        assertEquals(Cli.OK, run(args), err());
        String json = Files.readString(result).replaceAll("\\s", "");
        assertTrue(json.contains("\"objective\":106"), json);
        assertTrue(json.contains("{\"period\":\"2026\",\"opened\":[\"S1\"],\"spent\":5"), json);
        assertTrue(json.contains("{\"period\":\"2027\",\"opened\":[\"S2\"],\"spent\":5"), json);
        assertTrue(json.contains("\"costUnit\":\"min\""), json);
        write(dir, "costs.csv", table + "D,S2,10\n");
        assertEquals(Cli.OK, run(args), err());
        json = Files.readString(result).replaceAll("\\s", "");
        assertTrue(json.contains("\"objective\":108"), json);
        assertTrue(json.contains("{\"period\":\"2026\",\"opened\":[\"S2\"],\"spent\":5"), json);
        // the table's ids are checked against the files: an unknown site is refused with file, line and field
        write(dir, "costs.csv", table + "D,S9,10\n");
        assertEquals(Cli.DATA_ERROR, run(args));
        assertTrue(err().contains("costs.csv, line 7, field 'destination'"), err());
        assertEquals(Cli.USAGE_ERROR, run("locate", "--demand", demand.toString(), "--sites", sites.toString(), "--periods",
                periods.toString(), "--costs", costs.toString(), "--distance", "euclidean", "--problem", "pmedian", "--out", result.toString()));
    }

    @Test
    void aTableWithoutAStatedUnitIsRefused(@TempDir Path dir) throws Exception {
        assertRefused(dir, "origin,destination,cost\nP1,S1,5\n", "costs.csv, line 1, field 'cost': expected the unit stated");
    }

    @Test
    void anUnknownZoneIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        assertRefused(dir, "origin,destination,minutes\nP1,S1,5\nP9,S1,7\n",
                "costs.csv, line 3, field 'origin': expected an id of the demand (a zone, settlement or demand point), found 'P9'");
    }

    @Test
    void anUnknownSiteIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        assertRefused(dir, "origin,destination,minutes\nP1,S1,5\nP2,S7,7\n",
                "costs.csv, line 3, field 'destination': expected an id of a center or site, found 'S7'");
    }

    @Test
    void aNegativeCostIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        assertRefused(dir, "origin,destination,minutes\nP1,S1,5\nP2,S1,-3\n",
                "costs.csv, line 3, field 'minutes': expected a finite number, 0 or more, found '-3'");
    }

    @Test
    void aCostThatIsNoNumberIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        assertRefused(dir, "origin,destination,minutes\nP1,S1,five\n",
                "costs.csv, line 2, field 'minutes': expected a number, 0 or more, found 'five'");
    }

    @Test
    void aDuplicatePairIsRefusedWithBothLines(@TempDir Path dir) throws Exception {
        assertRefused(dir, "origin,destination,minutes\nP1,S1,5\nP2,S1,6\nP1,S1,7\n",
                "costs.csv, line 4, field 'origin,destination': expected each pair once, found 'the same pair as line 2'");
    }

    private void assertRefused(Path dir, String table, String message) throws Exception {
        Path access = dir.resolve("access.csv");
        assertEquals(Cli.DATA_ERROR, run("coverage", "--demand", write(dir, "demand.csv", DEMAND).toString(), "--sites",
                write(dir, "sites.csv", SITES).toString(), "--costs", write(dir, "costs.csv", table).toString(), "--method", "2sfca",
                "--radius", "30", "--out", access.toString()));
        assertTrue(err().contains(message), err());
        assertTrue(err().contains("nothing was computed or written"), err());
        assertFalse(Files.exists(access));
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
