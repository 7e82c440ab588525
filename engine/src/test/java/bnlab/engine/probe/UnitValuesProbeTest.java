package bnlab.engine.probe;

import bnlab.engine.api.BnByHand;
import bnlab.engine.api.Command;
import bnlab.engine.api.Convention;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.UnitStats;
import bnlab.engine.api.UnitValues;
import bnlab.engine.data.Synthetic;
import bnlab.engine.session.TrainingSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A probe carries the probe unit's own values over the batch (x, x_hat, y): they are the values its
 * statistics were taken from, and the by-hand BN step on them gives what the step computed.
 */
class UnitValuesProbeTest {
    private static final Dataset MOONS = Synthetic.moons(400, 0.15, 5);
    private static final ExperimentSpec SPEC = ExperimentSpec.defaults().withHidden(List.of(8, 8));

    private static Snapshot await(TrainingSession s, long step) {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            Snapshot x = s.latest();
            if (x.step() == step && x.normalized().probeStep() == step) {
                return x;
            }
            Thread.onSpinWait();
        }
        fail("step " + step + " not reached");
        return null;
    }

    @Test
    void probeUnitValuesAreTheBatchTheStatisticsCameFrom() {
        TrainSettings t = TrainSettings.defaults().withBatchSize(36).withProbeUnit(3)
                .withBn(0.99, Convention.KERAS, 1e-3).withPins(1.5, 0.25, 1);
        try (TrainingSession s = new TrainingSession(SPEC, t, MOONS)) {
            s.send(new Command.Step(1));
            Snapshot before = await(s, 1);
            s.send(new Command.Step(1));
            Snapshot snap = await(s, 2);
            for (int layer = 0; layer < 2; layer++) {
                LayerProbe p = snap.normalized().layers().get(layer);
                UnitValues v = p.values();
                assertNotNull(v, "layer " + layer);
                assertEquals(3, v.unit());
                assertEquals(36, v.size());
                UnitStats u = p.units().get(0);
                assertEquals(3, u.unit());
                BnByHand h = BnByHand.of(v.x(), u.gamma(), u.beta(), 1e-3);
                assertEquals(u.batchMean(), h.mean(), 1e-12, "the same values as the statistics");
                assertEquals(u.batchVar(), h.biasedVar(), 1e-12 * Math.max(1, u.batchVar()));
                double[] xhat = v.xhat();
                double[] y = v.y();
                for (int i = 0; i < 36; i++) {
                    assertEquals(h.xhat(i), xhat[i], 1e-5 * Math.max(1, Math.abs(h.xhat(i))), "x_hat " + i);
                    assertEquals(h.y(i), y[i], 1e-5 * Math.max(1, Math.abs(h.y(i))), "y " + i);
                }
                // the running statistics of this step follow from the previous step's by Keras' rule
                UnitStats prev = before.normalized().layers().get(layer).units().get(0);
                BnByHand.Running after = h.runningAfter(Convention.KERAS, 0.99,
                        new BnByHand.Running(prev.runningMean(), prev.runningVar()));
                assertEquals(after.mean(), u.runningMean(), 1e-6 * Math.max(1, Math.abs(after.mean())));
                assertEquals(after.var(), u.runningVar(), 1e-6 * Math.max(1, after.var()));
            }
            assertEquals(1.5, snap.normalized().layers().get(1).units().get(0).gamma(), 1e-7, "pinned layer 1");
            UnitValues plain = snap.plain().layers().get(0).values();
            assertEquals(36, plain.size());
            assertNull(plain.xhat(), "no x_hat without normalization");
            assertNull(plain.y());
            assertTrue(Double.isFinite(plain.x()[0]));
        }
    }

    /**
     * The probe carries the step's backward pass through BN for its unit: dL/dbeta and dL/dgamma are the engine's
     * parameter gradients (the ones the optimizer applies), and they are sum dy and sum dy x_hat of the probe's dy;
     * the engine's dx equals BN's backward formula worked by hand (in double) on dy and x; and dx sums to 0. In
     * both placements; the twin without normalization has none.
     */
    @Test
    void probeCarriesTheBackwardPassThroughBn() {
        for (Placement placement : Placement.values()) {
            TrainSettings t = TrainSettings.defaults().withBatchSize(24).withProbeUnit(2);
            try (TrainingSession s = new TrainingSession(SPEC.withNorm(bnlab.engine.api.NormKind.BATCH, placement), t, MOONS)) {
                s.send(new Command.Step(3));
                Snapshot snap = await(s, 3);
                for (int layer = 0; layer < 2; layer++) {
                    LayerProbe p = snap.normalized().layers().get(layer);
                    UnitValues v = p.values();
                    String at = placement + " layer " + layer;
                    assertTrue(v.hasBackward(), at);
                    double[] dy = v.dy();
                    double[] dx = v.dx();
                    assertEquals(24, dy.length, at);
                    UnitStats u = p.units().get(0);
                    BnByHand h = BnByHand.of(v.x(), u.gamma(), u.beta(), t.eps());
                    BnByHand.Backward b = h.backward(dy);
                    double scale = 0;
                    double sumDy = 0;
                    for (int i = 0; i < 24; i++) {
                        scale = Math.max(scale, Math.abs(b.dx(i)));
                        sumDy += Math.abs(dy[i]);
                    }
                    assertTrue(scale > 0 && sumDy > 0, at + ": a gradient reaches the unit");
                    assertEquals(b.sumDy(), v.dBeta(), 1e-5 * sumDy, at + ": dL/dbeta = sum dy");
                    assertEquals(b.sumDyXhat(), v.dGamma(), 1e-4 * sumDy, at + ": dL/dgamma = sum dy x_hat");
                    double sumDx = 0;
                    for (int i = 0; i < 24; i++) {
                        assertEquals(b.dx(i), dx[i], 1e-4 * scale, at + ": dx " + i);
                        sumDx += dx[i];
                    }
                    assertEquals(0, sumDx, 1e-4 * scale * 24, at + ": sum dx = 0");
                }
                UnitValues plain = snap.plain().layers().get(0).values();
                assertFalse(plain.hasBackward(), "no normalization, no backward through it");
                assertTrue(Double.isNaN(plain.dGamma()));
            }
        }
    }
}
