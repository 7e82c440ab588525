package bnlab.engine.api;

import bnlab.engine.nn.BatchNorm;
import bnlab.engine.nn.Nd4jSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The by-hand BN step of lesson 3: its batch comes from the convolution it claims, its numbers are the
 * fractions worked out by hand below, and they equal what the engine's own BatchNorm computes on the
 * same 36 values as a [36, 1] matrix (one channel), under both conventions.
 */
class BnByHandTest {
    private static final double[] X = BnByHandBatch.values();

    @BeforeAll
    static void nd4j() {
        Nd4jSetup.singleThreaded();
    }

    /**
     * The first feature map by hand: image 1's top-left 3x3 patch is (2 0 3 / 1 3 3 / 2 4 1) and
     * K = (1 2 1 / 0 1 0 / -1 -1 -1), so x[0,0,0,0] = (2 + 0 + 3) + (3) - (2 + 4 + 1) = 5 + 3 - 7 = 1.
     */
    @Test
    void theBatchIsTheConvolutionOfTheImages() {
        int[][][] maps = BnByHandBatch.featureMaps();
        assertArrayEquals(new int[] {1, 5, 9}, maps[0][0]);
        assertArrayEquals(new int[] {9, 4, -2}, maps[0][1]);
        assertArrayEquals(new int[] {2, 3, 4}, maps[0][2]);
        // image 3's top-left patch (1 4 4 / 2 3 3 / 0 0 1): (1 + 8 + 4) + 3 - (0 + 0 + 1) = 15
        assertEquals(15, maps[2][0][0]);
        assertEquals(36, X.length);
        assertEquals(1.0, X[0]);
        assertEquals(15.0, X[18], "image 3 starts at index 2 * 9");
        for (double v : X) {
            assertEquals(Math.rint(v), v, "an integer");
            assertEquals(true, v >= -9 && v <= 20, "small: " + v);
        }
    }

    /**
     * By hand: the 36 values add up to 180, so mu = 180 / 36 = 5. Their squared deviations from 5 add
     * up to 900, so the biased variance is 900 / 36 = 25 (standard deviation 5) and the unbiased one
     * 900 / 35 = 180 / 7 = 25.714285...
     */
    @Test
    void theStatisticsAreTheFractionsWorkedOutByHand() {
        BnByHand h = BnByHand.of(X, 1, 0, 1e-5);
        assertEquals(36, h.m());
        assertEquals(180.0, h.sum());
        assertEquals(5.0, h.mean());
        assertEquals(900.0, h.squaredDeviations(), 1e-12);
        assertEquals(25.0, h.biasedVar(), 1e-14);
        assertEquals(180.0 / 7, h.unbiasedVar(), 1e-13);
        // sqrt(25 + 0.00001) = 5.000001 (to 7 decimals: 5 * sqrt(1 + 4e-7) = 5 (1 + 2e-7 - ...))
        assertEquals(5.000001, h.std(), 1e-9);
        // x = 15: x_hat = (15 - 5) / sqrt(25.00001) = 10 / 5.000001 = 1.9999996
        assertEquals(10 / Math.sqrt(25.00001), h.xhat(18), 1e-15);
        assertEquals(1.9999996, h.xhat(18), 1e-7);
        assertEquals(180.0 / 7, h.fedVar(Convention.PYTORCH), 1e-13);
        assertEquals(25.0, h.fedVar(Convention.KERAS), 1e-14);
    }

    /**
     * From running mean 0 and variance 1, one step. PyTorch (m = 0.1): mean 0.9 * 0 + 0.1 * 5 = 0.5,
     * variance 0.9 * 1 + 0.1 * 180/7 = 0.9 + 18/7 = 24.3 / 7 = 3.4714285...
     * Keras (m = 0.99): mean 0.99 * 0 + 0.01 * 5 = 0.05, variance 0.99 * 1 + 0.01 * 25 = 1.24.
     */
    @Test
    void runningStatisticsAfterOneStepByHand() {
        BnByHand h = BnByHand.of(X, 1, 0, 1e-5);
        BnByHand.Running torch = h.runningAfter(Convention.PYTORCH);
        assertEquals(0.5, torch.mean(), 1e-15);
        assertEquals(24.3 / 7, torch.var(), 1e-14);
        BnByHand.Running keras = h.runningAfter(Convention.KERAS);
        assertEquals(0.05, keras.mean(), 1e-15);
        assertEquals(1.24, keras.var(), 1e-14);
        // from given running values: PyTorch 0.9 * 2 + 0.1 * 5 = 2.3; 0.9 * 3 + 0.1 * 180/7 = 2.7 + 18/7
        BnByHand.Running from = h.runningAfter(Convention.PYTORCH, 0.1, new BnByHand.Running(2, 3));
        assertEquals(2.3, from.mean(), 1e-14);
        assertEquals(2.7 + 18.0 / 7, from.var(), 1e-14);
    }

    @Test
    void equalsTheEnginesBatchNormOnThe36ValuesUnderBothConventions() {
        for (Convention c : Convention.values()) {
            for (double[] gb : new double[][] {{1, 0}, {2, 1}, {-0.5, 3}}) {
                compareWithBatchNorm(X, c, gb[0], gb[1], BnByHand.Running.START);
            }
        }
    }

    @Test
    void equalsTheEnginesBatchNormOnOtherValuesAndRunningStarts() {
        Random r = new Random(11);
        double[] v = new double[20];
        for (int i = 0; i < v.length; i++) {
            v[i] = 3 + 2 * r.nextGaussian();
        }
        compareWithBatchNorm(v, Convention.PYTORCH, 1.7, -0.4, new BnByHand.Running(2, 3));
        compareWithBatchNorm(v, Convention.KERAS, 0.6, 0.9, new BnByHand.Running(-1, 0.5));
    }

    private static void compareWithBatchNorm(double[] v, Convention c, double gamma, double beta,
                                             BnByHand.Running start) {
        String at = c + " gamma " + gamma + " beta " + beta;
        BatchNorm bn = new BatchNorm(1, c, c.defaultMomentum(), c.defaultEps(), DataType.DOUBLE);
        bn.gamma().value().assign(gamma);
        bn.beta().value().assign(beta);
        bn.runningMean().assign(start.mean());
        bn.runningVar().assign(start.var());
        INDArray y = bn.forward(Nd4j.create(v, new long[] {v.length, 1}, DataType.DOUBLE), true);
        BnByHand h = BnByHand.of(v, gamma, beta, c.defaultEps());
        assertEquals(bn.batchMean()[0], h.mean(), 1e-13, at);
        assertEquals(bn.batchVar()[0], h.biasedVar(), 1e-12, at);
        for (int i = 0; i < v.length; i++) {
            assertEquals(bn.xhat().getDouble(i, 0), h.xhat(i), 1e-13, at + " x_hat " + i);
            assertEquals(y.getDouble(i, 0), h.y(i), 1e-13, at + " y " + i);
        }
        BnByHand.Running after = h.runningAfter(c, c.defaultMomentum(), start);
        assertEquals(bn.runningMean().getDouble(0), after.mean(), 1e-13, at + " running mean");
        assertEquals(bn.runningVar().getDouble(0), after.var(), 1e-12, at + " running var");
    }

    /** The [4, 1, 3, 3] layout pools the same 36 values: the engine's BatchNorm on the 4-d batch agrees too. */
    @Test
    void theFourDimensionalBatchGivesTheSameStatistics() {
        BatchNorm bn = new BatchNorm(1, Convention.KERAS, 0.99, 1e-3, DataType.DOUBLE);
        INDArray y = bn.forward(Nd4j.create(X, new long[] {4, 1, 3, 3}, DataType.DOUBLE), true);
        BnByHand h = BnByHand.of(X, 1, 0, 1e-3);
        assertEquals(5.0, bn.batchMean()[0], 1e-13);
        assertEquals(25.0, bn.batchVar()[0], 1e-12);
        double[] flat = y.reshape(36).toDoubleVector();
        for (int i = 0; i < 36; i++) {
            assertEquals(h.y(i), flat[i], 1e-13);
        }
        assertEquals(1.24, bn.runningVar().getDouble(0), 1e-13);
    }

    /** gamma = sqrt(var + eps), beta = mu gives y = x back, value by value. */
    @Test
    void undoingGivesTheValuesBack() {
        BnByHand u = BnByHand.of(X, 2, 1, 1e-3).undone();
        assertEquals(Math.sqrt(25.001), u.gamma(), 1e-15);
        assertEquals(5.0, u.beta());
        for (int i = 0; i < 36; i++) {
            assertEquals(X[i], u.y(i), 1e-12);
        }
    }

    /**
     * The lesson's backward pass by hand: L = the sum of y over image 1, so dy = 1 on its nine values. With mean 5
     * and standard deviation 5 (eps 1e-5 moves the fifth digit at most): dbeta = 9, dgamma = sum over image 1 of
     * (x - 5) / 5 = (35 - 45) / 5 = -2, and dx_i = (36 dy_i - 9 + 2 x_hat_i) / (36 * 5): image 1's first value
     * x = 1 (x_hat = -0.8) gets 25.4 / 180; image 2's first, x = 3 (x_hat = -0.4), gets -9.8 / 180.
     */
    @Test
    void theLessonsBackwardPassByHand() {
        double[] dy = BnByHandBatch.lossGradient();
        assertEquals(9, java.util.Arrays.stream(dy).sum());
        BnByHand.Backward b = BnByHand.of(X, 1, 0, 1e-5).backward(dy);
        assertEquals(9, b.sumDy(), 1e-15);
        assertEquals(-2, b.sumDyXhat(), 1e-5);
        assertEquals(25.4 / 180, b.dx(0), 1e-6);
        assertEquals(-9.8 / 180, b.dx(9), 1e-6);
        assertEquals(35, X[0] + X[1] + X[2] + X[3] + X[4] + X[5] + X[6] + X[7] + X[8], "image 1's values");
    }

    /**
     * dx against central differences of L = sum dy_i y_i in double, and against the engine's own BatchNorm backward
     * (float64), on the lesson's batch and on random values, gammas, betas and dy.
     */
    @Test
    void theBackwardPassEqualsCentralDifferencesAndTheEnginesBatchNorm() {
        Random r = new Random(5);
        for (int t = 0; t < 4; t++) {
            double[] v = t == 0 ? X : new double[7 + 9 * t];
            for (int i = 0; t > 0 && i < v.length; i++) {
                v[i] = 2 - t + 3 * r.nextGaussian();
            }
            double[] dy = new double[v.length];
            for (int i = 0; i < dy.length; i++) {
                dy[i] = r.nextGaussian();
            }
            double gamma = t == 0 ? 1 : 0.5 + r.nextDouble() * 2;
            double beta = t == 0 ? 0 : r.nextGaussian();
            BnByHand h = BnByHand.of(v, gamma, beta, 1e-5);
            BnByHand.Backward b = h.backward(dy);
            double[] numeric = h.numericDx(dy, 1e-6);
            double scale = 0;
            for (double d : b.dx()) {
                scale = Math.max(scale, Math.abs(d));
            }
            for (int i = 0; i < v.length; i++) {
                // (L(x + h e_i) - L(x - h e_i)) / 2h, each L from its own forward pass
                double[] up = v.clone();
                double[] down = v.clone();
                up[i] += 1e-6;
                down[i] -= 1e-6;
                double lu = 0;
                double ld = 0;
                double[] yu = BnByHand.of(up, gamma, beta, 1e-5).y();
                double[] yd = BnByHand.of(down, gamma, beta, 1e-5).y();
                for (int j = 0; j < v.length; j++) {
                    lu += dy[j] * yu[j];
                    ld += dy[j] * yd[j];
                }
                assertEquals((lu - ld) / 2e-6, b.dx(i), 1e-7 * (1 + scale), "dx " + i + " of case " + t);
                assertEquals(b.dx(i), numeric[i], 1e-7 * (1 + scale), "the view's own check");
            }
            BatchNorm bn = new BatchNorm(1, Convention.PYTORCH, 0.1, 1e-5, DataType.DOUBLE);
            bn.gamma().value().assign(gamma);
            bn.beta().value().assign(beta);
            bn.forward(Nd4j.create(v, new long[] {v.length, 1}, DataType.DOUBLE), true);
            INDArray dx = bn.backward(Nd4j.create(dy, new long[] {dy.length, 1}, DataType.DOUBLE));
            for (int i = 0; i < v.length; i++) {
                assertEquals(dx.getDouble(i, 0), b.dx(i), 1e-12 * (1 + scale), "engine dx " + i + " of case " + t);
            }
            assertEquals(bn.beta().grad().getDouble(0), b.sumDy(), 1e-12, "dbeta");
            assertEquals(bn.gamma().grad().getDouble(0), b.sumDyXhat(), 1e-12, "dgamma");
        }
    }

    /**
     * Invariants of the training-mode backward pass: sum_i dx_i = 0 (shifting every x alike changes no x_hat) and
     * sum_i dx_i x_hat_i = 0 up to eps (nor does scaling them), so a dy that is the same everywhere passes nothing back.
     */
    @Test
    void theGradientThroughBnSumsToZeroAndAUniformDyPassesNothing() {
        BnByHand h = BnByHand.of(X, 1.5, 0.3, 1e-5);
        BnByHand.Backward b = h.backward(BnByHandBatch.lossGradient());
        double sum = 0;
        double along = 0;
        for (int i = 0; i < X.length; i++) {
            sum += b.dx(i);
            along += b.dx(i) * h.xhat(i);
        }
        assertEquals(0, sum, 1e-14);
        // sum x_hat_i^2 = m var / (var + eps), not m: gamma / sqrt(var + eps) * dgamma * eps / (var + eps) is left
        assertEquals(h.gamma() / h.std() * b.sumDyXhat() * h.eps() / (h.biasedVar() + h.eps()), along, 1e-15);
        double[] same = new double[X.length];
        java.util.Arrays.fill(same, 2.5);
        for (double d : h.backward(same).dx()) {
            assertEquals(0, d, 1e-14);
        }
        assertThrows(IllegalArgumentException.class, () -> h.backward(new double[3]));
    }

    @Test
    void refusesFewerThanTwoValues() {
        assertThrows(IllegalArgumentException.class, () -> BnByHand.of(new double[] {3}, 1, 0, 1e-5));
    }

    @Test
    void handsOutCopies() {
        BnByHand h = BnByHand.of(X, 1, 0, 1e-5);
        h.x()[0] = 99;
        h.y()[0] = 99;
        assertEquals(1.0, h.x(0));
        assertEquals(h.xhat(0), h.y(0));
    }
}
