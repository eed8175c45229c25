package org.nafitha.model.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way Nafitha writes a file the user named (scenario files, exports, reports, images, CSV and JSON results):
 * the target must not be a directory; the content goes to a hidden file beside it, created with the permissions any
 * new file in that folder gets (the umask), and is moved over the target only when complete, taking the mode of the
 * file it replaces; on every failure the hidden file is removed and the error names the user's path and the system's
 * reason ("permission denied", "is a directory", "read-only file system").
 */
public final class OutputFiles {

    /** Writes the whole content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /** Writes {@code target} whole or not at all. */
    public static void write(Path target, Content content) throws IOException {
        Path staged = stage(target);
        try {
            try (OutputStream out = Files.newOutputStream(staged, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(out);
            }
            commit(staged, target);
        } catch (IOException e) {
            discard(staged);
            throw failure(target, e);
        } catch (RuntimeException | Error e) {
            discard(staged);
            throw e;
        }
    }

    /** Writes text in UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Checks the target and creates the hidden file the content goes to, e.g. {@code .zones.csv.3f2a….tmp}; its folder is
     * created when missing. The caller fills it, then {@link #commit}s or {@link #discard}s it.
     *
     * @throws IOException naming the target and the reason, e.g. when it is a directory or the folder is not writable
     */
    public static Path stage(Path target) throws IOException {
        checkTarget(target);
        Path directory = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw failure(target, e);
        }
        for (int attempt = 0;; attempt++) {
            Path candidate = directory.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(candidate); // not createTempFile: that one is private to the owner whatever the umask
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw failure(target, e);
                }
            } catch (IOException e) {
                throw failure(target, e);
            }
        }
    }

    /**
     * Moves a complete staged file over the target, atomically where the file system can; the target's permissions,
     * when it exists, carry over. On failure the staged file is removed.
     */
    public static void commit(Path staged, Path target) throws IOException {
        try {
            checkTarget(target);
            keepMode(target, staged);
            try {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            discard(staged);
            throw failure(target, e);
        }
    }

    /** Deletes staged files, ignoring failures: the targets were never touched. */
    public static void discard(Path... staged) {
        for (Path path : staged) {
            try {
                if (path != null) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException ignored) {
                // nothing more can be done about a hidden leftover that cannot be deleted
            }
        }
    }

    /**
     * Fails when the target cannot be replaced by a file: it is a directory, or something else that is not a regular
     * file (a device such as /dev/null, a pipe), which moving a file over would destroy.
     */
    public static void checkTarget(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new OutputFileException(target + ": cannot write: is a directory");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
            throw new OutputFileException(target + ": cannot write: not a regular file (a device, a pipe or a broken link)");
        }
    }

    /** An error naming the user's path and the system's reason; one already made so is passed through. */
    public static IOException failure(Path target, IOException e) {
        if (e instanceof OutputFileException) {
            return e;
        }
        return new OutputFileException(target + ": cannot write: " + reason(e), e);
    }

    /** The system's reason for a failed file operation, in words, naming the file concerned when it is not the target. */
    public static String reason(IOException e) {
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        String where = file == null || file.contains("/.") && file.endsWith(".tmp") ? "" : " (" + file + ")";
        if (e instanceof AccessDeniedException) {
            return "permission denied" + where;
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory" + where;
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory" + where;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a directory" + where;
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name already exists" + where;
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT) + where;
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void keepMode(Path target, Path staged) throws IOException {
        if (!Files.isRegularFile(target)) {
            return; // a new file keeps the umask's permissions the staged file was created with
        }
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(staged, PosixFileAttributeView.class);
        if (from == null || to == null) {
            return;
        }
        Set<PosixFilePermission> mode = from.readAttributes().permissions();
        to.setPermissions(mode);
    }

    /** A file could not be written; the message names the user's path and the reason. */
    public static final class OutputFileException extends IOException {

        private static final long serialVersionUID = 1L;

        public OutputFileException(String message) {
            super(message);
        }

        public OutputFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
