package bnlab.app.saturation;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.LayerHistograms;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinHistory;
import bnlab.engine.api.TwinState;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Snapshots for the saturation view with chosen input histograms and per-layer gradient norms. */
final class SaturationFixtures {
    private static final AtomicLong VERSION = new AtomicLong(1_000_000);

    private SaturationFixtures() {
    }

    /** One twin's per-layer numbers: input histogram of f, saturated fraction, ||dL/dz||, ||dL/dW||. */
    record Layer(Histogram input, double saturated, double signal, double weightGrad) {
    }

    /**
     * A Gaussian's counts in {@code bins} equal bins over [lo, hi), as the engine bins a batch: the
     * range reaches the extreme values (so it can be far wider than the bulk), values beyond it clamped
     * into the end bins.
     */
    static Histogram gaussian(double mean, double std, double lo, double hi, int bins, long n) {
        long[] counts = new long[bins];
        double w = (hi - lo) / bins;
        for (int i = 0; i < bins; i++) {
            double a = i == 0 ? Double.NEGATIVE_INFINITY : (lo + i * w - mean) / std;
            double b = i == bins - 1 ? Double.POSITIVE_INFINITY : (lo + (i + 1) * w - mean) / std;
            counts[i] = Math.round(n * (phi(b) - phi(a)));
        }
        return new Histogram(lo, hi, counts, mean, std, n);
    }

    /** Sigmoid, three layers; the normalized twin with BatchNorm. */
    static Snapshot snapshot(List<Layer> bn, List<Layer> plain) {
        return snapshot(ActivationKind.SIGMOID, NormKind.BATCH, bn, plain);
    }

    static Snapshot snapshot(ActivationKind f, NormKind norm, List<Layer> bn, List<Layer> plain) {
        ExperimentSpec spec = ExperimentSpec.defaults().withActivation(f)
                .withNorm(norm, Placement.BEFORE_ACTIVATION)
                .withHidden(new ArrayList<>(Collections.nCopies(bn.size(), 100)));
        TwinState b = new TwinState(true, norm, null, 0.5, 0.9, 0.9, 0.9, 0, 1, probes(bn), TwinHistory.EMPTY);
        TwinState p = new TwinState(false, NormKind.NONE, null, 1.5, 0.6, 0.6, 0.6, 0, 1, probes(plain),
                TwinHistory.EMPTY);
        return new Snapshot(VERSION.incrementAndGet(), 1, 0, false, TrainSettings.defaults(), spec, "digits", 1000, 250,
                b, p, null, 0);
    }

    /** The same layer three times. */
    static List<Layer> three(Layer l) {
        return List.of(l, l, l);
    }

    private static List<LayerProbe> probes(List<Layer> layers) {
        List<LayerProbe> out = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            Layer x = layers.get(l);
            out.add(new LayerProbe(l, new LayerHistograms(x.input(), null, null, x.input(), null),
                    x.saturated(), x.weightGrad(), x.signal(), 1e-3, List.of(), Double.NaN, Double.NaN));
        }
        return out;
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
