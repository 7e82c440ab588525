package bnlab.app.style;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An accuracy axis reads in percent, as the lessons speak: 0.9 is "90%". */
class PercentTicksTest {
    @Test
    void anAccuracyAxisIsTickedInWholePercents() {
        List<String> labels = labels(0, 1.02, 300, null);
        assertTrue(labels.size() >= 3, labels.toString());
        assertEquals("0%", labels.get(0));
        assertTrue(labels.contains("100%"), labels.toString());
        for (String l : labels) {
            assertTrue(l.matches("\\d+%"), l);
        }
        assertEquals(List.of("80%", "85%", "90%", "95%", "100%"), labels(0.8, 1.0, 300, 0.05));
    }

    @Test
    void aSmallGapGetsTheDecimalsItsUnitNeedsAndZeroHasNoSign() {
        assertEquals(List.of("-1%", "-0.5%", "0%", "0.5%", "1%"), labels(-0.0123, 0.0123, 300, 0.005));
        assertEquals(List.of("-0.25%", "0%", "0.25%"), labels(-0.0031, 0.0031, 300, 0.0025));
        // a tick summed from below to 0 may come out as -1e-19 (DecimalAxis met it)
        assertEquals("0%", PercentTicks.format(0.001).format(-1e-19));
    }

    /** The labels of the ticks drawn on a vertical axis this tall; a fixed unit, or null: the axis picks one. */
    private static List<String> labels(double lo, double hi, double height, Double unit) {
        NumberAxis axis = new NumberAxis("accuracy");
        PercentTicks.apply(axis);
        axis.setRange(lo, hi);
        if (unit != null) {
            axis.setTickUnit((NumberTickUnit) axis.getStandardTickUnits().getCeilingTickUnit(unit), false, true);
        }
        axis.setMinorTickCount(0);
        return AxisTicks.labels(axis, height);
    }
}
