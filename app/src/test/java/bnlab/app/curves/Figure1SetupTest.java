package bnlab.app.curves;

import bnlab.engine.Engine;
import bnlab.engine.api.Command;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the bundled digits the window's first experiment is the Figure 1 set-up and makes Figure 1's point (the band
 * without BN drifts, BN's stays put) at the window's default learning rate; from N(0, 1) weights (saturated from the
 * start) the point does not show, and the view says so.
 */
class Figure1SetupTest {
    private static Snapshot train(ExperimentSpec spec, double lr, int steps) throws Exception {
        Dataset digits = Engine.load(DatasetId.DIGITS, null);
        try (SessionHandle s = Engine.start(spec, TrainSettings.defaults().withLearningRate(lr),
                digits)) {
            s.send(new Command.Step(steps));
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (s.latest().step() < steps && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            return s.latest();
        }
    }

    @Test
    void theFirstExperimentShowsTheDriftAndLargeWeightsAreSaidToBeTooEasy() throws Exception {
        assertEquals(ExperimentSpec.figure1(42), bnlab.app.controls.ExperimentCommands.firstExperiment());
        assertEquals(ExperimentSpec.FIGURE1_LEARNING_RATE, TrainSettings.defaults().learningRate());
        Snapshot fig1 = train(bnlab.app.controls.ExperimentCommands.firstExperiment(),
                TrainSettings.defaults().learningRate(), 1500);
        double plain = Drift.of(fig1.plain().history().percentiles());
        double bn = Drift.of(fig1.normalized().history().percentiles());
        assertTrue(Drift.shows(fig1.plain().history().percentiles(), fig1.normalized().history().percentiles()),
                "Figure 1 set-up: plain drift " + plain + ", BN drift " + bn);
        Snapshot first = train(ExperimentSpec.defaults(), 0.1, 1500);
        assertFalse(Drift.shows(first.plain().history().percentiles(), first.normalized().history().percentiles()),
                "N(0, 1) weights: plain drift " + Drift.of(first.plain().history().percentiles()) + ", BN drift "
                        + Drift.of(first.normalized().history().percentiles()));
    }
}
