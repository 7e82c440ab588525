package bnlab.engine.session;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Command;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import bnlab.engine.api.Setting;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.LandscapeResult;
import bnlab.engine.api.LandscapeState;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;

import bnlab.engine.api.Dataset;
import bnlab.engine.data.Synthetic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class TrainingSessionLandscapeTest {
    private static final Dataset MOONS = Synthetic.moons(400, 0.15, 5);
    private static final ExperimentSpec SPEC = ExperimentSpec.defaults().withHidden(List.of(16, 16));

    private static <T> T await(Supplier<T> source, Predicate<T> condition, String what) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            T v = source.get();
            if (v != null && condition.test(v)) {
                return v;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        fail("not reached: " + what + "; last " + source.get());
        return null;
    }

    /**
     * A landscape asked for while steps are still to run is computed once they have run: sent right behind Step(120),
     * it is the landscape of step 120, to the bit the one computed after waiting for the steps (lesson 11's button
     * pressed before its 300 steps were done gave another centre loss at each launch).
     */
    @Test
    void aLandscapeAskedForBehindStepsIsOfTheStepAskedFor() {
        double[] centres = new double[4];
        for (int run = 0; run < 2; run++) {
            try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(32), MOONS)) {
                s.send(new Command.Step(120));
                if (run == 1) {
                    await(s::latest, x -> x.step() == 120, "120 steps first");
                }
                s.send(new Command.ComputeLandscape(5, 0.5, 200, 3));
                LandscapeState done = await(s::latestLandscape, st -> st.result() != null, "a result");
                assertEquals(120, s.latest().step(), "the steps all ran, none during the grid");
                centres[2 * run] = done.result().normalizedCentre();
                centres[2 * run + 1] = done.result().plainCentre();
            }
        }
        assertEquals(centres[2], centres[0], 0.0, "BN twin's centre");
        assertEquals(centres[3], centres[1], 0.0, "plain twin's centre");
    }

    @Test
    void computeLandscapePublishesProgressAndASharedScaleResult() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(32), MOONS)) {
            assertNull(s.latestLandscape());
            s.send(new Command.Step(20));
            await(s::latest, x -> x.step() == 20, "20 steps");
            s.send(new Command.ComputeLandscape(9, 0.5, 200, 3));
            LandscapeState done = await(s::latestLandscape, st -> st.result() != null, "a result");
            assertEquals(1, done.requestId());
            assertFalse(done.running());
            assertEquals(1.0, done.progress());
            LandscapeResult r = done.result();
            assertEquals(9, r.alphas().length);
            assertEquals(9, r.normalized().length);
            assertEquals(9, r.plain()[8].length);
            assertEquals(200, r.samples());
            assertEquals(r.normalizedCentre(), r.normalized()[4][4], 1e-9, "grid centre is theta");
            assertEquals(r.plainCentre(), r.plain()[4][4], 1e-9);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[][] g : List.of(r.normalized(), r.plain())) {
                for (double[] row : g) {
                    for (double v : row) {
                        assertTrue(Double.isFinite(v));
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            assertEquals(min, r.min());
            assertEquals(max, r.max());
            assertTrue(max > min);
            assertEquals(20, s.latest().step(), "no training while computing, and nothing else changed");
            s.send(new Command.Step(2));
            await(s::latest, x -> x.step() == 22, "training continues");
        }
    }

    @Test
    void cancelDuringALargeGridStopsPromptlyAndPlayingResumes() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(32), MOONS)) {
            s.send(new Command.Play());
            await(s::latest, x -> x.step() >= 5, "training");
            s.send(new Command.ComputeLandscape(101, 1.0, 100_000, 1));
            LandscapeState started = await(s::latestLandscape, st -> st.running() && st.progress() > 0, "progress");
            sleep(60); // steps run before the grid started may be published up to one interval late
            long stepWhileComputing = s.latest().step();
            sleep(100);
            assertEquals(stepWhileComputing, s.latest().step(), "training is suspended while the grid runs");
            assertTrue(s.latestLandscape().running(), "a 101x101 grid takes longer than that");
            assertEquals(List.of(Problem.of(RunProblem.LANDSCAPE_ALL_SAMPLES, 320)), started.notes());
            long t0 = System.nanoTime();
            s.send(new Command.CancelLandscape());
            LandscapeState cancelled = await(s::latestLandscape, st -> !st.running(), "cancelled");
            double ms = (System.nanoTime() - t0) / 1e6;
            assertTrue(ms < 1000, "cancel took " + ms + " ms");
            assertNull(cancelled.result());
            assertTrue(cancelled.progress() < 1.0);
            assertEquals(Problem.of(RunProblem.LANDSCAPE_CANCELLED), cancelled.problem());
            await(s::latest, x -> x.step() > stepWhileComputing + 5, "playing resumes after the cancel");
            sleep(50);
            assertEquals(cancelled, s.latestLandscape(), "nothing more is published after a cancel");
        }
    }

    @Test
    void pauseIsHandledBetweenRowsAndANetworkChangeCancels() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(32), MOONS)) {
            s.send(new Command.Play());
            await(s::latest, x -> x.step() >= 5, "training");
            s.send(new Command.ComputeLandscape(101, 1.0, 320, 1));
            await(s::latestLandscape, st -> st.running() && st.progress() > 0, "progress");
            s.send(new Command.Pause());
            await(s::latest, x -> !x.playing(), "Pause applied while the grid runs");
            assertTrue(s.latestLandscape().running(), "Pause does not stop the landscape");
            s.send(new Command.Reset());
            LandscapeState st = await(s::latestLandscape, x -> !x.running(), "cancelled by Reset");
            assertNull(st.result());
            assertEquals(Problem.of(RunProblem.LANDSCAPE_NETWORKS_CHANGED), st.problem());
            long step = await(s::latest, x -> x.step() == 0, "reset done").step();
            sleep(100);
            assertEquals(step, s.latest().step(), "paused during the grid: stays paused afterwards");
        }
    }

    @Test
    void invalidRequestsGiveAMessageAndComputeNothing() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults(), MOONS)) {
            Command[] bad = {new Command.ComputeLandscape(2, 1, 100, 1), new Command.ComputeLandscape(102, 1, 100, 1),
                new Command.ComputeLandscape(11, 0, 100, 1), new Command.ComputeLandscape(11, Double.NaN, 100, 1),
                new Command.ComputeLandscape(11, 1, 0, 1)};
            Setting[] expected = {Setting.LANDSCAPE_GRID, Setting.LANDSCAPE_GRID, Setting.LANDSCAPE_RANGE,
                Setting.LANDSCAPE_RANGE, Setting.LANDSCAPE_SAMPLES};
            for (int i = 0; i < bad.length; i++) {
                long id = i + 1;
                s.send(bad[i]);
                LandscapeState st = await(s::latestLandscape, x -> x.requestId() == id, "request " + id);
                assertFalse(st.running());
                assertNull(st.result());
                assertNotNull(st.problem());
                assertEquals(SettingProblem.OUT_OF_RANGE, st.problem().code());
                assertEquals(expected[i], st.problem().arg(0));
            }
            s.send(new Command.Step(1));
            await(s::latest, x -> x.step() == 1, "the session still trains");
        }
    }

    @Test
    void aDivergedTwinGetsANanGridAndAMessage() {
        ExperimentSpec identity = SPEC.withInit(InitKind.GAUSSIAN, 1.0).withActivation(ActivationKind.IDENTITY);
        try (TrainingSession s = new TrainingSession(identity, TrainSettings.defaults().withBatchSize(32), MOONS)) {
            s.send(new Command.SetLearningRate(100));
            s.send(new Command.Step(50));
            Snapshot snap = await(s::latest, x -> x.plain().diverged() && (x.step() == 50 || x.normalized().diverged()),
                    "steps");
            s.send(new Command.ComputeLandscape(5, 0.5, 50, 1));
            LandscapeState st = await(s::latestLandscape, x -> x.result() != null, "a result");
            snap = s.latest();
            for (boolean bn : new boolean[]{true, false}) {
                boolean diverged = bn ? snap.normalized().diverged() : snap.plain().diverged();
                double[][] g = bn ? st.result().normalized() : st.result().plain();
                assertEquals(diverged, Double.isNaN(g[2][2]), (bn ? "BN" : "plain") + " diverged " + diverged);
            }
            assertTrue(snap.plain().diverged(), "lr 100 makes the plain identity twin diverge");
            assertTrue(st.notes().contains(Problem.of(RunProblem.LANDSCAPE_TWIN_DIVERGED, false)), st.notes().toString());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** The app's surface view on CNN twins (the loss surface over every conv filter and the output layer). */
    @Test
    void aCnnSessionComputesItsLandscape() throws Exception {
        Dataset digits = bnlab.engine.Engine.load(bnlab.engine.api.DatasetId.DIGITS, null);
        try (TrainingSession s = new TrainingSession(ExperimentSpec.defaults(), TrainSettings.defaults(), digits)) {
            s.send(new Command.Step(3));
            s.send(new Command.Rebuild(ExperimentSpec.cnnDefaults().withStandardize(false), digits));
            s.send(new Command.Step(5));
            await(s::latest, x -> x.step() == 5, "5 steps");
            s.send(new Command.ComputeLandscape(25, 1, 512, 1));
            LandscapeState done = await(s::latestLandscape, st -> st.result() != null || st.problem() != null,
                    "a result or a problem");
            assertNull(done.problem(), String.valueOf(done.problem()));
            assertEquals(done.result().normalizedCentre(), done.result().normalized()[12][12], 1e-6);
            assertNull(s.latest().normalized().divergence());
        }
    }
}
