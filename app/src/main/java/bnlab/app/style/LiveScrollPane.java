package bnlab.app.style;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane for live views: its viewport is not cached as one image. JavaFX caches a scroll pane's
 * viewport, so when anything inside changes (a chart, a read-out) the whole viewport is painted again
 * into the cache and the cache onto the window; with views changing many times a second the cache only
 * multiplied the painting (under the software renderer ~5 ms of the renderer's ~12.5 ms a frame at
 * 1600x1000). Uncached, only what changed is painted. The skin is the pane's own (not set by a style
 * sheet), so it stays the same whatever scene the pane is shown in.
 */
public class LiveScrollPane extends ScrollPane {

    public LiveScrollPane() {
    }

    public LiveScrollPane(Node content) {
        super(content);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new Uncached(this);
    }

    private static final class Uncached extends ScrollPaneSkin {
        Uncached(ScrollPane pane) {
            super(pane);
            for (Node n : getChildren()) {
                if (n.getStyleClass().contains("viewport")) {
                    n.setCache(false);
                }
            }
        }
    }
}
