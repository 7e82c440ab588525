package bnlab.app.export;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.jfree.chart.fx.ChartViewer;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** The charts a view shows: its visible chart viewers in drawing order, and where each one is. */
final class ChartViewers {
    private ChartViewers() {
    }

    /** Every visible chart viewer under root (root included), in the order they are drawn. */
    static List<ChartViewer> in(Node root) {
        List<ChartViewer> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<ChartViewer> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof ChartViewer v) {
            out.add(v);
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** The viewer's area in root's layout coordinates, cut to what root shows; null when none is. */
    static Rectangle2D boundsIn(Node root, ChartViewer v) {
        Bounds b = root.sceneToLocal(v.localToScene(v.getLayoutBounds()));
        Bounds r = root.getLayoutBounds();
        double x0 = Math.max(b.getMinX(), r.getMinX());
        double y0 = Math.max(b.getMinY(), r.getMinY());
        double x1 = Math.min(b.getMaxX(), r.getMaxX());
        double y1 = Math.min(b.getMaxY(), r.getMaxY());
        if (x1 - x0 < 1 || y1 - y0 < 1) {
            return null;
        }
        // the chart keeps its own size (cut, not squeezed, where root cuts it off)
        return new Rectangle2D.Double(b.getMinX() - r.getMinX(), b.getMinY() - r.getMinY(), b.getWidth(),
                b.getHeight());
    }
}
