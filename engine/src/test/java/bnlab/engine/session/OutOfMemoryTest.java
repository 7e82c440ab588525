package bnlab.engine.session;

import bnlab.engine.api.Command;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.RunProblem;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Synthetic;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A network the panel allows (8 x 1024 units, batches of 4096) ran the packaged app's 1 GiB out of memory while
 * tracing a step: the engine thread died, training stayed at "playing, 0 steps/s" and Reset did nothing. Now the
 * twins go back to what last took a step, and the snapshot's problem says why, with the numbers.
 */
class OutOfMemoryTest {
    private static final Dataset MOONS = Synthetic.moons(400, 0.15, 5);
    private static final ExperimentSpec FITS = ExperimentSpec.defaults().withHidden(List.of(16, 16));

    @Test
    void theTwinsGoBackToTheExperimentThatLastTookAStep() throws InterruptedException {
        CommandHandler h = new CommandHandler(DataType.FLOAT, new AtomicReference<>());
        try {
            h.build(FITS, TrainSettings.defaults().withBatchSize(32), MOONS);
            h.apply(new Command.Step(3));
            while (!h.idle()) {
                h.paceAndStep(true);
            }
            // the larger experiment is built; its first step is where the memory ran out
            h.apply(new Command.Rebuild(ExperimentSpec.defaults().withHidden(List.of(64, 64, 64)), MOONS));
            h.apply(new Command.Play());
            h.outOfMemory();
            Snapshot s = h.snapshot();
            assertEquals(FITS.hidden(), s.spec().hidden(), "back to the experiment that fitted");
            assertEquals(32, s.settings().batchSize());
            assertFalse(s.playing(), "training stopped");
            assertEquals(RunProblem.OUT_OF_MEMORY, s.problem().code());
            assertEquals(List.of("3 x 64", 32, Runtime.getRuntime().maxMemory() / (1024 * 1024), true),
                    s.problem().args());
            // and the engine goes on: a step runs
            h.apply(new Command.Step(1));
            while (!h.idle()) {
                h.paceAndStep(true);
            }
            assertEquals(1, h.snapshot().step());
        } finally {
            h.close();
        }
    }

    @Test
    void withoutAStepYetTheyGoBackToTheDefaultExperimentOnTheSameData() {
        CommandHandler h = new CommandHandler(DataType.FLOAT, new AtomicReference<>());
        try {
            h.build(ExperimentSpec.defaults().withHidden(List.of(40, 30)), TrainSettings.defaults(), MOONS);
            h.outOfMemory();
            Snapshot s = h.snapshot();
            assertEquals(ExperimentSpec.defaults().hidden(), s.spec().hidden());
            assertEquals("moons", s.datasetName().substring(0, 5));
            assertEquals(List.of("40, 30", TrainSettings.defaults().batchSize(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), false), s.problem().args());
        } finally {
            h.close();
        }
    }
}
