package bnlab.app;

import bnlab.engine.api.DecimatingBuffer;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.LayerHistograms;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinHistory;
import bnlab.engine.api.TwinState;
import bnlab.engine.api.UnitHistory;
import bnlab.engine.api.UnitStats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;

/** Hand-made snapshots for tests. */
public final class Snapshots {
    private Snapshots() {
    }

    public static Histogram histogram(double centre) {
        return new Histogram(centre - 1, centre + 1, new long[] {1, 4, 6, 4, 1}, centre, 0.5, 16);
    }

    public static LayerProbe probe(int layer, double p50, double gammaMean, double betaMean) {
        Histogram h = histogram(p50);
        return new LayerProbe(layer, new LayerHistograms(h, h, h, h, h), 0.1,
                0.5, 0.05, 0.01, List.of(new UnitStats(0, p50, p50, p50, p50, p50, p50, gammaMean, betaMean)),
                gammaMean, betaMean);
    }

    /**
     * A history with one row per step 1..step of the loss, accuracies every 20 steps, percentiles and
     * unit statistics every step, each a function of the step.
     */
    public static TwinHistory history(long step, int depth, LongToDoubleFunction loss, LongToDoubleFunction acc,
                                      LongToDoubleFunction p50) {
        DecimatingBuffer l = new DecimatingBuffer(1000, 1);
        DecimatingBuffer a = new DecimatingBuffer(1000, 3);
        DecimatingBuffer p = new DecimatingBuffer(1000, 3);
        DecimatingBuffer path = new DecimatingBuffer(1000, TwinHistory.PATH_COLUMNS);
        DecimatingBuffer layers = new DecimatingBuffer(1000, TwinHistory.PER_LAYER * depth);
        DecimatingBuffer u = new DecimatingBuffer(1000, UnitHistory.COLUMNS);
        for (long t = 0; t <= step; t++) {
            if (t % 20 == 0) {
                a.add(t, acc.applyAsDouble(t), acc.applyAsDouble(t) + 0.01, acc.applyAsDouble(t));
                double at = loss.applyAsDouble(Math.max(1, t));
                path.add(t, at, 0.8 * at, 1.5 * at, 0.5 * at, 2 * at);
            }
            if (t == 0) {
                continue;
            }
            l.add(t, loss.applyAsDouble(t));
            double m = p50.applyAsDouble(t);
            p.add(t, m - 1, m, m + 1);
            layers.add(t, new double[TwinHistory.PER_LAYER * depth]);
            u.add(t, m, m, m, 1, 1, 1);
        }
        List<UnitHistory> units = List.of(new UnitHistory(0, 0, u.view()));
        return new TwinHistory(l.view(), a.view(), p.view(), path.view(), layers.view(), units);
    }

    public static TwinState twin(boolean normalized, int depth, double loss, double acc, long evalStep,
                                 double p50, boolean diverged) {
        List<LayerProbe> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(probe(i, p50 + i, 1.0 + 0.1 * i, 0.01 * i));
        }
        return new TwinState(normalized, normalized ? NormKind.BATCH : NormKind.NONE,
                diverged ? Problem.of(RunProblem.LOSS_NAN, evalStep, 10.0) : null, loss, acc, acc, acc, evalStep,
                evalStep, diverged ? List.of() : layers, TwinHistory.EMPTY);
    }

    /** A healthy snapshot at a step with default settings and spec, with histories up to the step. */
    public static Snapshot at(long version, long step) {
        return at(version, step, TrainSettings.defaults(), ExperimentSpec.defaults(), null);
    }

    public static Snapshot at(long version, long step, TrainSettings settings, ExperimentSpec spec, Problem problem) {
        int depth = spec.hidden().size();
        double loss = 2.0 / (1 + step * 0.01);
        TwinState bn = withHistory(twin(true, depth, loss * 0.5, Math.min(1, 0.1 + step * 0.001), step / 20 * 20,
                0.1 * step, false), history(step, depth, t -> 1.0 / (1 + t * 0.01), t -> Math.min(1, 0.1 + t * 0.001),
                t -> 0.1 * t));
        TwinState plain = withHistory(twin(false, depth, loss, Math.min(1, 0.1 + step * 0.0005), step / 20 * 20,
                2 + 0.05 * step, false), history(step, depth, t -> 2.0 / (1 + t * 0.01),
                t -> Math.min(1, 0.1 + t * 0.0005), t -> 2 + 0.05 * t));
        return new Snapshot(version, step, (int) (step / 50), false, settings, spec, "digits", 1437, 360, bn, plain,
                problem, 200);
    }

    public static TwinState withHistory(TwinState t, TwinHistory h) {
        return new TwinState(t.normalized(), t.norm(), t.divergence(), t.loss(), t.trainAccTrainMode(),
                t.trainAccEvalMode(), t.testAcc(), t.evalStep(), t.probeStep(), t.layers(), h);
    }

    public static Snapshot with(Snapshot s, TwinState normalized, TwinState plain, boolean playing) {
        return new Snapshot(s.version(), s.step(), s.epoch(), playing, s.settings(), s.spec(), s.datasetName(),
                s.trainSize(), s.testSize(), normalized, plain, s.problem(), s.stepsPerSec());
    }
}
