package bnlab.app.style;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnsTest {
    private static final double[] X = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    private static final double[] Y = {1, 4, 2, 8, 16, 4, Double.NaN, Double.NaN, 3};

    /**
     * Nine points in four groups: the first alone (a curve starts at its true first value), the last alone (it ends at
     * its true last value), the rest by x in [0, 4), [4, 8) (floor(x / 8 * 2)); by hand.
     */
    @Test
    void fourGroupsByHand() {
        double[][] r = Columns.summary(X, Y, 4, false);
        assertArrayEquals(new double[] {0, 2, 5.5, 8}, r[0]);
        assertArrayEquals(r[0], r[1]);
        assertArrayEquals(r[0], r[2]);
        assertArrayEquals(new double[] {1, 14.0 / 3, 10, 3}, r[3], 1e-12, "means; NaN left out of the third");
        assertArrayEquals(new double[] {1, 2, 4, 3}, r[4]);
        assertArrayEquals(new double[] {1, 8, 16, 3}, r[5]);
    }

    /** Geometric: exp(mean ln y); 4, 2, 8 give 4; 16 and 4 give 8. */
    @Test
    void geometricMeanForALogAxis() {
        double[][] r = Columns.summary(X, Y, 4, true);
        assertArrayEquals(new double[] {1, 4, 8, 3}, r[3], 1e-12);
    }

    @Test
    void aGroupWithNoFiniteValueIsAGap() {
        // four groups: {x = 0}, then floor(x / 8 * 2): {1, 2, 3}, {4, 5, 6, 7}, then {8}
        double[] y = {1, 2, 3, 4, Double.NaN, Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, 7};
        double[][] r = Columns.summary(X, y, 4, false);
        assertTrue(Double.isNaN(r[3][2]) && Double.isNaN(r[4][2]) && Double.isNaN(r[5][2]));
        assertEquals(5.5, r[0][2], "its x is still the middle of its points");
        double[][] g = Columns.summary(X, new double[] {1, 2, 3, 4, 0, -1, 0, -2, 7}, 4, true);
        assertTrue(Double.isNaN(g[3][2]), "no positive value: nothing for a log axis");
    }

    /** Two groups: the first point alone, the rest together (no room for the last alone). */
    @Test
    void twoGroupsKeepOnlyTheFirstAlone() {
        double[][] r = Columns.summary(X, Y, 2, false);
        assertArrayEquals(new double[] {0, 4.5}, r[0]);
        assertArrayEquals(new double[] {1, 37.0 / 6}, r[3], 1e-12);
    }

    @Test
    void noMorePointsThanGroupsKeepsEveryPoint() {
        double[][] r = Columns.summary(X, Y, 9, false);
        assertArrayEquals(X, r[0]);
        assertArrayEquals(Y, r[3]);
        assertArrayEquals(Y, r[4]);
        assertArrayEquals(Y, r[5]);
        assertEquals(0, Columns.summary(new double[0], new double[0], 5, false)[0].length);
        double[][] one = Columns.summary(new double[] {3, 3, 3}, new double[] {1, 2, 3}, 2, false);
        assertArrayEquals(new double[] {1, 2, 3}, one[3], "one x: nothing to group by");
    }

    /** Invariants on a long noisy series: every point inside its group's band, groups in order, no more than asked. */
    @Test
    void everyPointLiesInItsGroupsBand() {
        Random r = new Random(7);
        int n = 5000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1 + 20 * i;
            y[i] = Math.exp(r.nextGaussian());
        }
        int groups = 137;
        int[] starts = Columns.starts(x, groups);
        double[][] s = Columns.summary(x, y, groups, true);
        assertEquals(groups, s[0].length, "every group has points when x is evenly spaced");
        for (int j = 0; j < s[0].length; j++) {
            double mean = 0;
            for (int i = starts[j]; i < starts[j + 1]; i++) {
                assertTrue(s[4][j] <= y[i] && y[i] <= s[5][j]);
                mean += Math.log(y[i]);
            }
            assertEquals(Math.exp(mean / (starts[j + 1] - starts[j])), s[3][j], 1e-12);
            assertTrue(s[4][j] <= s[3][j] && s[3][j] <= s[5][j]);
            assertTrue(j == 0 || s[0][j] > s[0][j - 1]);
        }
        assertEquals(n, starts[starts.length - 1]);
    }

    @Test
    void bandMeansAverageEachColumn() {
        double[] x = {0, 1, 2, 3};
        double[][] r = Columns.means(x, new double[] {0, 2, 4, 6}, new double[] {1, 3, 5, Double.NaN},
                new double[] {2, 4, 6, 8}, 2);
        // the first point alone, then the rest
        assertArrayEquals(new double[] {0, 2}, r[0]);
        assertArrayEquals(new double[] {1, 4}, r[3], "mid, NaN left out");
        assertArrayEquals(new double[] {0, 4}, r[4], "low");
        assertArrayEquals(new double[] {2, 6}, r[5], "high");
    }

    /** Spans: a range's extremes per group (a cliff at one evaluation stays as high), the line still the mean. */
    @Test
    void spansKeepEachGroupsExtremes() {
        double[] x = {0, 1, 2, 3};
        double[][] r = Columns.spans(x, new double[] {0, 2, 0.5, 6}, new double[] {1, 3, 5, Double.NaN},
                new double[] {2, 40, 6, 8}, 2);
        assertArrayEquals(new double[] {0, 2}, r[0]);
        assertArrayEquals(new double[] {1, 4}, r[3], "mid: the mean, NaN left out");
        assertArrayEquals(new double[] {0, 0.5}, r[4], "low: the least");
        assertArrayEquals(new double[] {2, 40}, r[5], "high: the greatest");
    }

    /** A steep first fall (lesson 2's loss: 115 at step 1, then 90, 78, 63 ...) starts its curve at 115. */
    @Test
    void theCurveStartsAtItsFirstValue() {
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            y[i] = 115 * Math.exp(-i / 5.0) + 1;
        }
        double[][] r = Columns.summary(x, y, 200, true);
        assertEquals(1, r[0][0]);
        assertEquals(116, r[3][0], 1e-12);
        assertTrue(r[3][1] < 100, "the next point a group's mean");
        assertTrue(r[0].length <= 200);
    }

    /**
     * A loss that jumps at its last step (lesson 7: a layer's weights times 10, one step) ends its curve at the
     * jump, not at the jump averaged with the steps before it in the last pixel group.
     */
    @Test
    void theCurveEndsAtItsLastValue() {
        int n = 301;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i == n - 1 ? 0.65 : 0.25;
        }
        double[][] r = Columns.summary(x, y, 100, true);
        int last = r[0].length - 1;
        assertEquals(300, r[0][last]);
        assertEquals(0.65, r[3][last], 1e-12);
        assertEquals(0.25, r[5][last - 1], 1e-12, "the group before holds none of it");
        assertTrue(r[0].length <= 100);
    }

    @Test
    void groupsFollowTheChartsWidth() {
        assertEquals(Columns.UNLAID_GROUPS, Columns.groups(0));
        assertEquals(Columns.MIN_GROUPS, Columns.groups(30));
        assertEquals(200, Columns.groups(600));
    }
}
