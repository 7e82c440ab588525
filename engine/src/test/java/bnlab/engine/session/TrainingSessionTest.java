package bnlab.engine.session;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Command;
import bnlab.engine.api.Convention;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import bnlab.engine.api.Series;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Setting;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinHistory;
import bnlab.engine.data.Synthetic;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class TrainingSessionTest {
    private static final Dataset MOONS = Synthetic.moons(400, 0.15, 5);
    private static final ExperimentSpec SPEC = ExperimentSpec.defaults().withHidden(List.of(16, 16));

    static Snapshot await(SessionHandle s, Predicate<Snapshot> condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Snapshot snap = s.latest();
            if (condition.test(snap)) {
                return snap;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        fail("condition not reached; last snapshot step " + s.latest().step() + " problem " + s.latest().problem());
        return null;
    }

    // whether the session comes to idle within a minute
    private static boolean awaitIdle(TrainingSession s) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!s.idle() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        return s.idle();
    }

    /**
     * idle(): every command sent applied and the steps it asked for run and published. A render waited for a quiet
     * spell of snapshots instead, and on a busy machine (training runs at the lowest priority) stopped waiting for a
     * lesson step's 60 steps at step 21.
     */
    @Test
    void idleMeansEveryCommandAppliedAndItsStepsPublished() throws Exception {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(32), MOONS)) {
            await(s, x -> x.step() == 0);
            assertTrue(s.idle(), "built, nothing asked");
            for (int round = 1; round <= 5; round++) {
                s.send(new Command.Step(40));
                assertFalse(s.idle(), "a command sent and not yet applied");
                assertTrue(awaitIdle(s));
                assertEquals(40L * round, s.latest().step(), "idle only once the steps are run and published");
            }
            s.send(new Command.Play());
            Thread.sleep(100);
            assertFalse(s.idle(), "playing");
            s.send(new Command.Pause());
            await(s, x -> !x.playing());
            assertTrue(awaitIdle(s), "paused");
        }
    }

    @Test
    void singleStepsPublishProbesForEveryHiddenLayer() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(32), MOONS)) {
            assertEquals(0, s.latest().step());
            // before the first step the views see the networks as they start: probes of step 0, and the
            // look changed nothing (running statistics still at their initial 0 and 1)
            Snapshot start = s.latest();
            assertEquals(2, start.normalized().layers().size(), "probes before the first step");
            assertEquals(0, start.normalized().probeStep());
            assertEquals(0.0, start.normalized().layers().get(0).units().get(0).runningMean());
            assertEquals(1.0, start.normalized().layers().get(0).units().get(0).runningVar());
            assertTrue(start.normalized().layers().get(0).units().get(0).batchVar() > 0);
            s.send(new Command.Step(3));
            Snapshot snap = await(s, x -> x.step() == 3);
            assertEquals(2, snap.normalized().layers().size());
            assertEquals(3, snap.normalized().probeStep());
            LayerProbe p = snap.normalized().layers().get(1);
            assertNotNull(p.histograms().xhat());
            assertEquals(32 * 16, p.histograms().normInput().n(), "pooled histogram counts batch x units");
            assertEquals(0.0, p.histograms().xhat().mean(), 1e-5, "x_hat is centred over the batch");
            assertTrue(p.signalNorm() > 0 && p.weightGradNorm() > 0);
            assertNull(snap.plain().layers().get(0).histograms().xhat());
            assertEquals(NormKind.NONE, snap.plain().norm());
            assertEquals(NormKind.BATCH, snap.normalized().norm());
            assertTrue(Double.isFinite(snap.normalized().testAcc()));
        }
    }

    /** The training threads leave the window's threads first call on the cores: the lowest Java priority. */
    @Test
    void trainingThreadsRunAtTheLowestPriority() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(20), MOONS)) {
            s.send(new Command.Step(3));
            await(s, x -> x.step() == 3);
            List<Thread> training = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("bnlab-engine") || t.getName().equals("bnlab-twin")).toList();
            assertTrue(training.stream().anyMatch(t -> t.getName().equals("bnlab-engine")), "the engine thread runs");
            for (Thread t : training) {
                assertEquals(Thread.MIN_PRIORITY, t.getPriority(), t.getName());
            }
            if (System.getProperty("os.name").startsWith("Linux")) {
                for (String name : List.of("bnlab-engine", "bnlab-twin")) {
                    List<Integer> p = policies(name); // another test's session may still be closing
                    assertTrue(!p.isEmpty() && p.stream().allMatch(x -> x == 5), name + ": SCHED_IDLE on Linux " + p);
                }
                assertEquals(0, policy(java.nio.file.Path.of("/proc/thread-self")), "the caller stays as it was");
            }
        }
        assertEquals(Thread.NORM_PRIORITY, Thread.currentThread().getPriority(), "the caller's priority is its own");
    }

    /** The scheduling policy of each thread so named (field 41 of /proc/self/task/<tid>/stat). */
    private static List<Integer> policies(String name) {
        List<Integer> out = new java.util.ArrayList<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path t : tasks.toList()) {
                try {
                    if (java.nio.file.Files.readString(t.resolve("comm")).strip().equals(name)) {
                        out.add(policy(t));
                    }
                } catch (java.io.IOException | java.io.UncheckedIOException gone) {
                    // a thread that ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static int policy(java.nio.file.Path task) {
        try {
            String stat = java.nio.file.Files.readString(task.resolve("stat"));
            return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[41 - 3]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void sameSeedGivesIdenticalSnapshots() {
        Snapshot[] results = new Snapshot[2];
        for (int k = 0; k < 2; k++) {
            try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(20), MOONS)) {
                s.send(new Command.Step(7));
                results[k] = await(s, x -> x.step() == 7);
            }
        }
        assertDeepEquals("normalized", results[0].normalized(), results[1].normalized());
        assertDeepEquals("plain", results[0].plain(), results[1].plain());
    }

    /**
     * A session started in the background: commands sent before its twins are built wait and apply, and
     * it gives the same snapshot as a blocking start; a spec it cannot build fails ready() with its problem.
     */
    @Test
    void aBackgroundStartQueuesCommandsAndReportsItsFailure() throws Exception {
        TrainSettings settings = TrainSettings.defaults().withBatchSize(20);
        Snapshot blocking;
        try (TrainingSession s = new TrainingSession(SPEC, settings, MOONS)) {
            s.send(new Command.Step(5));
            blocking = await(s, x -> x.step() == 5);
        }
        try (TrainingSession s = TrainingSession.inBackground(SPEC, settings, MOONS)) {
            s.send(new Command.Step(5)); // before the twins exist
            s.ready().toCompletableFuture().get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertNotNull(s.latest(), "a snapshot once ready");
            Snapshot background = await(s, x -> x.step() == 5);
            assertDeepEquals("normalized", blocking.normalized(), background.normalized());
        }
        ExperimentSpec cnnOnMoons = SPEC.withArch(bnlab.engine.api.ArchKind.CNN);
        try (TrainingSession s = TrainingSession.inBackground(cnnOnMoons, settings, MOONS)) {
            java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.ExecutionException.class,
                    () -> s.ready().toCompletableFuture().get(60, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
            assertEquals(cnnOnMoons.problemWith(MOONS).toString(), e.getCause().getMessage());
            assertNull(s.latest(), "no snapshot from twins that were never built");
        }
    }

    /** CNN twins too: every probe (feature maps and blocks included) the same on a second run. */
    @Test
    void sameSeedGivesIdenticalCnnSnapshots() throws Exception {
        bnlab.engine.api.Dataset digits = bnlab.engine.data.Bundled.digits();
        Snapshot[] results = new Snapshot[2];
        for (int k = 0; k < 2; k++) {
            try (TrainingSession s = new TrainingSession(ExperimentSpec.cnnDefaults(),
                    TrainSettings.defaults().withBatchSize(20), digits)) {
                s.send(new Command.Step(7));
                results[k] = await(s, x -> x.step() == 7 && x.normalized().probeStep() == 7);
            }
        }
        assertNotNull(results[0].normalized().layers().get(1).maps());
        assertDeepEquals("normalized", results[0].normalized(), results[1].normalized());
        assertDeepEquals("plain", results[0].plain(), results[1].plain());
    }

    /**
     * StepTo brings the step count to its value, counting steps already asked for, and never back: from 0 it
     * runs 12, at 12 none, with 5 more asked for 17 and not 12 + 5 + 5.
     */
    @Test
    void stepToRunsOnlyTheMissingSteps() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(16), MOONS)) {
            s.send(new Command.StepTo(12));
            await(s, x -> x.step() == 12);
            s.send(new Command.StepTo(12));
            s.send(new Command.StepTo(3));
            s.send(new Command.Step(5));
            s.send(new Command.StepTo(15));
            s.send(new Command.Step(1)); // a marker: the count once everything before it ran, plus one
            Snapshot done = await(s, x -> x.step() >= 18 && x.normalized().probeStep() == x.step());
            assertEquals(18, done.step(), "12, none, none, 5 (StepTo 15 already covered), 1");
        }
    }

    /**
     * A CNN with BN takes batch size 1 (each channel pools the image's H x W positions): no problem, and the
     * probes of a step on one image are whole and finite (block 2's 16 channels x 4 x 4 positions).
     */
    @Test
    void aCnnWithBnTakesBatchSizeOneAndItsProbesAreFinite() throws Exception {
        bnlab.engine.api.Dataset digits = bnlab.engine.data.Bundled.digits();
        try (TrainingSession s = new TrainingSession(ExperimentSpec.cnnDefaults(),
                TrainSettings.defaults().withBatchSize(20), digits)) {
            s.send(new Command.SetBatchSize(1));
            s.send(new Command.Step(5));
            Snapshot snap = await(s, x -> x.step() == 5 && x.normalized().probeStep() == 5);
            assertNull(snap.problem());
            assertEquals(1, snap.settings().batchSize());
            LayerProbe p = snap.normalized().layers().get(1);
            assertEquals(16 * 16, p.histograms().normInput().n(), "one image: 16 channels x 16 positions");
            assertEquals(0.0, p.histograms().xhat().mean(), 1e-4, "x_hat centred over the image's positions");
            assertTrue(p.signalNorm() > 0 && p.weightGradNorm() > 0);
            assertTrue(p.units().get(0).batchVar() > 0, "a channel of one image still varies over its positions");
            assertTrue(Double.isFinite(snap.normalized().loss()));
        }
    }

    @Test
    void liveSettingsAreAppliedAndReportedWithoutReset() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults(), MOONS)) {
            s.send(new Command.Step(2));
            await(s, x -> x.step() == 2);
            s.send(new Command.SetLearningRate(0.37));
            s.send(new Command.SetConvention(Convention.KERAS));
            s.send(new Command.PinGamma(2.5, 1));
            s.send(new Command.Step(1));
            Snapshot snap = await(s, x -> x.step() == 3);
            assertEquals(0.37, snap.settings().learningRate());
            assertEquals(0.9, snap.settings().bnMomentum(), 1e-12, "PyTorch 0.1 is Keras 0.9");
            assertEquals(2.5, snap.normalized().layers().get(1).gammaMean(), 1e-6, "pinned gamma");
            assertTrue(Math.abs(snap.normalized().layers().get(0).gammaMean() - 1) < 0.5, "layer 0 not pinned");
        }
    }

    /** Batch size 1 while BN trains is refused with its code, and the batch size stays; the next step uses it. */
    @Test
    void batchSizeOneWithBnIsRefusedWithItsCodeAndChangesNothing() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(16), MOONS)) {
            s.send(new Command.SetBatchSize(1));
            Snapshot refused = await(s, x -> x.problem() != null);
            assertEquals(Problem.of(SettingProblem.BATCH_OF_ONE_WITH_BATCH_NORM), refused.problem());
            assertEquals(16, refused.settings().batchSize());
            s.send(new Command.Step(1));
            Snapshot after = await(s, x -> x.step() == 1);
            assertNull(after.problem(), "the next command clears the problem");
            assertEquals(16, after.normalized().layers().get(0).histograms().normInput().n() / 16,
                    "the step ran on a batch of 16");
        }
    }

    /** Every setting's range is the one place that decides: a value just outside is refused with that range. */
    @Test
    void absurdValuesAreRefusedWithTheSettingsRange() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults(), MOONS)) {
            Object[][] cases = {
                {new Command.SetLearningRate(Double.NaN), Setting.LEARNING_RATE},
                {new Command.SetLearningRate(1e30), Setting.LEARNING_RATE},
                {new Command.SetOptimizerMomentum(1.0), Setting.OPTIMIZER_MOMENTUM},
                {new Command.SetEps(-1e-5), Setting.EPS},
                {new Command.SetBatchSize(1_000_000), Setting.BATCH_SIZE},
                {new Command.PinGamma(1e30, -1), Setting.GAMMA},
                {new Command.PinBeta(Double.POSITIVE_INFINITY, -1), Setting.BETA},
                {new Command.SetBnMomentum(-0.5), Setting.BN_MOMENTUM},
                {new Command.SetSpeed(-3), Setting.SPEED},
                {new Command.SetHistogramBins(0), Setting.HISTOGRAM_BINS},
            };
            long version = s.latest().version();
            for (Object[] c : cases) {
                s.send((Command) c[0]);
                long v = version;
                Snapshot snap = await(s, x -> x.version() > v && x.problem() != null);
                version = snap.version();
                assertEquals(SettingProblem.OUT_OF_RANGE, snap.problem().code(), c[0].toString());
                assertEquals(c[1], snap.problem().arg(0), c[0].toString());
                assertEquals(((Setting) c[1]).min(), snap.problem().arg(2));
                assertEquals(((Setting) c[1]).max(), snap.problem().arg(3));
                assertEquals(TrainSettings.defaults(), snap.settings(), "nothing changed after " + c[0]);
            }
        }
    }

    /** A LayerNorm twin trains at batch size 1 (its statistics are per sample) and has no running statistics. */
    @Test
    void layerNormTwinTrainsAtBatchSizeOne() {
        ExperimentSpec spec = SPEC.withNorm(NormKind.LAYER, Placement.BEFORE_ACTIVATION);
        try (TrainingSession s = new TrainingSession(spec, TrainSettings.defaults().withBatchSize(1), MOONS)) {
            s.send(new Command.Step(3));
            Snapshot snap = await(s, x -> x.step() == 3);
            assertNull(snap.problem());
            assertEquals(NormKind.LAYER, snap.normalized().norm());
            LayerProbe p = snap.normalized().layers().get(0);
            assertNotNull(p.histograms().xhat());
            assertEquals(0.0, p.histograms().xhat().mean(), 1e-5, "x_hat centred over the sample's units");
            assertTrue(Double.isNaN(p.units().get(0).runningMean()), "no running statistics");
            assertTrue(Double.isFinite(snap.normalized().loss()));
        }
    }

    /**
     * A snapshot says which build of the twins it shows: 1 at first, one more at each start again (also when a
     * view sees the new run only past its step 0), the same while a run steps or one twin is rebuilt alone.
     */
    @Test
    void eachBuildOfTheTwinsIsANewRun() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults(), MOONS)) {
            s.send(new Command.Step(5));
            assertEquals(1, await(s, x -> x.step() == 5).run());
            s.send(new Command.Reset());
            s.send(new Command.Step(9));
            assertEquals(2, await(s, x -> x.step() == 9).run());
            s.send(new Command.ResetTwin(false));
            s.send(new Command.Step(1));
            assertEquals(2, await(s, x -> x.step() == 10).run(), "one twin rebuilt alone: the same run");
            s.send(new Command.Rebuild(SPEC.withSeed(7), MOONS));
            assertEquals(3, await(s, x -> x.spec().seed() == 7).run());
        }
    }

    @Test
    void aDivergingTwinIsPausedWithItsCodeAndCanBeResetAlone() {
        ExperimentSpec spec = SPEC.withInit(InitKind.GAUSSIAN, 1.0).withActivation(ActivationKind.IDENTITY);
        try (TrainingSession s = new TrainingSession(spec, TrainSettings.defaults().withLearningRate(100), MOONS)) {
            s.send(new Command.Play());
            Snapshot snap = await(s, x -> x.plain().diverged());
            Problem why = snap.plain().divergence();
            assertTrue(Set.of(RunProblem.LOSS_NAN, RunProblem.LOSS_INFINITE, RunProblem.GRADIENT_OVERFLOW)
                    .contains(why.code()), why.toString());
            assertEquals(100.0, why.arg(1), "the learning rate it diverged at");
            assertTrue((long) why.arg(0) >= 1 && (long) why.arg(0) <= snap.step(), "the step it diverged at");
            assertTrue(snap.plain().layers().isEmpty(), "a diverged twin has no probes");
            s.send(new Command.Pause());
            s.send(new Command.SetLearningRate(0.05));
            s.send(new Command.ResetTwin(false));
            long paused = await(s, x -> !x.playing() && !x.plain().diverged()).step();
            s.send(new Command.Step(2));
            Snapshot after = await(s, x -> x.settings().learningRate() == 0.05 && x.step() == paused + 2);
            assertFalse(after.plain().diverged());
            assertTrue(Double.isFinite(after.plain().loss()));
            assertEquals(2, after.plain().history().loss().size(), "the reset twin's history starts over");
            assertTrue(after.normalized().history().loss().size() > 2, "the other twin's goes on");
        }
    }

    /**
     * Flat out the twins step in chunks (several steps a hand-over): every step's loss is still in the
     * history, in order, and the evaluations fall on their steps (every 20th, the first ten all made).
     */
    @Test
    void flatOutEveryStepIsRecordedAndEvaluationsFallOnTheirSteps() throws Exception {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withSpeed(0), MOONS)) {
            s.send(new Command.Play());
            await(s, x -> x.step() >= 300);
            s.send(new Command.Pause());
            Snapshot snap = await(s, x -> !x.playing());
            for (var twin : List.of(snap.normalized(), snap.plain())) {
                var loss = twin.history().loss();
                assertEquals(snap.step(), loss.size(), "a loss for every step");
                for (int i = 0; i < loss.size(); i++) {
                    assertEquals(i + 1, loss.x(i), 0.0, "step of loss " + i);
                    assertTrue(Double.isFinite(loss.y(0, i)), "loss " + i);
                }
                var acc = twin.history().accuracy();
                for (int i = 0; i < acc.size(); i++) {
                    assertEquals(0, acc.x(i) % 20, 0.0, "evaluated at step " + acc.x(i));
                    if (i < 10) {
                        assertEquals(20 * i, acc.x(i), 0.0, "the first ten evaluations are all made");
                    }
                }
            }
        }
    }

    @Test
    void playingPublishesAtMostAboutSixtySnapshotsASecond() throws Exception {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults(), MOONS)) {
            s.send(new Command.Play());
            await(s, x -> x.step() > 5);
            long v0 = s.latest().version();
            long step0 = s.latest().step();
            Thread.sleep(1000);
            long published = s.latest().version() - v0;
            long steps = s.latest().step() - step0;
            assertTrue(published <= 70, published + " snapshots in 1 s");
            assertTrue(steps > 0, "training advanced");
            s.send(new Command.Pause());
            await(s, x -> !x.playing());
        }
    }

    /**
     * Two probe changes sent back to back (as two views would, each from its own possibly stale
     * snapshot) both take effect: each command changes only its own setting.
     */
    @Test
    void twoQuickProbeChangesBothTakeEffect() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults(), MOONS)) {
            s.send(new Command.SetProbeUnit(5));
            s.send(new Command.SetSaturationThreshold(0.2));
            s.send(new Command.SetHistogramBins(17));
            Snapshot snap = await(s, x -> x.settings().saturationThreshold() == 0.2 && x.settings().histBins() == 17);
            assertEquals(5, snap.settings().probeUnit());
            s.send(new Command.Step(1));
            Snapshot stepped = await(s, x -> x.step() == 1);
            LayerProbe p = stepped.normalized().layers().get(0);
            assertEquals(17, p.histograms().normInput().bins());
            assertEquals(5, p.units().get(0).unit());
        }
    }

    /**
     * The engine keeps the history: every step's loss, every evaluation (with the probe unit's
     * percentiles), every probed step's statistics. A view that looks only now and then (here: after
     * 400 steps) finds all of it.
     */
    @Test
    void theHistoryHasEveryStepWithoutGaps() {
        TrainSettings t = TrainSettings.defaults().withEvalEvery(50);
        try (TrainingSession s = new TrainingSession(SPEC, t, MOONS)) {
            s.send(new Command.Step(400));
            Snapshot snap = await(s, x -> x.step() == 400);
            TwinHistory h = snap.normalized().history();
            Series loss = h.loss();
            assertEquals(400, loss.size());
            for (int i = 0; i < 400; i++) {
                assertEquals(i + 1, loss.x(i), "one row per step, none missing");
                assertTrue(Double.isFinite(loss.y(TwinHistory.LOSS, i)));
            }
            assertEquals(9, h.accuracy().size(), "step 0 and every 50 steps");
            assertEquals(350, h.accuracy().x(7));
            assertArrayEquals(h.accuracy().xs(), h.percentiles().xs(), "the percentiles at every evaluation");
            assertEquals(0, h.percentiles().x(0));
            for (int i = 0; i < h.percentiles().size(); i++) {
                double p15 = h.percentiles().y(TwinHistory.P15, i);
                double p50 = h.percentiles().y(TwinHistory.P50, i);
                assertTrue(Double.isFinite(p15) && p15 <= p50 && p50 <= h.percentiles().y(TwinHistory.P85, i));
            }
            assertNotNull(h.unit(0, 0), "the probed units' statistics: the start and paused single steps are all probed");
            assertEquals(401, h.unit(0, 0).stats().size());
        }
    }

    /**
     * Stepping several steps while paused probes what playing would (every probeEvery steps) and the
     * last step (the views show where it stopped), not every step.
     */
    @Test
    void aLongStepProbesEveryProbeEveryStepsAndItsLast() {
        TrainSettings t = TrainSettings.defaults().withProbeEvery(10);
        try (TrainingSession s = new TrainingSession(SPEC, t, MOONS)) {
            s.send(new Command.Step(95));
            Snapshot snap = await(s, x -> x.step() == 95);
            Series p = snap.normalized().history().layers();
            double[] steps = p.xs();
            assertArrayEquals(new double[] {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95}, steps);
            assertEquals(95, snap.normalized().probeStep(), "the views show the last step");
        }
    }

    /**
     * At learning rate 10 the saturated sigmoid twin without BN stays at chance without ever becoming
     * NaN: the engine says it has stopped learning; the BN twin learns and is not flagged.
     */
    @Test
    void aTwinStuckAtChanceIsSaidToHaveStoppedLearning() throws Exception {
        Dataset digits = bnlab.engine.Engine.load(bnlab.engine.api.DatasetId.DIGITS, null);
        TrainSettings t = TrainSettings.defaults().withLearningRate(10).withEvalEvery(50);
        try (TrainingSession s = new TrainingSession(ExperimentSpec.defaults().withSeed(1), t, digits)) {
            s.send(new Command.Step(300));
            Snapshot snap = await(s, x -> x.step() == 300);
            assertFalse(snap.plain().diverged(), "finite numbers all along");
            assertNotNull(snap.plain().stall(), "plain twin at " + snap.plain().testAcc());
            assertEquals(RunProblem.STALLED, snap.plain().stall().code());
            assertEquals(300L, snap.plain().stall().arg(0));
            double chance = (double) snap.plain().stall().arg(2);
            assertTrue(chance > 0.09 && chance < 0.15, "digits are balanced: chance " + chance);
            double saturated = (double) snap.plain().stall().arg(3);
            assertTrue(saturated > 1 && saturated <= 100, "saturated inputs in percent, most of them: " + saturated);
            double reach = (double) snap.plain().stall().arg(5);
            assertTrue(reach > 0 && Double.isFinite(reach), "layer 1's share of the top layer's gradient: " + reach);
            assertNull(snap.normalized().stall(), "the BN twin learns: " + snap.normalized().testAcc());
        }
    }

    /** Opening an experiment restores exactly its settings: a gamma pinned before does not carry over. */
    @Test
    void openingAnExperimentRestoresExactlyItsSettings() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults(), MOONS)) {
            s.send(new Command.PinGamma(7.5, -1));
            s.send(new Command.Step(1));
            Snapshot pinned = await(s, x -> x.step() == 1);
            assertEquals(7.5, pinned.normalized().layers().get(0).gammaMean(), 1e-6);
            TrainSettings saved = TrainSettings.defaults().withLearningRate(0.2).withBatchSize(25);
            ExperimentSpec other = SPEC.withHidden(List.of(8, 8));
            s.send(new Command.Open(other, MOONS, saved));
            s.send(new Command.Step(1));
            Snapshot opened = await(s, x -> x.step() == 1 && x.spec().equals(other));
            assertEquals(saved, opened.settings(), "exactly the saved settings");
            assertNull(opened.settings().pinnedGamma());
            assertEquals(1.0, opened.normalized().layers().get(0).gammaMean(), 0.05, "gamma starts at 1 and learns");
        }
    }

    /** Record equality with arrays and series compared by content. */
    static void assertDeepEquals(String path, Object a, Object b) {
        if (a == null || b == null) {
            assertEquals(a, b, path);
            return;
        }
        if (a instanceof double[] x) {
            assertTrue(Arrays.equals(x, (double[]) b), path);
        } else if (a instanceof float[] x) {
            assertTrue(Arrays.equals(x, (float[]) b), path);
        } else if (a instanceof long[] x) {
            assertTrue(Arrays.equals(x, (long[]) b), path);
        } else if (a instanceof int[] x) {
            assertTrue(Arrays.equals(x, (int[]) b), path);
        } else if (a instanceof Series x) {
            Series y = (Series) b;
            assertTrue(Arrays.equals(x.xs(), y.xs()), path + ".x");
            assertEquals(x.columns(), y.columns(), path);
            for (int c = 0; c < x.columns(); c++) {
                assertTrue(Arrays.equals(x.column(c), y.column(c)), path + ".column " + c);
            }
        } else if (a instanceof List<?> x) {
            assertEquals(x.size(), ((List<?>) b).size(), path);
            for (int i = 0; i < x.size(); i++) {
                assertDeepEquals(path + "[" + i + "]", x.get(i), ((List<?>) b).get(i));
            }
        } else if (a.getClass().isRecord()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    assertDeepEquals(path + "." + c.getName(), c.getAccessor().invoke(a), c.getAccessor().invoke(b));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (a instanceof Double x) {
            assertEquals(Double.doubleToLongBits(x), Double.doubleToLongBits((Double) b), path);
        } else {
            assertEquals(a, b, path);
        }
    }
}
