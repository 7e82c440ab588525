package bnlab.app.histograms;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.DecimatingBuffer;
import bnlab.engine.api.LayerHistograms;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import bnlab.engine.api.TwinHistory;
import bnlab.engine.api.UnitHistory;
import bnlab.engine.api.UnitStats;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinState;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test snapshots built from known numbers (shared by the view tests of all three packages).
 * <pre>
 * BN twin, layer l at step t:  normInput ~ N(2 + l + 0.01 t, 3^2),  xhat ~ N(0, 1),  y ~ N(0.5, 1.5^2)
 * plain twin, layer l:         normInput = activationInput ~ N(0, (6 (l + 1))^2),  xhat = y = null
 * running stats of units 0..2: population mean k + 1, var 2; running = population * (1 - 0.9^t)
 * </pre>
 */
public final class SnapshotFixtures {
    public static final int LAYERS = 3;
    public static final int[] UNITS = {0, 1, 2};
    private static final AtomicLong VERSION = new AtomicLong();

    private SnapshotFixtures() {
    }

    /** A Gaussian's histogram over [mean - 4 std, mean + 4 std) with n values in {@code bins} bins. */
    public static Histogram gaussian(double mean, double std, int bins, long n) {
        double lo = mean - 4 * std;
        double hi = mean + 4 * std;
        long[] counts = new long[bins];
        double w = (hi - lo) / bins;
        for (int i = 0; i < bins; i++) {
            double a = i == 0 ? Double.NEGATIVE_INFINITY : (lo + i * w - mean) / std;
            double b = i == bins - 1 ? Double.POSITIVE_INFINITY : (lo + (i + 1) * w - mean) / std;
            counts[i] = Math.round(n * (phi(b) - phi(a)));
        }
        return new Histogram(lo, hi, counts, mean, std, n);
    }

    /** A histogram of a diverged twin: NaN everywhere. */
    public static Histogram nanHistogram(int bins) {
        return new Histogram(Double.NaN, Double.NaN, new long[bins], Double.NaN, Double.NaN, 0);
    }

    public static Snapshot snapshot(long step) {
        return snapshot(step, ActivationKind.SIGMOID, TrainSettings.defaults(), false);
    }

    public static Snapshot snapshot(long step, ActivationKind activation) {
        return snapshot(step, activation, TrainSettings.defaults(), false);
    }

    public static Snapshot snapshot(long step, TrainSettings settings) {
        return snapshot(step, ActivationKind.SIGMOID, settings, false);
    }

    /**
     * With {@code diverged}, the plain twin is all NaN and the BN twin's running stats are NaN too (in
     * its history from step 3 on). Histories hold every step 1..step, as the engine keeps them.
     */
    public static Snapshot snapshot(long step, ActivationKind activation, TrainSettings settings, boolean diverged) {
        ExperimentSpec spec = ExperimentSpec.defaults().withActivation(activation);
        int bins = settings.histBins();
        List<LayerProbe> bn = new ArrayList<>();
        List<LayerProbe> plain = new ArrayList<>();
        for (int l = 0; l < LAYERS; l++) {
            bn.add(bnProbe(l, step, bins, diverged));
            plain.add(diverged ? nanPlainProbe(l, bins) : plainProbe(l, bins));
        }
        long evalStep = step - step % settings.evalEvery();
        TwinState bnTwin = new TwinState(true, NormKind.BATCH, null, 0.5, 0.9, 0.9 - gap(evalStep), 0.88, evalStep,
                step, bn, history(step, settings.evalEvery(), diverged ? 3 : Long.MAX_VALUE, true));
        TwinState plainTwin = diverged
                ? new TwinState(false, NormKind.NONE, Problem.of(RunProblem.LOSS_NAN, step, 10.0), Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, evalStep, 0, List.of(), history(step, settings.evalEvery(), 3, false))
                : new TwinState(false, NormKind.NONE, null, 1.5, 0.6, 0.6, 0.55, evalStep, step, plain,
                history(step, settings.evalEvery(), Long.MAX_VALUE, false));
        return new Snapshot(VERSION.incrementAndGet(), step, 0, true, settings, spec, "digits", 1000, 250,
                bnTwin, plainTwin, null, 200);
    }

    /** train-mode minus eval-mode accuracy at an evaluation step. */
    public static double gap(long evalStep) {
        return 0.2 * Math.pow(0.95, evalStep);
    }

    /** The history the engine would hold at {@code step}: every step's row; running stats NaN from nanFrom. */
    static TwinHistory history(long step, int evalEvery, long nanFrom, boolean normalized) {
        DecimatingBuffer loss = new DecimatingBuffer(1000, 1);
        DecimatingBuffer acc = new DecimatingBuffer(1000, 3);
        DecimatingBuffer pct = new DecimatingBuffer(1000, 3);
        DecimatingBuffer path = new DecimatingBuffer(1000, TwinHistory.PATH_COLUMNS);
        DecimatingBuffer layers = new DecimatingBuffer(1000, TwinHistory.PER_LAYER * LAYERS);
        DecimatingBuffer[] units = new DecimatingBuffer[LAYERS * UNITS.length];
        for (int i = 0; i < units.length; i++) {
            units[i] = new DecimatingBuffer(1000, UnitHistory.COLUMNS);
        }
        for (long t = 0; t <= step; t++) {
            if (t % evalEvery == 0) {
                acc.add(t, normalized ? 0.88 : 0.55, 0.9, 0.9 - gap(t));
                // along the gradient: BN's loss within 10 %, the plain twin's from half to 8 times its own
                double at = (normalized ? 0.5 : 1.5) * (1 + 1.0 / Math.max(1, t));
                path.add(t, at, normalized ? 0.9 * at : 0.5 * at, normalized ? 1.1 * at : 8 * at,
                        normalized ? 0.3 : 5, normalized ? 2 : 40);
            }
            if (t == 0) {
                continue;
            }
            boolean nan = t >= nanFrom;
            loss.add(t, nan ? Double.NaN : (normalized ? 0.5 : 1.5) * (1 + 1.0 / t));
            pct.add(t, normalized ? -1 : -6, normalized ? 0.5 : 0, normalized ? 2 : 6);
            layers.add(t, new double[TwinHistory.PER_LAYER * LAYERS]);
            for (int l = 0; l < LAYERS; l++) {
                for (int u = 0; u < UNITS.length; u++) {
                    double run = nan || !normalized ? Double.NaN : runningMean(u, t);
                    double runVar = nan || !normalized ? Double.NaN : 1 + (POPULATION_VAR - 1) * (1 - Math.pow(0.9, t));
                    units[l * UNITS.length + u].add(t, run, populationMean(u), batchMean(u, t), runVar,
                            POPULATION_VAR, POPULATION_VAR + 0.4 * Math.cos(t));
                }
            }
        }
        List<UnitHistory> uh = new ArrayList<>();
        for (int l = 0; l < LAYERS; l++) {
            for (int u = 0; u < UNITS.length; u++) {
                uh.add(new UnitHistory(l, UNITS[u], units[l * UNITS.length + u].view()));
            }
        }
        return new TwinHistory(loss.view(), acc.view(), pct.view(), path.view(), layers.view(), uh);
    }

    /** A snapshot before the first step: no layer probes yet. */
    public static Snapshot empty() {
        TwinState bn = new TwinState(true, NormKind.BATCH, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1, 0,
                List.of(), TwinHistory.EMPTY);
        TwinState plain = new TwinState(false, NormKind.NONE, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1,
                0, List.of(), TwinHistory.EMPTY);
        return new Snapshot(VERSION.incrementAndGet(), 0, 0, false, TrainSettings.defaults(),
                ExperimentSpec.defaults(), "digits", 1000, 250, bn, plain, null, 0);
    }

    public static double populationMean(int unitSlot) {
        return unitSlot + 1;
    }

    public static final double POPULATION_VAR = 2.0;

    public static double runningMean(int unitSlot, long step) {
        return populationMean(unitSlot) * (1 - Math.pow(0.9, step));
    }

    public static double batchMean(int unitSlot, long step) {
        return populationMean(unitSlot) + 0.3 * Math.sin(step);
    }

    private static LayerProbe bnProbe(int l, long step, int bins, boolean nanStats) {
        Histogram in = gaussian(2 + l + 0.01 * step, 3, bins, 6000);
        Histogram y = gaussian(0.5, 1.5, bins, 6000);
        List<UnitStats> units = new ArrayList<>();
        for (int u = 0; u < UNITS.length; u++) {
            units.add(new UnitStats(UNITS[u], nanStats ? Double.NaN : runningMean(u, step),
                    nanStats ? Double.NaN : 1 + (POPULATION_VAR - 1) * (1 - Math.pow(0.9, step)), populationMean(u),
                    POPULATION_VAR, batchMean(u, step), POPULATION_VAR + 0.4 * Math.cos(step), 1.0, 0.0));
        }
        return new LayerProbe(l, new LayerHistograms(in, gaussian(0, 1, bins, 6000), y, y,
                gaussian(0.6, 0.2, bins, 6000)), 0.02 * (l + 1), 0.1 * (l + 1),
                0.05 * (l + 1), 1e-3, units, 1.0, 0.0);
    }

    private static LayerProbe plainProbe(int l, int bins) {
        Histogram in = gaussian(0, 6 * (l + 1), bins, 6000);
        return new LayerProbe(l, new LayerHistograms(in, null, null, in, gaussian(0.5, 0.4, bins, 6000)),
                0.3 * (l + 1), Math.pow(10, l - 4), Math.pow(10, l - 3), 1e-4, nanUnits(),
                Double.NaN, Double.NaN);
    }

    private static LayerProbe nanPlainProbe(int l, int bins) {
        Histogram h = nanHistogram(bins);
        return new LayerProbe(l, new LayerHistograms(h, null, null, h, h), Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, nanUnits(), Double.NaN, Double.NaN);
    }

    private static List<UnitStats> nanUnits() {
        List<UnitStats> u = new ArrayList<>();
        double n = Double.NaN;
        for (int unit : UNITS) {
            u.add(new UnitStats(unit, n, n, n, n, n, n, n, n));
        }
        return u;
    }

    // Phi(z) via erf, Abramowitz and Stegun 7.1.26 (|error| < 1.5e-7)
    private static double phi(double z) {
        if (z == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (z == Double.POSITIVE_INFINITY) {
            return 1;
        }
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t
                + 0.254829592) * t * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
