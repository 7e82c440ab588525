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
        return ticks(upper, 200);
    }

    @SuppressWarnings("unchecked")
    private static List<ValueTick> ticks(double upper, double width) {
        StepAxis a = new StepAxis("step", true);
        a.setRange(0, upper);
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            return a.refreshTicks(g, new org.jfree.chart.axis.AxisState(), new Rectangle2D.Double(40, 0, width, 100),
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

    /** A wide chart of the first 10 steps: ticks at whole steps only (it read 0.0, 0.5, 1.0, ...). */
    @Test
    void ticksAreWholeSteps() {
        List<ValueTick> wide = ticks(10, 900).stream().filter(t -> t.getTickType() == org.jfree.chart.axis.TickType.MAJOR).toList();
        assertTrue(wide.size() >= 5, wide.toString());
        assertTrue(wide.stream().allMatch(t -> t.getValue() == Math.rint(t.getValue())), wide.toString());
        assertTrue(wide.stream().noneMatch(t -> t.getText().contains(".")), wide.toString());
    }
}
