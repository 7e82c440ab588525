package bnlab.app.style;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * The scroll pane's skin without its cached viewport (every scroll pane's, through app.css). JavaFX
 * caches a scroll pane's viewport as one image: when anything inside changes (a chart, a read-out), the
 * whole viewport is painted again into the cache and the cache onto the window. Our scroll panes hold
 * live views that change many times a second, so the cache only multiplied the painting: under the
 * software renderer it cost ~5 ms of the renderer's ~13 ms a frame at 1600x1000. Uncached, only the
 * part that changed is painted.
 */
public class UncachedScrollPaneSkin extends ScrollPaneSkin {

    public UncachedScrollPaneSkin(ScrollPane pane) {
        super(pane);
        for (Node n : getChildren()) {
            if (n.getStyleClass().contains("viewport")) {
                n.setCache(false);
            }
        }
    }

    /** Whether a scroll pane's viewport is cached (tests). */
    public static boolean viewportCached(ScrollPane pane) {
        for (Node n : pane.getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains("viewport")) {
                return n.isCache();
            }
        }
        return false;
    }
}
