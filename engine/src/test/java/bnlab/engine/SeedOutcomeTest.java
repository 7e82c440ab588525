package bnlab.engine;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.SeedOutcome;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.train.TwinRunner;
import bnlab.engine.train.TwinThreads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One seed's outcome is what twins built from that seed and stepped by hand measure after the same steps,
 * on the whole test set; its count of samples ahead is the difference of the two twins' counts of right
 * answers; a diverged twin gives NaN and no count.
 */
class SeedOutcomeTest {
    private static Dataset digits;

    @BeforeAll
    static void load() throws Exception {
        digits = Engine.load(DatasetId.DIGITS, null);
    }

    @Test
    void theOutcomeIsTheTwinsStepByStepAccuracyOnTheWholeTestSet() {
        ExperimentSpec spec = ExperimentSpec.defaults().withActivation(ActivationKind.RELU).withInit(InitKind.HE, 1)
                .withSeed(5);
        TrainSettings s = TrainSettings.defaults().withBatchSize(16);
        SeedOutcome o = Engine.outcome(spec, s, digits, 150);
        assertEquals(5, o.seed());
        assertEquals(16, o.batchSize());
        assertEquals(150, o.steps());

        TwinRunner r = new TwinRunner(spec, digits, s, DataType.FLOAT, TwinThreads.sequential(), 0, Integer.MAX_VALUE);
        for (int i = 0; i < 150; i++) {
            r.step(false);
        }
        double[] a = r.testAccuracyBoth();
        assertEquals(r.evalTestSize(), o.testRows(), "the whole test set");
        r.close();
        assertEquals(a[0], o.normalizedTest(), "BN twin, bit for bit");
        assertEquals(a[1], o.plainTest(), "plain twin, bit for bit");
        // counts: each accuracy is right / rows, and the lead is the difference of the counts
        long bnRight = Math.round(a[0] * o.testRows());
        long plainRight = Math.round(a[1] * o.testRows());
        assertEquals(a[0] * o.testRows(), bnRight, 1e-6);
        assertEquals(bnRight - plainRight, o.samplesAhead());
        assertFalse(o.diverged());
    }

    @Test
    void anotherSeedIsAnotherExperimentAndTheSameSeedTheSameOne() {
        ExperimentSpec spec = ExperimentSpec.defaults().withSeed(1);
        TrainSettings s = TrainSettings.defaults();
        SeedOutcome one = Engine.outcome(spec, s, digits, 60);
        SeedOutcome again = Engine.outcome(spec, s, digits, 60);
        SeedOutcome two = Engine.outcome(spec.withSeed(2), s, digits, 60);
        assertEquals(one, again);
        assertNotEquals(one.normalizedTest() + " " + one.plainTest(), two.normalizedTest() + " " + two.plainTest());
    }

    @Test
    void aDivergedTwinGivesNaNAndNoCount() {
        // ReLU, He init, learning rate 3: the plain twin overflows within a handful of steps (LargeLearningRateTest)
        ExperimentSpec spec = ExperimentSpec.defaults().withActivation(ActivationKind.RELU).withInit(InitKind.HE, 1)
                .withSeed(42);
        SeedOutcome o = Engine.outcome(spec, TrainSettings.defaults().withLearningRate(3), digits, 100);
        assertTrue(Double.isNaN(o.plainTest()), "plain: " + o.plainTest());
        assertFalse(Double.isNaN(o.normalizedTest()));
        assertTrue(o.diverged());
        assertEquals(0, o.samplesAhead());
    }

    @Test
    void backgroundThreadsAreDaemonsThatRunTheirTaskAtTheLowestPriority() throws Exception {
        int[] priority = new int[1];
        Thread t = Engine.backgroundThreads("seeds").newThread(() -> priority[0] = Thread.currentThread().getPriority());
        assertTrue(t.isDaemon());
        assertEquals("seeds", t.getName());
        t.start();
        t.join(10_000);
        assertEquals(Thread.MIN_PRIORITY, priority[0]);
    }
}
