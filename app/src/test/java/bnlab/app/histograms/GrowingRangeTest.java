package bnlab.app.histograms;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrowingRangeTest {

    @Test
    void growsAtOnceAndShrinksOnlyAfterStayingNarrow() {
        GrowingRange r = new GrowingRange();
        assertTrue(r.include(-200, 200));
        assertFalse(r.include(-10, 10), "a narrow frame does not shrink the axis");
        assertEquals(-200, r.lo());
        for (int i = 2; i < GrowingRange.SHRINK_AFTER; i++) {
            assertFalse(r.include(-10, 10));
        }
        assertTrue(r.include(-10, 10), "after staying narrow long enough the axis fits the data");
        assertEquals(-10, r.lo());
        assertEquals(10, r.hi());
        assertTrue(r.include(-12, 10), "grows at once");
    }

    @Test
    void aWideFrameRestartsTheCount() {
        GrowingRange r = new GrowingRange();
        r.include(-100, 100);
        for (int i = 0; i < GrowingRange.SHRINK_AFTER - 1; i++) {
            r.include(-1, 1);
        }
        r.include(-90, 90);
        assertFalse(r.include(-1, 1));
        assertEquals(-100, r.lo());
    }

    @Test
    void meanThatIsZeroUpToRoundingShowsAsZero() {
        assertEquals(bnlab.app.i18n.I18n.get("histograms.meanStd", "0", "1"), HistogramPanel.meanStd(-3.52e-10, 1.0));
        assertEquals(bnlab.app.i18n.I18n.get("histograms.meanStd", "2e-4", "0.01"), HistogramPanel.meanStd(2e-4, 0.01));
    }
}
