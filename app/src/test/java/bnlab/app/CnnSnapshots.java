package bnlab.app;

import bnlab.engine.api.ArchKind;
import bnlab.engine.api.BatchBlock;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.FeatureMaps;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.LayerHistograms;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormAxes;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinState;
import bnlab.engine.api.UnitStats;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made CNN snapshots (before the engine trains CNNs): blocks of 8x8 then 4x4 maps whose channels sit
 * at their own levels and spreads (channel c: offset c - C/2, spread 1 + c/4), the batch's block and one
 * sample's maps, normalized with the statistics {@link NormAxes} gives for the chosen normalization.
 */
public final class CnnSnapshots {
    private CnnSnapshots() {
    }

    /** x at (n, c, p): the channel's level and spread times a pattern that differs per sample. */
    public static float value(int n, int c, int p, int channels) {
        return (float) ((c - channels / 2.0) + (1 + c / 4.0) * Math.sin(0.7 * p + 1.3 * n + 0.4 * c));
    }

    public static BatchBlock block(int layer, int n, int c, int h, int w) {
        float[] x = new float[n * c * h * w];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < c; k++) {
                for (int p = 0; p < h * w; p++) {
                    x[(i * c + k) * h * w + p] = value(i, k, p, c);
                }
            }
        }
        return new BatchBlock(layer, n, c, h, w, x);
    }

    // y = (x - mu) / sqrt(var + eps) with gamma 1 and beta 0, mu and var of the set NormAxes names
    public static FeatureMaps maps(BatchBlock b, NormKind norm, int groups, int sample, boolean normalized) {
        int c = b.channels();
        int p = b.positions();
        float[] x = new float[c * p];
        float[] y = normalized ? new float[c * p] : null;
        double[] mean = normalized ? new double[c] : null;
        double[] var = normalized ? new double[c] : null;
        for (int k = 0; k < c; k++) {
            NormAxes.Pooled st = normalized ? NormAxes.stats(norm, b, groups, sample, k) : null;
            if (normalized) {
                mean[k] = st.mean();
                var[k] = st.var();
            }
            for (int q = 0; q < p; q++) {
                x[k * p + q] = b.get(sample, k, q);
                if (normalized) {
                    y[k * p + q] = (float) ((x[k * p + q] - st.mean()) / Math.sqrt(st.var() + 1e-5));
                }
            }
        }
        return new FeatureMaps(b.layer(), sample, c, b.height(), b.width(), x, y, mean, var);
    }

    private static LayerProbe probe(int layer, int n, int c, int hw, NormKind norm, int groups, boolean normalized) {
        Histogram h = Snapshots.histogram(0.1 * layer);
        List<UnitStats> units = new ArrayList<>();
        units.add(new UnitStats(0, 0.1, 1.1, 0.1, 1.0, 0.2, 1.2, 1.0, 0.0));
        BatchBlock b = block(layer, n, c, hw, hw);
        return new LayerProbe(layer, new LayerHistograms(h, h, h, h, h), 0.1, 0.5, 0.05,
                0.01, units, 1.0, 0.0, null, maps(b, norm, groups, 3, normalized), b);
    }

    /** A CNN snapshot with the normalization (BATCH, LAYER, INSTANCE or GROUP), batch n, 8 then 16 channels. */
    public static Snapshot cnn(NormKind norm, int n, long step) {
        ExperimentSpec spec = ExperimentSpec.cnnDefaults().withNorm(norm, ExperimentSpec.cnnDefaults().placement());
        TrainSettings settings = TrainSettings.defaults().withBatchSize(n);
        List<LayerProbe> bn = List.of(probe(0, n, 8, 8, norm, spec.groups(), true),
                probe(1, n, 16, 4, norm, spec.groups(), true));
        List<LayerProbe> plain = List.of(probe(0, n, 8, 8, norm, spec.groups(), false),
                probe(1, n, 16, 4, norm, spec.groups(), false));
        TwinState a = Snapshots.withHistory(new TwinState(true, norm, null, 0.5, 0.8, 0.8, 0.8, step, step, bn,
                bnlab.engine.api.TwinHistory.EMPTY, null), Snapshots.history(step, 2, t -> 1, t -> 0.5, t -> 0));
        TwinState b = Snapshots.withHistory(new TwinState(false, NormKind.NONE, null, 0.9, 0.6, 0.6, 0.6, step, step,
                plain, bnlab.engine.api.TwinHistory.EMPTY, null), Snapshots.history(step, 2, t -> 1, t -> 0.5, t -> 0));
        return new Snapshot(step, step, 0, false, settings, spec, "digits", 1437, 360, a, b, null, 100);
    }

    /** An MLP snapshot whose layers carry [N, D, 1] blocks (no feature maps). */
    public static Snapshot mlp(NormKind norm, int n, long step) {
        ExperimentSpec spec = ExperimentSpec.defaults().withHidden(List.of(6, 6)).withNorm(norm,
                ExperimentSpec.defaults().placement());
        Snapshot s = Snapshots.at(step, step, TrainSettings.defaults().withBatchSize(n), spec, null);
        List<LayerProbe> layers = new ArrayList<>();
        for (LayerProbe p : s.normalized().layers()) {
            layers.add(new LayerProbe(p.layer(), p.histograms(), p.saturatedFraction(),
                    p.weightGradNorm(), p.signalNorm(), p.updateRatio(), p.units(), p.gammaMean(), p.betaMean(),
                    null, null, block(p.layer(), n, 6, 1, 1)));
        }
        TwinState t = s.normalized();
        TwinState bn = new TwinState(true, norm, null, t.loss(), t.trainAccTrainMode(), t.trainAccEvalMode(),
                t.testAcc(), t.evalStep(), t.probeStep(), layers, t.history(), null);
        assert spec.arch() == ArchKind.MLP;
        return Snapshots.with(s, bn, s.plain(), false);
    }
}
