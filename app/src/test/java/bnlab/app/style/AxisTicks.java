package bnlab.app.style;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** The labels an axis draws on its ticks, as on the left of a plot this tall (unlabelled ticks left out). */
public final class AxisTicks {
    private AxisTicks() {
    }

    public static List<String> labels(ValueAxis axis, double height) {
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            List<String> out = new java.util.ArrayList<>();
            for (Object t : axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(60, 0, 400, height),
                    RectangleEdge.LEFT)) {
                String text = ((ValueTick) t).getText();
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
            return out;
        } finally {
            g2.dispose();
        }
    }
}
