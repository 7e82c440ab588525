package bnlab.app.lessons;

import bnlab.app.Configurable;
import javafx.scene.Node;

import java.util.List;
import java.util.Map;

/**
 * Builds a lesson's views anew for its stage (the window knows how to make each one and feeds them
 * snapshots); the full panel's views stay as they are.
 */
public interface StageViews {
    /**
     * The named views in one column, large (two side by side where the window is too low for both, each whole).
     *
     * @param names views by their lesson-file names (histograms, saturation, runningStats, curves,
     *              landscape, surface, bnTable, axes)
     */
    Built build(List<String> names);

    /**
     * @param node    the views, placed
     * @param options the views that take a lesson's options, by name
     * @param live    the views fed snapshots, in order
     * @param close   stops feeding them (the stage closed)
     * @param reveal  scrolls the column to the view of that name (its top in sight)
     * @param enlarge shows the view of that name alone, over the whole area (true), or back in the column (false)
     */
    record Built(Node node, Map<String, Configurable> options, List<bnlab.app.SnapshotView> live, Runnable close,
                 java.util.function.Consumer<String> reveal, java.util.function.BiConsumer<String, Boolean> enlarge) {
        public Built {
            options = Map.copyOf(options);
            live = List.copyOf(live);
        }
    }
}
