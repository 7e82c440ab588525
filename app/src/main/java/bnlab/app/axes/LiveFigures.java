package bnlab.app.axes;

import bnlab.engine.api.Histogram;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinState;
import bnlab.engine.api.UnitStats;

import java.util.List;

/**
 * What the engine reports, at a step, of one hidden layer of the twin with normalization, for the live
 * part of the axes view. The snapshot carries no raw values, only statistics: per probed unit (a
 * column of the layer's normalization input) the batch mean and biased variance, and the x_hat
 * histogram of the probe unit over the batch (of all units pooled when no unit is chosen). Immutable.
 *
 * @param norm       the twin's normalization (BATCH or LAYER)
 * @param layer      the hidden layer, 0-based
 * @param layers     hidden layers in the network
 * @param step       the step whose batch the figures describe
 * @param batchSize  samples in a batch
 * @param units      the probed units' statistics (unit, batch mean, batch variance ...)
 * @param probeUnit  the unit whose x_hat is summarized, or -1 for all units pooled
 * @param xhatMean   mean of x_hat over the batch (NaN without one)
 * @param xhatStd    biased standard deviation of x_hat over the batch
 * @param accTrain   training-set accuracy with batch statistics (train mode), NaN before the first evaluation
 * @param accEval    training-set accuracy with running statistics (eval mode)
 * @param cnn        whether the twins are CNNs (a unit is a channel, over N * H * W values)
 */
record LiveFigures(NormKind norm, int layer, int layers, long step, int batchSize, List<UnitStats> units,
                   int probeUnit, double xhatMean, double xhatStd, double accTrain, double accEval, boolean cnn) {
    LiveFigures {
        units = List.copyOf(units);
    }

    /** The figures of a layer (clamped to the network), or null before the first probed step. */
    static LiveFigures of(Snapshot s, int layer) {
        if (s == null || s.normalized() == null) {
            return null;
        }
        TwinState t = s.normalized();
        if (t.layers().isEmpty()) {
            return null;
        }
        int l = Math.max(0, Math.min(layer, t.layers().size() - 1));
        LayerProbe p = t.layers().get(l);
        Histogram xhat = p.histograms().xhat();
        int unit = s.settings().probeUnit() < 0 || p.units().isEmpty() ? -1 : p.units().get(0).unit();
        return new LiveFigures(t.norm(), l, t.layers().size(), t.probeStep(), s.settings().batchSize(), p.units(),
                unit, xhat == null ? Double.NaN : xhat.mean(), xhat == null ? Double.NaN : xhat.std(),
                t.evalStep() < 0 ? Double.NaN : t.trainAccTrainMode(), t.evalStep() < 0 ? Double.NaN : t.trainAccEvalMode(),
                bnlab.app.i18n.ArchWords.cnn(s));
    }

    /**
     * Which texts describe the normalization: "batch" (BatchNorm), "layer" (an MLP's LayerNorm, rows of
     * the table) or "sample" (the others, per sample: their keys take the normalization's name).
     */
    String family() {
        return norm == NormKind.BATCH ? "batch" : norm == NormKind.LAYER && !cnn ? "layer" : "sample";
    }

    /** Whether x_hat is summarized for one unit (one column), not all units pooled. */
    boolean oneColumn() {
        return probeUnit >= 0;
    }
}
