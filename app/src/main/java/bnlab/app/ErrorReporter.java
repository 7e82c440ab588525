package bnlab.app;

import bnlab.app.i18n.I18n;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The last line of defence: an uncaught exception on any thread is logged to stderr with its stack
 * trace and shown to the user as one short sentence, never as a stack trace. At most one dialog is
 * open at a time; repeats while it is open are only logged.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private final Window owner;
    private boolean dialogOpen;

    private ErrorReporter(Window owner) {
        this.owner = owner;
    }

    /** Install as the default handler and as the FX thread's handler. Call on the FX thread. */
    public static ErrorReporter install(Window owner) {
        ErrorReporter r = new ErrorReporter(owner);
        Thread.setDefaultUncaughtExceptionHandler(r);
        Thread.currentThread().setUncaughtExceptionHandler(r);
        return r;
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        System.err.println(I18n.get("cli.uncaught", t.getName()));
        e.printStackTrace();
        if (Platform.isFxApplicationThread()) {
            showDialog(e);
        } else {
            try {
                Platform.runLater(() -> showDialog(e));
            } catch (IllegalStateException toolkitGone) {
                // the window is closed; stderr has it
            }
        }
    }

    /** One short sentence for the user. */
    public static String shortMessage(Throwable e) {
        Throwable root = e;
        String msg = e.getMessage();
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        String text = msg != null && root != e ? msg + " (" + cause + ")" : cause;
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }

    private void showDialog(Throwable e) {
        if (dialogOpen) {
            return;
        }
        dialogOpen = true;
        Alert alert = new Alert(Alert.AlertType.ERROR, I18n.get("error.detail", shortMessage(e)), ButtonType.OK);
        alert.setHeaderText(I18n.get("error.header"));
        alert.setTitle(I18n.get("error.title"));
        bnlab.app.style.Dialogs.inLook(alert, owner != null && owner.isShowing() ? owner : null);
        alert.setOnHidden(ev -> dialogOpen = false);
        alert.show();
    }
}
