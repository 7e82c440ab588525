package bnlab.app.histograms;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A short histogram's count axis keeps a labelled tick above 0. */
class CountAxisTest {
    @SuppressWarnings("unchecked")
    private static List<ValueTick> ticks(NumberAxis a, double top, double height) {
        a.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        a.setRange(0, top);
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            return (List<ValueTick>) a.refreshTicks(g, new AxisState(), new Rectangle2D.Double(40, 0, 200, height),
                    RectangleEdge.LEFT).stream().filter(t -> ((ValueTick) t).getValue() <= top).toList();
        } finally {
            g.dispose();
        }
    }

    private static boolean labelledAboveZero(List<ValueTick> ticks) {
        return ticks.stream().anyMatch(t -> t.getValue() > 0 && !t.getText().isEmpty());
    }

    /** Counts up to 480 on a 30 px plot: JFreeChart's own choice, 500, left "0" alone; now 0 and 200. */
    @Test
    void aShortAxisKeepsATickAboveZero() {
        NumberAxis plain = new NumberAxis();
        plain.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        assertTrue(!labelledAboveZero(ticks(plain, 480, 30)), "the premise: JFreeChart labels 0 alone");
        List<ValueTick> t = ticks(new CountAxis("count"), 480, 30);
        assertTrue(labelledAboveZero(t), t.toString());
        assertEquals(200, t.stream().mapToDouble(ValueTick::getValue).filter(v -> v > 0).min().orElse(-1), 1e-9);
    }

    @Test
    void aTallAxisIsJFreeChartsOwn() {
        List<ValueTick> t = ticks(new CountAxis("count"), 1400, 300);
        assertTrue(t.size() >= 4, t.toString());
    }

    @Test
    void niceBelow() {
        assertEquals(200, CountAxis.niceBelow(480), 0);
        assertEquals(500, CountAxis.niceBelow(500), 0);
        assertEquals(5, CountAxis.niceBelow(5), 0);
        assertEquals(1, CountAxis.niceBelow(1.3), 0);
        assertEquals(1000, CountAxis.niceBelow(1999), 0);
    }
}
