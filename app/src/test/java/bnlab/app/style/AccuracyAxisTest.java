package bnlab.app.style;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lesson 14's accuracy axis, fitted to 93-100.6 % on a tall chart, had 31 ticks up to "100.5%". */
class AccuracyAxisTest {
    private static List<Double> ticks(org.jfree.chart.axis.NumberAxis y, double lo, double hi, int height) {
        XYPlot plot = new XYPlot(new XYSeriesCollection(), new org.jfree.chart.axis.NumberAxis(), y,
                new XYLineAndShapeRenderer());
        new JFreeChart(plot);
        y.setRange(lo, hi);
        BufferedImage img = new BufferedImage(400, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = img.createGraphics();
        try {
            Rectangle2D area = new Rectangle2D.Double(60, 10, 330, height - 40);
            return y.refreshTicks(g2, new AxisState(), area, RectangleEdge.LEFT).stream()
                    .map(t -> ((NumberTick) t).getValue()).toList();
        } finally {
            g2.dispose();
        }
    }

    @Test
    void noTickAbove100PercentAndAboutTenTicksOnATallChart() {
        org.jfree.chart.axis.NumberAxis before = new org.jfree.chart.axis.NumberAxis();
        PercentTicks.apply(before);
        List<Double> old = ticks(before, 0.93, 1.006, 1000);
        // the plain percent axis: the failure this axis fixes
        assertTrue(old.size() > 20 && old.get(old.size() - 1) > 1, old.toString());
        List<Double> t = ticks(new AccuracyAxis("accuracy"), 0.93, 1.006, 1000);
        assertFalse(t.isEmpty());
        assertTrue(t.size() <= AccuracyAxis.MOST_TICKS + 1, t.toString());
        assertTrue(t.stream().allMatch(v -> v <= 1 + 1e-9), t.toString());
        assertEquals(1.0, t.get(t.size() - 1), 1e-9, "100 % is ticked: " + t);
    }

    @Test
    void theWholeRangeKeepsItsTicks() {
        List<Double> t = ticks(new AccuracyAxis("accuracy"), 0, 1.02, 300);
        assertEquals(0, t.get(0), 1e-9);
        assertEquals(1.0, t.get(t.size() - 1), 1e-9);
        assertTrue(t.size() >= 3 && t.size() <= AccuracyAxis.MOST_TICKS + 1, t.toString());
    }
}
