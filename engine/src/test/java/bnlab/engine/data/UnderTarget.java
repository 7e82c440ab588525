package bnlab.engine.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/** {@code @TempDir(factory = UnderTarget.class)}: temporary folders under target/test-tmp, not the system's. */
public final class UnderTarget implements TempDirFactory {

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
        Path base = Files.createDirectories(Path.of("target", "test-tmp").toAbsolutePath());
        return Files.createTempDirectory(base, "data-");
    }
}
