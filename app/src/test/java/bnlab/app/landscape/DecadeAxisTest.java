package bnlab.app.landscape;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The loss surface's colour scale words its ticks in one style: never "10000" beside "1e+6". */
class DecadeAxisTest {
    @Test
    void plainOverAShortRangeAndPowersOverALongOne() {
        DecadeAxis axis = new DecadeAxis("loss");
        axis.setRange(0, 4);
        axis.setTickUnit(new NumberTickUnit(1), false, true);
        assertEquals(List.of("1", "10", "100", "1000", "10000"), labels(axis));
        axis.setRange(0, 10);
        axis.setTickUnit(new NumberTickUnit(2), false, true);
        // 10^0, 10^2 ... 10^10, the exponent raised
        assertEquals(List.of("100", "102", "104", "106", "108", "1010"), labels(axis));
        axis.setRange(Math.log10(0.3), Math.log10(16.5));
        axis.setTickUnit(new NumberTickUnit(0.5), false, true);
        assertEquals(List.of("0.32", "1", "3.2", "10"), labels(axis));
    }

    private static List<String> labels(DecadeAxis axis) {
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            List<String> out = new ArrayList<>();
            for (Object o : axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(40, 0, 500, 14),
                    RectangleEdge.BOTTOM)) {
                ValueTick t = (ValueTick) o;
                if (t instanceof LogTick log) {
                    StringBuilder s = new StringBuilder();
                    AttributedCharacterIterator it = log.getAttributedLabel().getIterator();
                    for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
                        s.append(c);
                    }
                    out.add(s.toString());
                } else {
                    out.add(t.getText());
                }
            }
            return out;
        } finally {
            g2.dispose();
        }
    }
}
