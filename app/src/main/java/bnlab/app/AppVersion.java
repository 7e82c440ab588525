package bnlab.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** BN Lab's version, as the build wrote it (app/pom.xml: bnlab.app.version), for bnlab -V and Help > About. */
public final class AppVersion implements picocli.CommandLine.IVersionProvider {
    private static final String RESOURCE = "/bnlab/app/about/version.properties";

    /** "0.1.0"; "?" in a copy built without it. */
    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "?";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "?").strip();
            return v.isEmpty() || v.startsWith("${") ? "?" : v;
        } catch (IOException | IllegalArgumentException e) {
            return "?";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"BN Lab " + get()};
    }
}
