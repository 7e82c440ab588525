package bnlab.engine.probe;

/**
 * Population statistics of one layer's BN input over the training set, with the current weights and
 * earlier layers in eval mode: mean = 1/n sum x; var = 1/(n-1) sum (x - mean)^2 when unbiased (the
 * paper's and PyTorch's running target), 1/n otherwise (Keras).
 */
public record Population(double[] mean, double[] var) {


    /** Accumulates sums over chunks: sum x and sum x^2 per unit. */
    public static final class Accumulator {
        private final double[] sum;
        private final double[] sumSq;
        private long n;

        public Accumulator(int width) {
            sum = new double[width];
            sumSq = new double[width];
        }

        /** Adds a [rows, width] chunk of a layer's BN input (copied off the array). */
        public void add(org.nd4j.linalg.api.ndarray.INDArray chunk) {
            add(LayerProber.flat(chunk));
        }

        /** Adds a row-major [rows, width] chunk. */
        public void add(double[] flat) {
            int w = sum.length;
            for (int i = 0; i < flat.length; i++) {
                double v = flat[i];
                sum[i % w] += v;
                sumSq[i % w] += v * v;
            }
            n += flat.length / w;
        }

        // var = (sum x^2 - n mean^2) / (n - 1 or n)
        public Population result(boolean unbiased) {
            int w = sum.length;
            double[] mean = new double[w];
            double[] var = new double[w];
            for (int j = 0; j < w; j++) {
                mean[j] = sum[j] / n;
                double ss = Math.max(0, sumSq[j] - n * mean[j] * mean[j]);
                var[j] = ss / (unbiased ? Math.max(1, n - 1) : n);
            }
            return new Population(mean, var);
        }
    }
}
