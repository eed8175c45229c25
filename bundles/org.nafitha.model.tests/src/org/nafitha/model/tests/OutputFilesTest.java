package org.nafitha.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.model.file.OutputFiles;

/** The one writer of output files: whole or nothing, no directory replaced, modes kept, the reason given, nothing left. */
class OutputFilesTest {

    @Test
    void aDirectoryIsNeverReplaced(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("d"));
        IOException e = assertThrows(IOException.class, () -> OutputFiles.writeString(target, "x"));
        assertEquals(target + ": cannot write: is a directory", e.getMessage());
        assertTrue(Files.isDirectory(target));
        assertNoStagedFile(dir);
    }

    @Test
    void aFailureWhileWritingKeepsTheOldFileAndLeavesNothing(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("a.csv"), "old");
        assertThrows(IOException.class, () -> OutputFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertThrows(IllegalStateException.class, () -> OutputFiles.write(target, out -> {
            throw new IllegalStateException("a bug in the writer");
        }));
        assertEquals("old", Files.readString(target));
        assertNoStagedFile(dir);
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewOneGetsTheUsualPermissions(@TempDir Path dir) throws Exception {
        var usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("reference")));
        Path fresh = dir.resolve("new.txt");
        OutputFiles.writeString(fresh, "1");
        assertEquals(usual, Files.getPosixFilePermissions(fresh));
        Path shared = Files.writeString(dir.resolve("shared.txt"), "0");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        OutputFiles.writeString(shared, "1");
        assertEquals("1", Files.readString(shared));
        assertEquals(PosixFilePermissions.fromString("rw-rw-r--"), Files.getPosixFilePermissions(shared));
    }

    @Test
    void theErrorNamesTheUsersPathAndTheSystemsReason(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Path below = file.resolve("out.csv"); // a file stands where a folder should
        IOException e = assertThrows(IOException.class, () -> OutputFiles.writeString(below, "x"));
        assertTrue(e.getMessage().startsWith(below + ": cannot write: "), e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
        assertEquals("permission denied (/x)", OutputFiles.reason(new AccessDeniedException("/x")));
    }

    private static void assertNoStagedFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no staged file is left");
        }
    }
}
