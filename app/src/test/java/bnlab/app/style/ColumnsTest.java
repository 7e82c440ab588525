package bnlab.app.style;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnsTest {
    private static final double[] X = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    private static final double[] Y = {1, 4, 2, 8, 16, 4, Double.NaN, Double.NaN, 3};

    /** Nine points in three groups: x in [0, 8/3), [8/3, 16/3), [16/3, 8]; by hand. */
    @Test
    void threeGroupsByHand() {
        double[][] r = Columns.summary(X, Y, 3, false);
        assertArrayEquals(new double[] {1, 4, 7}, r[0]);
        assertArrayEquals(r[0], r[1]);
        assertArrayEquals(r[0], r[2]);
        assertArrayEquals(new double[] {7.0 / 3, 28.0 / 3, 3}, r[3], 1e-12, "means; NaN left out of the last");
        assertArrayEquals(new double[] {1, 4, 3}, r[4]);
        assertArrayEquals(new double[] {4, 16, 3}, r[5]);
    }

    /** Geometric: exp(mean ln y); 1, 4, 2 give 2; 8, 16, 4 give 8. */
    @Test
    void geometricMeanForALogAxis() {
        double[][] r = Columns.summary(X, Y, 3, true);
        assertArrayEquals(new double[] {2, 8, 3}, r[3], 1e-12);
    }

    @Test
    void aGroupWithNoFiniteValueIsAGap() {
        double[] y = {1, 2, 3, Double.NaN, Double.POSITIVE_INFINITY, Double.NaN, 5, 6, 7};
        double[][] r = Columns.summary(X, y, 3, false);
        assertTrue(Double.isNaN(r[3][1]) && Double.isNaN(r[4][1]) && Double.isNaN(r[5][1]));
        assertEquals(4, r[0][1], "its x is still the middle of its points");
        double[][] g = Columns.summary(X, new double[] {1, 2, 3, 0, -1, 0, 5, 6, 7}, 3, true);
        assertTrue(Double.isNaN(g[3][1]), "no positive value: nothing for a log axis");
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
        assertArrayEquals(new double[] {0.5, 2.5}, r[0]);
        assertArrayEquals(new double[] {2, 5}, r[3], "mid, NaN left out");
        assertArrayEquals(new double[] {1, 5}, r[4], "low");
        assertArrayEquals(new double[] {3, 7}, r[5], "high");
    }

    @Test
    void groupsFollowTheChartsWidth() {
        assertEquals(Columns.UNLAID_GROUPS, Columns.groups(0));
        assertEquals(Columns.MIN_GROUPS, Columns.groups(30));
        assertEquals(200, Columns.groups(600));
    }
}
