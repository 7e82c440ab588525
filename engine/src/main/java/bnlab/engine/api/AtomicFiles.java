package bnlab.engine.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files written completely or not at all: the bytes go to a temporary file in the same folder, which
 * is then renamed over the target. A failure (read-only folder, full disk, a crash mid-write) leaves
 * no partial file, and an earlier file of that name intact.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Write bytes to target atomically; a failure is a ProblemException (FileProblem.UNWRITABLE, target named). */
    public static void write(Path target, byte[] bytes) throws ProblemException {
        write(target, out -> out.write(bytes));
    }

    /** Write what the writer produces to target atomically. */
    public static void write(Path target, Writer writer) throws ProblemException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            keepPermissions(tmp, target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named .part; nothing better to do
                }
            }
            throw new ProblemException(Problem.of(FileProblem.UNWRITABLE, reason(e)),
                    String.valueOf(target.getFileName()), e);
        }
    }

    /** The system's reason for an I/O failure: its message, or its type. */
    public static String reason(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /**
     * A temporary file is made readable by its owner only; the file it becomes gets the permissions of
     * the file it replaces, or rw-r--r-- like any new file (where the file system has POSIX permissions).
     */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> p = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, p);
    }
}
