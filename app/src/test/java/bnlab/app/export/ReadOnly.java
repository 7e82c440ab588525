package bnlab.app.export;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder nothing can be written into, for as long as it is open: made immutable with chattr (which
 * holds for root too, as the tests run in CI), or read-only by its permissions where chattr is missing
 * and the user is not root.
 */
final class ReadOnly implements AutoCloseable {
    private final Path dir;
    private final boolean chattr;

    private ReadOnly(Path dir, boolean chattr) {
        this.dir = dir;
        this.chattr = chattr;
    }

    static ReadOnly make(Path dir) throws Exception {
        if (run("chattr", "+i", dir.toString())) {
            return new ReadOnly(dir, true);
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        ReadOnly ro = new ReadOnly(dir, false);
        if (Files.isWritable(dir)) {
            ro.close();
            Assumptions.abort("neither chattr nor permissions make " + dir + " read-only here");
        }
        return ro;
    }

    private static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        if (chattr) {
            run("chattr", "-i", dir.toString());
        } else {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
