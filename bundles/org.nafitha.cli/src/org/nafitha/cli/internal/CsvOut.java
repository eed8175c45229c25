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
import org.nafitha.core.AnalyzerDescriptor;

/** What the analysis commands share: running an analyzer, and writing its tables as CSV. */
final class CsvOut {

    private CsvOut() {
    }

    /**
     * Runs an analyzer (and what it requires) through the extension registry; outside an OSGi runtime, or when the
     * analyzer is not contributed, through the given descriptor.
     */
    static AnalysisContext run(AnalysisContext context, AnalyzerDescriptor fallback) {
        AnalysisRunner runner = AnalysisRunner.fromExtensions();
        if (runner.analyzers().stream().noneMatch(a -> a.id().equals(fallback.id()))) {
            runner = new AnalysisRunner(List.of(fallback));
        }
        return runner.run(context, List.of(fallback.id()), new NullProgressMonitor());
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
