package bnlab.app.curves;

import bnlab.app.i18n.I18n;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The gradient path's read-out: the row whose range (greatest minus least loss) is widest, with its step. */
class PathSpanTest {
    private static final double NAN = Double.NaN;

    @Test
    void theWidestRangeWithItsStep() {
        double[] x = {0, 5, 10, 15};
        double[] lo = {1.0, 0.8, NAN, 0.2};
        double[] mid = {2.5, 0.99, NAN, 0.3};
        double[] hi = {2.0, 48.554, NAN, 20.0};
        // widths 1, 47.754, none (a diverged twin's gap), 19.8: step 5's, from its loss 0.99
        String said = PathSpan.of(x, lo, mid, hi);
        assertEquals(I18n.get("curves.path.widest", 5L, 0.99, 0.8, 48.55), said);
        assertFalse(said.startsWith("\u2039"), "a worded message, not its key: " + said);
    }

    @Test
    void theFirstOfEqualRangesAndNothingWithoutARow() {
        assertEquals(I18n.get("curves.path.widest", 0L, 1.5, 1.0, 2.0),
                PathSpan.of(new double[] {0, 5}, new double[] {1, 3}, new double[] {1.5, 3.5}, new double[] {2, 4}));
        assertEquals("", PathSpan.of(new double[] {0}, new double[] {NAN}, new double[] {NAN}, new double[] {NAN}));
        assertEquals("", PathSpan.of(new double[0], new double[0], new double[0], new double[0]));
    }
}
