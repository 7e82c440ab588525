package bnlab.engine.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFilesTest {
    private static Path folder(String name) throws IOException {
        Path dir = Path.of("target", "atomic-files", name);
        Files.createDirectories(dir);
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        return dir;
    }

    @Test
    void aCompleteWriteReplacesTheFile() throws Exception {
        Path file = folder("complete").resolve("a.txt");
        Files.writeString(file, "earlier");
        AtomicFiles.write(file, "new content".getBytes(StandardCharsets.UTF_8));
        assertEquals("new content", Files.readString(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    /** A failure half-way (a full disk, a crash of the writer) leaves the earlier file and no partial one. */
    @Test
    void aFailureMidWriteKeepsTheEarlierFileAndLeavesNoPart() throws Exception {
        Path file = folder("failed").resolve("b.txt");
        Files.writeString(file, "earlier");
        ProblemException e = assertThrows(ProblemException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        }));
        assertEquals(FileProblem.UNWRITABLE, e.problem().code());
        assertEquals("b.txt", e.file());
        assertEquals("IOException: No space left on device", e.problem().arg(0));
        assertEquals("earlier", Files.readString(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no partial file left");
        }
    }

    @Test
    void aNewFileIsReadableByAllAndAReplacedOneKeepsItsPermissions() throws Exception {
        Path dir = folder("permissions");
        Path fresh = dir.resolve("fresh.txt");
        AtomicFiles.write(fresh, out -> out.write(1));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(fresh).supportsFileAttributeView("posix"));
        org.junit.jupiter.api.Assertions.assertEquals("rw-r--r--",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        Path kept = dir.resolve("kept.txt");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(kept, out -> out.write(2));
        org.junit.jupiter.api.Assertions.assertEquals("rw-rw----",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
    }
}
