package bnlab.engine.probe;

import bnlab.engine.api.Histogram;
import bnlab.engine.api.Moments;

import java.util.Arrays;

/** Descriptive statistics on plain arrays: histograms with stable "nice" ranges, percentiles. */
public final class Stats {
    private Stats() {
    }

    /** Values beyond this many standard deviations from the mean go into the end bins (and are counted). */
    static final double FRAME_STDS = 5;

    /**
     * Histogram of the finite values over a nice range around their bulk: a = max(min, mean - 5 std),
     * b = min(max, mean + 5 std) (a few far outliers must not squash the picture into one bin);
     * step = the smallest of 1, 2, 5 x 10^k that is >= (b - a) / 4; lo = floor(a / step) * step,
     * hi = ceil(b / step) * step. Values outside [lo, hi] are drawn in the end bins and counted in
     * {@link Histogram#outside()}. Such ranges change rarely from one step to the next, so animations do
     * not jitter. Non-finite values are not counted. Mean and (biased) std as in {@link Moments}.
     */
    public static Histogram histogram(double[] values, int bins) {
        double[] finite = finite(values);
        long[] counts = new long[Math.max(1, bins)];
        if (finite.length == 0) {
            return new Histogram(-1, 1, counts, Double.NaN, Double.NaN, 0);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : finite) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        Moments.Of m = Moments.of(finite);
        double a = Math.max(min, m.mean() - FRAME_STDS * m.std());
        double b = Math.min(max, m.mean() + FRAME_STDS * m.std());
        double step = niceStep((b - a) / 4);
        double lo = Math.floor(a / step) * step;
        double hi = Math.ceil(b / step) * step;
        if (hi <= lo) {
            hi = lo + step;
        }
        double width = (hi - lo) / counts.length;
        long outside = 0;
        for (double v : finite) {
            if (v < lo || v > hi) {
                outside++;
            }
            int bin = (int) Math.floor((v - lo) / width);
            counts[Math.min(counts.length - 1, Math.max(0, bin))]++;
        }
        return new Histogram(lo, hi, counts, m.mean(), m.std(), finite.length, outside);
    }

    private static double[] finite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return Arrays.stream(values).filter(Double::isFinite).toArray();
            }
        }
        return values;
    }

    /** The smallest of 1, 2, 5 x 10^k that is >= x (x <= 0 or tiny gives 1e-6). */
    static double niceStep(double x) {
        if (!(x > 1e-6)) {
            return 1e-6;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * p >= x * (1 - 1e-12)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /**
     * Percentile q in [0, 100] with linear interpolation between closest ranks (numpy's default):
     * position = q/100 * (n - 1); value = v[floor] + frac * (v[floor + 1] - v[floor]).
     */
    public static double percentile(double[] values, double q) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        return percentileOfSorted(v, q);
    }

    /** {@link #percentile} of values already sorted and finite. */
    static double percentileOfSorted(double[] v, double q) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double pos = q / 100.0 * (v.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= v.length - 1) {
            return v[v.length - 1];
        }
        return v[i] + (pos - i) * (v[i + 1] - v[i]);
    }

    /** Column c of a row-major [rows, cols] array, as double. */
    public static double[] column(float[] flat, int cols, int c) {
        int rows = flat.length / cols;
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = flat[r * cols + c];
        }
        return out;
    }

    /** All values as double. */
    public static double[] all(float[] flat) {
        double[] out = new double[flat.length];
        for (int i = 0; i < flat.length; i++) {
            out[i] = flat[i];
        }
        return out;
    }
}
