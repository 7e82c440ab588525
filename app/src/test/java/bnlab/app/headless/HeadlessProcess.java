package bnlab.app.headless;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The program run as a user runs it from a terminal on a machine without a display: its own JVM, no
 * DISPLAY, CI=true, a UTF-8 terminal, and none of the test JVM's JavaFX settings (it must find its own way).
 */
final class HeadlessProcess {
    /** The outcome: exit code, standard output, standard error. */
    record Run(int exit, String out, String err) {
    }

    private HeadlessProcess() {
    }

    static Run run(Path workDir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Djava.util.prefs.userRoot=" + Path.of("target", "prefs-headless").toAbsolutePath());
        cmd.add("bnlab.app.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("CI", "true");
        pb.environment().put("LC_ALL", "C.UTF-8"); // a terminal that shows the Chinese messages
        pb.environment().put("OMP_NUM_THREADS", "1");
        File out = workDir.resolve("stdout.txt").toFile();
        File err = workDir.resolve("stderr.txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 10 minutes: " + cmd);
        }
        return new Run(p.exitValue(), java.nio.file.Files.readString(out.toPath(), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
