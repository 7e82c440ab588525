package bnlab.app.curves;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class DecimatedTest {

    @Test
    void keepsAtMostCapRowsCoveringTheWholeRun() {
        Decimated d = new Decimated(100, 2);
        for (int step = 1; step <= 10_000; step++) {
            d.add(step, 2.0 * step);
        }
        assertTrue(d.size() <= 100 && d.size() >= 50, "size " + d.size());
        double[] x = d.column(0);
        double[] y = d.column(1);
        assertEquals(1, x[0]);
        assertTrue(d.lastX() > 10_000 - 2 * d.stride(), "reaches the end of the run: " + d.lastX());
        for (int i = 0; i < x.length; i++) {
            assertEquals(2 * x[i], y[i]);
            if (i > 0) {
                assertTrue(x[i] > x[i - 1]);
            }
        }
    }

    @Test
    void clearStartsOver() {
        Decimated d = new Decimated(4, 1);
        for (int i = 0; i < 20; i++) {
            d.add(i);
        }
        d.clear();
        assertEquals(0, d.size());
        assertEquals(1, d.stride());
        assertTrue(d.add(0));
        assertTrue(d.add(1));
    }
}
