import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * After the training run has written the application class-data archive (bnlab.jsa, next to the launcher's
 * bnlab.cfg), tells the launcher to map it. Done after the run because a launch that names an archive
 * cannot also write one. Without the archive (the run failed) the configuration is left as it is.
 * <p>
 * On Java 17 an application archive is only valid where its jars were when it was made: an image moved
 * elsewhere (unpacked from the portable archive, installed by the .deb without regenerating it) starts
 * without it. The JVM says so in a warning at every start; the launcher silences those CDS messages.
 */
public class UseClassData {
    public static void main(String[] args) throws IOException {
        Path app = Path.of(args[0]);
        Path cfg = app.resolve("bnlab.cfg");
        if (!Files.isRegularFile(app.resolve("bnlab.jsa"))) {
            System.err.println("no class-data archive in " + app + ": the launcher goes without");
            return;
        }
        String text = Files.readString(cfg, StandardCharsets.UTF_8);
        String option = "java-options=-XX:SharedArchiveFile=$APPDIR/bnlab.jsa";
        String quiet = "java-options=-Xlog:cds=off,cds+dynamic=off";
        if (!text.contains(option)) {
            Files.writeString(cfg, text.stripTrailing() + "\n" + option + "\n" + quiet + "\n", StandardCharsets.UTF_8);
        }
    }
}
