package bnlab.engine.probe;

import bnlab.engine.api.BatchBlock;
import bnlab.engine.api.BnByHand;
import bnlab.engine.api.Command;
import bnlab.engine.api.Convention;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.FeatureMaps;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormAxes;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.UnitStats;
import bnlab.engine.api.UnitValues;
import bnlab.engine.data.Bundled;
import bnlab.engine.session.TrainingSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Probes of CNN twins work per channel: a unit's values are the channel's N * H * W values of the batch,
 * its statistics those of BN's set (NormAxes), the block is the batch the statistics came from, and the
 * feature maps are one fixed sample normalized with the statistics its channels were normalized with.
 */
class CnnProbeTest {
    private static Dataset digits;
    private static final int N = 20;

    @BeforeAll
    static void load() throws Exception {
        digits = Bundled.digits();
    }

    private static Snapshot await(TrainingSession s, long step) {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            Snapshot x = s.latest();
            if (x.step() == step && x.normalized().probeStep() == step && x.plain().probeStep() == step) {
                return x;
            }
            Thread.onSpinWait();
        }
        fail("step " + step + " not reached");
        return null;
    }

    private static double rel(double v) {
        return 1e-5 * Math.max(1, Math.abs(v));
    }

    @Test
    void batchNormProbesAreThePerChannelStatistics() {
        TrainSettings t = TrainSettings.defaults().withBatchSize(N).withProbeUnit(2).withLearningRate(0.05)
                .withBn(0.9, Convention.PYTORCH, 1e-5);
        try (TrainingSession s = new TrainingSession(ExperimentSpec.cnnDefaults(), t, digits)) {
            s.send(new Command.Step(1));
            Snapshot before = await(s, 1);
            s.send(new Command.Step(1));
            Snapshot snap = await(s, 2);
            int[] side = {8, 4};
            int[] channels = {8, 16};
            for (int layer = 0; layer < 2; layer++) {
                int p = side[layer] * side[layer];
                LayerProbe probe = snap.normalized().layers().get(layer);
                BatchBlock block = probe.block();
                assertNotNull(block);
                assertEquals(N, block.samples());
                assertEquals(channels[layer], block.channels());
                assertEquals(side[layer], block.height());
                UnitValues v = probe.values();
                assertEquals(2, v.unit());
                assertEquals(N * p, v.size(), "a channel's N * H * W values");
                for (int n = 0; n < N; n++) {
                    for (int q = 0; q < p; q++) {
                        assertEquals(block.get(n, 2, q), v.x()[n * p + q], 0.0);
                    }
                }
                UnitStats u = probe.units().get(0);
                assertEquals(2, u.unit());
                NormAxes.Pooled set = NormAxes.stats(NormKind.BATCH, block, 2, 0, 2);
                assertEquals(set.mean(), u.batchMean(), 1e-9 * Math.max(1, Math.abs(set.mean())));
                assertEquals(set.var(), u.batchVar(), 1e-9 * Math.max(1, set.var()));
                assertEquals((long) N * p, set.count());
                // the running statistics of this step follow from the previous step's, with m = N * H * W
                BnByHand h = BnByHand.of(v.x(), u.gamma(), u.beta(), 1e-5);
                UnitStats prev = before.normalized().layers().get(layer).units().get(0);
                BnByHand.Running after = h.runningAfter(Convention.PYTORCH, 0.9,
                        new BnByHand.Running(prev.runningMean(), prev.runningVar()));
                assertEquals(after.mean(), u.runningMean(), rel(after.mean()));
                assertEquals(after.var(), u.runningVar(), rel(after.var()));
                for (int i = 0; i < v.size(); i++) {
                    assertEquals(h.y(i), v.y()[i], rel(h.y(i)), "y " + i);
                }
                assertTrue(Double.isFinite(u.populationMean()) && u.populationVar() > 0, "population per channel");
                // histograms: one channel's N * H * W values
                Histogram hist = probe.histograms().normInput();
                assertEquals((long) N * p, hist.n());
                // the fixed sample's maps: x normalized with the batch's channel statistics
                FeatureMaps maps = probe.maps();
                assertNotNull(maps);
                assertEquals(channels[layer], maps.channels());
                assertEquals(side[layer], maps.width());
                for (int c = 0; c < maps.channels(); c++) {
                    NormAxes.Pooled bc = NormAxes.stats(NormKind.BATCH, block, 2, 0, c);
                    assertEquals(bc.mean(), maps.mean()[c], 1e-9 * Math.max(1, Math.abs(bc.mean())));
                    assertEquals(bc.var(), maps.var()[c], 1e-9 * Math.max(1, bc.var()));
                }
                assertMapsNormalized(maps, probe, 1e-5);
                LayerProbe plain = snap.plain().layers().get(layer);
                assertNull(plain.maps().y());
                assertNull(plain.maps().mean());
                assertEquals(N, plain.block().samples());
            }
            // the same sample at every step: layer 0's input is the same image, so with other weights other maps
            FeatureMaps m1 = before.normalized().layers().get(0).maps();
            FeatureMaps m2 = snap.normalized().layers().get(0).maps();
            assertEquals(m1.sample(), m2.sample());
            assertNotEquals(m1, m2);
            // all channels pooled
            s.send(new Command.SetProbeUnit(-1));
            long end = System.nanoTime() + 30_000_000_000L;
            while (s.latest().settings().probeUnit() != -1 && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            Histogram all = s.latest().normalized().layers().get(0).histograms().normInput();
            assertEquals((long) N * 8 * 64, all.n());
        }
    }

    // y = gamma_c * (x - mean_c) / sqrt(var_c + eps) + beta_c: per channel y is one affine map of that x_hat
    private static void assertMapsNormalized(FeatureMaps maps, LayerProbe probe, double eps) {
        int hw = maps.height() * maps.width();
        for (UnitStats u : probe.units()) {
            int c = u.unit();
            for (int i = 0; i < hw; i++) {
                double expected = u.gamma() * (maps.x()[c * hw + i] - maps.mean()[c]) / Math.sqrt(maps.var()[c] + eps)
                        + u.beta();
                assertEquals(expected, maps.y()[c * hw + i], 1e-4 * Math.max(1, Math.abs(expected)), "y at " + c);
            }
        }
        for (int c = 0; c < maps.channels(); c++) {
            // y is affine in x_hat with the same slope and intercept at every position of the channel
            double[] yy = new double[hw];
            double[] xh = new double[hw];
            for (int i = 0; i < hw; i++) {
                xh[i] = (maps.x()[c * hw + i] - maps.mean()[c]) / Math.sqrt(maps.var()[c] + eps);
                yy[i] = maps.y()[c * hw + i];
            }
            int a = 0;
            int b = 1;
            for (int i = 1; i < hw; i++) {
                if (Math.abs(xh[i] - xh[a]) > Math.abs(xh[b] - xh[a])) {
                    b = i;
                }
            }
            if (Math.abs(xh[b] - xh[a]) < 1e-3) {
                continue;
            }
            double slope = (yy[b] - yy[a]) / (xh[b] - xh[a]);
            for (int i = 0; i < hw; i++) {
                double expected = yy[a] + slope * (xh[i] - xh[a]);
                assertEquals(expected, yy[i], 1e-4 * Math.max(1, Math.abs(expected)), "channel " + c + " at " + i);
            }
        }
    }

    /** LN, IN and GN normalize the fixed sample with its own statistics: the sets NormAxes gives for it alone. */
    @Test
    void perSampleNormalizationsShowTheSamplesOwnStatistics() {
        for (NormKind kind : new NormKind[]{NormKind.LAYER, NormKind.INSTANCE, NormKind.GROUP}) {
            ExperimentSpec spec = ExperimentSpec.cnnDefaults().withNorm(kind, Placement.BEFORE_ACTIVATION).withGroups(4);
            TrainSettings t = TrainSettings.defaults().withBatchSize(N).withLearningRate(0.05);
            try (TrainingSession s = new TrainingSession(spec, t, digits)) {
                s.send(new Command.Step(1));
                Snapshot snap = await(s, 1);
                for (LayerProbe probe : snap.normalized().layers()) {
                    FeatureMaps maps = probe.maps();
                    BatchBlock one = new BatchBlock(probe.layer(), 1, maps.channels(), maps.height(), maps.width(),
                            maps.x());
                    for (int c = 0; c < maps.channels(); c++) {
                        NormAxes.Pooled own = NormAxes.stats(kind, one, 4, 0, c);
                        assertEquals(own.mean(), maps.mean()[c], 1e-9 * Math.max(1, Math.abs(own.mean())), kind + " " + c);
                        assertEquals(own.var(), maps.var()[c], 1e-9 * Math.max(1, own.var()), kind + " " + c);
                    }
                    assertTrue(Double.isNaN(probe.units().get(0).runningMean()), kind + " keeps no running statistics");
                }
            }
        }
    }

    @Test
    void anMlpProbeCarriesItsBatchAsNByDByOne() {
        TrainSettings t = TrainSettings.defaults().withBatchSize(N);
        try (TrainingSession s = new TrainingSession(ExperimentSpec.defaults().withHidden(List.of(12, 6)), t,
                digits)) {
            s.send(new Command.Step(1));
            Snapshot snap = await(s, 1);
            LayerProbe probe = snap.normalized().layers().get(1);
            assertNull(probe.maps());
            BatchBlock b = probe.block();
            assertEquals(N, b.samples());
            assertEquals(6, b.channels());
            assertEquals(1, b.positions());
            double[] x = probe.values().x();
            for (int n = 0; n < N; n++) {
                assertEquals(x[n], b.get(n, probe.values().unit(), 0), 0.0);
            }
            assertArrayEquals(new double[]{NormAxes.stats(NormKind.BATCH, b, 1, 0, probe.values().unit()).mean()},
                    new double[]{probe.units().get(0).batchMean()}, 1e-9);
        }
    }
}
