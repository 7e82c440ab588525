package bnlab.app.style;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A short message over the bottom of the window that goes by itself after a few seconds, or at a click elsewhere
 * (a copy made to the clipboard). Light text on a dark ground in either theme. FX thread.
 */
public final class Notice {
    /** How long a notice stays. */
    static final Duration SHOWN = Duration.seconds(3.5);
    /** Its distance from the window's bottom edge, px at type scale 1. */
    private static final double ABOVE_BOTTOM = 48;
    private static Popup current;

    private Notice() {
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
        p.setAutoHide(true);
        p.setAutoFix(true); // kept on the screen
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
