package bnlab.app;

import bnlab.engine.api.Snapshot;
import javafx.scene.Node;

/**
 * A live view: the window's AnimationTimer calls {@link #show} on the FX thread with the latest
 * snapshot, at most once per frame and only when the snapshot changed.
 */
public interface SnapshotView {

    /** The view's root node, placed by the main window. */
    Node node();

    /** Update the view from a snapshot; FX thread only; must be cheap (batched dataset changes). */
    void show(Snapshot snapshot);

    /** Whether a view-model that last took {@code last} (or null) has s to take: s is there and is not that one. */
    static boolean isNew(Snapshot s, Snapshot last) {
        return s != null && (last == null || s.version() != last.version());
    }
}
