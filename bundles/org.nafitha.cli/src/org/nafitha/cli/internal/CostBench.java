package org.nafitha.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.nafitha.cli.Cli;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.coverage.Decay;
import org.nafitha.coverage.FloatingCatchment;
import org.nafitha.coverage.Neighbourhood;
import org.nafitha.geo.CostTable;
import org.nafitha.geo.GreatCircle;
import org.nafitha.io.CostTables;
import org.nafitha.io.ImportException;

/**
 * {@code nafitha bench costs}: writes a synthetic cost table of O origins × D destinations (default 2,000 × 2,000,
 * 4 million pairs; minutes at 50 km/h over great-circle distances between points over Jordan, 0.1 min precision) to a
 * CSV, imports it with every id checked against the demand and site ids, and runs E2SFCA on it. Prints the import
 * time, the heap the table keeps (measured, and its arrays' bytes per pair) and the peak heap of the import.
 */
final class CostBench {

    private CostBench() {
    }

    static int run(Options options, PrintStream out) {
        int origins = NumberOptions.integer(options, "origins", 2000, 1, 100_000);
        int destinations = NumberOptions.integer(options, "destinations", 2000, 1, 100_000);
        int repeat = NumberOptions.integer(options, "repeat", 3, 1, 1000);
        options.takePositional();
        options.checkAllKnown();
        Random rnd = new Random(21);
        double[][] o = BenchCommand.synthetic(origins, rnd);
        double[][] d = BenchCommand.synthetic(destinations, rnd);
        String[] originIds = new String[origins];
        String[] destinationIds = new String[destinations];
        for (int i = 0; i < origins; i++) {
            originIds[i] = "Z" + i;
        }
        for (int j = 0; j < destinations; j++) {
            destinationIds[j] = "C" + j;
        }
        Path file;
        try {
            file = Files.createTempFile("nafitha-bench-costs", ".csv");
            long t0 = System.nanoTime();
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("origin,destination,minutes\n");
                StringBuilder sb = new StringBuilder(64);
                for (int i = 0; i < origins; i++) {
                    for (int j = 0; j < destinations; j++) {
                        double minutes = Math.round(GreatCircle.distanceKm(o[1][i], o[0][i], d[1][j], d[0][j]) / 50 * 600) / 10.0;
                        sb.setLength(0);
                        sb.append(originIds[i]).append(',').append(destinationIds[j]).append(',').append(minutes).append('\n');
                        w.write(sb.toString());
                    }
                }
            }
            long written = System.nanoTime() - t0;
            Set<String> knownOrigins = new HashSet<>(Arrays.asList(originIds));
            Set<String> knownDestinations = new HashSet<>(Arrays.asList(destinationIds));
            long best = Long.MAX_VALUE;
            long peak = 0;
            long retained = 0;
            CostTable table = null;
            for (int r = 0; r < repeat; r++) {
                table = null;
                long before = usedAfterGc();
                BenchCommand.resetPeaks();
                long t1 = System.nanoTime();
                table = CostTables.read(file, null, knownOrigins, knownDestinations);
                best = Math.min(best, System.nanoTime() - t1);
                peak = Math.max(peak, BenchCommand.peakHeap() - before);
                retained = usedAfterGc() - before;
            }
            double[] population = new double[origins];
            Arrays.fill(population, 1000);
            double[] supply = new double[destinations];
            Arrays.fill(supply, 5);
            long t2 = System.nanoTime();
            FloatingCatchment.Result access = FloatingCatchment.compute(Neighbourhood.costs(table, originIds, destinationIds), population,
                    supply, Decay.bands("15:1,30:0.68,60:0.22"), Runtime.getRuntime().availableProcessors());
            long fca = System.nanoTime() - t2;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("benchmark", "cost table: import a CSV of origin x destination travel minutes, checked ids; E2SFCA on it");
            result.put("origins", origins);
            result.put("destinations", destinations);
            result.put("pairs", table.pairs());
            result.put("fileMiB", Files.size(file) / (1024.0 * 1024));
            result.put("writeSeconds", written / 1e9);
            result.put("importSeconds", best / 1e9);
            result.put("tableArrayBytesPerPair", (double) table.pairBytes() / table.pairs());
            result.put("retainedHeapMiB", retained / (1024.0 * 1024));
            result.put("retainedBytesPerPair", (double) retained / table.pairs());
            result.put("importPeakHeapMiB", peak / (1024.0 * 1024));
            result.put("e2sfcaSeconds", fca / 1e9);
            result.put("meanAccess", String.format(Locale.ROOT, "%.6f", Arrays.stream(access.access()).average().orElse(0)));
            result.put("processors", Runtime.getRuntime().availableProcessors());
            result.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.println(Json.write(result));
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return Cli.OK;
    }

    private static long usedAfterGc() {
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
