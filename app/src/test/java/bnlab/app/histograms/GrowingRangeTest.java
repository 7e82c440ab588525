package bnlab.app.histograms;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrowingRangeTest {

    /** -200..200 for data within +-30: the axis comes down to the data smoothly, never in one jump. */
    @Test
    void growsAtOnceAndShrinksSmoothlyToTheData() {
        GrowingRange r = new GrowingRange();
        assertTrue(r.include(-200, 200));
        double width = 400;
        int updates = 0;
        while (r.hi() - r.lo() > 60 / 0.95 && updates < 100) {
            assertTrue(r.include(-30, 30), "narrow data shrink the axis");
            double w = r.hi() - r.lo();
            assertTrue(w < width, "the width decreases");
            assertTrue(w >= 0.8 * width - 1e-9, "smoothly: at most 20 % of the range per update, " + w);
            assertTrue(r.lo() <= -30 && r.hi() >= 30, "the data stay inside");
            width = w;
            updates++;
        }
        assertTrue(updates > 5 && updates < 30, "within about a second of frames: " + updates);
        assertTrue(r.include(-45, 10), "grows at once");
        assertEquals(-45, r.lo());
    }

    @Test
    void dataThatFillTheRangeDoNotMoveIt() {
        GrowingRange r = new GrowingRange();
        r.include(-10, 10);
        for (int i = 0; i < 100; i++) {
            assertFalse(r.include(-9, 8.5), "no jitter for data that fill most of it");
        }
        assertEquals(-10, r.lo());
    }

    @Test
    void meanThatIsZeroUpToRoundingShowsAsZero() {
        assertEquals(bnlab.app.i18n.I18n.get("histograms.meanStd", "0", "1"), HistogramPanel.meanStd(-3.52e-10, 1.0));
        assertEquals(bnlab.app.i18n.I18n.get("histograms.meanStd", "2e-4", "0.01"), HistogramPanel.meanStd(2e-4, 0.01));
    }
}
