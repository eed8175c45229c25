package org.nafitha.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.model.EvaluationKind;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.ProgramIndicators;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.sample.SampleScenario;

/** Evaluation rounds and citizen-voice records imported per center, mixed kinds in one file, CSV and XLSX. */
class EvaluationImportTest {

    private static ServiceCenter center(Scenario s, String code) {
        return s.getCenters().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    /**
     * One file mixing three kinds for Maqablin; the NPS survey's 60 promoters, 25 passives and 15 detractors give
     * 60 - 15 = 45; the import appends to the center's records and replaces the center once.
     */
    @Test
    void aFileMixingKindsAddsDatedRecords(@TempDir Path dir) throws Exception {
        Scenario s = SampleScenario.create();
        int before = center(s, "CSC-AM").getEvaluationRecords().size();
        Path file = dir.resolve("voice.csv");
        Files.writeString(file, """
                center,date,kind,score,specialist_present,promoters,passives,detractors,description,from_feedback
                CSC-AM,2020-02-01,nps_survey,,,60,25,15,,
                CSC-AM,2020-02-02,mystery_shopper,81.5,yes,,,,,
                CSC-AM,2020-02-03,improvement,,,,,,A second queue display,yes
                """, StandardCharsets.UTF_8);
        ImportPlan plan = new ScenarioImporter(Formats.builtIn()).plan(s, Kind.EVALUATIONS, file, new ImportOptions());
        assertEquals(1, plan.replaced().size());
        plan.apply();
        ServiceCenter am = center(s, "CSC-AM");
        assertEquals(before + 3, am.getEvaluationRecords().size());
        List<EvaluationRecord> added = am.getEvaluationRecords().subList(before, before + 3);
        assertEquals(45, ProgramIndicators.nps(added), 1e-12);
        assertEquals(81.5, added.get(1).getScore(), 1e-12);
        assertTrue(added.get(1).isSpecialistPresent());
        assertEquals(1.0, ProgramIndicators.improvementsFromCitizens(added), 1e-12);
        assertTrue(s.getCenters().contains(am), "the center replaced in place");
    }

    /** The sample's rounds exported to XLSX read back into a sample without them, record for record. */
    @Test
    void theSampleRoundsRoundTripThroughXlsx(@TempDir Path dir) throws Exception {
        Scenario sample = SampleScenario.create();
        Path xlsx = dir.resolve("evaluations.xlsx");
        int written = new ScenarioExporter(Formats.builtIn()).export(sample, Kind.EVALUATIONS, xlsx, null);
        assertEquals(ProgramIndicators.records(sample).size(), written);
        assertTrue(written >= 11 * 10, "every existing comprehensive center has its rounds: " + written);
        Scenario other = SampleScenario.create();
        other.getCenters().forEach(c -> c.getEvaluationRecords().clear());
        new ScenarioImporter(Formats.builtIn()).plan(other, Kind.EVALUATIONS, xlsx, new ImportOptions()).apply();
        assertEquals(written, ProgramIndicators.records(other).size());
        assertEquals(ProgramIndicators.nps(ProgramIndicators.records(sample)), ProgramIndicators.nps(ProgramIndicators.records(other)), 1e-12);
        assertEquals(ProgramIndicators.satisfactionMean(ProgramIndicators.records(sample)),
                ProgramIndicators.satisfactionMean(ProgramIndicators.records(other)), 1e-9);
        EvaluationRecord latest = ProgramIndicators.latest(center(other, "CSC-IR"), EvaluationKind.MYSTERY_SHOPPER);
        assertEquals(ProgramIndicators.latest(center(sample, "CSC-IR"), EvaluationKind.MYSTERY_SHOPPER).getScore(), latest.getScore(), 1e-9);
    }
}
