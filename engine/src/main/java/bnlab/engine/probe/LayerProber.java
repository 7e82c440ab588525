package bnlab.engine.probe;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.BatchBlock;
import bnlab.engine.api.FeatureMaps;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.LayerHistograms;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Moments;
import bnlab.engine.api.UnitStats;
import bnlab.engine.api.UnitValues;

import java.util.ArrayList;
import java.util.List;

/** Turns one block's {@link BlockTrace} into a {@link LayerProbe} of immutable values. Engine thread only. */
public final class LayerProber {
    /** Settings of a probe. unit -1 pools all units in the histograms; the unit's own values then come from unit 0. */
    public record Settings(int bins, int unit, double saturationThreshold) {
    }

    /** Units whose statistics a probe reports: the probe unit and the next ones. */
    static final int UNITS = 3;

    private LayerProber() {
    }

    /**
     * The activation input's histogram has this many times the setting's bins, over the same range (its
     * bins nest in the setting's: every 4 merge into one of them exactly): the saturation view draws it over a
     * window of a few times f's responsive region, where the plain twin's wide range had left 4 coarse bins.
     */
    static final int ACTIVATION_INPUT_FINER = 4;

    /**
     * A unit is a Dense layer's unit or a conv block's channel: its values are its column of the batch, or
     * the channel's N * H * W values; "all units pooled" pools every channel.
     *
     * @param population population mean and variance of the normalization input per unit, or null
     */
    public static LayerProbe probe(int layer, BlockTrace t, Settings s, Population population) {
        int width = t.units;
        int positions = t.positions;
        int unit = Math.min(Math.max(s.unit(), 0), width - 1);
        ActivationKind kind = t.activation;

        LayerHistograms h = new LayerHistograms(hist(t.normInput, t, s), t.normalized ? hist(t.xhat, t, s) : null,
                t.normalized ? hist(t.normOutput, t, s) : null,
                hist(t.activationInput, t, s, s.bins() * ACTIVATION_INPUT_FINER), hist(t.activationOutput, t, s));

        long saturated = 0;
        for (float v : t.activationInput) {
            if (kind.isSaturated(v, s.saturationThreshold())) {
                saturated++;
            }
        }

        // the batch's moments of the normalization input, per unit (what BN normalizes with)
        double[] bMean = new double[width];
        double[] bVar = new double[width];
        float[] in = t.normInput;
        Moments.channels(i -> in[i], t.rows, width, positions, bMean, bVar);
        List<UnitStats> units = new ArrayList<>();
        for (int u : probeUnits(unit, width)) {
            units.add(new UnitStats(u, at(t.runningMean, u), at(t.runningVar, u),
                    population == null ? Double.NaN : population.mean()[u],
                    population == null ? Double.NaN : population.var()[u], bMean[u], bVar[u],
                    at(t.gamma, u, t.normalized), at(t.beta, u, t.normalized)));
        }
        // the probe unit's own values over the batch: x, and x_hat and y as the step computed them
        // and the backward pass through its normalization: dL/dy, dL/dx, dL/dgamma, dL/dbeta as the step computed them
        boolean back = t.normalized && t.normOutputGrad != null;
        UnitValues values = new UnitValues(unit, Stats.channel(t.normInput, width, positions, unit),
                t.normalized ? Stats.channel(t.xhat, width, positions, unit) : null,
                t.normalized ? Stats.channel(t.normOutput, width, positions, unit) : null,
                back ? Stats.channel(t.normOutputGrad, width, positions, unit) : null,
                back ? Stats.channel(t.normInputGrad, width, positions, unit) : null,
                back ? t.gammaGrad[unit] : Double.NaN, back ? t.betaGrad[unit] : Double.NaN);
        double update = t.weightNorm == 0 ? 0 : t.updateNorm / t.weightNorm;
        // the batch's normalization input as [N, C, H * W] (an MLP's [N, D, 1]), and a conv block's one sample
        BatchBlock block = new BatchBlock(layer, t.rows, width, t.height, t.width2d, t.normInput);
        FeatureMaps maps = t.hasMaps ? new FeatureMaps(layer, 0, width, t.height, t.width2d, t.sampleX, t.sampleY,
                t.sampleMean, t.sampleVar) : null;
        return new LayerProbe(layer, h, (double) saturated / t.activationInput.length, t.weightGradNorm,
                t.signalNorm, update, units, t.gammaMean, t.betaMean, values, maps, block);
    }

    /** Up to {@link #UNITS} distinct units starting at the chosen one. */
    static int[] probeUnits(int unit, int width) {
        int k = Math.min(UNITS, width);
        int[] u = new int[k];
        for (int i = 0; i < k; i++) {
            u[i] = (unit + i) % width;
        }
        return u;
    }

    private static Histogram hist(float[] flat, BlockTrace t, Settings s) {
        return hist(flat, t, s, s.bins());
    }

    private static Histogram hist(float[] flat, BlockTrace t, Settings s, int bins) {
        return Stats.histogram(s.unit() < 0 ? t.widened(flat)
                : Stats.channel(flat, t.units, t.positions, Math.min(s.unit(), t.units - 1)), bins);
    }

    private static double at(double[] a, int u) {
        return a == null ? Double.NaN : a[u];
    }

    private static double at(double[] a, int u, boolean present) {
        return present ? at(a, u) : Double.NaN;
    }
}
