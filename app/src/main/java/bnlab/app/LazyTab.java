package bnlab.app;

import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.function.Supplier;

/**
 * A tab whose content is built the first time it is selected: the window's launch styles and lays out
 * only the views that show, and a tab never opened costs nothing. FX thread only.
 */
final class LazyTab extends Tab {
    private Supplier<Node> build;

    LazyTab(String title, String id, Supplier<Node> build) {
        super(title);
        setId(id);
        this.build = build;
        selectedProperty().addListener((o, was, now) -> {
            if (now) {
                built();
            }
        });
    }

    /** Build the content now if it is not yet; returns it. */
    Node built() {
        if (build != null) {
            Supplier<Node> b = build;
            build = null;
            setContent(b.get());
        }
        return getContent();
    }
}
