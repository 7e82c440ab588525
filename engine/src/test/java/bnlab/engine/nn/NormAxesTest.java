package bnlab.engine.nn;

import bnlab.engine.api.Convention;
import bnlab.engine.api.Moments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's BatchNorm and LayerNorm against the rule the app's axes view uses (bnlab.app.axes.AxisNorm):
 * means and biased variances from {@link Moments}, per column for BN and per row for LN, then
 * x_hat = (x - mu) / sqrt(var + eps). Checked on the view's hand-made batch, whose statistics are whole
 * numbers a class computes by hand (the same oracle values the app's AxisNormTest checks), and on random
 * batches. Also the claims of lesson 10: a batch of 1 is refused by BN in training and fine for LN; LN
 * treats each sample alone and is the same in train and eval mode; BN is not.
 */
class NormAxesTest {
    private static final DataType D = DataType.DOUBLE;
    private static final double EPS = 1e-5;
    /** bnlab.app.axes.HandBatch: column means 2 3 4 5 6, variances 4 5 9 10 12; row means 2 6 4 4, variances 2 10 10 10. */
    static final double[][] HAND = {{4, 2, 1, 3, 0}, {0, 6, 7, 9, 8}, {4, 0, 1, 7, 8}, {0, 4, 7, 1, 8}};

    @BeforeAll
    static void setUp() {
        Nd4jSetup.singleThreaded();
    }

    private static double[][] rows(double[][] x, int n) {
        return java.util.Arrays.copyOf(x, n);
    }

    // the app's rule: BN per column, LN per row, statistics by Moments
    static double[][] byRule(double[][] x, boolean perColumn) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[perColumn ? d : n];
        double[] var = new double[mean.length];
        if (perColumn) {
            Moments.columns(i -> x[i / d][i % d], n, d, mean, var);
        } else {
            for (int i = 0; i < n; i++) {
                Moments.Of m = Moments.of(x[i]);
                mean[i] = m.mean();
                var[i] = m.var();
            }
        }
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                int k = perColumn ? j : i;
                out[i][j] = (x[i][j] - mean[k]) / Math.sqrt(var[k] + EPS);
            }
        }
        return out;
    }

    private static INDArray bn(double[][] x, boolean training) {
        BatchNorm b = new BatchNorm(x[0].length, Convention.PYTORCH, 0.1, EPS, D);
        return b.forward(Nd4j.create(x).castTo(D), training);
    }

    private static INDArray ln(double[][] x, boolean training) {
        return new LayerNorm(x[0].length, EPS, D).forward(Nd4j.create(x).castTo(D), training);
    }

    private static void assertSame(double[][] expected, INDArray actual, double tol, String what) {
        assertEquals(expected.length, actual.rows(), what);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(expected[i][j], actual.getDouble(i, j), tol, what + " [" + i + ", " + j + "]");
            }
        }
    }

    @Test
    void handMadeBatchAgreesWithTheRuleAndWithTheHandComputedValues() {
        assertSame(byRule(HAND, true), bn(HAND, true), 1e-12, "BN");
        assertSame(byRule(HAND, false), ln(HAND, true), 1e-12, "LN");
        // by hand: feature 3 has mu 4 and var 9, so 1 -> (1 - 4) / 3; sample 2 has mu 6 and var 10
        assertEquals(-3 / Math.sqrt(9 + EPS), bn(HAND, true).getDouble(0, 2), 1e-12);
        assertEquals((0 - 3) / Math.sqrt(5 + EPS), bn(HAND, true).getDouble(2, 1), 1e-12); // feature 2: mu 3, var 5
        assertEquals((0 - 6) / Math.sqrt(10 + EPS), ln(HAND, true).getDouble(1, 0), 1e-12);
        assertEquals((4 - 2) / Math.sqrt(2 + EPS), ln(HAND, true).getDouble(0, 0), 1e-12);
    }

    @Test
    void randomBatchesAgreeWithTheRule() {
        Random r = new Random(10);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + r.nextInt(9);
            int d = 2 + r.nextInt(9);
            double[][] x = new double[n][d];
            for (double[] row : x) {
                for (int j = 0; j < d; j++) {
                    row[j] = 3 * r.nextGaussian() + 5 * r.nextDouble();
                }
            }
            assertSame(byRule(x, true), bn(x, true), 1e-10, "BN " + n + "x" + d);
            assertSame(byRule(x, false), ln(x, true), 1e-10, "LN " + n + "x" + d);
        }
    }

    /** BN in training refuses a batch of 1 (its one value per column has variance 0); LN normalizes the sample. */
    @Test
    void aBatchOfOneIsRefusedByBatchNormAndFineForLayerNorm() {
        double[][] one = rows(HAND, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bn(one, true));
        assertTrue(e.getMessage().startsWith("Expected more than 1 value per channel when training"), e.getMessage());
        // the view's rule shows what BN would compute: 0 / sqrt(0 + eps) = 0 in every column
        for (double v : byRule(one, true)[0]) {
            assertEquals(0.0, v);
        }
        assertSame(byRule(one, false), ln(one, true), 1e-12, "LN of one sample");
    }

    /** LN normalizes each sample alone, the same in train and eval mode; BN depends on the batch and the mode. */
    @Test
    void layerNormTreatsEachSampleAloneAndIsTheSameInBothModes() {
        INDArray all = ln(HAND, true);
        for (int i = 0; i < HAND.length; i++) {
            INDArray alone = ln(new double[][] {HAND[i]}, true);
            for (int j = 0; j < HAND[i].length; j++) {
                assertEquals(all.getDouble(i, j), alone.getDouble(0, j), 1e-12, "sample " + i);
            }
        }
        assertEquals(all, ln(HAND, false), "LN: eval mode computes what train mode does");
        assertNotEquals(bn(HAND, true).getDouble(0, 1), bn(rows(HAND, 2), true).getDouble(0, 1),
                "BN: sample 1's result depends on which samples share its batch");
        // fresh running statistics (mean 0, var 1): eval mode computes (x - 0) / sqrt(1 + eps), not x_hat
        assertEquals(4 / Math.sqrt(1 + EPS), bn(HAND, false).getDouble(0, 0), 1e-12);
        assertNotEquals(bn(HAND, true).getDouble(0, 0), bn(HAND, false).getDouble(0, 0));
    }
}
