package bnlab.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.app.FrameLog;
import bnlab.app.Snapshots;
import bnlab.engine.api.Command;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.TrainSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmark reads back what {@link FrameLog} writes: launch line, frames after the skipped seconds, steps/s. */
class FrameBenchmarkTest {
    private static final long MS = 1_000_000L;

    @Test
    void readsTheLaunchAndTheFramesAfterTheSkippedSeconds() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "frame-benchmark-test")).resolve("frames.log");
        try (FrameLog log = new FrameLog(file)) {
            log.frame(1000 * MS, MS, -1); // the twins still building: the window's first frame, not counted
            log.frame(1016 * MS, MS, 40); // the first frame with the engine's state: the launch line
            log.frame(1033 * MS, MS, 57); // at 0.017 s: skipped
            log.frame(1050 * MS, MS, 90); // at 0.034 s
            log.frame(2050 * MS, MS, 120); // at 1.034 s
            log.changeSent(new Command.SetLearningRate(0.2), 3000 * MS);
            log.shown(showing(0.2), 3030 * MS); // 30 ms
            log.changeSent(new Command.SetLearningRate(0.3), 4000 * MS);
            log.shown(showing(0.3), 4055 * MS); // 55 ms
            log.changeSent(new Command.SetLearningRate(-1), 5000 * MS); // refused: never shown
            log.shown(showing(0.3), 7001 * MS);
        }
        FrameBenchmark.Run run = FrameBenchmark.read(file, 0.02);
        assertEquals(2, run.intervals().count());
        assertEquals(1000.0, run.intervals().max(), 1e-9);
        assertEquals(17.0, run.intervals().quantile(0.5), 1e-9);
        // (120 - 90) steps over the 1 s between the two kept frames
        assertEquals(30.0, run.stepsPerSecond(), 1e-9);
        assertTrue(run.firstFrameMs() >= 0, "the launch line was read");
        assertEquals(2, run.changes().count());
        assertEquals(55.0, run.changes().max(), 1e-9);
        assertEquals(1, run.changes().slowerThan(50));
        assertEquals(1, run.unshown());
        assertTrue(Files.readString(file).contains("the window's first frame"), Files.readString(file));
    }

    private static bnlab.engine.api.Snapshot showing(double learningRate) {
        return Snapshots.at(1, 1, TrainSettings.defaults().withLearningRate(learningRate), ExperimentSpec.defaults(), null);
    }

    @Test
    void aPlaceLineSaysWhereANodeIs() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "frame-benchmark-test")).resolve("place.log");
        try (FrameLog log = new FrameLog(file)) {
            log.place("lr-slider", null);
        }
        assertTrue(Files.readString(file).contains("# place #lr-slider not shown"), Files.readString(file));
    }

    @Test
    void aMissingLogIsAnEmptyRun() throws Exception {
        FrameBenchmark.Run run = FrameBenchmark.read(Path.of("target", "frame-benchmark-test", "absent.log"), 0);
        assertEquals(0, run.intervals().count());
        assertEquals(-1, run.firstFrameMs());
    }
}
