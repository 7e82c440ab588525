package bnlab.engine.session;

import bnlab.engine.api.Command;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;

import bnlab.engine.data.Synthetic;
import bnlab.engine.api.Dataset;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class TrainingSessionTest {
    private static final Dataset MOONS = Synthetic.moons(400, 0.15, 5);
    private static final ExperimentSpec SPEC = ExperimentSpec.defaults().withHidden(List.of(16, 16));

    private static Snapshot await(SessionHandle s, Predicate<Snapshot> condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Snapshot snap = s.latest();
            if (condition.test(snap)) {
                return snap;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        fail("condition not reached; last snapshot step " + s.latest().step() + " message " + s.latest().message());
        return null;
    }

    @Test
    void singleStepsPublishProbesForEveryHiddenLayer() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(32), MOONS)) {
            assertEquals(0, s.latest().step());
            s.send(new Command.Step(3));
            Snapshot snap = await(s, x -> x.step() == 3);
            assertEquals(2, snap.normalized().layers().size());
            LayerProbe p = snap.normalized().layers().get(1);
            assertNotNull(p.xhat());
            assertEquals(32 * 16, p.normInput().n(), "pooled histogram counts batch x units");
            assertEquals(0.0, p.xhat().mean(), 1e-5, "x_hat is centred over the batch");
            assertTrue(p.p15() <= p.p50() && p.p50() <= p.p85());
            assertNull(snap.plain().layers().get(0).xhat());
            assertTrue(Double.isFinite(snap.normalized().testAcc()));
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

    @Test
    void liveSettingsAreAppliedAndReportedWithoutReset() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults(), MOONS)) {
            s.send(new Command.Step(2));
            await(s, x -> x.step() == 2);
            s.send(new Command.SetLearningRate(0.37));
            s.send(new Command.SetConvention(bnlab.engine.api.Convention.KERAS));
            s.send(new Command.PinGamma(2.5, 1));
            s.send(new Command.Step(1));
            Snapshot snap = await(s, x -> x.step() == 3);
            assertEquals(0.37, snap.settings().learningRate());
            assertEquals(0.9, snap.settings().bnMomentum(), 1e-12, "PyTorch 0.1 is Keras 0.9");
            assertEquals(2.5, snap.normalized().layers().get(1).gammaMean(), 1e-6, "pinned gamma");
            assertTrue(Math.abs(snap.normalized().layers().get(0).gammaMean() - 1) < 0.5, "layer 0 not pinned");
        }
    }

    @Test
    void batchSizeOneWithBnIsRefusedWithTheMessageAndChangesNothing() {
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(16), MOONS)) {
            s.send(new Command.SetBatchSize(1));
            s.send(new Command.Step(1));
            Snapshot snap = await(s, x -> x.step() == 1);
            assertEquals(16, snap.settings().batchSize());
            Snapshot refused = await(s, x -> x.message() != null || x.step() == 1);
            // the message belongs to the command; a later command clears it, so check what was published
            assertTrue(refused.message() == null || refused.message().contains("Expected more than 1 value"));
        }
        try (TrainingSession s = new TrainingSession(SPEC, TrainSettings.defaults().withBatchSize(16), MOONS)) {
            s.send(new Command.SetBatchSize(1));
            Snapshot snap = await(s, x -> x.message() != null);
            assertTrue(snap.message().contains("Expected more than 1 value per channel when training"), snap.message());
            assertEquals(16, snap.settings().batchSize());
        }
    }

    /** A LayerNorm twin trains at batch size 1 (its statistics are per sample) and has no running statistics. */
    @Test
    void layerNormTwinTrainsAtBatchSizeOne() {
        ExperimentSpec spec = SPEC.withNorm(bnlab.engine.api.NormKind.LAYER, bnlab.engine.api.Placement.BEFORE_ACTIVATION);
        try (TrainingSession s = new TrainingSession(spec, TrainSettings.defaults().withBatchSize(1), MOONS)) {
            s.send(new Command.Step(3));
            Snapshot snap = await(s, x -> x.step() == 3);
            assertNull(snap.message());
            LayerProbe p = snap.normalized().layers().get(0);
            assertNotNull(p.xhat());
            assertEquals(0.0, p.xhat().mean(), 1e-5, "x_hat centred over the sample's units");
            assertTrue(Double.isNaN(p.runningMean()[0]), "no running statistics");
            assertTrue(Double.isFinite(snap.normalized().loss()));
        }
    }

    @Test
    void aDivergingTwinIsPausedWithAMessageAndCanBeResetAlone() {
        ExperimentSpec spec = SPEC.withInit(bnlab.engine.api.InitKind.GAUSSIAN, 1.0)
                .withActivation(bnlab.engine.api.ActivationKind.IDENTITY);
        try (TrainingSession s = new TrainingSession(spec, TrainSettings.defaults().withLearningRate(100), MOONS)) {
            s.send(new Command.Play());
            Snapshot snap = await(s, x -> x.plain().diverged());
            assertTrue(snap.plain().divergedMessage().contains("diverged"), snap.plain().divergedMessage());
            s.send(new Command.Pause());
            s.send(new Command.SetLearningRate(0.05));
            s.send(new Command.ResetTwin(false));
            s.send(new Command.Step(2));
            Snapshot after = await(s, x -> !x.plain().diverged() && !x.playing() && x.settings().learningRate() == 0.05
                    && x.step() >= snap.step() + 2);
            assertFalse(after.plain().diverged());
            assertTrue(Double.isFinite(after.plain().loss()));
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

    /** Record equality with arrays compared by content. */
    static void assertDeepEquals(String path, Object a, Object b) {
        if (a == null || b == null) {
            assertEquals(a, b, path);
            return;
        }
        if (a instanceof double[] x) {
            assertTrue(Arrays.equals(x, (double[]) b), path);
        } else if (a instanceof long[] x) {
            assertTrue(Arrays.equals(x, (long[]) b), path);
        } else if (a instanceof int[] x) {
            assertTrue(Arrays.equals(x, (int[]) b), path);
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
