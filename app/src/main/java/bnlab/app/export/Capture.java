package bnlab.app.export;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A view as it is now, re-rendered at k pixels per layout pixel: JavaFX draws everything but the charts
 * at k (text and shapes are vectors to it, so they come out sharp), and each chart is drawn by
 * JFreeChart itself at k into its place ({@link #compose}). A chart viewer on screen holds a raster
 * canvas; scaling that up is what made the old exports soft.
 * <p>
 * {@link #take} runs on the FX thread and is cheap (a snapshot and copies of the charts);
 * {@link #compose} may run on any thread (a recording composes and encodes off the FX thread).
 *
 * <p>
 * A recording's frame ({@link #frame}) holds the JavaFX part as a {@link DisplayList} instead of
 * pixels: recorded on the FX thread in a few milliseconds, drawn at k by {@link #compose}.
 *
 * @param fx         the view without its charts, width x height pixels, ARGB; or null when list is given
 * @param list       the view without its charts as drawing operations; or null when fx is given
 * @param width      pixels
 * @param height     pixels
 * @param background what goes under a list (the window's background), or null for none
 * @param k          pixels per layout pixel
 * @param charts     the charts' copies, where they go (layout pixels from the view's top left)
 */
public record Capture(BufferedImage fx, DisplayList list, int width, int height, java.awt.Color background, double k,
                      List<Placed> charts) {

    /** A chart and its place in the view, in layout pixels. */
    public record Placed(JFreeChart chart, Rectangle2D bounds) {
    }

    public Capture {
        charts = List.copyOf(charts);
    }

    /** Take the view at k pixels per layout pixel, in the given look. FX thread. */
    public static Capture take(Node view, double k, ExportLook look) {
        Bounds lb = view.getLayoutBounds();
        List<ChartViewer> viewers = ChartViewers.in(view);
        List<Placed> placed = new ArrayList<>();
        for (ChartViewer v : viewers) {
            Rectangle2D b = ChartViewers.boundsIn(view, v);
            if (b != null && v.getChart() != null) {
                placed.add(new Placed(ChartCopies.copy(v.getChart(), look), b));
            }
        }
        // the canvases are left out: the charts are drawn afresh at k over the view
        List<Node> hidden = new ArrayList<>();
        for (ChartViewer v : viewers) {
            if (v.getCanvas().isVisible()) {
                v.getCanvas().setVisible(false);
                hidden.add(v.getCanvas());
            }
        }
        try {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(look.transparent() ? Color.TRANSPARENT : background(view));
            p.setTransform(Transform.scale(k, k));
            Bounds inParent = view.localToParent(lb);
            int w = (int) Math.round(lb.getWidth() * k);
            int h = (int) Math.round(lb.getHeight() * k);
            p.setViewport(new javafx.geometry.Rectangle2D(inParent.getMinX() * k, inParent.getMinY() * k, w, h));
            WritableImage img = view.snapshot(p, new WritableImage(Math.max(1, w), Math.max(1, h)));
            BufferedImage fx = SwingFXUtils.fromFXImage(img, new BufferedImage(Math.max(1, w), Math.max(1, h),
                    BufferedImage.TYPE_INT_ARGB));
            return new Capture(fx, null, fx.getWidth(), fx.getHeight(), null, k, placed);
        } finally {
            hidden.forEach(n -> n.setVisible(true));
        }
    }

    /**
     * A recording's frame: the charts' copies and the rest of the view as drawing operations, both
     * drawn at k later by {@link #compose} (FX thread: reads the scene graph, renders nothing).
     */
    public static Capture frame(Node view, double k, ExportLook look) {
        // what the views changed in this frame (new read-outs) is laid out now, not at the end of the
        // pulse: only what needs it, which the pulse then finds done
        if (view.getScene() != null) {
            view.getScene().getRoot().layout();
        }
        Bounds lb = view.getLayoutBounds();
        List<Placed> placed = new ArrayList<>();
        for (ChartViewer v : ChartViewers.in(view)) {
            Rectangle2D b = ChartViewers.boundsIn(view, v);
            if (b != null && v.getChart() != null) {
                placed.add(new Placed(ChartCopies.copy(v.getChart(), look), b));
            }
        }
        java.awt.Color bg = look.transparent() ? null : Colors.awt(background(view));
        return new Capture(null, DisplayList.record(view, look), Math.max(1, (int) Math.round(lb.getWidth() * k)),
                Math.max(1, (int) Math.round(lb.getHeight() * k)), bg, k, placed);
    }

    /** The picture: the JavaFX part with every chart drawn over it at k. Any thread (once per capture). */
    public BufferedImage compose() {
        BufferedImage out = fx != null ? fx : new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            if (list != null) {
                if (background != null) {
                    g.setColor(background);
                    g.fillRect(0, 0, width, height);
                }
                Graphics2D c = (Graphics2D) g.create();
                c.scale(k, k);
                list.replay(c);
                c.dispose();
            }
            for (Placed p : charts) {
                Graphics2D c = (Graphics2D) g.create();
                try {
                    c.scale(k, k);
                    c.translate(p.bounds().getX(), p.bounds().getY());
                    Rectangle2D area = new Rectangle2D.Double(0, 0, p.bounds().getWidth(), p.bounds().getHeight());
                    c.clip(area);
                    p.chart().draw(c, area);
                } finally {
                    c.dispose();
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }


    // what the window shows behind the view: the first background colour up the tree, else white
    static Color background(Node view) {
        for (Node n = view; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.layout.Region r && r.getBackground() != null) {
                for (javafx.scene.layout.BackgroundFill f : r.getBackground().getFills()) {
                    if (f.getFill() instanceof Color c && c.getOpacity() > 0.99) {
                        return c;
                    }
                }
            }
            if (n instanceof Parent && n.getParent() == null && n.getScene() != null
                    && n.getScene().getFill() instanceof Color c && c.getOpacity() > 0.99) {
                return c;
            }
        }
        return Color.WHITE;
    }
}
