package bnlab.app;

import bnlab.engine.api.Command;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.TrainSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The frame log's change-to-frame latency, on given times (no clock). */
class FrameLogTest {
    private static final long MS = 1_000_000L;

    private static bnlab.engine.api.Snapshot showing(long version, double learningRate) {
        return Snapshots.at(version, version, TrainSettings.defaults().withLearningRate(learningRate),
                ExperimentSpec.defaults(), null);
    }

    /** Each frame's line: its number, the interval and the work in ms, and the step the engine had reached. */
    @Test
    void eachFrameSaysItsIntervalWorkAndStep() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "frame-log-test")).resolve("steps.txt");
        try (FrameLog log = new FrameLog(file)) {
            log.frame(1000 * MS, 2 * MS, -1); // the twins still building: not counted
            log.frame(1016 * MS, 3 * MS, 40); // the first frame with the engine's state
            log.frame(1033 * MS, 4 * MS, 57);
            log.frame(1050 * MS, 5 * MS, 90);
        }
        java.util.List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(java.util.List.of("1 17.000 4.000 57", "2 17.000 5.000 90"), lines);
        assertTrue(Files.readString(file).contains("# summary training 50 steps in 0.0 s"), Files.readString(file));
    }

    @Test
    void aChangeIsMeasuredToTheFirstFrameThatShowsItApplied() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "frame-log-test")).resolve("frames.txt");
        try (FrameLog log = new FrameLog(file)) {
            log.changeSent(new Command.SetLearningRate(0.2), 1000 * MS);
            log.shown(showing(1, 0.1), 1010 * MS); // published before the engine applied it
            assertEquals(0, log.changes().count());
            log.shown(showing(2, 0.2), 1030 * MS);
            assertEquals(1, log.changes().count());
            assertEquals(30.0, log.changes().max(), 1e-9);

            // a drag: three values sent, the engine applies them together; the last one is measured
            log.changeSent(new Command.SetLearningRate(0.3), 2000 * MS);
            log.changeSent(new Command.SetLearningRate(0.4), 2005 * MS);
            log.changeSent(new Command.SetLearningRate(0.5), 2010 * MS);
            log.shown(showing(3, 0.5), 2050 * MS);
            assertEquals(2, log.changes().count());
            assertEquals(40.0, log.changes().max(), 1e-9);

            // a refused value never shows: after 2 s it is counted apart, not measured
            log.changeSent(new Command.SetLearningRate(-1), 3000 * MS);
            log.shown(showing(4, 0.5), 5001 * MS);
            assertEquals(2, log.changes().count());
        }
        String text = Files.readString(file);
        assertTrue(text.contains("# summary change-to-frame frames 2"), text);
        assertTrue(text.contains("1 not shown within 2 s"), text);
    }
}
