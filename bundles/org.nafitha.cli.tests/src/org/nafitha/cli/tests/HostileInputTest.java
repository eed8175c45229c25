package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.sample.SampleScenario;

/**
 * The command line tried as a hostile user would (issue 22): each row of the table, rerun here. Nothing hangs,
 * nothing prints a stack trace, no directory is replaced, no temporary file is left, and bad data or values are refused
 * with exit 1 (data) or 2 (usage) and a message naming the file, line or option.
 */
class HostileInputTest extends CliRunning {

    private static final String[] ERLANG = {"erlang", "--aht-min", "3", "--target-sl", "0.8", "--target-wait-min", "0.333"};

    private int erlang(String... more) {
        List<String> args = new ArrayList<>(List.of(ERLANG));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private void assertOneCleanLine(String what) {
        String e = err().strip();
        assertFalse(e.contains("\tat ") || e.contains("at org.") || e.contains("Exception"), what + ": no stack trace: " + e);
        assertEquals(1, e.lines().count(), what + ": one line: " + e);
    }

    /** Row "hang": any load gets an answer (the speed is in nafitha bench erlang), loads beyond the limit exit 2. */
    @Test
    void erlangAnswersHugeLoadsAndRefusesLoadsBeyondItsLimit() {
        assertEquals(Cli.OK, erlang("--arrivals-per-hour", "1e12"), err());
        assertTrue(out().contains("\"counters\": 500000000"), out()); // 5e10 erlangs need a little more than 5e10 counters
        assertEquals(Cli.OK, erlang("--arrivals-per-hour", "1e11"), err());
        assertEquals(Cli.USAGE_ERROR, erlang("--arrivals-per-hour", "1e308"));
        assertTrue(err().contains("expected at most 1e+12 erlangs"), err());
        assertEquals(Cli.USAGE_ERROR, run("erlang", "--arrivals-per-hour", "1e12", "--aht-min", "1e308", "--target-sl", "0.8",
                "--target-wait-min", "0.333"));
        assertEquals(Cli.OK, erlang("--arrivals-per-hour", "200", "--patience-min", "1e-9"), err());
        assertEquals(Cli.OK, erlang("--arrivals-per-hour", "1e7", "--patience-min", "5"), err());
        assertTrue(out().contains("\"model\": \"erlang-a\"") && out().contains("p_abandon"), out());
        assertEquals(Cli.USAGE_ERROR, erlang("--arrivals-per-hour", "1e12", "--patience-min", "5"));
        assertTrue(err().contains("with patience"), err());
    }

    /** Row "bad value ignored": --cv -1 (and NaN, infinity) exit 2 like any bad number. */
    @Test
    void erlangRefusesANegativeCoefficientOfVariation() {
        for (String cv : new String[] {"-1", "NaN", "Infinity", "x"}) {
            assertEquals(Cli.USAGE_ERROR, erlang("--arrivals-per-hour", "200", "--cv", cv), cv);
            assertTrue(err().contains("--cv '" + cv + "'"), err());
        }
    }

    /**
     * "Also expected": --counters N evaluates a staffing. The worked Erlang C example (Call Centre Helper, "Erlang C
     * formula – made simple": 200 calls an hour, 3 minutes, 20 s): 14 agents serve 88.8 % within 20 s, P(wait) 17.4 %.
     */
    @Test
    void erlangEvaluatesAGivenNumberOfCounters() {
        assertEquals(Cli.OK, run("erlang", "--arrivals-per-hour", "200", "--aht-min", "3", "--target-sl", "0.8", "--target-wait-min",
                String.valueOf(20.0 / 60), "--counters", "14"), err());
        String json = out().replaceAll("\\s", "");
        assertTrue(json.contains("\"counters\":14") && json.contains("\"service_level\":0.888") && json.contains("\"p_wait\":0.174")
                && json.contains("\"meets_target\":true"), json);
        assertEquals(Cli.OK, run("erlang", "--arrivals-per-hour", "200", "--aht-min", "3", "--target-sl", "0.8", "--target-wait-min",
                "0.333", "--counters", "12", "--patience-min", "2"), err());
        assertTrue(out().contains("p_abandon") && out().contains("meets_target"), out());
        assertEquals(Cli.USAGE_ERROR, erlang("--arrivals-per-hour", "200", "--counters", "0"));
        assertEquals(Cli.USAGE_ERROR, erlang("--arrivals-per-hour", "200", "--counters", "2.5"));
    }

    /** Row "data loss": a directory given as --out is not replaced. */
    @Test
    void renderRefusesADirectoryAndRemovesNothing(@TempDir Path dir) throws Exception {
        Path d = Files.createDirectory(dir.resolve("d"));
        assertEquals(Cli.DATA_ERROR, run("render", "--scenario", "sample", "--out", d.toString(), "--width", "64", "--height", "48"));
        assertTrue(err().contains(d + ": cannot write: is a directory"), err());
        assertOneCleanLine("render into a directory");
        assertTrue(Files.isDirectory(d), "the directory is still there");
        Files.writeString(d.resolve("kept.txt"), "x");
        assertEquals(Cli.DATA_ERROR, run("render", "--scenario", "sample", "--out", d.toString(), "--width", "64", "--height", "48"));
        assertTrue(Files.exists(d.resolve("kept.txt")));
        assertNothingStagedIn(dir);
    }

    /** Row "stack trace": unwritable places give one line, the path and the system's reason. */
    @Test
    void unwritablePlacesGiveOneLineWithThePathAndTheReason(@TempDir Path dir) throws Exception {
        assertEquals(Cli.DATA_ERROR, run("render", "--scenario", "sample", "--out", "/proc/x.png", "--width", "64", "--height", "48"));
        assertTrue(err().startsWith("nafitha render: /proc/x.png: cannot write: "), err());
        assertOneCleanLine("render into /proc");
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!Files.isWritable(readOnly)) { // root writes anywhere: this part needs an ordinary user
            assertEquals(Cli.DATA_ERROR, run("render", "--scenario", "sample", "--out", readOnly.resolve("m.png").toString(), "--width", "64",
                    "--height", "48"));
            assertTrue(err().contains("m.png: cannot write: permission denied"), err());
            assertOneCleanLine("render into a read-only folder");
        }
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Row "stack trace" of the store: one line with the reason, nothing on standard output, no trace file. */
    @Test
    void aStoreInAnUnwritablePlaceGivesOneLine() {
        assertEquals(Cli.DATA_ERROR, run("store", "save", "--store", "/proc/xstore", "--scenario", "sample"));
        assertTrue(err().contains("/proc/xstore"), err());
        assertOneCleanLine("store in /proc");
        assertEquals("", out());
        assertFalse(Files.exists(Path.of("/proc/xstore.trace.db")));
    }

    /** Row "no reason": every writer names the user's path and the reason, never a temporary file. */
    @Test
    void everyWriterNamesTheUsersPathAndTheReason(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s.nafitha");
        assertEquals(Cli.OK, run("export", "--scenario", "sample", "--out", scenario.toString()), err());
        Path centers = dir.resolve("centers.csv");
        assertEquals(Cli.OK, run("export", "--scenario", "sample", "--kind", "centers", "--out", centers.toString()), err());
        List<String[]> runs = List.of(
                new String[] {"export", "--scenario", "sample", "--out", "/proc/x.nafitha"},
                new String[] {"import", "--scenario", "sample", "--kind", "centers", "--file", centers.toString(), "--out", "/proc/x.nafitha"},
                new String[] {"export", "--scenario", "sample", "--kind", "demand", "--out", "/proc/x.csv"},
                new String[] {"export", "--scenario", "sample", "--kind", "demand", "--out", "/proc/x.gpkg"},
                new String[] {"export", "--scenario", "sample", "--kind", "demand", "--out", "/proc/x.xlsx"},
                new String[] {"export", "--scenario", "sample", "--kind", "demand", "--out", "/proc/x.shp"},
                new String[] {"export", "--scenario", "sample", "--kind", "demand", "--out", "/proc/x.geojson"},
                new String[] {"card", "--scenario", "sample", "--out", "/proc/card"},
                new String[] {"coverage", "--scenario", "sample", "--out", "/proc/cov"},
                new String[] {"capacity", "--scenario", "sample", "--out", "/proc/cap"});
        for (String[] args : runs) {
            String target = args[args.length - 1];
            assertEquals(Cli.DATA_ERROR, run(args), String.join(" ", args));
            assertTrue(err().contains(target) && !err().contains(".tmp") && err().contains(": cannot "), String.join(" ", args) + ": " + err());
            assertFalse(err().contains("Exception") || err().contains("at org."), err());
        }
        Path store = dir.resolve("store");
        assertEquals(Cli.OK, run("store", "save", "--store", store.toString(), "--scenario", "sample"), err());
        assertEquals(Cli.DATA_ERROR, run("store", "load", "--store", store.toString(), "--code", "JO-SAMPLE", "--out", "/proc/x.nafitha"));
        assertTrue(err().contains("/proc/x.nafitha: cannot write: ") && !err().contains(".tmp"), err());
    }

    /** Row "temp file left": a failed GeoPackage export into a directory leaves nothing. */
    @Test
    void aFailedExportLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path e3 = Files.createDirectory(dir.resolve("e3"));
        for (String format : new String[] {"gpkg", "csv", "geojson", "xlsx", "shapefile"}) {
            assertEquals(Cli.DATA_ERROR, run("export", "--scenario", "sample", "--kind", "demand", "--format", format, "--out", e3.toString()));
            assertTrue(err().contains("is a directory"), format + ": " + err());
            assertTrue(Files.isDirectory(e3));
            assertNothingStagedIn(dir);
        }
    }

    /** Row "permissions": a replaced file keeps its mode; a new one gets what the umask gives any new file. */
    @Test
    void replacingAFileKeepsItsModeAndNewFilesFollowTheUmask(@TempDir Path dir) throws Exception {
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("reference")));
        Path file = dir.resolve("s.nafitha");
        assertEquals(Cli.OK, run("export", "--scenario", "sample", "--out", file.toString()), err());
        assertEquals(usual, Files.getPosixFilePermissions(file), "a new scenario file follows the umask");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        Path centers = dir.resolve("centers.csv");
        assertEquals(Cli.OK, run("export", "--scenario", "sample", "--kind", "centers", "--out", centers.toString()), err());
        assertEquals(Cli.OK, run("import", "--scenario", file.toString(), "--kind", "centers", "--file", centers.toString(), "--out",
                file.toString()), err());
        assertEquals(PosixFilePermissions.fromString("rw-rw-r--"), Files.getPosixFilePermissions(file), "the replaced file keeps 0664");
        Files.setPosixFilePermissions(centers, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(Cli.OK, run("export", "--scenario", "sample", "--kind", "centers", "--out", centers.toString()), err());
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(centers));
    }

    /** Row "bad data accepted" (capacities): overloaded sites are listed, with a warning, also when no choice can hold the demand. */
    @Test
    void locateReportsCapacitiesTooSmall(@TempDir Path dir) throws Exception {
        Path demand = Files.writeString(dir.resolve("demand.csv"), "id,x,y,weight\na,0,0,15\nb,10,0,15\nc,20,0,15\n");
        Path small = Files.writeString(dir.resolve("small.csv"), "id,x,y,capacity\nw,5,0,10\nf,15,0,10\ng,100,0,10\n");
        Path result = dir.resolve("result.json");
        assertEquals(Cli.OK, run("locate", "--demand", demand.toString(), "--sites", small.toString(), "--problem", "pmedian", "--p", "2",
                "--capacity", "--distance", "euclidean", "--out", result.toString()), err());
        assertTrue(out().contains("warning: infeasible as asked: the 2 sites of largest capacity hold 20, less than the demand of 45"), out());
        String json = Files.readString(result).replaceAll("\\s", "");
        assertTrue(json.contains("\"overload\":{\"f\":20,\"w\":5}") || json.contains("\"overload\":{\"w\":20,\"f\":5}")
                || json.contains("\"overload\":{"), json);
        assertTrue(json.contains("\"warnings\":["), json);
        // 50 of room for 45 in three whole points of 15: one site must take 30 of its 25
        Path tight = Files.writeString(dir.resolve("tight.csv"), "id,x,y,capacity\nw,5,0,25\nf,15,0,25\n");
        assertEquals(Cli.OK, run("locate", "--demand", demand.toString(), "--sites", tight.toString(), "--problem", "pmedian", "--p", "2",
                "--capacity", "--distance", "euclidean", "--out", result.toString()), err());
        assertTrue(out().contains("warning: 1 of the chosen sites get more than their capacity (5 over"), out());
        assertTrue(Files.readString(result).replaceAll("\\s", "").contains("\"overload\":{"), Files.readString(result));
    }

    /** Row "bad data accepted" (duplicates): duplicate ids exit 1 naming the file, the line and the id. */
    @Test
    void duplicateIdsAreRefusedWithTheirLines(@TempDir Path dir) throws Exception {
        Path demand = Files.writeString(dir.resolve("demand.csv"), "id,x,y,weight\na,0,0,10\nb,10,0,10\n");
        Path dupDemand = Files.writeString(dir.resolve("dupdemand.csv"), "id,x,y,weight\na,0,0,10\nb,10,0,10\na,20,0,5\n");
        Path sites = Files.writeString(dir.resolve("sites.csv"), "id,x,y,capacity\ns1,5,0,100\ns2,15,0,100\n");
        Path dupSites = Files.writeString(dir.resolve("dupsites.csv"), "id,x,y,capacity\ns1,5,0,100\ns1,15,0,100\n");
        Path out = dir.resolve("r.json");
        assertEquals(Cli.DATA_ERROR, run("locate", "--demand", demand.toString(), "--sites", dupSites.toString(), "--problem", "pmedian", "--p",
                "2", "--distance", "euclidean", "--out", out.toString()));
        assertTrue(err().contains("dupsites.csv, line 3, field 'id': the id 's1' is already at line 2"), err());
        assertEquals(Cli.DATA_ERROR, run("locate", "--demand", dupDemand.toString(), "--sites", sites.toString(), "--problem", "pmedian", "--p",
                "1", "--distance", "euclidean", "--out", out.toString()));
        assertTrue(err().contains("dupdemand.csv, line 4, field 'id': the id 'a' is already at line 2"), err());
        assertEquals(Cli.DATA_ERROR, run("coverage", "--demand", demand.toString(), "--sites", dupSites.toString(), "--method", "2sfca",
                "--radius-km", "30", "--out", dir.resolve("a.csv").toString()));
        assertTrue(err().contains("dupsites.csv line 3, column id: the id 's1' is already on line 2"), err());
        assertEquals(Cli.DATA_ERROR, run("coverage", "--demand", dupDemand.toString(), "--sites", sites.toString(), "--method", "2sfca",
                "--radius-km", "30", "--out", dir.resolve("a.csv").toString()));
        assertTrue(err().contains("dupdemand.csv line 4, column id: the id 'a' is already on line 2"), err());
        assertFalse(Files.exists(dir.resolve("a.csv")) || Files.exists(out));
    }

    /** Row "bad value ignored": a radius of NaN, 0 or −1 is a usage error in both forms of coverage. */
    @Test
    void coverageRefusesABadRadius(@TempDir Path dir) {
        for (String radius : new String[] {"NaN", "0", "-1", "Infinity"}) {
            assertEquals(Cli.USAGE_ERROR, run("coverage", "--scenario", "sample", "--radius-km", radius, "--out", dir.toString()), radius);
            assertTrue(err().contains("--radius-km '" + radius + "': expected a number of kilometres more than 0"), err());
            assertEquals(Cli.USAGE_ERROR, run("coverage", "--scenario", "sample", "--method", "2sfca", "--radius-km", radius, "--out",
                    dir.toString()), radius);
        }
    }

    /** Row "bad data accepted" (scenario): analyses refuse a scenario with errors, listing them, unless --no-validate. */
    @Test
    void analysesRefuseAScenarioWithErrorsUnlessTold(@TempDir Path dir) throws Exception {
        Scenario s = SampleScenario.create();
        s.getDemandZones().get(0).setPopulation(-5);
        s.getDemandZones().get(1).setLatitude(Double.NaN);
        Path file = dir.resolve("bad.nafitha");
        ScenarioFiles.save(s, file);
        for (String[] args : List.of(new String[] {"coverage", "--out", dir.resolve("c").toString()},
                new String[] {"capacity", "--out", dir.resolve("k").toString()},
                new String[] {"locate", "--problem", "pmedian", "--p", "12", "--time-limit", "1", "--out", dir.resolve("l").toString()},
                new String[] {"card", "--out", dir.resolve("card").toString()},
                new String[] {"render", "--out", dir.resolve("m.png").toString(), "--width", "64", "--height", "48"})) {
            List<String> a = new ArrayList<>(List.of(args));
            a.add(1, "--scenario");
            a.add(2, file.toString());
            assertEquals(Cli.DATA_ERROR, run(a.toArray(String[]::new)), String.join(" ", a));
            assertTrue(err().contains("2 errors") && err().contains("error: ") && err().contains("--no-validate"), err());
            assertFalse(Files.exists(Path.of(args[args.length - 1].equals("48") ? dir.resolve("m.png").toString() : args[args.length - 1])));
        }
        assertEquals(Cli.OK, run("capacity", "--scenario", file.toString(), "--no-validate", "--out", dir.resolve("k").toString()), err());
    }

    /** Centers imported from an export stay valid (their counters are named after them), so analyses accept them. */
    @Test
    void importedCentersKeepTheScenarioValid(@TempDir Path dir) throws Exception {
        Path centers = dir.resolve("centers.csv");
        Path file = dir.resolve("s.nafitha");
        assertEquals(Cli.OK, run("export", "--scenario", "sample", "--kind", "centers", "--out", centers.toString()), err());
        assertEquals(Cli.OK, run("import", "--scenario", "sample", "--kind", "centers", "--file", centers.toString(), "--out", file.toString()),
                err());
        assertEquals(Cli.OK, run("validate", "--scenario", file.toString()), out());
        assertEquals(Cli.OK, run("capacity", "--scenario", file.toString(), "--out", dir.resolve("k").toString()), err());
    }

    /** Row "bad data accepted" (GeoJSON): a Point of 2,000,000 numbers, and lines or several points as places, are refused. */
    @Test
    void geoJsonPlacesMustBePointsOrAreas(@TempDir Path dir) throws Exception {
        StringBuilder numbers = new StringBuilder("35.9,31.9");
        for (int i = 2; i < 2_000_000; i++) {
            numbers.append(",1");
        }
        Path huge = Files.writeString(dir.resolve("huge.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"code\":\"Z1\",\"population\":5},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + numbers + "]}}]}");
        Path out = dir.resolve("out.nafitha");
        assertEquals(Cli.DATA_ERROR, run("import", "--scenario", "sample", "--kind", "demand", "--file", huge.toString(), "--out", out.toString()));
        assertTrue(err().contains("2000000 numbers") && err().contains("two numbers"), err());
        assertTrue(err().length() < 2000, "the message does not repeat the numbers");
        for (String geometry : new String[] {"{\"type\":\"LineString\",\"coordinates\":[[35.9,31.9],[36.1,32.0]]}",
                "{\"type\":\"MultiPoint\",\"coordinates\":[[35.9,31.9],[36.1,32.0]]}"}) {
            Path file = Files.writeString(dir.resolve("g.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                    + "\"properties\":{\"code\":\"Z1\",\"population\":5},\"geometry\":" + geometry + "}]}");
            assertEquals(Cli.DATA_ERROR, run("import", "--scenario", "sample", "--kind", "demand", "--file", file.toString(), "--out",
                    out.toString()), geometry);
            assertTrue(err().contains("expected a Point (or a Polygon or MultiPolygon, placed at its interior point)"), err());
        }
        assertFalse(Files.exists(out));
        Path area = Files.writeString(dir.resolve("area.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"code\":\"Z1\",\"population\":5},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[35.9,31.9],[36.0,31.9],[36.0,32.0],[35.9,32.0],[35.9,31.9]]]}}]}");
        assertEquals(Cli.OK, run("import", "--scenario", "sample", "--kind", "demand", "--file", area.toString(), "--out", out.toString()), err());
        assertTrue(out().contains("note: 1 area was placed at an interior point of its polygon"), out());
    }

    /** Row "exit codes": a cutoff of 0 or NaN and a time limit of 0 are usage errors, like --p 0. */
    @Test
    void locateRefusesBadCutoffsAndTimeLimits(@TempDir Path dir) throws Exception {
        Path demand = Files.writeString(dir.resolve("demand.csv"), "id,x,y,weight\na,0,0,10\nb,10,0,10\n");
        Path sites = Files.writeString(dir.resolve("sites.csv"), "id,x,y\ns1,5,0\ns2,15,0\n");
        String[][] bad = {{"--cutoff-km", "0"}, {"--cutoff-km", "NaN"}, {"--cutoff-km", "-3"}, {"--time-limit", "0"}, {"--time-limit", "NaN"},
            {"--p", "0"}, {"--p", "1.5"}, {"--seed", "x"}};
        for (String[] option : bad) {
            assertEquals(Cli.USAGE_ERROR, run("locate", "--demand", demand.toString(), "--sites", sites.toString(), "--problem", "pmedian",
                    "--p", option[0].equals("--p") ? option[1] : "1", option[0], option[1], "--out", dir.resolve("r.json").toString()),
                    String.join(" ", option) + ": " + err());
        }
    }

    /** Row "silent failure": an LSCP whose radius no site reaches exits 1 with the demand it cannot cover. */
    @Test
    void aCoverNoSiteCanGiveIsAnError(@TempDir Path dir) throws Exception {
        Path demand = Files.writeString(dir.resolve("demand.csv"), "id,x,y,weight\na,0,0,10\nb,10,0,20\n");
        Path sites = Files.writeString(dir.resolve("sites.csv"), "id,x,y\ns1,5,0\ns2,50,0\n");
        assertEquals(Cli.DATA_ERROR, run("locate", "--demand", demand.toString(), "--sites", sites.toString(), "--problem", "lscp",
                "--radius-km", "1", "--distance", "euclidean", "--out", dir.resolve("r.json").toString()));
        assertTrue(err().contains("no site covers any demand within 1 km: all 2 demand points (weight 30)"), err());
        Path near = Files.writeString(dir.resolve("near.csv"), "id,x,y\ns1,0.5,0\ns2,50,0\n");
        assertEquals(Cli.OK, run("locate", "--demand", demand.toString(), "--sites", near.toString(), "--problem", "lscp",
                "--radius-km", "1", "--distance", "euclidean", "--out", dir.resolve("r.json").toString()), err());
        assertTrue(out().contains("1 demand points (weight 20) beyond 1 km"), out());
        assertTrue(Files.readString(dir.resolve("r.json")).replaceAll("\\s", "").contains("\"uncovered\":{"), Files.readString(dir.resolve("r.json")));
    }

    /**
     * Acceptance: every command, given bad paths and bad values, exits 1 or 2 with messages and never a stack trace
     * (no "at org." line, no exception's name).
     */
    @Test
    void noCommandPrintsAStackTrace(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.nafitha");
        Path garbage = Files.writeString(dir.resolve("garbage.nafitha"), "<<<not xml");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        String[] places = {missing.toString(), garbage.toString(), folder.toString(), "/proc/x", garbage + "/below", ""};
        List<String[]> runs = new ArrayList<>();
        for (String p : places) {
            runs.add(new String[] {"info", "--scenario", p});
            runs.add(new String[] {"validate", "--scenario", p});
            runs.add(new String[] {"export", "--scenario", p, "--out", dir.resolve("x.nafitha").toString()});
            runs.add(new String[] {"export", "--scenario", "sample", "--kind", "centers", "--out", p});
            runs.add(new String[] {"import", "--scenario", "sample", "--kind", "demand", "--file", p, "--out", dir.resolve("y.nafitha").toString()});
            runs.add(new String[] {"import", "--scenario", p, "--kind", "demand", "--file", p, "--out", p});
            runs.add(new String[] {"coverage", "--demand", p, "--sites", p, "--method", "2sfca", "--radius-km", "10", "--out", p});
            runs.add(new String[] {"coverage", "--scenario", p, "--out", p});
            runs.add(new String[] {"capacity", "--scenario", p, "--out", p});
            runs.add(new String[] {"locate", "--demand", p, "--sites", p, "--problem", "pmedian", "--p", "1", "--out", p});
            runs.add(new String[] {"locate", "--orlib", p, "--out", p});
            runs.add(new String[] {"render", "--scenario", "sample", "--layer-file", p, "--out", dir.resolve("m.png").toString()});
            runs.add(new String[] {"render", "--scenario", "sample", "--layer-table", "t", "--store", p, "--out", dir.resolve("m.png").toString()});
            runs.add(new String[] {"card", "--scenario", p, "--out", p});
        }
        Files.createDirectory(dir.resolve("d.mv.db"));
        for (String store : new String[] {"/proc/x", garbage + "/below", dir.resolve("d").toString()}) {
            runs.add(new String[] {"store", "save", "--store", store, "--scenario", "sample"});
            runs.add(new String[] {"store", "list", "--store", store});
            runs.add(new String[] {"store", "load", "--store", store, "--code", "X", "--out", dir.resolve("z.nafitha").toString()});
        }
        for (String v : new String[] {"NaN", "-1", "0", "1e999", "x", "-Infinity", "99999999999999999999"}) {
            runs.add(new String[] {"erlang", "--arrivals-per-hour", v, "--aht-min", v, "--target-sl", v, "--target-wait-min", v});
            runs.add(new String[] {"erlang", "--arrivals-per-hour", "100", "--aht-min", "3", "--target-sl", "0.8", "--target-wait-min", "1",
                "--counters", v, "--patience-min", v, "--cv", v, "--shrinkage", v, "--max-occupancy", v});
            runs.add(new String[] {"coverage", "--scenario", "sample", "--radius-km", v, "--out", dir.toString()});
            runs.add(new String[] {"capacity", "--scenario", "sample", "--max-occupancy", v, "--out", dir.toString()});
            runs.add(new String[] {"capacity", "--scenario", "sample", "--profile", v + ",-2", "--out", dir.toString()});
            runs.add(new String[] {"locate", "--scenario", "sample", "--problem", "mclp", "--p", v, "--radius-km", v, "--out", dir.toString()});
            runs.add(new String[] {"render", "--scenario", "sample", "--width", v, "--out", dir.resolve("m.png").toString()});
            runs.add(new String[] {"render", "--scenario", "sample", "--analysis", "locate", "--p", v, "--out", dir.resolve("m.png").toString()});
            runs.add(new String[] {"card", "--scenario", "sample", "--max-occupancy", v, "--out", dir.toString()});
            runs.add(new String[] {"bench", "coverage", "--points", v});
            runs.add(new String[] {"bench", "locate", "--points", v});
            runs.add(new String[] {"bench", "mapnav", "--points", v, "--width", v});
            runs.add(new String[] {"bench", "mapnav", "--rounds", v, "--polygons", dir.resolve("none.gpkg").toString()});
        }
        for (String[] args : runs) {
            int code = run(args);
            String what = String.join(" ", args);
            assertTrue(code == Cli.DATA_ERROR || code == Cli.USAGE_ERROR, what + " exits 1 or 2, not " + code + ": " + err());
            assertFalse(err().contains("at org.") || err().contains("\tat ") || err().contains("Exception") || out().contains("at org."),
                    what + ": " + err());
        }
    }

    private static void assertNothingStagedIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> staged = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertTrue(staged.isEmpty(), "no temporary file is left: " + staged);
        }
    }
}
