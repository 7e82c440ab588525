package bnlab.app.curves;

import bnlab.app.i18n.I18n;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The band read-out: first and last finite rows, width = p85 - p15. */
class BandChangeTest {
    private static final double NAN = Double.NaN;

    @Test
    void fromTheFirstFiniteRowToTheLast() {
        double[] lo = {NAN, 0.15, -1.0, NAN};
        double[] mid = {NAN, 0.2, -0.3, NAN};
        double[] hi = {NAN, 0.25, 0.5, NAN};
        // row 1: median 0.2, width 0.1; row 2: median -0.3, width 1.5 (a diverged twin's NaN rows left out)
        String said = BandChange.of(lo, mid, hi);
        assertEquals(I18n.get("curves.band.change", 0.2, -0.3, 0.1, 1.5), said);
        assertFalse(said.startsWith("\u2039"), "a worded message, not its key: " + said);
        assertTrue(said.contains(bnlab.app.i18n.Numbers.format(-0.3)), said);
    }

    @Test
    void oneRowIsSaidAloneAndNoneIsNothing() {
        String one = BandChange.of(new double[] {-0.5}, new double[] {0.5}, new double[] {1.5});
        assertEquals(I18n.get("curves.band.at", 0.5, 2.0), one);
        assertFalse(one.startsWith("\u2039"), one);
        // to a hundredth: 0.2065 -> 0.21, 6.89e-4 -> 0
        assertEquals(0.21, BandChange.hundredths(0.2065), 0);
        assertEquals(0, BandChange.hundredths(6.89e-4), 0);
        assertEquals(-0.1, BandChange.hundredths(-0.09698), 0);
        assertEquals("", BandChange.of(new double[] {NAN}, new double[] {NAN}, new double[] {NAN}));
        assertEquals("", BandChange.of(new double[0], new double[0], new double[0]));
    }
}
