package org.nafitha.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.model.file.OutputFiles;

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

    /**
     * A CSV file in UTF-8: the header, then one line per row; values with commas, quotes or line breaks are quoted.
     * Written whole or not at all ({@link OutputFiles}); the error names the file and the reason.
     */
    static void write(Path file, String header, List<List<Object>> rows) throws IOException {
        OutputFiles.write(file, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            w.write(header + "\n");
            for (List<Object> row : rows) {
                StringBuilder sb = new StringBuilder();
                for (Object o : row) {
                    String s = String.valueOf(o);
                    boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
                    sb.append(sb.length() > 0 ? "," : "").append(quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
                }
                w.write(sb + "\n");
            }
            w.flush();
        });
    }

    /** A text file in UTF-8, written whole or not at all. */
    static void writeString(Path file, String text) throws IOException {
        OutputFiles.writeString(file, text);
    }

    /** The folder results go to: created when missing; an existing file of that name is an error naming it. */
    static void createDirectory(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputFiles.OutputFileException(dir + ": cannot write: a file of that name exists; expected a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputFiles.OutputFileException(dir + ": cannot create the folder: " + OutputFiles.reason(e), e);
        }
    }
}
