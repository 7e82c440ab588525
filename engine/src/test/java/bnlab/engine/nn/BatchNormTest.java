package bnlab.engine.nn;

import bnlab.engine.api.Convention;

import bnlab.engine.nn.Nd4jSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchNormTest {
    private static final DataType D = DataType.DOUBLE;

    @BeforeAll
    static void setUp() {
        Nd4jSetup.singleThreaded();
        Nd4j.getRandom().setSeed(7);
    }

    private static INDArray randn(long... shape) {
        return Nd4j.randn(D, shape);
    }

    /** L = sum(y * r) for a fixed random r, so dL/dy = r. */
    private static double loss(BatchNorm bn, INDArray x, INDArray r) {
        bn.setUpdateRunningStats(false);
        return bn.forward(x, true).mul(r).sumNumber().doubleValue();
    }

    private static BatchNorm bnWithRandomAffine(int c) {
        BatchNorm bn = new BatchNorm(c, Convention.PYTORCH, 0.1, 1e-5, D);
        bn.gamma().value().assign(randn(1, c).muli(0.5).addi(1.0));
        bn.beta().value().assign(randn(1, c));
        return bn;
    }

    @Test
    void backwardMatchesFiniteDifferencesFor2d() {
        BatchNorm bn = bnWithRandomAffine(5);
        INDArray x = randn(8, 5).muli(3).addi(2);
        INDArray r = randn(8, 5);
        loss(bn, x, r);
        INDArray dx = bn.backward(r).dup();
        FiniteDifferences.assertGradient("dx", x, dx, () -> loss(bn, x, r));
        loss(bn, x, r);
        bn.backward(r);
        INDArray dGamma = bn.gamma().grad().dup();
        INDArray dBeta = bn.beta().grad().dup();
        FiniteDifferences.assertGradient("dgamma", bn.gamma().value(), dGamma, () -> loss(bn, x, r));
        FiniteDifferences.assertGradient("dbeta", bn.beta().value(), dBeta, () -> loss(bn, x, r));
    }

    @Test
    void backwardMatchesFiniteDifferencesFor4d() {
        BatchNorm bn = bnWithRandomAffine(3);
        INDArray x = randn(4, 3, 2, 3).muli(2).subi(1);
        INDArray r = randn(4, 3, 2, 3);
        loss(bn, x, r);
        INDArray dx = bn.backward(r).dup();
        assertArrayEquals(x.shape(), dx.shape());
        FiniteDifferences.assertGradient("dx 4d", x, dx, () -> loss(bn, x, r));
        loss(bn, x, r);
        bn.backward(r);
        FiniteDifferences.assertGradient("dgamma 4d", bn.gamma().value(), bn.gamma().grad().dup(), () -> loss(bn, x, r));
    }

    /** The source material's one-channel batch [4, 1, 3, 3]: all 36 values share one mean and variance. */
    @Test
    void oneChannelBatchNormalizesAll36ValuesTogether() {
        double[] v = new double[36];
        for (int i = 0; i < 36; i++) {
            v[i] = i; // 0..35: mean 17.5, biased variance (36^2 - 1) / 12 = 107.9166...
        }
        INDArray x = Nd4j.create(v, new long[]{4, 1, 3, 3}, D);
        BatchNorm bn = new BatchNorm(1, Convention.PYTORCH, 0.1, 1e-5, D);
        INDArray y = bn.forward(x, true);
        double var = (36.0 * 36.0 - 1) / 12.0;
        for (int i = 0; i < 36; i++) {
            assertEquals((i - 17.5) / Math.sqrt(var + 1e-5), y.reshape(36).getDouble(i), 1e-12);
        }
        assertEquals(17.5, bn.batchMean()[0], 1e-12);
        assertEquals(var, bn.batchVar()[0], 1e-9);
        // PyTorch: running_var = 0.9 * 1 + 0.1 * var * 36 / 35
        assertEquals(0.9 + 0.1 * var * 36 / 35, bn.runningVar().getDouble(0), 1e-9);
        assertEquals(0.1 * 17.5, bn.runningMean().getDouble(0), 1e-12);
    }

    /** Running statistics after three steps, by hand, for both conventions. */
    @Test
    void runningStatisticsMatchHandComputationUnderBothConventions() {
        double[][] batches = {{1, 2, 3, 6}, {0, 4, 4, 8}, {-2, 2, 5, 3}};
        BatchNorm torch = new BatchNorm(1, Convention.PYTORCH, 0.1, 1e-5, D);
        BatchNorm keras = new BatchNorm(1, Convention.KERAS, 0.99, 1e-3, D);
        double tMean = 0;
        double tVar = 1;
        double kMean = 0;
        double kVar = 1;
        for (double[] b : batches) {
            double mu = (b[0] + b[1] + b[2] + b[3]) / 4;
            double var = 0;
            for (double v : b) {
                var += (v - mu) * (v - mu) / 4;
            }
            tMean = 0.9 * tMean + 0.1 * mu;
            tVar = 0.9 * tVar + 0.1 * var * 4 / 3;
            kMean = 0.99 * kMean + 0.01 * mu;
            kVar = 0.99 * kVar + 0.01 * var;
            INDArray x = Nd4j.create(b, new long[]{4, 1}, D);
            torch.forward(x, true);
            keras.forward(x, true);
        }
        assertEquals(tMean, torch.runningMean().getDouble(0), 1e-12);
        assertEquals(tVar, torch.runningVar().getDouble(0), 1e-12);
        assertEquals(kMean, keras.runningMean().getDouble(0), 1e-12);
        assertEquals(kVar, keras.runningVar().getDouble(0), 1e-12);
    }

    @Test
    void evalModeUsesRunningStatistics() {
        BatchNorm bn = bnWithRandomAffine(2);
        bn.runningMean().assign(Nd4j.create(new double[]{1.5, -2}, new long[]{1, 2}, D));
        bn.runningVar().assign(Nd4j.create(new double[]{4, 0.25}, new long[]{1, 2}, D));
        INDArray x = Nd4j.create(new double[]{3.5, 0}, new long[]{1, 2}, D);
        INDArray y = bn.forward(x, false);
        for (int c = 0; c < 2; c++) {
            double g = bn.gamma().value().getDouble(c);
            double b = bn.beta().value().getDouble(c);
            double expected = g * (x.getDouble(c) - bn.runningMean().getDouble(c))
                    / Math.sqrt(bn.runningVar().getDouble(c) + 1e-5) + b;
            assertEquals(expected, y.getDouble(0, c), 1e-12);
        }
    }

    @Test
    void batchOfOneInTrainingModeIsRefusedWithAClearMessage() {
        BatchNorm bn = new BatchNorm(3, Convention.PYTORCH, 0.1, 1e-5, D);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bn.forward(randn(1, 3), true));
        assertTrue(e.getMessage().contains("Expected more than 1 value per channel when training"), e.getMessage());
        assertEquals(0.0, bn.runningMean().sumNumber().doubleValue(), "running stats untouched");
        // eval mode with a batch of one is fine
        assertTrue(FiniteDifferences.allFinite(bn.forward(randn(1, 3), false)));
    }

    /** BN(a W u) = BN(W u), and dL/d(aW) = dL/dW / a. */
    @Test
    void scaleInvarianceOfWeightsFeedingBatchNorm() {
        INDArray u = randn(6, 4);
        INDArray w = randn(4, 3);
        INDArray r = randn(6, 3);
        double a = 7.5;
        double[] results = new double[2];
        INDArray[] grads = new INDArray[2];
        for (int k = 0; k < 2; k++) {
            double scale = k == 0 ? 1.0 : a;
            Dense dense = new Dense(w.mul(scale), Nd4j.zeros(D, 1, 3), true);
            BatchNorm bn = new BatchNorm(3, Convention.PYTORCH, 0.1, 0.0, D);
            INDArray y = bn.forward(dense.forward(u, true), true);
            results[k] = y.mul(r).sumNumber().doubleValue();
            dense.backward(bn.backward(r));
            grads[k] = dense.weights().grad().dup();
        }
        assertEquals(results[0], results[1], 1e-9);
        assertTrue(grads[0].div(a).equalsWithEps(grads[1], 1e-9), "gradient scaled by 1/a");
    }
}
