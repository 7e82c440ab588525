package bnlab.app;

import bnlab.app.i18n.I18n;
import javafx.application.Application;

/**
 * Entry point. A plain class (not the Application) so JavaFX on the class path starts; the
 * arguments are checked first so a mistake prints one line instead of a stack trace, and so does a
 * window that cannot open (no display).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        JavaFxLog.dropClassPathWarning();
        // render and figure1 need no window (nor a display)
        if (args.length > 0 && bnlab.app.headless.Commands.isCommand(args[0])) {
            int code = bnlab.app.headless.Commands.execute(args);
            System.exit(code);
        }
        CliOptions.Result parsed = CliOptions.parse(args);
        if (!parsed.run()) {
            (parsed.exitCode() == 0 ? System.out : System.err).print(parsed.output());
            System.exit(parsed.exitCode());
        }
        // AWT only measures and draws off screen here (the charts' text, exports): headless, as in the tests and in
        // render, it opens no display connection of its own beside JavaFX's (its X error handler, set while GTK had
        // one pushed, drew GDK's "XSetErrorHandler() called with a GDK error trap pushed" at every launch)
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try {
            Application.launch(BnLabApp.class, args);
        } catch (UnsupportedOperationException e) {
            // JavaFX could not open its window (no display: "Unable to open DISPLAY"): one line, in the
            // language asked for
            I18n.setLocale(parsed.options().locale());
            System.err.println(I18n.get("app.cannotStart.detail", I18n.get("app.noWindow",
                    ErrorReporter.shortMessage(e), String.valueOf(System.getenv("DISPLAY")))));
            System.exit(1);
        }
        // ND4J and loader threads must not keep the JVM alive once the window is gone
        System.exit(0);
    }
}
