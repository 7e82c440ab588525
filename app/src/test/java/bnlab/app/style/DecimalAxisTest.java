package bnlab.app.style;

import org.jfree.chart.axis.NumberTickUnit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A linear axis words its ticks one way: never "0.001" over "5e-4". */
class DecimalAxisTest {
    @Test
    void plainDecimalsDownToAUnitOfOneTenThousandth() {
        // a running mean near 0 (lesson 6 at step 0): the unit 5e-4
        assertEquals(List.of("-0.001", "-0.0005", "0", "0.0005", "0.001"), labels(-0.0012, 0.0012, 5e-4));
        assertEquals(List.of("0", "2.5", "5", "7.5", "10"), labels(0, 10, 2.5));
    }

    @Test
    void allScientificBelowItOrFromOneHundredThousand() {
        assertEquals(List.of("0", "5e-5", "1e-4", "1.5e-4"), labels(0, 1.6e-4, 5e-5));
        assertEquals(List.of("0", "5e+4", "1e+5", "1.5e+5"), labels(0, 1.6e5, 5e4));
        assertEquals(List.of("0", "20000", "40000", "60000", "80000"), labels(0, 8.5e4, 2e4), "plain below 1e+5");
    }

    private static List<String> labels(double lo, double hi, double unit) {
        DecimalAxis axis = new DecimalAxis("mean");
        axis.setRange(lo, hi);
        axis.setTickUnit(new NumberTickUnit(unit), false, true);
        axis.setMinorTickCount(0);
        return AxisTicks.labels(axis, 600);
    }
}
