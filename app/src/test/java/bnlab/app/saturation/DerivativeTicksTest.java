package bnlab.app.saturation;

import bnlab.app.style.AxisTicks;
import bnlab.app.style.ChartStyle;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The f' axis labels fifths of f's steepest slope where the chart has room, halves or one step where it is short: in
 * lesson 7 at 1280 x 720, with the divergence banner under the views, the curve chart's plot was about 45 px tall
 * and its six labels 0.00 ... 1.00 overlapped.
 */
class DerivativeTicksTest {
    @Test
    void fifthsWhereTheChartHasRoom() {
        assertEquals(List.of("0.00", "0.20", "0.40", "0.60", "0.80", "1.00"), labels(1, 300));
        assertEquals(List.of("0.00", "0.05", "0.10", "0.15", "0.20", "0.25"), labels(0.25, 300), "the sigmoid's 1/4");
    }

    @Test
    void fewerWhereItIsShortAndNoneOverlap() {
        Font font = ChartStyle.tickFont();
        for (double max : new double[]{1, 0.25}) {
            for (int height = 30; height <= 300; height += 5) {
                List<String> labels = labels(max, height);
                assertTrue(labels.size() >= 2, max + " at " + height + " px: " + labels);
                assertEquals(0.0, Double.parseDouble(labels.get(0)), 0.0);
                assertEquals(max, Double.parseDouble(labels.get(labels.size() - 1)), 1e-9, "the steepest slope labelled");
                // the oracle: labels a tick apart on a range of 1.15 max (the curve's top and room above it)
                double apart = height / 1.15 / (labels.size() - 1);
                assertTrue(apart >= font.getSize() * 1.2, max + " at " + height + " px: " + labels + ", "
                        + apart + " px apart");
            }
        }
        assertEquals(List.of("0.00", "1.00"), labels(1, 45), "lesson 7's banner");
    }

    private static List<String> labels(double max, int height) {
        NumberAxis axis = new NumberAxis();
        axis.setTickLabelFont(ChartStyle.tickFont());
        axis.setRange(0, 1.15 * max);
        axis.setStandardTickUnits(CurveChart.derivativeTicks(max));
        axis.setAutoTickUnitSelection(true);
        axis.setMinorTickCount(0);
        return AxisTicks.labels(axis, height);
    }
}
