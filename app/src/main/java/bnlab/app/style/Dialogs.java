package bnlab.app.style;

import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Dialogs in the window's look: its style sheets (the bundled font, which renders Chinese where the
 * system has no CJK font, and the theme) and its type size (a dialog of a window at type scale 1.5 was
 * drawn at 17 px). FX thread, before the dialog shows.
 */
public final class Dialogs {
    /** The window's own style sheet, for a dialog shown before any window (the app could not start). */
    private static final String APP_CSS = "/bnlab/app/app.css";

    /** A dialog's widest, px at type scale 1 (the theme's cap, where an alert's text wraps). */
    public static final double MAX_WIDTH = 600;
    /** No cap on a dialog's width worth the name. */
    public static final double UNCAPPED = 100_000;

    private Dialogs() {
    }

    /**
     * Owned by owner, else by the app's window when one shows (an owned dialog takes its owner's style
     * sheets); with no window at all, the app's style sheet. The text size is the current look's.
     */
    public static <D extends Dialog<?>> D inLook(D dialog, Window owner) {
        return inLook(dialog, owner, MAX_WIDTH);
    }

    /**
     * As {@link #inLook(Dialog, Window)}, at most maxWidth px wide at type scale 1 ({@link #UNCAPPED}: as
     * wide as its content, for a form or a table that must not be squeezed).
     */
    public static <D extends Dialog<?>> D inLook(D dialog, Window owner, double maxWidth) {
        Window o = owner != null ? owner : appWindow();
        if (o != null && dialog.getOwner() == null) {
            dialog.initOwner(o);
        } else if (o == null) {
            var css = Dialogs.class.getResource(APP_CSS);
            if (css != null) {
                dialog.getDialogPane().getStylesheets().add(css.toExternalForm());
            }
        }
        // the theme caps a dialog at 600 px, where an alert's text wraps: as many characters at any type
        // size. Inline: the theme's style sheet would override a width set in code
        Look look = Look.current();
        // and never wider than its screen (600 px at type 2.5 is 1,500 px: wider than a 1280x720 projector)
        dialog.getDialogPane().setStyle(look.rootStyle() + String.format(java.util.Locale.ROOT,
                " -fx-max-width: %.0fpx; -fx-max-height: %.0fpx;", Math.min(maxWidth * look.scale(), widest(o)),
                tallest(o)));
        // centred on its owner at the height it first asked for, a capped dialog can start above the screen
        var scene = dialog.getDialogPane().getScene();
        if (scene != null && scene.getWindow() != null) {
            Window w = scene.getWindow();
            w.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> keepOnScreen(w, o));
        }
        return dialog;
    }

    /** The window a node shows in, or null (not in a scene, or the scene in no window). */
    public static Window windowOf(javafx.scene.Node n) {
        return n.getScene() == null ? null : n.getScene().getWindow();
    }

    /** The app's window when one shows (a stage with a scene), else null. */
    public static Window appWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && w.getScene() != null)
                .findFirst().orElse(null);
    }

    // moved down (or up) into its screen's usable area where it stands outside it, top first
    private static void keepOnScreen(Window w, Window owner) {
        javafx.geometry.Rectangle2D b = screenOf(owner).getVisualBounds();
        double y = Math.max(b.getMinY(), Math.min(w.getY(), b.getMaxY() - w.getHeight()));
        if (y != w.getY()) {
            w.setY(y);
        }
    }

    private static javafx.stage.Screen screenOf(Window owner) {
        return owner == null ? javafx.stage.Screen.getPrimary()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                        Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())).stream().findFirst()
                        .orElse(javafx.stage.Screen.getPrimary());
    }

    /**
     * The tallest a dialog may be: its screen's usable height less a margin (the glossary's table asked for
     * 600 px at type 1, and its dialog stood 755 px tall on a 1280x720 projector, its Close button off the
     * screen); its content then scrolls.
     */
    static double tallest(Window owner) {
        return Math.max(200, screenOf(owner).getVisualBounds().getHeight() - SCREEN_MARGIN);
    }

    /**
     * A dialog's content that scrolls where it does not fit: on a short screen at a large type (1280x720 at type 2 or
     * 2.5) a form's or a page's least height beat the dialog's cap, and its buttons stood below the screen's edge.
     */
    public static javafx.scene.control.ScrollPane scrolling(javafx.scene.Node content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(0);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** The widest a dialog may be: its screen's usable width less the same margin. */
    public static double widest(Window owner) {
        return Math.max(300, screenOf(owner).getVisualBounds().getWidth() - SCREEN_MARGIN);
    }

    /** The widest a dialog's content may be, px: {@link #widest} less the dialog's padding at the current type. */
    public static double contentRoom(Window owner) {
        return widest(owner) - CONTENT_PADDING * Look.current().scale();
    }

    /** A dialog's padding either side of its content together, px at type scale 1. */
    public static final double CONTENT_PADDING = 40;

    /** Px a dialog leaves free of its screen's usable height (the window manager's title bar, a margin). */
    public static final double SCREEN_MARGIN = 60;
}
