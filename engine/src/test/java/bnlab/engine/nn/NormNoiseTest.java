package bnlab.engine.nn;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.ArchKind;
import bnlab.engine.api.Convention;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LossKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The noise after a normalization ("noisy BN"): its draws, its formula in both modes, and its chain rule. */
class NormNoiseTest {
    @BeforeAll
    static void setUp() {
        Nd4jSetup.singleThreaded();
    }

    @Test
    void theDrawsStayInTheirRangesAndAverageToTheirExpectations() {
        double a = 1;
        NormNoise n = new NormNoise(50, 1, 3, 0, a);
        double sumS = 0;
        double sumM = 0;
        double lo = Double.MAX_VALUE;
        double hi = 0;
        int count = 0;
        for (long t = 1; t <= 2000; t++) {
            n.draw(t);
            for (int j = 0; j < 50; j++) {
                double s = n.scale(j);
                double m = n.shift(j);
                assertTrue(m >= -a && m <= a, "m in [-a, a]: " + m);
                assertTrue(s >= 1 / (1 + a) && s <= 1 + a, "s in [1 / (1 + a), 1 + a]: " + s);
                lo = Math.min(lo, s);
                hi = Math.max(hi, s);
                sumS += s;
                sumM += m;
                count++;
            }
        }
        // by hand: E[s] = (2 - 1/2) / (2 ln 2) = 1.0820 for a = 1; E[m] = 0; 100,000 draws: sd of the mean ~ 0.0013
        assertEquals(1.5 / (2 * Math.log(2)), NormNoise.expectedScale(1), 1e-15);
        assertEquals(1.0820, NormNoise.expectedScale(1), 1e-4);
        assertEquals(NormNoise.expectedScale(a), sumS / count, 0.006);
        assertEquals(0, sumM / count, 0.01);
        assertTrue(lo < 0.52 && hi > 1.98, "the draws reach both ends: " + lo + " to " + hi);
    }

    @Test
    void aStepsDrawDependsOnTheStepTheLayerAndTheSeedAlone() {
        NormNoise n = new NormNoise(4, 1, 7, 1, 0.5);
        n.draw(12);
        double s = n.scale(2);
        double m = n.shift(2);
        n.draw(13);
        assertNotEquals(s, n.scale(2), "a new step, new values");
        NormNoise again = new NormNoise(4, 1, 7, 1, 0.5);
        again.draw(12);
        assertEquals(s, again.scale(2), 0.0, "the same step, whatever came before");
        assertEquals(m, again.shift(2), 0.0);
        NormNoise otherLayer = new NormNoise(4, 1, 7, 2, 0.5);
        otherLayer.draw(12);
        assertNotEquals(s, otherLayer.scale(2));
        NormNoise otherSeed = new NormNoise(4, 1, 8, 1, 0.5);
        otherSeed.draw(12);
        assertNotEquals(s, otherSeed.scale(2));
        assertThrows(IllegalArgumentException.class, () -> new NormNoise(4, 1, 7, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new NormNoise(4, 1, 7, 1, Double.NaN));
    }

    /** In float32 each value is the formula in double, rounded once (the same as in float64, then cast). */
    @ParameterizedTest
    @CsvSource({"DOUBLE", "FLOAT"})
    void trainModeShiftsAndStretchesEachUnitAndEvalModeTakesTheMeanScale(DataType type) {
        // 2 units with 3 positions each (a conv block's channels): columns 0-2 are unit 0, 3-5 unit 1
        NormNoise n = new NormNoise(2, 3, 1, 0, 2);
        n.draw(5);
        INDArray y = Nd4j.create(new double[][]{{1, -2, 0.5, 3, 0, -1}, {0, 1, 2, -3, 4, 0.25}}).castTo(type);
        INDArray train = n.forward(Mat.wrap(y), true).array().dup();
        INDArray dy = Nd4j.create(new double[][]{{0.5, 1, -1, 2, 0.25, 3}, {1, 1, 1, -1, -1, -1}}).castTo(type);
        INDArray back = n.backward(Mat.wrap(dy)).array().dup();
        INDArray eval = n.forward(Mat.wrap(y), false).array().dup();
        double es = NormNoise.expectedScale(2);
        boolean f = type == DataType.FLOAT;
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 6; c++) {
                int j = c / 3;
                double v = y.getDouble(r, c);
                double want = n.scale(j) * v + n.shift(j);
                assertEquals(f ? (float) want : want, train.getDouble(r, c), 1e-12);
                double grad = n.scale(j) * dy.getDouble(r, c);
                assertEquals(f ? (float) grad : grad, back.getDouble(r, c), 1e-12, "dL/dy = s dL/dy'");
                assertEquals(f ? (float) (es * v) : es * v, eval.getDouble(r, c), 1e-12);
            }
        }
    }

    @Test
    void levelZeroTakesTheNoiseAwayAndANewLevelReplacesIt() {
        NetworkSpec spec = new NetworkSpec(3, List.of(4, 5), 3, ActivationKind.SIGMOID, InitKind.XAVIER, 1.0,
                List.of(NormKind.BATCH, NormKind.BATCH), Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY);
        Network net = Network.build(spec, Network.initialWeights(spec, 5, DataType.DOUBLE),
                Network.BnConfig.defaults(Convention.PYTORCH), DataType.DOUBLE);
        net.setNoise(1, 9, 4);
        NormNoise first = net.blocks().get(1).noise();
        assertEquals(1, first.level());
        net.setNoise(1, 9, 5);
        assertSame(first, net.blocks().get(1).noise(), "the same level keeps the layer and draws step 5");
        NormNoise fresh = new NormNoise(5, 1, 9, 1, 1);
        fresh.draw(5);
        assertEquals(fresh.scale(3), first.scale(3), 0.0);
        net.setNoise(0.5, 9, 5);
        assertEquals(0.5, net.blocks().get(1).noise().level());
        net.setNoise(0, 9, 5);
        assertNull(net.blocks().get(0).noise());
        assertNull(net.blocks().get(1).noise());
    }

    /** Backpropagation through BN (or another norm) and its noise against central differences in float64. */
    @ParameterizedTest
    @CsvSource({
            "SIGMOID, BATCH, BEFORE_ACTIVATION",
            "TANH, BATCH, AFTER_ACTIVATION",
            "ELU, LAYER, BEFORE_ACTIVATION",
    })
    void everyGradientMatchesFiniteDifferencesWithTheNoiseOn(ActivationKind act, NormKind norm, Placement placement) {
        NetworkSpec spec = new NetworkSpec(3, List.of(4, 5), 3, act, InitKind.XAVIER, 1.0, List.of(norm, norm),
                placement, LossKind.SOFTMAX_CROSS_ENTROPY);
        Network net = measuring(spec, 5);
        net.setNoise(1.5, 11, 3);
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.randn(DataType.DOUBLE, 6, 3);
        INDArray t = targets(6);
        double clean = lossWithout(net, x, t);
        assertNotEquals(clean, net.loss().compute(net.forward(x, true), t).value(), 1e-6, "the noise changes the loss");
        everyGradient("noisy " + norm, net, x, t);
    }

    /** A conv block's BN with noise: each channel takes one draw over all its positions. */
    @Test
    void aConvBlocksGradientMatchesFiniteDifferencesWithTheNoiseOn() {
        NetworkSpec spec = new NetworkSpec(16, List.of(2), 3, ActivationKind.TANH, InitKind.XAVIER, 1.0,
                List.of(NormKind.BATCH), Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY, ArchKind.CNN,
                4, 4, 1);
        Network net = measuring(spec, 2);
        net.setNoise(1, 4, 2);
        Nd4j.getRandom().setSeed(8);
        INDArray x = Nd4j.randn(DataType.DOUBLE, 3, 16);
        INDArray t = targets(3);
        everyGradient("noisy conv", net, x, t);
    }

    // a float64 network from seeded weights whose train-mode passes leave the running statistics alone
    private static Network measuring(NetworkSpec spec, long seed) {
        Network net = Network.build(spec, Network.initialWeights(spec, seed, DataType.DOUBLE),
                Network.BnConfig.defaults(Convention.PYTORCH), DataType.DOUBLE);
        net.setUpdateRunningStats(false);
        return net;
    }

    // one-hot targets of 3 classes, row i in class i mod 3
    private static INDArray targets(int rows) {
        INDArray t = Nd4j.zeros(DataType.DOUBLE, rows, 3);
        for (int i = 0; i < rows; i++) {
            t.putScalar(i, i % 3, 1.0);
        }
        return t;
    }

    // each parameter's backpropagated gradient against central differences of the train-mode loss
    private static void everyGradient(String what, Network net, INDArray x, INDArray t) {
        for (Param p : net.params()) {
            net.backward(net.forward(x, true), t);
            INDArray analytic = p.grad().dup();
            FiniteDifferences.assertGradient(what + " " + p.name(), p.value(), analytic,
                    () -> net.loss().compute(net.forward(x, true), t).value());
        }
    }

    private static double lossWithout(Network net, INDArray x, INDArray t) {
        java.util.List<NormNoise> kept = new java.util.ArrayList<>();
        for (HiddenBlock b : net.blocks()) {
            kept.add(b.noise());
            b.setNoise(null);
        }
        double v = net.loss().compute(net.forward(x, true), t).value();
        for (int i = 0; i < kept.size(); i++) {
            net.blocks().get(i).setNoise(kept.get(i));
        }
        return v;
    }
}
