package bnlab.engine.probe;

import bnlab.engine.api.Histogram;
import bnlab.engine.api.Moments;

import java.util.Arrays;

/** Descriptive statistics on plain arrays: histograms with stable "nice" ranges, percentiles. */
public final class Stats {
    private Stats() {
    }

    /** The fraction of values on each side that may fall outside the frame (into the end bins). */
    static final double FRAME_TAIL = 0.002;
    /**
     * How many standard deviations from the mean a frame may reach at most: not a nice number, so that a
     * normalized layer's frame (std 1 give or take 1e-6) is not on the edge between [-4, 4] and [-6, 6].
     */
    static final double FRAME_STDS = 4.5;

    /**
     * Histogram of the finite values over a nice range around their bulk: q_a and q_b are the values
     * with a fraction {@link #FRAME_TAIL} below and above them, a = max(min, q_a - (q_b - q_a) / 10) and
     * b = min(max, q_b + (q_b - q_a) / 10) (a few far outliers must not squash the picture into one bin),
     * and neither further than {@link #FRAME_STDS} standard deviations from the mean (a normal bulk is framed
     * by its quantiles, about 3.5 std; units of different scales pooled have tails so heavy that the
     * quantiles reached 8 std and drew the bulk in a few coarse bins);
     * step = the smallest of 1, 2, 5 x 10^k that is >= (b - a) / 4; lo = floor(a / step) * step,
     * hi = ceil(b / step) * step. Values outside [lo, hi] are drawn in the end bins and counted in
     * {@link Histogram#outside()}. Such ranges change rarely from one step to the next, so animations do
     * not jitter. Non-finite values are not counted. Mean and (biased) std as in {@link Moments}.
     */
    public static Histogram histogram(double[] values, int bins) {
        double[] finite = finite(values);
        long[] counts = new long[Math.max(1, bins)];
        int n = finite.length;
        if (n == 0) {
            return new Histogram(-1, 1, counts, Double.NaN, Double.NaN, 0);
        }
        int k = (int) Math.floor(FRAME_TAIL * (n - 1));
        // pass 1: min, max, the sum (for the mean, as Moments.of adds) and the tail quantiles
        double[] sumMinMax = new double[3];
        double[] tails = k < TAIL_SCAN ? scan(finite, k, sumMinMax) : null;
        if (tails == null) {
            sumMinMax[0] = 0;
            sumMinMax[1] = Double.POSITIVE_INFINITY;
            sumMinMax[2] = Double.NEGATIVE_INFINITY;
            for (double v : finite) {
                sumMinMax[0] += v;
                sumMinMax[1] = Math.min(sumMinMax[1], v);
                sumMinMax[2] = Math.max(sumMinMax[2], v);
            }
            tails = k >= n ? tails(finite, k)
                    : bySelectingInBins(finite, k, n - 1 - k, sumMinMax[1], sumMinMax[2]);
        }
        double mean = sumMinMax[0] / n;
        double min = sumMinMax[1];
        double max = sumMinMax[2];
        // pass 2: squared deviations from the mean (var = ss / n, as Moments.of)
        double ss = 0;
        for (double v : finite) {
            double d = v - mean;
            ss += d * d;
        }
        double std = new Moments.Of(mean, ss / n, n).std();
        double qa = tails[0];
        double qb = tails[1];
        double margin = (qb - qa) / 10;
        double a = Math.max(Math.max(min, qa - margin), mean - FRAME_STDS * std);
        double b = Math.min(Math.min(max, qb + margin), mean + FRAME_STDS * std);
        double step = niceStep((b - a) / 4);
        double lo = Math.floor(a / step) * step;
        double hi = Math.ceil(b / step) * step;
        if (hi <= lo) {
            hi = lo + step;
        }
        double width = (hi - lo) / counts.length;
        // pass 3: the bins
        long outside = 0;
        for (double v : finite) {
            if (v < lo || v > hi) {
                outside++;
            }
            int bin = (int) Math.floor((v - lo) / width);
            counts[Math.min(counts.length - 1, Math.max(0, bin))]++;
        }
        return new Histogram(lo, hi, counts, mean, std, n, outside);
    }

    /** Tails up to this k are found in the scan that also sums; beyond, by quickselect. */
    private static final int TAIL_SCAN = 64;

    // tails(v, k) and, into out, the sum, min and max of v: one pass
    private static double[] scan(double[] v, int k, double[] out) {
        int m = k + 1;
        double[] low = new double[m];
        double[] high = new double[m];
        java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
            if (x < low[m - 1]) {
                insertAscending(low, x);
            }
            if (x > high[m - 1]) {
                insertDescending(high, x);
            }
        }
        out[0] = sum;
        out[1] = min;
        out[2] = max;
        return new double[]{low[k], high[k]};
    }

    private static void insertAscending(double[] a, double x) {
        int i = a.length - 1;
        while (i > 0 && a[i - 1] > x) {
            a[i] = a[i - 1];
            i--;
        }
        a[i] = x;
    }

    private static void insertDescending(double[] a, double x) {
        int i = a.length - 1;
        while (i > 0 && a[i - 1] < x) {
            a[i] = a[i - 1];
            i--;
        }
        a[i] = x;
    }

    private static double[] finite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return Arrays.stream(values).filter(Double::isFinite).toArray();
            }
        }
        return values;
    }

    /**
     * The k-th smallest and the k-th largest value (0-based) of v, which is Not modified: for small k
     * in one pass keeping the k + 1 smallest and largest seen so far (sorted, most values pass with one
     * comparison each), else by counting (below). The same values either way (order statistics).
     */
    static double[] tails(double[] v, int k) {
        if (k >= v.length) {
            double[] work = v.clone();
            return new double[]{select(work, k), select(work, work.length - 1 - k)};
        }
        if (k >= TAIL_SCAN) {
            return bySelectingInBins(v, k, v.length - 1 - k);
        }
        return scan(v, k, new double[3]);
    }

    private static final int COUNT_BINS = 4096;

    /** The k-th smallest (0-based) of finite values, exactly (see {@link #bySelectingInBins}). */
    static double bySelectingInBin(double[] v, int k) {
        return bySelectingInBins(v, k, k)[0];
    }

    /**
     * The i-th and j-th smallest (0-based) of finite values, exactly: the values are counted in bins of
     * equal width between min and max (bin = floor((v - min) * scale), which never decreases as v grows),
     * the bin where the running count passes i holds the i-th, and quickselect finds it among that bin's
     * values only; j likewise. Reads v sequentially three times (a conv layer's hundreds of thousands of
     * values: several times faster than quickselect on a copy of them all).
     */
    static double[] bySelectingInBins(double[] v, int i, int j) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return bySelectingInBins(v, i, j, min, max);
    }

    /** The same, given the values' min and max. */
    static double[] bySelectingInBins(double[] v, int i, int j, double min, double max) {
        if (!(max > min)) {
            return new double[]{min, min};
        }
        double scale = COUNT_BINS / (max - min);
        if (!(scale > 0) || !Double.isFinite(scale)) {
            double[] work = v.clone();
            return new double[]{select(work, i), select(work, j)};
        }
        int[] counts = new int[COUNT_BINS];
        for (double x : v) {
            counts[bin(x, min, scale)]++;
        }
        int bi = 0;
        int belowI = 0;
        while (belowI + counts[bi] <= i) {
            belowI += counts[bi];
            bi++;
        }
        int bj = 0;
        int belowJ = 0;
        while (belowJ + counts[bj] <= j) {
            belowJ += counts[bj];
            bj++;
        }
        double[] inI = new double[counts[bi]];
        double[] inJ = bj == bi ? inI : new double[counts[bj]];
        int ni = 0;
        int nj = 0;
        for (double x : v) {
            int b = bin(x, min, scale);
            if (b == bi) {
                inI[ni++] = x;
            } else if (b == bj) {
                inJ[nj++] = x;
            }
        }
        double a = select(inI, i - belowI);
        return new double[]{a, select(inJ, j - belowJ)};
    }

    private static int bin(double x, double min, double scale) {
        return Math.min(COUNT_BINS - 1, (int) ((x - min) * scale));
    }

    /** The k-th smallest value (0-based), by quickselect: O(n), reorders v. */
    static double select(double[] v, int k) {
        int lo = 0;
        int hi = v.length - 1;
        while (lo < hi) {
            double pivot = v[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = v[i];
                    v[i] = v[j];
                    v[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return v[k];
            }
        }
        return v[k];
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

    /**
     * Percentiles q[0], q[1], ... of the finite values (as {@link #percentile}), v Not modified: from the
     * two order statistics each needs, found by {@link #bySelectingInBins} without sorting when there
     * are many values (a conv channel's N * H * W), else by sorting a copy. The same numbers either way.
     */
    public static double[] percentiles(double[] values, double... q) {
        double[] v = finite(values);
        int n = v.length;
        double[] out = new double[q.length];
        if (n < SELECT_PERCENTILES) {
            double[] sorted = v == values ? v.clone() : v;
            Arrays.sort(sorted);
            for (int k = 0; k < q.length; k++) {
                out[k] = percentileOfSorted(sorted, q[k]);
            }
            return out;
        }
        for (int k = 0; k < q.length; k++) {
            double pos = q[k] / 100.0 * (n - 1);
            int i = (int) Math.floor(pos);
            if (i >= n - 1) {
                out[k] = bySelectingInBins(v, n - 1, n - 1)[0];
                continue;
            }
            double[] ab = bySelectingInBins(v, i, i + 1);
            out[k] = ab[0] + (pos - i) * (ab[1] - ab[0]);
        }
        return out;
    }

    /** From this many values on, percentiles are selected rather than sorted. */
    static final int SELECT_PERCENTILES = 4096;

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

    /**
     * Channel c of a row-major [rows, channels * positions] array (each row a sample's [C, H, W]): its
     * rows * positions values, sample by sample, as double. positions = 1 is {@link #column}.
     */
    public static double[] channel(float[] flat, int channels, int positions, int c) {
        if (positions == 1) {
            return column(flat, channels, c);
        }
        int stride = channels * positions;
        int rows = flat.length / stride;
        double[] out = new double[rows * positions];
        for (int r = 0, o = 0; r < rows; r++) {
            int from = r * stride + c * positions;
            for (int p = 0; p < positions; p++, o++) {
                out[o] = flat[from + p];
            }
        }
        return out;
    }
}
