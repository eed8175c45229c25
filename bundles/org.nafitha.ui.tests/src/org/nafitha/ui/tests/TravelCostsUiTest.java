package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.geo.CostTable;
import org.nafitha.geo.GreatCircle;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.sample.SampleScenario;
import org.nafitha.ui.AnalysisSession;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.internal.CostsHandlers;

/**
 * Travel costs in the workbench, as on the command line: a scenario file's cost table beside it (NAME.costs.csv) is read
 * when the scenario is opened and the analyses use it; File ▸ Travel costs… reads another whole or not at all (a bad
 * line changes nothing; a column named just "cost" needs its unit), keeps it beside the scenario, and Straight-line
 * distances goes back to the distance model.
 */
class TravelCostsUiTest {

    @TempDir
    Path dir;

    /** Every place to every open center, in minutes: 1.5 minutes a great-circle kilometre (a hand-made table). */
    private static String table(Scenario s, String costColumn) {
        StringBuilder csv = new StringBuilder("origin,destination," + costColumn + "\n");
        for (DemandPoints.Point p : DemandPoints.of(s)) {
            for (ServiceCenter c : s.getCenters()) {
                if (c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED) {
                    double km = GreatCircle.distanceKm(p.latitude(), p.longitude(), c.getLatitude(), c.getLongitude());
                    csv.append(p.code()).append(',').append(c.getCode()).append(',').append(1.5 * km).append('\n');
                }
            }
        }
        return csv.toString();
    }

    @Test
    void aScenarioFilesCostTableIsUsedAndAnotherIsReadWholeOrNotAtAll() throws Exception {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        AnalysisSession analyses = NafithaUi.getDefault().getAnalyses();
        Scenario sample = SampleScenario.create();
        Path file = dir.resolve("plan.nafitha");
        ScenarioFiles.save(sample, file);
        Path beside = dir.resolve("plan.costs.csv");
        Files.writeString(beside, table(sample, "minutes"), StandardCharsets.UTF_8);
        try {
            Scenario opened = ScenarioFiles.load(file);
            session.open(opened, file, file.getFileName().toString());
            CostTable costs = analyses.costs();
            assertNotNull(costs, "plan.costs.csv beside plan.nafitha is read on opening");
            assertEquals(CostTable.Unit.MINUTES, costs.unit());
            assertEquals(beside, analyses.costsFile());

            Gui.settle(analyses.run(opened, Map.of()));
            assertNull(analyses.state().error(), analyses.state().error());
            CoverageResult coverage = analyses.state().result(CoverageAnalyzer.ID, CoverageResult.class);
            assertEquals("min", coverage.costUnit(), "the analyses measured minutes from the table");
            CoverageResult.Point first = coverage.points().get(0);
            ServiceCenter nearest = opened.getCenters().stream().filter(c -> c.getCode().equals(first.nearestCenter())).findFirst().orElseThrow();
            double expected = 1.5 * GreatCircle.distanceKm(first.latitude(), first.longitude(), nearest.getLatitude(), nearest.getLongitude());
            assertEquals(expected, first.travelMinutes(), 1e-6, "the place's minutes are the table's, not a speed's");

            // a bad line: refused with its line, and the analyses keep the table they had
            Path bad = dir.resolve("bad.csv");
            String good = table(sample, "minutes");
            String[] lines = good.split("\n");
            lines[2] = lines[2].substring(0, lines[2].lastIndexOf(',') + 1) + "fast";
            Files.writeString(bad, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            CostsHandlers.Outcome refused = CostsHandlers.importFrom(bad, null);
            assertNull(refused.table());
            assertTrue(refused.message().contains("3") && refused.message().contains("fast"), refused.message());
            assertFalse(refused.unitMissing());
            assertSame(costs, analyses.costs(), "nothing changed");

            // a column named just "cost": the unit is asked for, then the table is read and kept beside the scenario
            Path plain = dir.resolve("plain.csv");
            Files.writeString(plain, table(sample, "cost"), StandardCharsets.UTF_8);
            CostsHandlers.Outcome noUnit = CostsHandlers.importFrom(plain, null);
            assertTrue(noUnit.unitMissing(), noUnit.message());
            assertSame(costs, analyses.costs());
            CostsHandlers.Outcome read = CostsHandlers.importFrom(plain, CostTable.Unit.KILOMETRES);
            assertNotNull(read.table(), read.message());
            assertSame(read.table(), analyses.costs());
            assertEquals(CostTable.Unit.KILOMETRES, analyses.costs().unit());
            assertTrue(analyses.state().stale(), "the results so far are stale");
            assertTrue(Files.readString(beside).startsWith("origin,destination,km"), "kept beside the scenario for its next opening");

            analyses.useCosts(null, null);
            assertNull(analyses.costs(), "straight lines again");
        } finally {
            session.open(SampleScenario.create(), null, SampleScenario.NAME);
        }
        assertNull(analyses.costs(), "the sample has no cost table");
    }
}
