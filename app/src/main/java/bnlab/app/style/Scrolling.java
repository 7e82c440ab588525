package bnlab.app.style;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A view's content in its cell: it fills the cell down to the content's least height (its charts' least
 * heights), and below that the view scrolls rather than squash the plots or run off the cell.
 */
public final class Scrolling {
    private Scrolling() {
    }

    /**
     * The content in a scroll pane that fills the view. The pane and its viewport have no background
     * (app.css, every scroll pane): the cell's background shows, and a transparent export stays so; style
     * class view-scroll: no inset or padding.
     */
    public static ScrollPane of(Region content) {
        ScrollPane scroll = new LiveScrollPane(content);
        scroll.setFitToWidth(true);
        // fit to height is bounded below by the content's min height: under it, the vertical bar shows
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("view-scroll");
        return scroll;
    }

    /**
     * Run {@code redraw} when the pane's viewport changes size by more than a pixel (a view that draws to
     * fit its viewport; the viewport's position, as the user scrolls, does not count).
     */
    public static void redrawOnResize(ScrollPane scroll, Runnable redraw) {
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (a == null || Math.abs(a.getWidth() - b.getWidth()) > 1 || Math.abs(a.getHeight() - b.getHeight()) > 1) {
                redraw.run();
            }
        });
    }
}
