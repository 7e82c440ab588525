package bnlab.app;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.fx.FXGraphics2D;
import org.jfree.fx.FXHints;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A chart drawn as the window draws it: FXGraphics2D on a canvas, measuring text with JavaFX's font metrics as
 * JFreeChart's canvas sets (an export draws with AWT and measures otherwise). Call on the FX thread.
 */
public final class OnScreen {
    private OnScreen() {
    }

    /** The chart drawn at w x h, its areas recorded in info. */
    public static BufferedImage draw(JFreeChart chart, int w, int h, ChartRenderingInfo info) {
        Canvas canvas = new Canvas(w, h);
        FXGraphics2D g = new FXGraphics2D(canvas.getGraphicsContext2D());
        g.setRenderingHint(FXHints.KEY_USE_FX_FONT_METRICS, true);
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h), info);
        return SwingFXUtils.fromFXImage(canvas.snapshot(null, null), null);
    }
}
