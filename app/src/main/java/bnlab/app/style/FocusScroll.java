package bnlab.app.style;

import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

import java.util.function.DoubleSupplier;

/**
 * A part of a view that a lesson's step watches, brought to the top of the view's scroll pane: a requested
 * place is applied again as the layout settles (tables and charts grow as they lay out), until the user
 * scrolls, clicks or types in the pane. Lesson 10 step 3 at 1280 x 720 opened on the batch with both results
 * below, out of sight; lesson 3's steps watch the statistics, the running averages or the backward pass.
 */
public final class FocusScroll {
    private final ScrollPane pane;
    private final Region content;
    private DoubleSupplier place;

    /** For content in pane: the content's height and the viewport's size changing re-apply a pending place. */
    public FocusScroll(ScrollPane pane, Region content) {
        this.pane = pane;
        this.content = content;
        content.heightProperty().addListener((o, a, b) -> apply());
        pane.viewportBoundsProperty().addListener((o, a, b) -> apply());
        pane.addEventFilter(ScrollEvent.SCROLL, e -> place = null);
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> place = null);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> place = null);
    }

    /**
     * Keep the content's y (from {@code place}, read each time: the target moves as the layout settles) at the
     * viewport's top, as far as the content reaches; 0 is the top of the view.
     */
    public void request(DoubleSupplier place) {
        this.place = place;
        apply();
    }

    /** Keep no place any more (the pane is scrolled by other means from now). */
    public void cancel() {
        place = null;
    }

    /** Whether a place is still kept (the user has not scrolled, clicked or typed since it was asked for). */
    public boolean pending() {
        return place != null;
    }

    /** Apply the pending place now (a caller whose target moved without the content's height changing). */
    public void apply() {
        if (place == null) {
            return;
        }
        // vvalue v shows content from y = v * (content height - viewport height)
        double range = content.getHeight() - pane.getViewportBounds().getHeight();
        double y = place.getAsDouble();
        if (y <= 0) {
            pane.setVvalue(0);
        } else if (range > 0) {
            pane.setVvalue(Math.min(1, y / range));
        }
    }
}
