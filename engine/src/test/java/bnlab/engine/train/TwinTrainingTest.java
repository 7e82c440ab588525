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
import org.nd4j.linalg.api.ndarray.INDArray;

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

    /** A benchmark asks for other evaluation sizes: the whole test set, or fewer rows. */
    @Test
    void evaluationRowsCanBeChosen() {
        Dataset moons = bnlab.engine.data.Synthetic.moons(3000, 0.1, 3);
        TwinRunner few = new TwinRunner(ExperimentSpec.defaults().withHidden(java.util.List.of(8)), moons,
                TrainSettings.defaults(), DataType.FLOAT, new bnlab.engine.api.EvalRows(100, 50));
        assertEquals(100, few.evalTrainSize());
        assertEquals(50, few.evalTestSize());
        Dataset big = bnlab.engine.data.Synthetic.moons(15000, 0.1, 3);
        TwinRunner all = new TwinRunner(ExperimentSpec.defaults().withHidden(java.util.List.of(8)), big,
                TrainSettings.defaults(), DataType.FLOAT, bnlab.engine.api.EvalRows.FULL_TEST);
        assertEquals(3000, all.evalTestSize(), "every test row, over the app's cap of 2000");
        assertEquals(TwinRunner.EVAL_TRAIN_CAP, all.evalTrainSize());
    }

    /** Twins start from the same Dense weights and see the same batches. */
    @Test
    void twinsShareInitialWeightsAndBatchOrder() {
        ExperimentSpec spec = ExperimentSpec.defaults().withHidden(java.util.List.of(16, 12, 8));
        TrainSettings settings = TrainSettings.defaults().withBatchSize(20);
        TwinRunner r = new TwinRunner(spec, digits, settings, DataType.FLOAT);
        int depth = spec.hidden().size();
        for (int i = 0; i < depth; i++) {
            Dense a = r.normalized().net().blocks().get(i).dense();
            Dense b = r.plain().net().blocks().get(i).dense();
            assertEquals(a.weights().value(), b.weights().value(), "hidden layer " + i);
            org.junit.jupiter.api.Assertions.assertNotSame(a.weights().value(), b.weights().value(), "copies");
        }
        assertEquals(r.normalized().net().outputLayer().weights().value(), r.plain().net().outputLayer().weights().value());
        // the batches: a Batcher with the runner's seed gives the indices of step k; each twin's first-layer
        // input at step k is exactly that batch times its own weights before the step
        INDArray trainX = r.trainingRows(Integer.MAX_VALUE)[0];
        bnlab.engine.data.Batcher batches = new bnlab.engine.data.Batcher(r.trainSize(), 20, spec.seed() * 31 + 17);
        for (int k = 1; k <= 5; k++) {
            int[] idx = batches.next();
            INDArray x = org.nd4j.linalg.factory.Nd4j.pullRows(trainX, 1, idx);
            INDArray zNorm = expectedZ(r.normalized(), x);
            INDArray zPlain = expectedZ(r.plain(), x);
            r.step();
            assertTrue(zNorm.equalsWithEps(r.normalized().net().blocks().get(0).normInput(), 1e-4), "BN twin, step " + k);
            assertTrue(zPlain.equalsWithEps(r.plain().net().blocks().get(0).normInput(), 1e-4), "plain twin, step " + k);
        }
    }

    // z = x W0 + b0 with the twin's current first-layer weights
    private static INDArray expectedZ(Twin t, INDArray x) {
        Dense d = t.net().blocks().get(0).dense();
        return x.mmul(d.weights().value()).addRowVector(d.bias().value());
    }
}
