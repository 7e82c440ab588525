package bnlab.app.style;

import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepAxisTest {
    @SuppressWarnings("unchecked")
    private static List<ValueTick> ticks(double upper) {
        StepAxis a = new StepAxis("step", true);
        a.setRange(0, upper);
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            return a.refreshTicks(g, new org.jfree.chart.axis.AxisState(), new Rectangle2D.Double(40, 0, 200, 100),
                    RectangleEdge.BOTTOM);
        } finally {
            g.dispose();
        }
    }

    /** 0..1,510: the 1,500 tick sits at the right end, its label would run past it; 0..2,000 keeps it. */
    @Test
    void aTickWhoseLabelWouldBeCutAtTheRightEndIsLeftOut() {
        List<ValueTick> near = ticks(1510);
        assertFalse(near.stream().anyMatch(t -> t.getValue() == 1500), near.toString());
        assertTrue(near.stream().anyMatch(t -> t.getValue() == 1000));
        assertTrue(ticks(2000).stream().anyMatch(t -> t.getValue() == 1500));
    }
}
