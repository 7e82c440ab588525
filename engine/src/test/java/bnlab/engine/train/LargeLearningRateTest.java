package bnlab.engine.train;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Bundled;
import bnlab.engine.nn.Nd4jSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 7's set-up (3 x 100 ReLU, He init, digits), over seeds: at 0.1 both twins learn; at 3 the plain twin's
 * numbers overflow within a few steps, the BN twin learns, and its weights grow (the 1/a brake of scale
 * invariance: a longer W gets a smaller gradient); at 0.1 its weights keep their length.
 */
class LargeLearningRateTest {
    private static Dataset digits;

    @BeforeAll
    static void load() throws Exception {
        Nd4jSetup.singleThreaded();
        digits = Bundled.digits();
    }

    private static double firstLayerNorm(Twin t) {
        return t.net().blocks().get(0).dense().weights().value().norm2Number().doubleValue();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 7})
    void atThreeThePlainTwinOverflowsAndTheBnTwinLearnsWithGrowingWeights(long seed) {
        ExperimentSpec spec = ExperimentSpec.defaults().withActivation(ActivationKind.RELU).withInit(InitKind.HE, 1)
                .withSeed(seed);
        TwinRunner fast = new TwinRunner(spec, digits, TrainSettings.defaults().withLearningRate(3), DataType.FLOAT);
        TwinRunner slow = new TwinRunner(spec, digits, TrainSettings.defaults().withLearningRate(0.1), DataType.FLOAT);
        double w0 = firstLayerNorm(fast.normalized());
        for (int i = 0; i < 300; i++) {
            fast.step();
            slow.step();
        }
        double bnAcc = fast.evaluate(fast.normalized()).testAcc();
        double bnSlow = slow.evaluate(slow.normalized()).testAcc();
        double plainSlow = slow.evaluate(slow.plain()).testAcc();
        System.out.printf("seed %d, eta 0.1: test accuracy BN %.3f, plain %.3f%n", seed, bnSlow, plainSlow);
        assertTrue(bnSlow > 0.9 && plainSlow > 0.9, "at 0.1 both twins learn");
        double wFast = firstLayerNorm(fast.normalized());
        double wSlow = firstLayerNorm(slow.normalized());
        System.out.printf("seed %d, eta 3: plain %s; BN test accuracy %.3f; BN ||W_1|| %.1f -> %.1f (at eta 0.1: %.1f)%n",
                seed, fast.plain().divergence(), bnAcc, w0, wFast, wSlow);
        assertTrue(fast.plain().diverged(), "the plain twin overflows");
        assertTrue(((Number) fast.plain().divergence().arg(0)).longValue() <= 10, "within a handful of steps");
        assertFalse(fast.normalized().diverged());
        assertTrue(bnAcc > 0.9, "the BN twin learns: " + bnAcc);
        assertTrue(wFast > 1.4 * w0, "at eta 3 the BN twin's weights grow: " + w0 + " -> " + wFast);
        assertTrue(Math.abs(wSlow - w0) < 0.1 * w0, "at eta 0.1 they keep their length: " + w0 + " -> " + wSlow);
    }
}
