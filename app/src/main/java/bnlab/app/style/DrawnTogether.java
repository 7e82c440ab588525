package bnlab.app.style;

import javafx.scene.Node;

/**
 * Charts that must be seen in the same frame: the panels of a histogram row share one x range, and a row
 * drawn a panel a frame showed two ranges side by side (for a frame, or for a whole round of the charts
 * taking turns while the range eased in). Tagged here, on the chart canvases' nodes; the window's chart
 * scheduler draws a tagged chart's companions with it.
 */
public final class DrawnTogether {
    private static final String KEY = "bnlab.drawnTogether";

    private DrawnTogether() {
    }

    /** Tag the nodes (chart canvases) as one group. */
    public static void tag(Node... nodes) {
        Object group = new Object();
        for (Node n : nodes) {
            n.getProperties().put(KEY, group);
        }
    }

    /** The node's group, or null when it has none. */
    public static Object group(Node n) {
        return n.getProperties().get(KEY);
    }
}
