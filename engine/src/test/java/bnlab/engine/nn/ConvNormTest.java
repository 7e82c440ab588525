package bnlab.engine.nn;

import bnlab.engine.api.BatchBlock;
import bnlab.engine.api.Convention;
import bnlab.engine.api.NormAxes;
import bnlab.engine.api.NormKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The conv block's normalizations (BN per channel, LN per sample, IN per sample and channel, GN per
 * sample and group) and RMSNorm for [N, D]: finite differences in float64 for every input and
 * parameter gradient, hand values on a small [2, 3, 2, 2] batch, the source material's [4, 1, 3, 3]
 * example, and the pooled sets against {@link NormAxes}, the rule the app draws.
 */
class ConvNormTest {
    private static final DataType D = DataType.DOUBLE;
    private static final double EPS = 1e-5;
    private static final NormKind[] KINDS = {NormKind.BATCH, NormKind.LAYER, NormKind.INSTANCE, NormKind.GROUP};

    /** [2, 3, 2, 2]: sample 0 channels {1,2,3,4} {0,0,4,4} {2,2,2,6}; sample 1 {5,6,7,8} {8,8,0,0} {-2,-2,-2,2}. */
    static final double[] SMALL = {1, 2, 3, 4, 0, 0, 4, 4, 2, 2, 2, 6,
                                   5, 6, 7, 8, 8, 8, 0, 0, -2, -2, -2, 2};

    @BeforeAll
    static void setUp() {
        Nd4jSetup.singleThreaded();
    }

    static ConvNorm norm(NormKind kind, int c, int h, int w, int groups) {
        return new ConvNorm(kind, c, h, w, groups, Convention.PYTORCH, 0.1, EPS, D);
    }

    static double loss(Layer l, INDArray x, INDArray r) {
        return l.forward(x, true).mul(r).sumNumber().doubleValue();
    }

    @Test
    void everyKindsGradientsMatchFiniteDifferences() {
        Random rng = new Random(11);
        for (NormKind kind : KINDS) {
            assertGradients(kind.name(), norm(kind, 4, 3, 2, 2), 3, rng);
        }
    }

    /**
     * dx, dgamma and dbeta of a [4 channels, 3 x 2] normalization on a random batch of n images, against central
     * differences of the loss sum(y * r) in float64 (running statistics left alone).
     */
    static void assertGradients(String what, ConvNorm n, int images, Random rng) {
        n.setUpdateRunningStats(false);
        n.gamma().value().assign(ConvLayersTest.randn(rng, 1, 4).muli(0.5).addi(1));
        n.beta().value().assign(ConvLayersTest.randn(rng, 1, 4));
        INDArray x = ConvLayersTest.randn(rng, images, 4, 3, 2).muli(2).addi(0.5);
        INDArray r = ConvLayersTest.randn(rng, images, 24);
        loss(n, x, r);
        INDArray dx = n.backward(r).dup();
        INDArray dg = n.gamma().grad().dup();
        INDArray db = n.beta().grad().dup();
        FiniteDifferences.assertGradient(what + " dx", x, dx, () -> loss(n, x, r));
        FiniteDifferences.assertGradient(what + " dgamma", n.gamma().value(), dg, () -> loss(n, x, r));
        FiniteDifferences.assertGradient(what + " dbeta", n.beta().value(), db, () -> loss(n, x, r));
    }

    @Test
    void rmsNormGradientsMatchFiniteDifferences() {
        Random rng = new Random(12);
        RMSNorm n = new RMSNorm(5, EPS, D);
        n.gamma().value().assign(ConvLayersTest.randn(rng, 1, 5).muli(0.5).addi(1));
        n.beta().value().assign(ConvLayersTest.randn(rng, 1, 5));
        INDArray x = ConvLayersTest.randn(rng, 4, 5).addi(0.7);
        INDArray r = ConvLayersTest.randn(rng, 4, 5);
        loss(n, x, r);
        INDArray dx = n.backward(r).dup();
        INDArray dg = n.gamma().grad().dup();
        INDArray db = n.beta().grad().dup();
        FiniteDifferences.assertGradient("rms dx", x, dx, () -> loss(n, x, r));
        FiniteDifferences.assertGradient("rms dgamma", n.gamma().value(), dg, () -> loss(n, x, r));
        FiniteDifferences.assertGradient("rms dbeta", n.beta().value(), db, () -> loss(n, x, r));
    }

    /** y = x / sqrt(mean(x^2) + eps) per sample, no mean subtracted: [3, 4] -> mean square 12.5. */
    @Test
    void rmsNormDividesByTheRootMeanSquare() {
        RMSNorm n = new RMSNorm(2, EPS, D);
        INDArray y = n.forward(Nd4j.create(new double[]{3, 4, 1, 1}, new long[]{2, 2}, D), true);
        double r = Math.sqrt(12.5 + EPS);
        double r1 = Math.sqrt(1 + EPS);
        assertArrayEquals(new double[]{3 / r, 4 / r, 1 / r1, 1 / r1}, y.data().asDouble(), 1e-12);
        assertEquals(12.5, n.meanSquare(0), 1e-12);
        assertNull(n.runningMean());
    }

    /** Per-channel BN statistics of the [2, 3, 2, 2] batch, by hand: each over 2 * 4 = 8 values. */
    @Test
    void batchNormStatisticsPerChannelByHand() {
        ConvNorm n = norm(NormKind.BATCH, 3, 2, 2, 1);
        INDArray y = n.forward(Nd4j.create(SMALL, new long[]{2, 3, 2, 2}, D), true);
        // channel 0: 1..8, mean 4.5, var (64 - 1) / 12 = 5.25; channel 1: {0,0,4,4,8,8,0,0} mean 3, var 88 / 8 = 11;
        // channel 2: {2,2,2,6,-2,-2,-2,2} mean 1, var 7
        double[] mean = {4.5, 3, 1};
        double[] var = {5.25, 11, 7};
        for (int c = 0; c < 3; c++) {
            assertEquals(mean[c], n.meanOf(0, c), 1e-12);
            assertEquals(mean[c], n.meanOf(1, c), 1e-12);
            assertEquals(var[c], n.varOf(1, c), 1e-12);
        }
        double[] out = y.data().asDouble();
        for (int i = 0; i < 24; i++) {
            int c = (i / 4) % 3;
            assertEquals((SMALL[i] - mean[c]) / Math.sqrt(var[c] + EPS), out[i], 1e-12, "value " + i);
        }
        // PyTorch: running = 0.9 * old + 0.1 * batch, var unbiased with m = 8
        for (int c = 0; c < 3; c++) {
            assertEquals(0.1 * mean[c], n.runningMean().getDouble(c), 1e-12);
            assertEquals(0.9 + 0.1 * var[c] * 8 / 7, n.runningVar().getDouble(c), 1e-12);
        }
        // eval mode normalizes with the running statistics
        INDArray e = n.forward(Nd4j.create(SMALL, new long[]{2, 3, 2, 2}, D), false);
        assertEquals((SMALL[0] - 0.45) / Math.sqrt(0.9 + 0.1 * 5.25 * 8 / 7 + EPS), e.getDouble(0, 0), 1e-12);
    }

    /**
     * A batch of one image: BN still pools H * W values per channel (PyTorch's BatchNorm2d trains on it), so in
     * training mode it normalizes as InstanceNorm does; its gradients match finite differences, and its running
     * variance takes the unbiased variance with m = H * W. Sample 0 of SMALL: channel 0 is {1, 2, 3, 4} (mean 2.5,
     * biased var 1.25, unbiased 5 / 3).
     */
    @Test
    void batchNormOnOneImageNormalizesEachChannelOverItsPositions() {
        double[] one = Arrays.copyOf(SMALL, 12);
        INDArray x = Nd4j.create(one, new long[]{1, 3, 2, 2}, D);
        ConvNorm bn = norm(NormKind.BATCH, 3, 2, 2, 1);
        ConvNorm in = norm(NormKind.INSTANCE, 3, 2, 2, 1);
        assertArrayEquals(in.forward(x, true).data().asDouble(), bn.forward(x, true).data().asDouble(), 1e-12);
        assertEquals(2.5, bn.meanOf(0, 0), 1e-12);
        assertEquals(1.25, bn.varOf(0, 0), 1e-12);
        assertEquals(0.25, bn.runningMean().getDouble(0), 1e-12);
        assertEquals(0.9 + 0.1 * 5.0 / 3, bn.runningVar().getDouble(0), 1e-12);

        assertGradients("batch of 1", norm(NormKind.BATCH, 4, 3, 2, 1), 1, new Random(13));
    }

    /** LN, IN and GN of the same batch by hand. */
    @Test
    void perSampleStatisticsByHand() {
        INDArray x = Nd4j.create(SMALL, new long[]{2, 3, 2, 2}, D);
        ConvNorm ln = norm(NormKind.LAYER, 3, 2, 2, 1);
        ln.forward(x, true);
        // sample 0: 12 values summing 30, mean 2.5; sum of squares 1+4+9+16+0+0+16+16+4+4+4+36 = 110, var 110/12 - 6.25
        assertEquals(2.5, ln.meanOf(0, 2), 1e-12);
        assertEquals(110.0 / 12 - 6.25, ln.varOf(0, 1), 1e-12);
        // sample 1: 5+6+7+8+8+8+0+0-2-2-2+2 = 38
        assertEquals(38.0 / 12, ln.meanOf(1, 0), 1e-12);
        ConvNorm in = norm(NormKind.INSTANCE, 3, 2, 2, 1);
        in.forward(x, true);
        assertEquals(2.5, in.meanOf(0, 0), 1e-12);
        assertEquals(1.25, in.varOf(0, 0), 1e-12);
        assertEquals(2, in.meanOf(0, 1), 1e-12);
        assertEquals(4, in.varOf(0, 1), 1e-12);
        assertEquals(-1, in.meanOf(1, 2), 1e-12);
        assertEquals(3, in.varOf(1, 2), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> norm(NormKind.GROUP, 3, 2, 2, 2));
        ConvNorm gn = norm(NormKind.GROUP, 3, 2, 2, 3); // G = C: instance norm
        gn.forward(x, true);
        for (int n = 0; n < 2; n++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(in.meanOf(n, c), gn.meanOf(n, c), 1e-12);
                assertEquals(in.varOf(n, c), gn.varOf(n, c), 1e-12);
            }
        }
        ConvNorm g1 = norm(NormKind.GROUP, 3, 2, 2, 1); // G = 1: layer norm
        INDArray y1 = g1.forward(x, true).dup();
        assertArrayEquals(ln.forward(x, true).data().asDouble(), y1.data().asDouble(), 1e-12);
    }

    /** The source material's example: a [4, 1, 3, 3] batch normalizes all 36 values of its one channel together. */
    @Test
    void oneChannelBatchIsTheFourByOneByThreeByThreeExample() {
        double[] v = new double[36];
        for (int i = 0; i < 36; i++) {
            v[i] = i;
        }
        INDArray x = Nd4j.create(v, new long[]{4, 1, 3, 3}, D);
        ConvNorm n = norm(NormKind.BATCH, 1, 3, 3, 1);
        INDArray y = n.forward(x, true);
        double var = (36.0 * 36.0 - 1) / 12.0;
        assertEquals(17.5, n.meanOf(3, 0), 1e-12);
        assertEquals(var, n.varOf(0, 0), 1e-9);
        for (int i = 0; i < 36; i++) {
            assertEquals((i - 17.5) / Math.sqrt(var + EPS), y.getDouble(i / 9, i % 9), 1e-12);
        }
        assertEquals(0.9 + 0.1 * var * 36 / 35, n.runningVar().getDouble(0), 1e-9);
    }

    /** Conv BN agrees with the existing BatchNorm's [N, C, H, W] path (channels last), output, gradients, running stats. */
    @Test
    void convBatchNormEqualsBatchNormOn4d() {
        Random rng = new Random(13);
        INDArray x = ConvLayersTest.randn(rng, 3, 4, 2, 3).muli(3).subi(1);
        INDArray r = ConvLayersTest.randn(rng, 3, 4, 2, 3);
        ConvNorm a = norm(NormKind.BATCH, 4, 2, 3, 1);
        BatchNorm b = new BatchNorm(4, Convention.PYTORCH, 0.1, EPS, D);
        INDArray g = ConvLayersTest.randn(rng, 1, 4);
        a.gamma().value().assign(g);
        b.gamma().value().assign(g);
        INDArray ya = a.forward(x, true).dup();
        INDArray yb = b.forward(x, true).dup();
        assertArrayEquals(yb.data().asDouble(), ya.data().asDouble(), 1e-12);
        INDArray da = a.backward(r.reshape(3, 24)).dup();
        INDArray db = b.backward(r).dup();
        assertArrayEquals(db.data().asDouble(), da.data().asDouble(), 1e-12);
        assertArrayEquals(b.gamma().grad().data().asDouble(), a.gamma().grad().data().asDouble(), 1e-12);
        assertArrayEquals(b.runningVar().data().asDouble(), a.runningVar().data().asDouble(), 1e-12);
    }

    /** Each kind's statistics of value (n, c) are NormAxes.stats's pooled set (mean and biased variance). */
    @Test
    void pooledSetsAreNormAxesRule() {
        Random rng = new Random(14);
        int n = 3;
        int c = 4;
        INDArray x = ConvLayersTest.randn(rng, n, c, 2, 3).muli(2).addi(1);
        float[] f = new float[n * c * 6];
        double[] xd = x.data().asDouble();
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) xd[i];
            xd[i] = f[i]; // the block holds floats: compare on the same values
        }
        INDArray xf = Nd4j.create(xd, new long[]{n, c, 2, 3}, D);
        BatchBlock block = new BatchBlock(0, n, c, 2, 3, f);
        for (NormKind kind : KINDS) {
            ConvNorm norm = norm(kind, c, 2, 3, 2);
            norm.forward(xf, true);
            for (int s = 0; s < n; s++) {
                for (int ch = 0; ch < c; ch++) {
                    NormAxes.Pooled p = NormAxes.stats(kind, block, 2, s, ch);
                    assertEquals(p.mean(), norm.meanOf(s, ch), 1e-12, kind + " mean " + s + "," + ch);
                    assertEquals(p.var(), norm.varOf(s, ch), 1e-12, kind + " var " + s + "," + ch);
                }
            }
        }
        // RMSNorm: NormAxes's RMS set is the sample's row; its statistic mean(x^2)
        RMSNorm rms = new RMSNorm(c * 6, EPS, D);
        rms.forward(xf.reshape(n, c * 6), true);
        for (int s = 0; s < n; s++) {
            assertEquals(NormAxes.stats(NormKind.RMS, block, 2, s, 1).meanSquare(), rms.meanSquare(s), 1e-12);
        }
    }

    @Test
    void normalizationsWithoutRunningStatisticsAreTheSameInEvalMode() {
        Random rng = new Random(15);
        INDArray x = ConvLayersTest.randn(rng, 2, 4, 2, 2);
        for (NormKind kind : new NormKind[]{NormKind.LAYER, NormKind.INSTANCE, NormKind.GROUP}) {
            ConvNorm n = norm(kind, 4, 2, 2, 2);
            assertNull(n.runningMean());
            INDArray train = n.forward(x, true).dup();
            assertArrayEquals(train.data().asDouble(), n.forward(x, false).data().asDouble(), 0, kind.name());
        }
    }
}
