package org.nafitha.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.model.Scenario;
import org.nafitha.model.ScenarioComparison;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;

class ScenarioFilesTest {

    @TempDir
    Path dir;

    @Test
    void aScenarioFileWithAnExternalEntityIsRefusedAndTheEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        Path file = dir.resolve("evil.nafitha");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<nafitha:Scenario xmlns:nafitha=\"http://nafitha.org/model/1.0\" code=\"evil\" nameEn=\"&x;\"/>\n",
                StandardCharsets.UTF_8);
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(file));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(!e.getMessage().contains("TOP-SECRET-VALUE"), e.getMessage());
    }

    @Test
    void saveLoadSaveGivesIdenticalBytesAndAnEqualScenario() throws Exception {
        Fixture f = new Fixture();
        f.center.setDailyCapacityOverride(0.0); // unsettable and set to its default: must survive the round trip
        Path first = dir.resolve("a.nafitha");
        ScenarioFiles.save(f.scenario, first);
        Scenario loaded = ScenarioFiles.load(first);
        Path second = dir.resolve("b.nafitha");
        ScenarioFiles.save(loaded, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        ScenarioComparison c = ScenarioComparison.compare(new Fixture().scenario, loaded);
        assertEquals(1, c.changes().size(), c.changes().toString()); // only the capacity override differs from a fresh fixture
        assertTrue(((ServiceCenter) loaded.getCenters().get(0)).isSetDailyCapacityOverride());
        assertTrue(loaded.getCenters().get(0).getCounters().get(1).getServices().get(0) == loaded.getServices().get(0));
    }

    @Test
    void referencesAreWrittenByKindAndCode() throws Exception {
        String xml = new String(ScenarioFiles.toBytes(new Fixture().scenario), StandardCharsets.UTF_8);
        assertTrue(xml.contains("servicesOffered=\"Service.CSPD-01 Service.CSPD-02\""), xml);
        assertTrue(xml.contains("region=\"Region.JO-AM\""), xml);
    }

    @Test
    void duplicateCodesFallBackToPositionsAndStillRoundTrip() throws Exception {
        Fixture f = new Fixture();
        f.birth.setCode("CSPD-01");
        byte[] bytes = ScenarioFiles.toBytes(f.scenario);
        Scenario loaded = ScenarioFiles.read(new ByteArrayInputStream(bytes), "dup.nafitha");
        assertTrue(loaded.getBundles().get(0).getServices().get(0) == loaded.getServices().get(1));
        assertArrayEquals(bytes, ScenarioFiles.toBytes(loaded));
    }

    @Test
    void aFailedSaveLeavesTheLastGoodFileIntact() throws Exception {
        Fixture f = new Fixture();
        Path file = dir.resolve("s.nafitha");
        ScenarioFiles.save(f.scenario, file);
        byte[] good = Files.readAllBytes(file);
        // a reference to a region that is in no scenario cannot be written
        f.center.setRegion(Fixture.F.createRegion());
        assertThrows(ScenarioFileException.class, () -> ScenarioFiles.save(f.scenario, file));
        assertArrayEquals(good, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void malformedXmlIsReportedWithFileAndLine() throws IOException {
        Path file = dir.resolve("bad.nafitha");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<nafitha:Scenario xmlns:nafitha=\"http://nafitha.org/model/1.0\" code=\"X\">\n<regions code=\"A\"\n</nafitha:Scenario>\n");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(file));
        assertTrue(e.getMessage().contains("bad.nafitha") && e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("pop.nafitha");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<nafitha:Scenario xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:nafitha=\"http://nafitha.org/model/1.0\" xmi:version=\"2.0\" code=\"X\">\n"
                + "  <demandZones code=\"Z1\" population=\"many\"/>\n</nafitha:Scenario>\n");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(file));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("many"), e.getMessage());
    }

    @Test
    void anUnknownAttributeIsReported() throws IOException {
        Path file = dir.resolve("unknown.nafitha");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<nafitha:Scenario xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:nafitha=\"http://nafitha.org/model/1.0\" xmi:version=\"2.0\" code=\"X\">\n"
                + "  <demandZones code=\"Z1\" populaton=\"5\"/>\n</nafitha:Scenario>\n");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(file));
        assertTrue(e.getMessage().contains("populaton"), e.getMessage());
    }

    @Test
    void aReferenceToAMissingCodeIsReported() throws IOException {
        Path file = dir.resolve("ref.nafitha");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<nafitha:Scenario xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:nafitha=\"http://nafitha.org/model/1.0\" xmi:version=\"2.0\" code=\"X\">\n"
                + "  <demandZones code=\"Z1\" region=\"Region.NOWHERE\"/>\n</nafitha:Scenario>\n");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(file));
        assertTrue(e.getMessage().contains("Region.NOWHERE"), e.getMessage());
    }

    @Test
    void aMissingFileIsReported() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(dir.resolve("none.nafitha")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }
}
