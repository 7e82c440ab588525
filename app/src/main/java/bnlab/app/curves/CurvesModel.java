package bnlab.app.curves;

import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinState;

import java.util.List;

/**
 * The training curves' data, accumulated from snapshots: a row per new step (loss and the last hidden
 * layer's 15/50/85th percentiles of the activation input, for both twins) and a row per new
 * evaluation (test accuracy). A step that goes back (rebuild, reset) starts over.
 */
final class CurvesModel {
    /** Loss columns: step, BN, plain. */
    static final int LOSS_BN = 1, LOSS_PLAIN = 2;
    /** Accuracy columns: evalStep, BN, plain. */
    static final int ACC_BN = 1, ACC_PLAIN = 2;
    /** Percentile columns: step, then p15, p50, p85 for BN and for plain. */
    static final int BN_P15 = 1, BN_P50 = 2, BN_P85 = 3, PLAIN_P15 = 4, PLAIN_P50 = 5, PLAIN_P85 = 6;

    final Decimated loss;
    final Decimated accuracy;
    final Decimated percentiles;
    private long lastStep = -1;
    private long lastEval = -1;

    CurvesModel(int cap) {
        loss = new Decimated(cap, 3);
        accuracy = new Decimated(cap, 3);
        percentiles = new Decimated(cap, 7);
    }

    /** Take a snapshot; true when the curves changed. */
    boolean accept(Snapshot s) {
        if (s.normalized() == null || s.plain() == null) {
            return false;
        }
        boolean changed = false;
        if (s.step() < lastStep) {
            clear();
            changed = true;
        }
        if (s.step() > lastStep && s.step() > 0) {
            lastStep = s.step();
            TwinState bn = s.normalized();
            TwinState plain = s.plain();
            changed |= loss.add(s.step(), positive(bn.loss()), positive(plain.loss()));
            LayerProbe a = last(bn.layers());
            LayerProbe b = last(plain.layers());
            if (a != null && b != null) {
                changed |= percentiles.add(s.step(), finite(a.p15()), finite(a.p50()), finite(a.p85()),
                        finite(b.p15()), finite(b.p50()), finite(b.p85()));
            }
        }
        long eval = s.normalized().evalStep();
        if (eval > lastEval && eval <= s.step() && s.step() > 0) {
            lastEval = eval;
            changed |= accuracy.add(eval, s.normalized().testAcc(), s.plain().testAcc());
        }
        return changed;
    }

    void clear() {
        loss.clear();
        accuracy.clear();
        percentiles.clear();
        lastStep = -1;
        lastEval = -1;
    }

    /** A loss for a log axis: NaN (a gap) where it is not a positive finite number. */
    private static double positive(double v) {
        return v > 0 && Double.isFinite(v) ? v : Double.NaN;
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    private static LayerProbe last(List<LayerProbe> layers) {
        return layers == null || layers.isEmpty() ? null : layers.get(layers.size() - 1);
    }
}
