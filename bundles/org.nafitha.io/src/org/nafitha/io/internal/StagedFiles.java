package org.nafitha.io.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How every writer makes a file appear whole or not at all: it writes a hidden file beside the target and moves it into
 * place at the end, or deletes it when the export is abandoned. The hidden file gets the default permissions (unlike
 * {@link Files#createTempFile}, which makes it private to its owner), which the exported file keeps.
 */
public final class StagedFiles {

    private StagedFiles() {
    }

    /** A new, empty, hidden file in the target's folder, e.g. {@code .zones.csv.3f2a….tmp}. */
    public static Path beside(Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        for (int attempt = 0;; attempt++) {
            Path candidate = directory.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** Replaces the target with the staged file, atomically where the file system can. */
    public static void moveIntoPlace(Path staged, Path target) throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes staged files, ignoring failures: they are hidden leftovers; the targets were never touched. */
    public static void discard(Path... staged) {
        for (Path path : staged) {
            try {
                if (path != null) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException ignored) {
                // nothing more can be done
            }
        }
    }
}
