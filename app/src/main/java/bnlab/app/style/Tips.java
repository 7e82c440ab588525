package bnlab.app.style;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * The controls' tooltips, made when the pointer first comes onto their control rather than when the
 * control is built: each tooltip is a popup window of its own, and the ~80 of a window cost ~80 ms of
 * the FX thread at every launch, for tooltips most launches never show. Until then the text waits in
 * the control's properties ({@link #text}). All show after 0.3 s, stay 30 s and wrap at 480 pixels, at
 * the window's type scale.
 * FX thread only.
 */
public final class Tips {
    private static final String PENDING = "bnlab.tip";
    private static final Object MAKER = new Object();

    /** A tooltip's text size and where it wraps, px at type scale 1. */
    static final double FONT = 15, WRAP = 480;

    private Tips() {
    }

    /** Give the control a tooltip with this text (now, if it has one already; else on the first hover). */
    public static void set(Control c, String text) {
        if (c.getTooltip() != null) {
            c.getTooltip().setText(text);
            return;
        }
        c.getProperties().put(PENDING, text);
        if (!c.getProperties().containsKey(MAKER)) {
            EventHandler<MouseEvent> make = new EventHandler<>() {
                @Override
                public void handle(MouseEvent e) {
                    c.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                    c.getProperties().remove(MAKER);
                    Object pending = c.getProperties().remove(PENDING);
                    if (pending != null && c.getTooltip() == null) {
                        c.setTooltip(make((String) pending));
                    }
                }
            };
            c.getProperties().put(MAKER, make);
            c.addEventFilter(MouseEvent.MOUSE_ENTERED, make);
        }
    }

    /** The control's tooltip text: its tooltip's, or the one it will make on the first hover; else null. */
    public static String text(Control c) {
        return c.getTooltip() != null ? c.getTooltip().getText() : (String) c.getProperties().get(PENDING);
    }

    /** A tooltip as all of the controls' show: after 0.3 s, for 30 s, wrapped at 480 pixels. */
    public static Tooltip make(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        // the window's type size and bundled font: a tooltip is a popup of its own, which showed 13 px text
        // in a window at type scale 1.5
        Look look = Look.current();
        t.setMaxWidth(WRAP * look.scale());
        t.setStyle(look.fontSize(FONT) + " -fx-font-family: \"" + bnlab.app.i18n.Fonts.FAMILY + "\";");
        return t;
    }
}
