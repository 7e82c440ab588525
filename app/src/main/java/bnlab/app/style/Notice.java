package bnlab.app.style;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A short message over the bottom of the window that goes by itself after a few seconds, or at a click on it (a
 * copy made to the clipboard, a file written); the window's keys stay the window's meanwhile. Light text on a dark
 * ground in either theme. FX thread.
 */
public final class Notice {
    /** How long a notice stays. */
    static final Duration SHOWN = Duration.seconds(3.5);
    /** Its distance from the window's bottom edge, px at type scale 1. */
    private static final double ABOVE_BOTTOM = 48;
    private static Popup current;

    private Notice() {
    }

    /** The notice showing now, or null. */
    public static Popup showing() {
        return current != null && current.isShowing() ? current : null;
    }

    /** Show text over owner's bottom (else the app's window's), in place of the notice shown before; the popup. */
    public static Popup show(Window owner, String text) {
        Window o = owner != null ? owner : Dialogs.appWindow();
        if (current != null) {
            current.hide();
        }
        Label label = new Label(text);
        label.getStyleClass().add("notice");
        Look look = Look.current();
        label.setStyle(look.rootStyle());
        label.setWrapText(true);
        Popup p = new Popup();
        p.getContent().add(label);
        // not auto-hiding: a popup that hides on a click elsewhere also takes the window's keys while it shows (the
        // shortcuts, and Esc, went to the notice); a click on it hides it
        p.setAutoHide(false);
        p.setHideOnEscape(false);
        p.setAutoFix(true); // kept on the screen
        label.setOnMouseClicked(e -> p.hide());
        if (o == null) {
            return p;
        }
        if (o.getScene() != null) {
            p.getScene().getStylesheets().setAll(o.getScene().getStylesheets());
        }
        label.setMaxWidth(Math.max(200, o.getWidth() * 0.8));
        p.setOnShown(e -> {
            p.setX(o.getX() + (o.getWidth() - p.getWidth()) / 2);
            p.setY(o.getY() + o.getHeight() - p.getHeight() - ABOVE_BOTTOM * look.scale());
        });
        p.show(o);
        PauseTransition gone = new PauseTransition(SHOWN);
        gone.setOnFinished(e -> p.hide());
        gone.play();
        current = p;
        return p;
    }
}
