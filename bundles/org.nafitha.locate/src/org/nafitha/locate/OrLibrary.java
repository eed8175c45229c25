package org.nafitha.locate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * An OR-Library p-median instance (Beasley 1985): a first line "n m p", then m lines "i j cost" of an undirected graph
 * (1-based vertices; where an edge appears twice the last wins). The distances are the graph's shortest paths (Floyd–
 * Warshall); every vertex is a demand point of weight 1 and a candidate site.
 */
public record OrLibrary(Instance instance, int p) {

    public static OrLibrary read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        int at = 0;
        while (at < lines.size() && lines.get(at).isBlank()) {
            at++;
        }
        if (at == lines.size()) {
            throw new IOException(file.getFileName() + ": expected a first line 'n m p', found an empty file");
        }
        int[] head = numbers(file, at, lines.get(at), 3);
        int n = head[0];
        int m = head[1];
        int p = head[2];
        if (n < 1 || m < 0 || p < 1 || p > n || n > 20_000) {
            throw new IOException(file.getFileName() + ", line " + (at + 1) + ": expected n (1 to 20000), m and p (1 to n), found " + lines.get(at).trim());
        }
        double inf = Double.POSITIVE_INFINITY;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(d[i], inf);
            d[i][i] = 0;
        }
        int edges = 0;
        for (int k = at + 1; k < lines.size() && edges < m; k++) {
            if (lines.get(k).isBlank()) {
                continue;
            }
            int[] e = numbers(file, k, lines.get(k), 3);
            if (e[0] < 1 || e[0] > n || e[1] < 1 || e[1] > n || e[2] < 0) {
                throw new IOException(file.getFileName() + ", line " + (k + 1) + ": expected 'i j cost' with vertices 1 to " + n
                        + " and a cost of 0 or more, found " + lines.get(k).trim());
            }
            d[e[0] - 1][e[1] - 1] = e[2];
            d[e[1] - 1][e[0] - 1] = e[2];
            edges++;
        }
        if (edges < m) {
            throw new IOException(file.getFileName() + ": expected " + m + " edges, found " + edges);
        }
        for (int k = 0; k < n; k++) {
            double[] dk = d[k];
            for (int i = 0; i < n; i++) {
                double dik = d[i][k];
                if (dik == inf) {
                    continue;
                }
                double[] di = d[i];
                for (int j = 0; j < n; j++) {
                    double via = dik + dk[j];
                    if (via < di[j]) {
                        di[j] = via;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (d[i][j] == inf) {
                    throw new IOException(file.getFileName() + ": the graph is not connected (no path from " + (i + 1) + " to " + (j + 1) + ")");
                }
            }
        }
        return new OrLibrary(Instance.ofMatrix(d), p);
    }

    private static int[] numbers(Path file, int line, String text, int count) throws IOException {
        String[] parts = text.trim().split("\\s+");
        if (parts.length < count) {
            throw new IOException(file.getFileName() + ", line " + (line + 1) + ": expected " + count + " whole numbers, found '" + text.trim() + "'");
        }
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IOException(file.getFileName() + ", line " + (line + 1) + ": expected whole numbers, found '" + parts[i] + "'");
            }
        }
        return out;
    }
}
