package bnlab.engine.session;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A command that no handler knows cannot be added silently: Command is sealed, and a new kind of
 * command needs a Visitor method, which the engine's handler must then implement. Proved by
 * compiling the handler against a Command with one more kind: javac refuses it.
 */
class ExhaustiveCommandsTest {
    private static final Path SRC = Path.of("src/main/java/bnlab/engine");

    private static List<Diagnostic<? extends JavaFileObject>> compile(String commandSource) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests run on a JDK");
        Path dir = Files.createDirectories(Path.of("target", "exhaustive-commands", "src"));
        Path out = Files.createDirectories(Path.of("target", "exhaustive-commands", "classes"));
        Path command = dir.resolve("Command.java");
        Files.writeString(command, commandSource);
        DiagnosticCollector<JavaFileObject> d = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(d, null, null)) {
            var units = fm.getJavaFileObjects(command, SRC.resolve("session/CommandHandler.java"));
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                    "-proc:none");
            javac.getTask(null, fm, d, options, null, units).call();
        }
        return d.getDiagnostics().stream().filter(x -> x.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    @Test
    void theHandlerCompilesAgainstTheCommandsThereAre() throws Exception {
        List<Diagnostic<? extends JavaFileObject>> errors = compile(Files.readString(SRC.resolve("api/Command.java")));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aNewKindOfCommandDoesNotCompileUntilTheHandlerHandlesIt() throws Exception {
        String s = Files.readString(SRC.resolve("api/Command.java"));
        String withNew = s.replace("        R cancelLandscape(CancelLandscape c);",
                        "        R cancelLandscape(CancelLandscape c);\n\n        R shuffleWeights(ShuffleWeights c);")
                .replaceFirst("\\}\\s*$", "    record ShuffleWeights() implements Command {\n"
                        + "        public <R> R accept(Visitor<R> v) {\n            return v.shuffleWeights(this);\n"
                        + "        }\n    }\n}\n");
        assertFalse(withNew.equals(s));
        List<Diagnostic<? extends JavaFileObject>> errors = compile(withNew);
        assertTrue(errors.stream().anyMatch(e -> e.getSource() != null
                        && e.getSource().getName().endsWith("CommandHandler.java")
                        && e.getMessage(null).contains("shuffleWeights")),
                "the handler must not compile: " + errors);
    }
}
