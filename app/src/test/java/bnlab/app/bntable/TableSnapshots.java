package bnlab.app.bntable;

import bnlab.app.Snapshots;
import bnlab.engine.api.BnByHand;
import bnlab.engine.api.Convention;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.LayerHistograms;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinHistory;
import bnlab.engine.api.TwinState;
import bnlab.engine.api.UnitStats;
import bnlab.engine.api.UnitValues;

import java.util.List;

/**
 * Hand-made snapshots of a network with one BN layer whose probe unit 2 sees given batch values: x_hat
 * and y as BN computes them, and running statistics that follow the convention's rule from the ones
 * given, or that are off by a given amount (an engine that got it wrong).
 */
final class TableSnapshots {
    static final ExperimentSpec SPEC = ExperimentSpec.defaults().withHidden(List.of(8));

    private TableSnapshots() {
    }

    /**
     * @param before   running statistics before this step
     * @param error    added to the reported running mean (0: the engine is right)
     * @param settings convention, momentum and eps of the step
     */
    static Snapshot step(long version, long step, double[] x, double gamma, double beta, BnByHand.Running before,
                         double error, TrainSettings settings, boolean playing) {
        return step(version, step, x, gamma, beta, before, error, settings, playing, null, 0);
    }

    /**
     * With the step's backward pass: dL/dy given, and the engine's dL/dx, dL/dgamma and dL/dbeta as BN's formula
     * gives them in float, dx_0 off by dxError (0: the engine is right). dy null: no backward pass recorded.
     */
    static Snapshot step(long version, long step, double[] x, double gamma, double beta, BnByHand.Running before,
                         double error, TrainSettings settings, boolean playing, double[] dy, double dxError) {
        BnByHand h = BnByHand.of(x, gamma, beta, settings.eps());
        UnitValues values = new UnitValues(2, x, h.xhat(), h.y());
        if (dy != null) {
            BnByHand.Backward b = h.backward(dy);
            double[] dx = b.dx();
            for (int i = 0; i < dx.length; i++) {
                dx[i] = (float) dx[i];
            }
            dx[0] += dxError;
            values = new UnitValues(2, x, h.xhat(), h.y(), dy, dx, (float) b.sumDyXhat(), (float) b.sumDy());
        }
        BnByHand.Running after = h.runningAfter(settings.convention(), settings.bnMomentum(), before);
        UnitStats u = new UnitStats(2, after.mean() + error, after.var(), Double.NaN, Double.NaN, h.mean(),
                h.biasedVar(), gamma, beta);
        LayerHistograms hist = new LayerHistograms(Snapshots.histogram(0), Snapshots.histogram(0),
                Snapshots.histogram(0), Snapshots.histogram(0), Snapshots.histogram(0));
        LayerProbe p = new LayerProbe(0, hist, 0, 1, 1, 0.01, List.of(u), gamma, beta,
                values);
        TwinState bn = new TwinState(true, NormKind.BATCH, null, 1, 0.5, 0.5, 0.5, 0, step, List.of(p),
                TwinHistory.EMPTY);
        TwinState plain = new TwinState(false, NormKind.NONE, null, 1, 0.5, 0.5, 0.5, 0, step, List.of(),
                TwinHistory.EMPTY);
        return new Snapshot(version, step, 0, playing, settings, SPEC, "digits", 100, 20, bn, plain, null, 10);
    }

    static TrainSettings settings(Convention c, double momentum, double eps) {
        return TrainSettings.defaults().withBatchSize(36).withBn(momentum, c, eps);
    }

    /** 36 gradients of a made-up loss at y, of the size a network's are (1e-3). */
    static double[] gradients(int seed) {
        java.util.Random r = new java.util.Random(seed);
        double[] v = new double[36];
        for (int i = 0; i < v.length; i++) {
            v[i] = 2e-3 * r.nextGaussian();
        }
        return v;
    }

    /** 36 values of a made-up unit, not integers. */
    static double[] values(int seed) {
        java.util.Random r = new java.util.Random(seed);
        double[] v = new double[36];
        for (int i = 0; i < v.length; i++) {
            v[i] = 0.3 + 1.7 * r.nextGaussian();
        }
        return v;
    }
}
