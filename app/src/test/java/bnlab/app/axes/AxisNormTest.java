package bnlab.app.axes;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The view's normalization along an axis, against values computed by hand (the same oracle values the
 * engine's NormAxesTest checks nn.BatchNorm and nn.LayerNorm against, on the same batch) and against
 * its invariants: mean 0 and variance var / (var + eps) along its own axis, not along the other.
 */
class AxisNormTest {
    private static final double EPS = AxisNorm.EPS;

    @Test
    void handMadeBatchStatisticsAreWholeNumbers() {
        double[][] x = HandBatch.first(4);
        AxisNorm.Stats c = AxisNorm.columns(x);
        assertArrayEquals(new double[] {2, 3, 4, 5, 6}, c.mean(), 1e-15);
        assertArrayEquals(new double[] {4, 5, 9, 10, 12}, c.var(), 1e-15);
        AxisNorm.Stats r = AxisNorm.rows(x);
        assertArrayEquals(new double[] {2, 6, 4, 4}, r.mean(), 1e-15);
        assertArrayEquals(new double[] {2, 10, 10, 10}, r.var(), 1e-15);
    }

    @Test
    void normalizedValuesAreTheOnesComputedByHand() {
        double[][] x = HandBatch.first(4);
        double[][] bn = AxisNorm.normalize(x, AxisNorm.Axis.COLUMNS, EPS);
        double[][] ln = AxisNorm.normalize(x, AxisNorm.Axis.ROWS, EPS);
        assertEquals(-3 / Math.sqrt(9 + EPS), bn[0][2], 1e-15);
        assertEquals((0 - 3) / Math.sqrt(5 + EPS), bn[2][1], 1e-15);
        assertEquals((0 - 6) / Math.sqrt(10 + EPS), ln[1][0], 1e-15);
        assertEquals((4 - 2) / Math.sqrt(2 + EPS), ln[0][0], 1e-15);
    }

    @Test
    void eachAxisIsZeroAndOneOnlyAlongItself() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + rnd.nextInt(6);
            int d = 2 + rnd.nextInt(6);
            double[][] x = new double[n][d];
            for (double[] row : x) {
                for (int j = 0; j < d; j++) {
                    row[j] = 10 * rnd.nextGaussian() + 3;
                }
            }
            AxisNorm.Stats cols = AxisNorm.columns(x);
            AxisNorm.Stats rows = AxisNorm.rows(x);
            AxisNorm.Stats bnCols = AxisNorm.columns(AxisNorm.normalize(x, AxisNorm.Axis.COLUMNS, EPS));
            AxisNorm.Stats lnRows = AxisNorm.rows(AxisNorm.normalize(x, AxisNorm.Axis.ROWS, EPS));
            for (int j = 0; j < d; j++) {
                assertEquals(0, bnCols.mean(j), 1e-12);
                assertEquals(cols.var(j) / (cols.var(j) + EPS), bnCols.var(j), 1e-12); // var of x_hat
            }
            for (int i = 0; i < n; i++) {
                assertEquals(0, lnRows.mean(i), 1e-12);
                assertEquals(rows.var(i) / (rows.var(i) + EPS), lnRows.var(i), 1e-12);
            }
        }
        // the other axis is left as it comes: BN's first row and LN's third column are not centred
        double[][] x = HandBatch.first(4);
        assertTrue(Math.abs(AxisNorm.rows(AxisNorm.normalize(x, AxisNorm.Axis.COLUMNS, EPS)).mean(0)) > 0.5);
        assertTrue(Math.abs(AxisNorm.columns(AxisNorm.normalize(x, AxisNorm.Axis.ROWS, EPS)).var(2) - 1) > 0.3);
    }

    /** One sample: BN's columns have variance 0 and x_hat 0 whatever x; LN's row is still mean 0, variance 1. */
    @Test
    void aBatchOfOne() {
        double[][] one = HandBatch.first(1);
        assertArrayEquals(new double[5], AxisNorm.columns(one).var(), 0.0);
        assertArrayEquals(new double[5], AxisNorm.normalize(one, AxisNorm.Axis.COLUMNS, EPS)[0], 0.0);
        AxisNorm.Stats ln = AxisNorm.rows(AxisNorm.normalize(one, AxisNorm.Axis.ROWS, EPS));
        assertEquals(0, ln.mean(0), 1e-15);
        assertEquals(2 / (2 + EPS), ln.var(0), 1e-12);
        assertEquals(1, HandBatch.first(0).length, "at least one sample");
        assertEquals(4, HandBatch.first(9).length, "at most the four");
    }
}
