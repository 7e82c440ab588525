package bnlab.engine.api;

/**
 * The one place where means and variances are computed. Two passes (mean first, then the squared
 * deviations from it), so shifted data loses no digits; chunks are merged with Chan et al.'s
 * pairwise update. Variances are biased (divide by n) unless said otherwise; unbiased = biased * n / (n - 1).
 */
public final class Moments {
    private Moments() {
    }

    /** Values by index: a plain array, an ND4J buffer, a column of a matrix. */
    @FunctionalInterface
    public interface Values {
        double get(int i);
    }

    /** Mean and biased variance of n values. */
    public record Of(double mean, double var, long n) {
        /** var * n / (n - 1); NaN for n < 2. */
        public double unbiasedVar() {
            return n < 2 ? Double.NaN : var * n / (n - 1);
        }

        public double std() {
            return Math.sqrt(var);
        }
    }

    // mean = 1/n sum x;  var = 1/n sum (x - mean)^2      (the loops of of(Values, n), on the array directly)
    public static Of of(double[] x) {
        int n = x.length;
        if (n == 0) {
            return new Of(Double.NaN, Double.NaN, 0);
        }
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : x) {
            double d = v - mean;
            ss += d * d;
        }
        return new Of(mean, ss / n, n);
    }

    /** Mean and biased variance of v.get(0 .. n-1). */
    public static Of of(Values v, int n) {
        if (n == 0) {
            return new Of(Double.NaN, Double.NaN, 0);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += v.get(i);
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = v.get(i) - mean;
            ss += d * d;
        }
        return new Of(mean, ss / n, n);
    }

    /**
     * Per-column mean and biased variance of a row-major [rows, cols] matrix, into mean[cols] and
     * var[cols] (BN's batch statistics: mu_j = 1/m sum_i x_ij; var_j = 1/m sum_i (x_ij - mu_j)^2).
     */
    public static void columns(Values v, int rows, int cols, double[] mean, double[] var) {
        java.util.Arrays.fill(mean, 0, cols, 0.0);
        java.util.Arrays.fill(var, 0, cols, 0.0);
        for (int r = 0, i = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++, i++) {
                mean[j] += v.get(i);
            }
        }
        for (int j = 0; j < cols; j++) {
            mean[j] /= rows;
        }
        for (int r = 0, i = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++, i++) {
                double d = v.get(i) - mean[j];
                var[j] += d * d;
            }
        }
        for (int j = 0; j < cols; j++) {
            var[j] /= rows;
        }
    }

    /**
     * Per channel of a row-major [rows, channels * positions] array (each row a sample's [C, H, W]): the
     * moments of channel c over its rows * positions values (a conv BN's statistics). positions = 1 is
     * {@link #columns}.
     * mean_c = 1/(rows P) sum_{n,p} x;  var_c = 1/(rows P) sum_{n,p} (x - mean_c)^2
     */
    public static void channels(Values v, int rows, int channels, int positions, double[] mean, double[] var) {
        if (positions == 1) {
            columns(v, rows, channels, mean, var);
            return;
        }
        java.util.Arrays.fill(mean, 0, channels, 0.0);
        java.util.Arrays.fill(var, 0, channels, 0.0);
        for (int r = 0, i = 0; r < rows; r++) {
            for (int c = 0; c < channels; c++) {
                for (int p = 0; p < positions; p++, i++) {
                    mean[c] += v.get(i);
                }
            }
        }
        double m = (double) rows * positions;
        for (int c = 0; c < channels; c++) {
            mean[c] /= m;
        }
        for (int r = 0, i = 0; r < rows; r++) {
            for (int c = 0; c < channels; c++) {
                for (int p = 0; p < positions; p++, i++) {
                    double d = v.get(i) - mean[c];
                    var[c] += d * d;
                }
            }
        }
        for (int c = 0; c < channels; c++) {
            var[c] /= m;
        }
    }

    /**
     * Per-column moments over many chunks of rows (the population statistics over a data set seen in
     * chunks). Each chunk's moments are computed in two passes and merged with Chan et al.:
     * n = na + nb;  delta = mean_b - mean_a;  mean = mean_a + delta * nb / n;
     * M2 = M2_a + M2_b + delta^2 * na * nb / n      (M2 = sum of squared deviations)
     */
    public static final class Accumulator {
        private final int cols;
        private final double[] mean;
        private final double[] m2;
        private final double[] chunkMean;
        private final double[] chunkVar;
        private long n;

        public Accumulator(int cols) {
            this.cols = cols;
            mean = new double[cols];
            m2 = new double[cols];
            chunkMean = new double[cols];
            chunkVar = new double[cols];
        }

        /** Add a row-major [rows, cols] chunk. */
        public void add(Values v, int rows) {
            add(v, rows, 1);
        }

        /**
         * Add a chunk of rows samples, each cols channels of positions values ([rows, cols * positions],
         * see {@link Moments#channels}): each channel gains rows * positions values.
         */
        public void add(Values v, int rows, int positions) {
            if (rows == 0) {
                return;
            }
            channels(v, rows, cols, positions, chunkMean, chunkVar);
            long k = (long) rows * positions;
            long total = n + k;
            for (int j = 0; j < cols; j++) {
                double delta = chunkMean[j] - mean[j];
                mean[j] += delta * k / total;
                m2[j] += chunkVar[j] * k + delta * delta * ((double) n * k / total);
            }
            n = total;
        }

        public long count() {
            return n;
        }

        /** Per-column means, a copy. */
        public double[] mean() {
            return mean.clone();
        }

        /** Per-column variances: M2 / (n - 1) when unbiased (and n > 1), else M2 / n. */
        public double[] var(boolean unbiased) {
            double[] out = new double[cols];
            for (int j = 0; j < cols; j++) {
                out[j] = m2[j] / (unbiased ? Math.max(1, n - 1) : n);
            }
            return out;
        }
    }

    /**
     * Per-column averages over mini-batches of each batch's own mean and variance: the values BN's running
     * statistics converge to (Ioffe and Szegedy, Algorithm 2), each batch normalized as training normalizes it.
     * Each batch B of m values per column weighs m:
     * E[x] = E_B[mu_B];  Var[x] = E_B[m/(m-1) sigma_B^2] (unbiased, PyTorch's target) or E_B[sigma_B^2] (biased,
     * Keras'), sigma_B^2 = 1/m sum (x - mu_B)^2. A batch of one value has no unbiased variance and is left out.
     */
    public static final class BatchAverages {
        private final int cols;
        private final double[] meanSum;
        private final double[] varSum;
        private final double[] unbiasedSum;
        private final double[] chunkMean;
        private final double[] chunkVar;
        private long n;
        private long nUnbiased;

        public BatchAverages(int cols) {
            this.cols = cols;
            meanSum = new double[cols];
            varSum = new double[cols];
            unbiasedSum = new double[cols];
            chunkMean = new double[cols];
            chunkVar = new double[cols];
        }

        /** Add one batch of rows samples, each cols channels of positions values (see {@link Moments#channels}). */
        public void add(Values v, int rows, int positions) {
            if (rows == 0) {
                return;
            }
            channels(v, rows, cols, positions, chunkMean, chunkVar);
            long m = (long) rows * positions;
            for (int j = 0; j < cols; j++) {
                meanSum[j] += chunkMean[j] * m;
                varSum[j] += chunkVar[j] * m;
                if (m > 1) {
                    unbiasedSum[j] += chunkVar[j] * m / (m - 1) * m;
                }
            }
            n += m;
            nUnbiased += m > 1 ? m : 0;
        }

        /** Per-column E_B[mu_B]. */
        public double[] mean() {
            double[] out = new double[cols];
            for (int j = 0; j < cols; j++) {
                out[j] = meanSum[j] / n;
            }
            return out;
        }

        /** Per-column E_B[m/(m-1) sigma_B^2] when unbiased, else E_B[sigma_B^2]. */
        public double[] var(boolean unbiased) {
            double[] out = new double[cols];
            for (int j = 0; j < cols; j++) {
                out[j] = unbiased ? unbiasedSum[j] / nUnbiased : varSum[j] / n;
            }
            return out;
        }
    }
}
