package bnlab.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FrameStatsTest {

    @Test
    void quantilesByNearestRank() {
        FrameStats s = new FrameStats();
        for (int i = 1; i <= 100; i++) {
            s.add(i);
        }
        assertEquals(50, s.quantile(0.5));
        assertEquals(95, s.quantile(0.95));
        assertEquals(99, s.quantile(0.99));
        assertEquals(100, s.max());
        assertEquals(50.5, s.mean(), 1e-12);
        assertEquals(67, s.slowerThan(33));
        assertTrue(s.summary().contains("p95 95.00"), s.summary());
    }
}
