package bnlab.app.saturation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where layer 1's two ratios are written beside their points ({@link SignalChart#sides}): never over each other nor
 * across the black line at 1. Lesson 7 at η = 1 wrote 1.1 (moved up off the line) over 1.9.
 */
class RatioWordsTest {
    private static final double LINE = 0.2; // a line of words, in decades of the ratio axis

    @Test
    void theRulesKeptWhereTheyWork() {
        assertArrayEquals(new int[]{1, -1}, SignalChart.sides(0.64, 0.52, LINE), "close: the higher above, the lower below");
        assertArrayEquals(new int[]{-1, 0}, SignalChart.sides(0.89, 1.0 / 26000, LINE), "0.89 below the line at 1");
        assertArrayEquals(new int[]{0, 0}, SignalChart.sides(0.1, 10, LINE), "far apart and off the line: at their heights");
    }

    @Test
    void movedOffTheLineIntoTheOthersWordsTheyAreRearranged() {
        int[] old = {SignalChart.offTheLine(1.1, LINE), SignalChart.offTheLine(1.9, LINE)};
        assertArrayEquals(new int[]{1, 0}, old, "the oracle: the old rule moved 1.1 up, into 1.9's words");
        int[] now = SignalChart.sides(1.1, 1.9, LINE);
        assertTrue(clear(1.1, now[0], 1.9, now[1]), "1.1 and 1.9: " + now[0] + ", " + now[1]);
    }

    @Test
    void wheneverSomeArrangementIsClearTheChosenOneIs() {
        int checked = 0;
        for (double a = -1.5; a <= 1.5; a += 0.01) {
            for (double b = -1.5; b <= 1.5; b += 0.05) {
                double rb = Math.pow(10, a);
                double rp = Math.pow(10, b);
                boolean any = false;
                for (int sb = -1; sb <= 1; sb++) {
                    for (int sp = -1; sp <= 1; sp++) {
                        any |= clear(rb, sb, rp, sp);
                    }
                }
                if (any) {
                    int[] s = SignalChart.sides(rb, rp, LINE);
                    assertTrue(clear(rb, s[0], rp, s[1]), rb + " and " + rp + ": " + s[0] + ", " + s[1]);
                    checked++;
                }
            }
        }
        assertTrue(checked > 10000, "pairs checked: " + checked);
    }

    // the oracle, by hand: words a line tall, apart, and off the line at 1 but for a fifth of a line at either end
    private static boolean clear(double rb, int sb, double rp, int sp) {
        double[] b = words(Math.log10(rb), sb);
        double[] p = words(Math.log10(rp), sp);
        boolean apart = b[1] <= p[0] + 1e-12 || p[1] <= b[0] + 1e-12;
        return apart && !(b[0] < -0.2 * LINE && b[1] > 0.2 * LINE) && !(p[0] < -0.2 * LINE && p[1] > 0.2 * LINE);
    }

    private static double[] words(double v, int side) {
        double from = side > 0 ? v : side < 0 ? v - LINE : v - LINE / 2;
        return new double[]{from, from + LINE};
    }
}
