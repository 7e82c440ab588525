package bnlab.engine.train;

import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.data.Bundled;
import bnlab.engine.api.Dataset;
import bnlab.engine.nn.Dense;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.TrainSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end on the real digits data: what BN buys, measured, over several fixed seeds. */
class TwinTrainingTest {
    private static Dataset digits;

    @BeforeAll
    static void load() throws Exception {
        Nd4jSetup.singleThreaded();
        digits = Bundled.digits();
    }

    private static int stepsToTestAccuracy(TwinRunner r, boolean bnTwin, double target, int maxSteps) {
        for (int i = 1; i <= maxSteps; i++) {
            r.step();
            if (i % 25 == 0) {
                Twin t = bnTwin ? r.normalized() : r.plain();
                if (r.evaluate(t).testAcc() >= target) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** 3 x 100 sigmoid, N(0, 1) init, lr 0.1, batch 60: BN reaches 85% test accuracy in fewer steps. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void batchNormReachesTheAccuracyInFewerSteps(long seed) {
        TrainSettings s = TrainSettings.defaults().withLearningRate(0.1);
        ExperimentSpec spec = ExperimentSpec.defaults().withSeed(seed);
        int bn = stepsToTestAccuracy(new TwinRunner(spec, digits, s, DataType.FLOAT), true, 0.85, 800);
        int plain = stepsToTestAccuracy(new TwinRunner(spec, digits, s, DataType.FLOAT), false, 0.85, 800);
        assertTrue(bn < plain, "seed " + seed + ": BN needed " + bn + " steps, plain " + plain);
        assertTrue(bn <= 300, "seed " + seed + ": BN needed " + bn + " steps");
    }

    /** At lr 10 the plain twin's sigmoids saturate and it stays at chance; the BN twin learns and stays finite. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void batchNormToleratesALearningRateWhereThePlainNetworkFails(long seed) {
        TwinRunner r = new TwinRunner(ExperimentSpec.defaults().withSeed(seed), digits,
                TrainSettings.defaults().withLearningRate(10), DataType.FLOAT);
        for (int i = 0; i < 300; i++) {
            r.step();
        }
        Evaluation.Result bn = r.evaluate(r.normalized());
        Evaluation.Result plain = r.evaluate(r.plain());
        assertTrue(Double.isFinite(r.normalized().lastLoss()), "BN loss finite");
        assertFalse(r.normalized().diverged());
        assertTrue(bn.testAcc() > 0.9, "BN test accuracy " + bn.testAcc());
        assertTrue(plain.testAcc() < 0.3, "plain test accuracy " + plain.testAcc());
    }

    /** Large data sets are evaluated on a capped, fixed subset so measuring stays cheap. */
    @Test
    void evaluationIsCappedOnLargeDataSets() {
        Dataset moons = bnlab.engine.data.Synthetic.moons(3000, 0.1, 3);
        TwinRunner r = new TwinRunner(ExperimentSpec.defaults().withHidden(java.util.List.of(8)), moons,
                TrainSettings.defaults(), DataType.FLOAT);
        assertEquals(2400, r.trainSize());
        assertEquals(TwinRunner.EVAL_TRAIN_CAP, r.evalTrainSize());
        assertEquals(600, r.evalTestSize(), "600 test rows: under the cap");
        r.step();
        Evaluation.Result e = r.evaluate(r.normalized());
        assertTrue(e.testAcc() >= 0 && e.testAcc() <= 1);
        assertEquals(8, e.population().get(0).mean().length);
    }

    /** Twins start from the same Dense weights and see the same batches. */
    @Test
    void twinsShareInitialWeightsAndBatchOrder() {
        TwinRunner r = new TwinRunner(ExperimentSpec.defaults(), digits, TrainSettings.defaults(), DataType.FLOAT);
        for (int i = 0; i < 4; i++) {
            Dense a = r.normalized().net().blocks().get(i < 3 ? i : 0).dense();
            Dense b = r.plain().net().blocks().get(i < 3 ? i : 0).dense();
            assertEquals(a.weights().value(), b.weights().value());
        }
        assertEquals(r.normalized().net().outputLayer().weights().value(), r.plain().net().outputLayer().weights().value());
        r.step();
        HiddenBlock bn0 = r.normalized().net().blocks().get(0);
        HiddenBlock plain0 = r.plain().net().blocks().get(0);
        // same batch and same first-layer weights: identical pre-normalization input at the first step
        assertEquals(plain0.normInput().dup(), bn0.normInput().dup());
    }
}
