package bnlab.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a test class's main in a JVM of its own (this JDK, the tests' class path), for what one JVM cannot show. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** Its exit code and what it printed (standard output and error together). */
    public record Result(int exit, String out) {
    }

    public static Result run(List<String> jvmOptions, Class<?> main, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        cmd.add(main.getName());
        cmd.addAll(args);
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out;
        try (var in = proc.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Result(proc.waitFor(), out);
    }
}
