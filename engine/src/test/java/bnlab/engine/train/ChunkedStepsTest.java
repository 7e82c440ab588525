package bnlab.engine.train;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Bundled;
import bnlab.engine.nn.Nd4jSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Steps in chunks (one hand-over for several steps, the next batches gathered ahead) compute the same bits
 * as one step at a time: over epochs, across batch-size changes, with a twin diverging inside a chunk.
 */
class ChunkedStepsTest {
    private static Dataset digits;

    @BeforeAll
    static void load() throws Exception {
        Nd4jSetup.singleThreaded();
        digits = Bundled.digits();
    }

    @Test
    void chunksGiveTheSameLossesAndWeightsAsSingleSteps() {
        ExperimentSpec spec = ExperimentSpec.defaults().withSeed(9);
        TrainSettings s = TrainSettings.defaults().withLearningRate(0.3).withBatchSize(40).withOptimizerMomentum(0.5);
        // chunk sizes cycling through 1..MAX, the batch size changed twice (a chunk then gathers again)
        int[] sizes = {3, 8, 1, 5, 8, 2, 7, 8, 4, 6};
        try (TwinThreads parallel = TwinThreads.parallel()) {
            TwinRunner chunked = new TwinRunner(spec, digits, s, DataType.FLOAT, parallel);
            TwinRunner single = new TwinRunner(spec, digits, s, DataType.FLOAT, TwinThreads.sequential());
            int done = 0;
            int epochs = 0;
            for (int c = 0; done < 700; c++) {
                if (c == 30 || c == 70) {
                    TrainSettings other = s.withBatchSize(c == 30 ? 33 : 40);
                    chunked.apply(other);
                    single.apply(other);
                }
                int k = sizes[c % sizes.length];
                boolean traced = c % 4 == 0;
                chunked.steps(k, traced);
                assertEquals(k, chunked.lastSteps());
                for (int j = 0; j < k; j++) {
                    single.step(traced && j == k - 1);
                    assertSameLoss(single.normalized(), chunked.normalized().stepLoss(j), "BN twin, step " + (done + j + 1));
                    assertSameLoss(single.plain(), chunked.plain().stepLoss(j), "plain twin, step " + (done + j + 1));
                }
                done += k;
                assertEquals(single.stepCount(), chunked.stepCount());
                assertEquals(single.epoch(), chunked.epoch());
                epochs = chunked.epoch();
                if (traced) {
                    assertEquals(done, chunked.normalized().trace().step(), "the chunk's last step traced");
                    assertEquals(single.plain().trace().blocks().get(0).weightGradNorm(),
                            chunked.plain().trace().blocks().get(0).weightGradNorm());
                }
            }
            assertTrue(epochs >= 15, "over many epochs: " + epochs);
            TwinThreadsTest.assertSameParams(single.normalized().net().params(), chunked.normalized().net().params());
            TwinThreadsTest.assertSameParams(single.plain().net().params(), chunked.plain().net().params());
            chunked.close();
            single.close();
        }
    }

    @Test
    void aTwinThatDivergesInsideAChunkRecordsNaNFromThatStepOn() {
        // ReLU at eta 3: the plain twin overflows within a handful of steps, the BN twin does not
        ExperimentSpec spec = ExperimentSpec.defaults().withActivation(ActivationKind.RELU).withInit(InitKind.HE, 1)
                .withSeed(3);
        TrainSettings s = TrainSettings.defaults().withLearningRate(3);
        try (TwinThreads parallel = TwinThreads.parallel()) {
            TwinRunner chunked = new TwinRunner(spec, digits, s, DataType.FLOAT, parallel);
            TwinRunner single = new TwinRunner(spec, digits, s, DataType.FLOAT, TwinThreads.sequential());
            List<Double> plainLosses = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                chunked.steps(TwinRunner.MAX_CHUNK, false);
                for (int j = 0; j < TwinRunner.MAX_CHUNK; j++) {
                    single.step(false);
                    assertSameLoss(single.plain(), chunked.plain().stepLoss(j), "plain twin");
                    assertSameLoss(single.normalized(), chunked.normalized().stepLoss(j), "BN twin");
                    plainLosses.add(chunked.plain().stepLoss(j));
                }
            }
            assertTrue(chunked.plain().diverged(), "the plain twin diverged");
            assertEquals(single.plain().divergence(), chunked.plain().divergence(), "at the same step, for the same reason");
            assertTrue(Double.isFinite(plainLosses.get(0)) && Double.isNaN(plainLosses.get(plainLosses.size() - 1)),
                    "finite losses, then NaN: " + plainLosses);
        }
    }

    @Test
    void aChunkHasOneToMaxSteps() {
        TwinRunner r = new TwinRunner(ExperimentSpec.defaults(), digits, TrainSettings.defaults(), DataType.FLOAT);
        assertThrows(IllegalArgumentException.class, () -> r.steps(0, false));
        assertThrows(IllegalArgumentException.class, () -> r.steps(TwinRunner.MAX_CHUNK + 1, false));
        assertEquals(0, r.stepCount(), "nothing ran");
    }

    // the loss a single step recorded: NaN once the twin diverged (as the history keeps it)
    private static void assertSameLoss(Twin single, double chunked, String what) {
        double expected = single.diverged() ? Double.NaN : single.lastLoss();
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(chunked), what);
    }
}
