package org.nafitha.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.nafitha.cli.Cli;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.io.Formats;
import org.nafitha.io.ImportException;
import org.nafitha.io.ImportOptions;
import org.nafitha.io.ImportPlan;
import org.nafitha.io.Kind;
import org.nafitha.io.ScenarioImporter;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Scenario;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoreException;

/**
 * {@code nafitha bench store}: a CSV of N synthetic demand points over Jordan (seeded; see {@link BenchCommand}) is
 * imported (read, checked, turned into zones), saved to a new store and loaded back. Seconds and the peak heap of each
 * step are printed as JSON; the import and the save together are "CSV into the store".
 */
final class StoreBench {

    private StoreBench() {
    }

    static int run(Options options, PrintStream out) {
        int n = NumberOptions.integer(options, "points", 1000000, 1, 100_000_000);
        String storeOption = options.optional("store", null);
        options.takePositional(); // "store"
        options.checkAllKnown();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("nafitha-bench-store");
            Path csv = dir.resolve("demand.csv");
            double[][] points = BenchCommand.synthetic(n, new Random(42));
            Random rnd = new Random(43);
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write("code,name_en,name_ar,population,lat,lon\n");
                for (int i = 0; i < n; i++) {
                    w.write("P" + i + ",Point " + i + ",نقطة " + i + "," + (1 + rnd.nextInt(400)) + ","
                            + String.format(Locale.ROOT, "%.6f,%.6f", points[1][i], points[0][i]) + "\n");
                }
            }
            long csvBytes = Files.size(csv);
            points = null;
            System.gc();
            BenchCommand.resetPeaks();
            Scenario scenario = NafithaFactory.eINSTANCE.createScenario();
            scenario.setCode("bench");
            scenario.setNameEn("Benchmark");
            long t0 = System.nanoTime();
            ImportPlan plan = new ScenarioImporter(Formats.builtIn()).plan(scenario, Kind.DEMAND, csv, new ImportOptions());
            plan.apply();
            long t1 = System.nanoTime();
            long importPeak = BenchCommand.peakHeap();
            Path base = storeOption != null ? Path.of(storeOption) : dir.resolve("store");
            long t2;
            try (ScenarioStore store = ScenarioStore.open(base)) {
                t2 = System.nanoTime();
                store.save(scenario);
            }
            long t3 = System.nanoTime();
            long savePeak = BenchCommand.peakHeap();
            long storeBytes = Files.size(Path.of(base + ".mv.db"));
            scenario = null;
            plan = null;
            System.gc();
            BenchCommand.resetPeaks();
            long t4 = System.nanoTime();
            int loaded;
            try (ScenarioStore store = ScenarioStore.open(base)) {
                loaded = store.load("bench").getDemandZones().size();
            }
            long t5 = System.nanoTime();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("benchmark", "store: CSV of demand points into the store, and load back");
            result.put("points", n);
            result.put("csvMiB", csvBytes / (1024 * 1024));
            result.put("importSeconds", (t1 - t0) / 1e9);
            result.put("importPeakHeapMiB", importPeak / (1024 * 1024));
            result.put("openStoreSeconds", (t2 - t1) / 1e9);
            result.put("saveSeconds", (t3 - t2) / 1e9);
            result.put("csvIntoStoreSeconds", (t3 - t0) / 1e9);
            result.put("savePeakHeapMiB", savePeak / (1024 * 1024));
            result.put("storeMiB", storeBytes / (1024 * 1024));
            result.put("loadSeconds", (t5 - t4) / 1e9);
            result.put("loadPeakHeapMiB", BenchCommand.peakHeap() / (1024 * 1024));
            result.put("zonesLoaded", loaded);
            result.put("processors", Runtime.getRuntime().availableProcessors());
            result.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.println(Json.write(result));
            return Cli.OK;
        } catch (IOException | ImportException | StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary folder
                }
            }
        }
    }
}
