package bnlab.app.featuremaps;

import bnlab.engine.api.FeatureMaps;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;

import java.util.Arrays;

/**
 * What the feature-map view draws at one step: one fixed sample's maps at a conv block, in the twin
 * with normalization (before: x, after: y) and in the plain twin (x), and the one colour scale they
 * share. Immutable.
 *
 * @param norm    the normalized twin's normalization
 * @param layer   the block, 0-based (clamped to the network)
 * @param layers  the network's blocks
 * @param step    the probed step
 * @param batch   the batch size N
 * @param groups  GroupNorm's G
 * @param bn      the normalized twin's maps (x, y and the statistics each channel was normalized with), or null
 * @param plain   the plain twin's maps (x only), or null
 * @param scale   the shared colour scale: values at -scale and +scale take the end colours
 */
record MapFrame(NormKind norm, int layer, int layers, long step, int batch, int groups, FeatureMaps bn,
                FeatureMaps plain, double scale) {

    /** The frame of a block, or null when no twin has feature maps (an MLP, or nothing probed yet). */
    static MapFrame of(Snapshot s, int layer) {
        if (s == null || s.normalized() == null || s.normalized().layers().isEmpty()) {
            return null;
        }
        int l = Math.max(0, Math.min(layer, s.normalized().layers().size() - 1));
        FeatureMaps bn = maps(s.normalized().layers(), l);
        FeatureMaps plain = s.plain() == null ? null : maps(s.plain().layers(), l);
        if (bn == null && plain == null) {
            return null;
        }
        double scale = scale(bn == null ? null : bn.x(), bn == null ? null : bn.y(), plain == null ? null : plain.x());
        return new MapFrame(s.normalized().norm(), l, s.normalized().layers().size(), s.normalized().probeStep(),
                s.settings().batchSize(), s.spec().groups(), bn, plain, scale);
    }

    private static FeatureMaps maps(java.util.List<LayerProbe> layers, int l) {
        return l < layers.size() ? layers.get(l).maps() : null;
    }

    /**
     * The shared scale: the 98th percentile of |v| over every value drawn (a few outliers do not wash
     * the rest out), at least 1e-6; 1 when nothing finite is drawn.
     */
    static double scale(float[]... all) {
        int n = 0;
        for (float[] a : all) {
            n += a == null ? 0 : a.length;
        }
        double[] abs = new double[n];
        int k = 0;
        for (float[] a : all) {
            if (a != null) {
                for (float v : a) {
                    if (Float.isFinite(v)) {
                        abs[k++] = Math.abs(v);
                    }
                }
            }
        }
        if (k == 0) {
            return 1;
        }
        double[] sorted = Arrays.copyOf(abs, k);
        Arrays.sort(sorted);
        double q = sorted[Math.min(k - 1, (int) Math.ceil(0.98 * k) - 1)];
        return Math.max(1e-6, q);
    }

    /**
     * The spread of one sample's maps across channels: the lowest and highest per-channel spatial mean
     * and standard deviation, over the H * W values of each channel.
     *
     * @param minMean lowest channel mean     @param maxMean highest
     * @param minStd  lowest channel std      @param maxStd  highest
     */
    record Spread(double minMean, double maxMean, double minStd, double maxStd) {
    }

    // per channel c: m_c = 1/(HW) sum x_c;  s_c = sqrt(1/(HW) sum (x_c - m_c)^2)
    /** The spread of the maps in {@code values} (C * H * W values), or null without them. */
    /**
     * Each channel's mean and largest value over this image's positions: {means, maxima}. A channel whose maximum
     * is below 0 passes nothing through the ReLU after it, so its filter gets no gradient.
     */
    static double[][] meansAndMaxima(float[] values, int channels) {
        int p = values.length / channels;
        double[][] out = new double[2][channels];
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < p; i++) {
                sum += values[c * p + i];
                max = Math.max(max, values[c * p + i]);
            }
            // mean = (1/p) sum over the positions
            out[0][c] = sum / p;
            out[1][c] = max;
        }
        return out;
    }

    static Spread spread(float[] values, int channels) {
        if (values == null || channels == 0) {
            return null;
        }
        int p = values.length / channels;
        double[] means = meansAndMaxima(values, channels)[0];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        double slo = Double.POSITIVE_INFINITY, shi = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < channels; c++) {
            double m = means[c];
            double ss = 0;
            for (int i = 0; i < p; i++) {
                double d = values[c * p + i] - m;
                ss += d * d;
            }
            double sd = Math.sqrt(ss / p);
            lo = Math.min(lo, m);
            hi = Math.max(hi, m);
            slo = Math.min(slo, sd);
            shi = Math.max(shi, sd);
        }
        return new Spread(lo, hi, slo, shi);
    }

    /**
     * How many values the statistic of this sample's channel 0 pooled ({@link bnlab.engine.api.NormAxes}'s
     * rule over the batch's N x C grid, times H * W positions): BN N * H * W, LN C * H * W, IN H * W ...
     */
    long pooledCount() {
        FeatureMaps m = bn != null ? bn : plain;
        if (norm == NormKind.NONE) {
            return 0;
        }
        long cells = 0;
        for (int n = 0; n < batch; n++) {
            for (int c = 0; c < m.channels(); c++) {
                if (bnlab.engine.api.NormAxes.pooled(norm, m.channels(), groups, 0, 0, n, c)) {
                    cells++;
                }
            }
        }
        return cells * m.height() * m.width();
    }
}
