package org.nafitha.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.model.DocumentRequirement;
import org.nafitha.model.ProgramIndicators;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.sample.SampleScenario;

/** The registry's documents as an import/export kind: a service's documents in the file replace its own. */
class DocumentImportTest {

    private static Service service(Scenario s, String code) {
        return s.getServices().stream().filter(x -> x.getCode().equals(code)).findFirst().orElseThrow();
    }

    /**
     * A first passport (CSPD-08) requiring the ID card (CSPD holds it, the agency fetches it), photographs (no issuer)
     * and a non-conviction certificate (MOJ holds it, the citizen still brings it): the citizen brings 2, and once-only
     * would save one trip per passport issued.
     */
    @Test
    void aServicesDocumentsAreReplacedByTheFile(@TempDir Path dir) throws Exception {
        Scenario s = SampleScenario.create();
        Path file = dir.resolve("documents.csv");
        Files.writeString(file, """
                service,code,name_en,name_ar,issuer,held_by_government,fetched_by_government
                CSPD-08,ID,National ID card,البطاقة الشخصية,CSPD,yes,yes
                CSPD-08,PHOTO,Photographs,صور شخصية,,,
                CSPD-08,NONCONV,Non-conviction certificate,شهادة عدم محكومية,MOJ,,no
                """, StandardCharsets.UTF_8);
        ImportPlan plan = new ScenarioImporter(Formats.builtIn()).plan(s, Kind.DOCUMENTS, file, new ImportOptions());
        assertEquals(1, plan.replaced().size());
        plan.apply();
        Service passport = service(s, "CSPD-08");
        assertEquals(3, passport.getDocuments().size());
        DocumentRequirement photo = passport.getDocuments().get(1);
        assertFalse(photo.isHeldByGovernment(), "no issuer: not held by the government");
        assertTrue(passport.getDocuments().get(2).isHeldByGovernment(), "an issuer: held by the government unless said otherwise");
        assertEquals(2, ProgramIndicators.documentsToBring(passport));
        assertEquals(ProgramIndicators.annualVolume(passport, 11_625_745), ProgramIndicators.tripsSavedByOnceOnly(passport, 11_625_745), 1e-6);
    }

    @Test
    void theSampleDocumentsRoundTrip(@TempDir Path dir) throws Exception {
        Scenario sample = SampleScenario.create();
        Path csv = dir.resolve("documents.csv");
        int written = new ScenarioExporter(Formats.builtIn()).export(sample, Kind.DOCUMENTS, csv, null);
        assertEquals(sample.getServices().stream().mapToInt(x -> x.getDocuments().size()).sum(), written);
        Scenario other = SampleScenario.create();
        other.getServices().forEach(x -> x.getDocuments().clear());
        new ScenarioImporter(Formats.builtIn()).plan(other, Kind.DOCUMENTS, csv, new ImportOptions()).apply();
        for (Service a : sample.getServices()) {
            Service b = service(other, a.getCode());
            assertEquals(a.getDocuments().size(), b.getDocuments().size(), a.getCode());
            assertEquals(ProgramIndicators.documentsToBring(a), ProgramIndicators.documentsToBring(b), a.getCode());
        }
    }
}
