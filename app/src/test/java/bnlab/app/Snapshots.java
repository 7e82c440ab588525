package bnlab.app;

import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinState;

import java.util.ArrayList;
import java.util.List;

/** Hand-made snapshots for tests. */
public final class Snapshots {
    private Snapshots() {
    }

    public static Histogram histogram(double centre) {
        return new Histogram(centre - 1, centre + 1, new long[] {1, 4, 6, 4, 1}, centre, 0.5, 16);
    }

    public static LayerProbe probe(int layer, double p50, double gammaMean, double betaMean) {
        Histogram h = histogram(p50);
        double[] one = {p50};
        return new LayerProbe(layer, h, h, h, h, h, p50 - 1, p50, p50 + 1, 0.1, 0.5, 0.01, new int[] {0},
                one, one, one, one, one, one, new double[] {gammaMean}, new double[] {betaMean}, gammaMean, betaMean);
    }

    public static TwinState twin(boolean normalized, int depth, double loss, double acc, long evalStep,
                                 double p50, boolean diverged) {
        List<LayerProbe> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(probe(i, p50 + i, 1.0 + 0.1 * i, 0.01 * i));
        }
        return new TwinState(normalized, diverged, diverged ? "loss became NaN at learning rate 10" : null, loss,
                acc, acc, acc, evalStep, layers);
    }

    /** A healthy snapshot at a step with default settings and spec. */
    public static Snapshot at(long version, long step) {
        return at(version, step, TrainSettings.defaults(), ExperimentSpec.defaults(), null);
    }

    public static Snapshot at(long version, long step, TrainSettings settings, ExperimentSpec spec, String message) {
        int depth = spec.hidden().size();
        double loss = 2.0 / (1 + step * 0.01);
        TwinState bn = twin(true, depth, loss * 0.5, Math.min(1, 0.1 + step * 0.001), step / 20 * 20, 0.1 * step, false);
        TwinState plain = twin(false, depth, loss, Math.min(1, 0.1 + step * 0.0005), step / 20 * 20, 2 + 0.05 * step,
                false);
        return new Snapshot(version, step, (int) (step / 50), false, settings, spec, "digits 8x8", 1437, 360, bn, plain,
                message, 200);
    }

    public static Snapshot with(Snapshot s, TwinState normalized, TwinState plain, boolean playing) {
        return new Snapshot(s.version(), s.step(), s.epoch(), playing, s.settings(), s.spec(), s.datasetName(),
                s.trainSize(), s.testSize(), normalized, plain, s.message(), s.stepsPerSec());
    }
}
