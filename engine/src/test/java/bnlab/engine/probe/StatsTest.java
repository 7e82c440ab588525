package bnlab.engine.probe;

import bnlab.engine.api.Histogram;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsTest {

    /** numpy.percentile([1, 2, 3, 4, 5], [15, 50, 85]) == [1.6, 3.0, 4.4] (linear interpolation). */
    @Test
    void percentilesInterpolateLikeNumpy() {
        double[] v = {5, 1, 4, 2, 3};
        assertEquals(1.6, Stats.percentile(v, 15), 1e-12);
        assertEquals(3.0, Stats.percentile(v, 50), 1e-12);
        assertEquals(4.4, Stats.percentile(v, 85), 1e-12);
        assertEquals(5.0, Stats.percentile(v, 100), 1e-12);
        assertEquals(7.0, Stats.percentile(new double[]{7}, 15), 1e-12);
        assertEquals(Double.NaN, Stats.percentile(new double[]{Double.NaN}, 50));
    }

    /** Values -0.9 .. 3.4: spread 4.3, step = nice(4.3 / 4 = 1.075) = 2, range [-2, 4), bins of 1. */
    @Test
    void histogramUsesNiceRangeAndCountsEveryFiniteValue() {
        double[] v = {-0.9, 0.1, 0.2, 3.4, Double.NaN};
        Histogram h = Stats.histogram(v, 6);
        assertEquals(-2, h.lo(), 1e-12);
        assertEquals(4, h.hi(), 1e-12);
        assertArrayEquals(new long[]{0, 1, 2, 0, 0, 1}, h.counts());
        assertEquals(4, h.n());
        double mean = (-0.9 + 0.1 + 0.2 + 3.4) / 4;
        assertEquals(mean, h.mean(), 1e-12);
        double ss = 0;
        for (double x : new double[]{-0.9, 0.1, 0.2, 3.4}) {
            ss += (x - mean) * (x - mean);
        }
        assertEquals(Math.sqrt(ss / 4), h.std(), 1e-12);
    }

    /**
     * 498 values at -1, 498 at +1, two at -50 and two at +50: the 0.2 % tails are the +-50s themselves, but
     * the std is sqrt((996 + 4 * 2500) / 1000) = 3.316, so the frame stops at 4.5 std = 14.92: step =
     * nice(29.8 / 4) = 10, range [-20, 20] in 4 bins of 10, the four far values in the end bins. (The
     * quantiles alone framed [-50, 50], the bulk in 2 of 10 bins.)
     */
    @Test
    void aFewFarValuesDoNotWidenTheFrameBeyondFourStd() {
        double[] v = new double[1000];
        for (int i = 0; i < 996; i++) {
            v[i] = i % 2 == 0 ? -1 : 1;
        }
        v[996] = -50;
        v[997] = -50;
        v[998] = 50;
        v[999] = 50;
        Histogram h = Stats.histogram(v, 4);
        assertEquals(-20, h.lo(), 1e-12);
        assertEquals(20, h.hi(), 1e-12);
        assertArrayEquals(new long[]{2, 498, 498, 2}, h.counts());
        assertEquals(4, h.outside());
        assertEquals(Math.sqrt(10996.0 / 1000), h.std(), 1e-12);
        assertEquals(0, h.mean(), 1e-12);
    }

    /**
     * A normalized layer's values: std 1 give or take a part in 10^9, a few far values (498 at -1 and at +1,
     * two at -20 and at +20, all divided by their std, sqrt(2596 / 1000)). The frame stops at 4.5 std
     * whichever side of 1 the std is: step = nice(9 / 4) = 5, [-5, 5]; it does not flicker between two.
     */
    @Test
    void aNormalizedLayersFrameDoesNotFlickerWithItsStd() {
        for (double wobble : new double[]{1 - 1e-9, 1, 1 + 1e-9}) {
            double s = wobble / Math.sqrt(2596.0 / 1000);
            double[] v = new double[1000];
            for (int i = 0; i < 996; i++) {
                v[i] = (i % 2 == 0 ? -1 : 1) * s;
            }
            v[996] = -20 * s;
            v[997] = -20 * s;
            v[998] = 20 * s;
            v[999] = 20 * s;
            Histogram h = Stats.histogram(v, 10);
            assertEquals(wobble, h.std(), 1e-12);
            assertEquals(-5, h.lo(), 1e-12, "std " + wobble);
            assertEquals(5, h.hi(), 1e-12, "std " + wobble);
            assertEquals(4, h.outside());
        }
    }

    @Test
    void niceStepsAreOneTwoFiveTimesPowersOfTen() {
        assertEquals(1.0, Stats.niceStep(0.9), 1e-12);
        assertEquals(2.0, Stats.niceStep(1.075), 1e-12);
        assertEquals(5.0, Stats.niceStep(4.9), 1e-12);
        assertEquals(0.02, Stats.niceStep(0.015), 1e-12);
    }

    /** Population variance from chunks merged (Chan et al.) equals the two-pass formula, unbiased and biased. */
    @Test
    void populationAccumulatorMatchesDirectFormulas() {
        bnlab.engine.api.Moments.Accumulator acc = new bnlab.engine.api.Moments.Accumulator(2);
        double[] a = {1, 10, 2, 20};
        double[] b = {4, 40};
        acc.add(i -> a[i], 2);
        acc.add(i -> b[i], 1);
        Population unbiased = Population.of(acc, true);
        Population biased = Population.of(acc, false);
        assertEquals(7.0 / 3, unbiased.mean()[0], 1e-12);
        double ss = Math.pow(1 - 7.0 / 3, 2) + Math.pow(2 - 7.0 / 3, 2) + Math.pow(4 - 7.0 / 3, 2);
        assertEquals(ss / 2, unbiased.var()[0], 1e-12);
        assertEquals(ss / 3, biased.var()[0], 1e-12);
        assertEquals(100.0 * ss / 2, unbiased.var()[1], 1e-9);
    }

    /** A few far outliers do not squash the bulk into one bin: they go to the end bins and are counted. */
    @Test
    void farOutliersAreCountedInTheEndBinsNotFramed() {
        java.util.Random r = new java.util.Random(3);
        double[] v = new double[6000];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextGaussian() * 10;
        }
        v[0] = 1000;
        v[1] = -900;
        bnlab.engine.api.Histogram h = Stats.histogram(v, 40);
        assertTrue(h.lo() >= -60 && h.hi() <= 60, "framed around the bulk: " + h.lo() + ".." + h.hi());
        assertTrue(h.outside() >= 2 && h.outside() <= 2 + 12, "the outliers are counted: " + h.outside());
        long total = 0;
        for (long c : h.counts()) {
            total += c;
        }
        assertEquals(6000, total, "every value is drawn, the outliers in the end bins");
        assertTrue(h.count(0) >= 1 && h.count(39) >= 1);
    }

    @Test
    void selectFindsTheKthSmallest() {
        java.util.Random r = new java.util.Random(9);
        for (int n : new int[] {1, 2, 3, 10, 101, 1000}) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = r.nextInt(20); // with ties
            }
            double[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            for (int k : new int[] {0, n / 3, n - 1}) {
                assertEquals(sorted[k], Stats.select(v.clone(), k), "n " + n + " k " + k);
            }
        }
    }

    @Test
    void tailsAreTheKthSmallestAndLargestAndLeaveTheValuesAlone() {
        java.util.Random r = new java.util.Random(11);
        for (int n : new int[] {1, 2, 5, 64, 1000, 6000}) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = n % 2 == 0 ? r.nextInt(50) : r.nextGaussian(); // with and without ties
            }
            double[] before = v.clone();
            double[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            for (int k : new int[] {0, Math.min(n - 1, 1), Math.min(n - 1, 11), Math.min(n - 1, 63), n / 2, n - 1}) {
                double[] t = Stats.tails(v, k);
                assertEquals(sorted[k], t[0], "n " + n + " k " + k);
                assertEquals(sorted[n - 1 - k], t[1], "n " + n + " k " + k);
            }
            assertTrue(java.util.Arrays.equals(before, v), "not reordered");
        }
    }

    /** Counting in bins finds the same order statistics as sorting: a conv layer's many values, ties, a spike, far outliers. */
    @Test
    void selectingInABinIsExact() {
        java.util.Random r = new java.util.Random(12);
        int n = 200_000;
        double[][] cases = new double[4][n];
        for (int i = 0; i < n; i++) {
            cases[0][i] = r.nextGaussian();
            cases[1][i] = r.nextInt(7);
            cases[2][i] = i % 1000 == 0 ? 1e30 * r.nextGaussian() : Math.max(0, r.nextGaussian()); // ReLU and outliers
            cases[3][i] = 2.5;
        }
        for (double[] v : cases) {
            double[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            for (int k : new int[] {64, 399, n / 2, n - 400, n - 1}) {
                assertEquals(sorted[k], Stats.bySelectingInBin(v, k), "k " + k);
            }
            double[] t = Stats.tails(v, 399);
            assertEquals(sorted[399], t[0]);
            assertEquals(sorted[n - 400], t[1]);
        }
    }

    /** Percentiles by selection (many values) are those of the sorted values, non-finite values left out. */
    @Test
    void selectedPercentilesAreTheSortedOnes() {
        java.util.Random r = new java.util.Random(13);
        for (int n : new int[] {10, 4095, 4096, 50_000}) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = i % 3 == 0 ? r.nextInt(5) : Math.max(0, r.nextGaussian());
            }
            v[n / 2] = Double.NaN;
            v[n / 3] = Double.POSITIVE_INFINITY;
            double[] before = v.clone();
            double[] p = Stats.percentiles(v, 0, 15, 50, 85, 100);
            double[] q = {0, 15, 50, 85, 100};
            for (int k = 0; k < q.length; k++) {
                assertEquals(Stats.percentile(v, q[k]), p[k], "n " + n + " q " + q[k]);
            }
            assertTrue(java.util.Arrays.equals(before, v), "not reordered");
        }
    }
}
