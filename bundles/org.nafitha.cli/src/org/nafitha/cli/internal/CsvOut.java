package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;

/** What the analysis commands share: running analyzers through the runner, and writing their tables as CSV. */
final class CsvOut {

    private CsvOut() {
    }

    /**
     * Runs analyzers (and what they require) contributed to {@code org.nafitha.core.analyzers}, as the workbench does;
     * the command line runs no analysis of its own.
     *
     * @throws IllegalStateException when an analyzer is not installed
     */
    static AnalysisContext run(AnalysisContext context, String... analyzerIds) {
        AnalysisRunner runner = AnalysisRunner.fromExtensions();
        for (String id : analyzerIds) {
            if (runner.analyzers().stream().noneMatch(a -> a.id().equals(id))) {
                throw new IllegalStateException("the analyzer " + id + " is not installed");
            }
        }
        return runner.run(context, List.of(analyzerIds), new NullProgressMonitor());
    }

    /** A CSV file in UTF-8: the header, then one line per row; values with commas or quotes are quoted. */
    static void write(Path file, String header, List<List<Object>> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header + "\n");
            for (List<Object> row : rows) {
                StringBuilder sb = new StringBuilder();
                for (Object o : row) {
                    String s = String.valueOf(o);
                    sb.append(sb.length() > 0 ? "," : "").append(s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
                }
                w.write(sb + "\n");
            }
        }
    }
}
