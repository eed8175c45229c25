package org.nafitha.io.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.nafitha.model.file.OutputFiles;

/**
 * How every writer makes a file appear whole or not at all: it writes a hidden file beside the target and moves it into
 * place at the end, or deletes it when the export is abandoned. The hidden file gets the default permissions (unlike
 * a temporary file, which is private to its owner), which the exported file keeps. The work is done by {@link OutputFiles}.
 */
public final class StagedFiles {

    private StagedFiles() {
    }

    /** A new, empty, hidden file in the target's folder, e.g. {@code .zones.csv.3f2a….tmp}; fails when the target is a directory. */
    public static Path beside(Path target) throws IOException {
        return OutputFiles.stage(target);
    }

    /** Replaces the target with the staged file, atomically where the file system can, keeping the mode of a replaced file. */
    public static void moveIntoPlace(Path staged, Path target) throws IOException {
        OutputFiles.commit(staged, target);
    }

    /** Deletes staged files, ignoring failures: they are hidden leftovers; the targets were never touched. */
    public static void discard(Path... staged) {
        OutputFiles.discard(staged);
    }
}
