package org.nafitha.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.model.Scenario;
import org.nafitha.model.ScenarioComparison.ChangeKind;
import org.nafitha.model.ScenarioComparison;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.sample.SampleScenario;
import org.nafitha.store.internal.Migrations;

class ScenarioStoreTest {

    @TempDir
    Path dir;

    @Test
    void savesAndLoadsTheSampleUnchanged() throws Exception {
        Scenario sample = SampleScenario.create();
        try (ScenarioStore store = ScenarioStore.open(dir.resolve("store"))) {
            StoredScenario stored = store.save(sample);
            assertEquals(1, stored.revision());
            assertEquals(sample.getDemandZones().size(), stored.zones());
            assertEquals(sample.getCenters().size(), stored.centers());
            assertEquals(11_625_745L, stored.population()); // the sample's districts sum to the 2024 estimate
            assertNotNull(stored.extent());
            String extent = store.layerExtent(sample.getCode());
            assertNotNull(extent, "H2GIS computes the extent of the centers and regions");
            double[] e = Arrays.stream(extent.split(" ")).mapToDouble(Double::parseDouble).toArray();
            // inside Jordan's bounding box (34.9..39.4 E, 29.1..33.4 N) and spanning most of it
            assertTrue(e[0] >= 34.9 && e[0] < 35.5 && e[2] > 36.5 && e[2] <= 39.4 && e[1] >= 29.1 && e[1] < 30 && e[3] > 32.3 && e[3] <= 33.4, extent);
            Scenario loaded = store.load(sample.getCode());
            assertTrue(ScenarioComparison.compare(sample, loaded).identical(),
                    () -> ScenarioComparison.compare(sample, loaded).changes().toString());
            // the roadmap (actions with the offices they open, costs, budgets, growth, targets) is part of the document
            assertEquals(sample.getRoadmap().getActions().size(), loaded.getRoadmap().getActions().size());
            assertTrue(loaded.getRoadmap().getActions().stream().anyMatch(a -> a.getNewCenter() != null));
            // byte for byte the same scenario file: nothing is lost in the store, groups and overrides included
            assertEquals(new String(ScenarioFiles.toBytes(sample), StandardCharsets.UTF_8),
                    new String(ScenarioFiles.toBytes(loaded), StandardCharsets.UTF_8));
        }
        try (ScenarioStore reopened = ScenarioStore.open(dir.resolve("store"))) {
            assertEquals(1, reopened.list().size());
            assertEquals(sample.getDemandZones().size(), reopened.load(sample.getCode()).getDemandZones().size());
        }
    }

    @Test
    void eachSaveIsANewRevisionAndListShowsIt() throws Exception {
        Scenario sample = SampleScenario.create();
        try (ScenarioStore store = ScenarioStore.open(dir.resolve("store"))) {
            store.save(sample);
            sample.getDemandZones().get(0).setPopulation(sample.getDemandZones().get(0).getPopulation() + 5);
            StoredScenario second = store.save(sample);
            assertEquals(2, second.revision());
            assertEquals(11_625_750L, second.population());
            assertEquals(List.of(sample.getCode()), store.list().stream().map(StoredScenario::code).toList());
        }
    }

    @Test
    void copiesDeletesAndComparesScenarios() throws Exception {
        Scenario sample = SampleScenario.create();
        try (ScenarioStore store = ScenarioStore.open(dir.resolve("store"))) {
            store.save(sample);
            StoredScenario copy = store.copy(sample.getCode(), "more-counters", "More counters", "عدادات أكثر");
            assertEquals(1, copy.revision());
            Scenario variant = store.load("more-counters");
            assertEquals(sample.getCode(), variant.getBaseline());
            variant.getCenters().get(0).setStaff(variant.getCenters().get(0).getStaff() + 10);
            store.save(variant);
            ScenarioComparison diff = store.diff(sample.getCode(), "more-counters");
            assertEquals(1, diff.count(ChangeKind.CHANGED) - countScenarioChanges(diff), diff.changes().toString());
            assertTrue(diff.changes().stream().anyMatch(c -> c.code().equals(sample.getCenters().get(0).getCode())));
            StoreException duplicate = assertThrows(StoreException.class, () -> store.copy(sample.getCode(), "more-counters", null, null));
            assertTrue(duplicate.getMessage().contains("already"), duplicate.getMessage());
            store.delete("more-counters");
            assertFalse(store.contains("more-counters"));
            StoreException missing = assertThrows(StoreException.class, () -> store.load("more-counters"));
            assertTrue(missing.getMessage().contains("no scenario 'more-counters'") && missing.getMessage().contains(sample.getCode()),
                    missing.getMessage());
        }
    }

    private static long countScenarioChanges(ScenarioComparison diff) {
        return diff.changes().stream().filter(c -> c.kind() == ChangeKind.CHANGED && c.type().equals("Scenario")).count();
    }

    @Test
    void keepsAnalysisRunsPerScenarioAndDropsThemWithIt() throws Exception {
        Scenario sample = SampleScenario.create();
        try (ScenarioStore store = ScenarioStore.open(dir.resolve("store"))) {
            store.save(sample);
            String zone = sample.getDemandZones().get(0).getCode();
            long run = store.recordRun(sample.getCode(), "org.nafitha.coverage", Instant.now(), 0.25, "{\"covered\":0.868}",
                    List.of(new RunValue("zone", zone, "accessibility", 0.42), new RunValue("zone", zone, "covered", 1)));
            List<AnalysisRun> runs = store.runs(sample.getCode());
            assertEquals(1, runs.size());
            assertEquals(run, runs.get(0).id());
            assertEquals(2, runs.get(0).values());
            assertEquals(1, runs.get(0).scenarioRevision());
            assertEquals("{\"covered\":0.868}", runs.get(0).summary());
            assertEquals(0.42, store.values(run).get(0).value(), 1e-12);
            assertThrows(StoreException.class, () -> store.recordRun("nope", "x", Instant.now(), 0, null, List.of()));
            store.delete(sample.getCode());
            try (var s = store.connection().createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM analysis_value")) {
                r.next();
                assertEquals(0, r.getInt(1), "values go with their scenario");
            }
        }
    }

    @Test
    void aFailedSaveKeepsTheLastSavedRevision() throws Exception {
        Scenario sample = SampleScenario.create();
        try (ScenarioStore store = ScenarioStore.open(dir.resolve("store"))) {
            store.save(sample);
            sample.getDemandZones().get(0).setPopulation(1);
            // codes are at most 200 characters in the store: the save fails at the centers, after the zones were written
            sample.getCenters().get(sample.getCenters().size() - 1).setCode("X".repeat(201));
            StoreException e = assertThrows(StoreException.class, () -> store.save(sample));
            assertTrue(e.getMessage().contains("keeps its last saved revision"), e.getMessage());
            StoredScenario after = store.list().get(0);
            assertEquals(1, after.revision());
            assertEquals(11_625_745L, after.population());
            Scenario loaded = store.load(sample.getCode());
            assertEquals(sample.getDemandZones().size(), loaded.getDemandZones().size());
            assertTrue(loaded.getDemandZones().get(0).getPopulation() > 1);
        }
    }

    @Test
    void migratesAStoreOfAnEarlierSchemaKeepingItsScenarios() throws Exception {
        Scenario sample = SampleScenario.create();
        try (ScenarioStore old = ScenarioStore.open(dir.resolve("store"), 1)) {
            assertEquals(1, old.schemaVersion());
            // version 1 has no H2GIS functions: save without them (the extent is computed from version 3)
            try (var s = old.connection().createStatement(); var r = s.executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'ANALYSIS_RUN'")) {
                r.next();
                assertEquals(0, r.getInt(1));
            }
        }
        try (ScenarioStore store = ScenarioStore.open(dir.resolve("store"))) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            store.save(sample);
            assertEquals(sample.getDemandZones().size(), store.load(sample.getCode()).getDemandZones().size());
            store.recordRun(sample.getCode(), "org.nafitha.coverage", Instant.now(), 1, null, List.of());
            assertEquals(1, store.runs(sample.getCode()).size());
        }
        try (ScenarioStore again = ScenarioStore.open(dir.resolve("store"))) {
            assertEquals(Migrations.latest(), again.schemaVersion(), "opening a current store changes nothing");
            assertEquals(1, again.list().size());
        }
    }

    @Test
    void refusesAStoreNewerThanItKnows() throws Exception {
        try (ScenarioStore store = ScenarioStore.open(dir.resolve("store"))) {
            try (var s = store.connection().createStatement()) {
                s.execute("INSERT INTO schema_version VALUES (99, 'from the future', CURRENT_TIMESTAMP)");
            }
        }
        StoreException e = assertThrows(StoreException.class, () -> ScenarioStore.open(dir.resolve("store")));
        assertTrue(e.getMessage().contains("newer than this Nafitha knows"), e.getMessage());
    }
}
