package bnlab.app.headless;

import bnlab.app.export.ExportFormat;
import bnlab.app.i18n.I18n;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the commands without a window share: exit codes, one-line errors, the checks of their options. */
final class Cli {
    /** A file could not be written or the data could not be read. */
    static final int FAILED = 1;
    /** The command line asks for something that cannot be done (picocli's code for usage errors). */
    static final int USAGE = 2;

    private Cli() {
    }

    static int usage(PrintStream err, String message) {
        err.println(I18n.get("cli.error", message));
        return USAGE;
    }

    static int failed(PrintStream err, String message) {
        err.println(I18n.get("headless.failed", message));
        return FAILED;
    }

    /** The formats named ("png,svg"), or null when one is unknown or a recording where none may be. */
    static List<ExportFormat> formats(List<String> names, boolean recordings) {
        List<ExportFormat> out = new ArrayList<>();
        for (String n : names) {
            ExportFormat f = ExportFormat.byName(n);
            if (f == null || f == ExportFormat.FRAMES || (f.recording() && !recordings)) {
                return null;
            }
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** Why the output folder cannot be used (it is made when missing), or null. */
    static String folder(Path out) {
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException | RuntimeException e) {
            return I18n.get("headless.outFolder", String.valueOf(out), bnlab.app.i18n.IoReasons.of(e));
        }
        return null;
    }
}
