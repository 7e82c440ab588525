package bnlab.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * JavaFX's own log, as BN Lab runs it. JavaFX runs from the class path on purpose (Monocle, which the
 * headless commands and the image's preparation need, is found by JavaFX's loader only there), so its
 * warning at every start that it "was loaded from an unnamed module" tells the user nothing they can act
 * on: that one record is dropped, every other JavaFX record still reaches the terminal.
 */
final class JavaFxLog {
    /** The start of the record JavaFX logs from {@code PlatformImpl.startup} off the module path. */
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    // java.util.logging holds its loggers weakly: this reference keeps the filtered one alive
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxLog() {
    }

    /** Drops JavaFX's class-path warning; call before the toolkit starts. */
    static void dropClassPathWarning() {
        JAVAFX.setFilter(keepAllBut(CLASS_PATH_WARNING));
    }

    static Filter keepAllBut(String start) {
        return rec -> rec.getMessage() == null || !rec.getMessage().startsWith(start);
    }
}
