package bnlab.engine.train;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Bundled;
import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.nn.NormNoise;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Santurkar et al.'s "noisy BN" on the Figure 1 twins (the bundled digits, 3 x 100 sigmoid units, N(0, 0.1^2)
 * weights, learning rate 0.1): the twin with BN and noise sees its last layer's input jump about from evaluation to
 * evaluation, far more than the plain twin's drifts, and still learns about as fast as BN alone.
 */
class NoisyBnTrainingTest {
    private static Dataset digits;

    @BeforeAll
    static void load() throws Exception {
        Nd4jSetup.singleThreaded();
        digits = Bundled.digits();
    }

    @Test
    void moreShiftThanWithoutBnYetItLearnsAsFast() {
        TrainSettings s = TrainSettings.defaults().withLearningRate(ExperimentSpec.FIGURE1_LEARNING_RATE)
                .withProbeUnit(0).withBnNoise(1);
        TwinRunner r = new TwinRunner(ExperimentSpec.figure1(42), digits, s, DataType.FLOAT);
        double noisyPath = 0;
        double plainPath = 0;
        double[] last = null;
        int noisy90 = -1;
        for (int step = 0; step <= 400; step++) {
            if (step > 0) {
                r.step(false);
            }
            if (step % 20 == 0) {
                Evaluation.Result[] e = r.evaluateBoth();
                double[] med = {e[0].unitInput().p50(), e[1].unitInput().p50()};
                if (last != null) {
                    noisyPath += Math.abs(med[0] - last[0]);
                    plainPath += Math.abs(med[1] - last[1]);
                }
                last = med;
                if (noisy90 < 0 && e[0].testAcc() >= 0.9) {
                    noisy90 = step;
                }
            }
        }
        double[] acc = r.testAccuracyBoth();
        r.close();
        // measured: the noisy twin's median travels 14.9 against the plain twin's 0.24 in 400 steps; 90 % at step 80;
        // test accuracy at step 400 0.958 against 0.198
        assertTrue(noisyPath > 20 * plainPath, "the noisy band moves more: " + noisyPath + " vs " + plainPath);
        assertTrue(noisy90 > 0 && noisy90 <= 160, "the noisy twin passes 90 % early: step " + noisy90);
        assertTrue(acc[0] > 0.93 && acc[1] < 0.5, "at step 400: " + acc[0] + " vs " + acc[1]);
    }

    @Test
    void theNoiseFollowsTheSettingsAndSurvivesAReset() {
        TrainSettings s = TrainSettings.defaults().withBnNoise(0.5);
        TwinRunner r = new TwinRunner(ExperimentSpec.figure1(3), digits, s, DataType.FLOAT);
        NormNoise n = r.normalized().net().blocks().get(2).noise();
        assertNotNull(n);
        assertEquals(0.5, n.level());
        assertNull(r.plain().net().blocks().get(2).noise(), "the plain twin has no normalization to add it to");
        r.step(false);
        r.step(false);
        NormNoise expected = new NormNoise(100, 1, 3, 2, 0.5);
        expected.draw(r.stepCount());
        assertEquals(expected.shift(17), n.shift(17), 0.0, "the last step's draw");
        r.resetTwin(true);
        assertEquals(0.5, r.normalized().net().blocks().get(0).noise().level(), "a rebuilt twin keeps its noise");
        r.apply(s.withBnNoise(0));
        assertNull(r.normalized().net().blocks().get(0).noise());
        r.close();
    }
}
