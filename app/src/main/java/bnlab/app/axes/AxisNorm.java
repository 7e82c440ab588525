package bnlab.app.axes;

import bnlab.engine.api.Moments;

/**
 * Normalization of a small [N, D] batch (samples in rows, features in columns) along one axis, in
 * plain doubles for the view; the means and variances come from {@link Moments}, the one place that
 * computes them. Nothing here is modified after it is returned; inputs are not modified.
 */
final class AxisNorm {
    /** PyTorch's default epsilon, used for the hand-made batch. */
    static final double EPS = 1e-5;

    private AxisNorm() {
    }

    /** Which way the statistics are taken. */
    enum Axis {
        /** BatchNorm: per feature (column), across the batch. */
        COLUMNS,
        /** LayerNorm: per sample (row), across its features. */
        ROWS
    }

    /** The mean and biased variance of each column (or row). */
    record Stats(double[] mean, double[] var) {
        Stats {
            mean = mean.clone();
            var = var.clone();
        }

        @Override
        public double[] mean() {
            return mean.clone();
        }

        @Override
        public double[] var() {
            return var.clone();
        }

        double mean(int k) {
            return mean[k];
        }

        double var(int k) {
            return var[k];
        }

        int size() {
            return mean.length;
        }
    }

    /** Statistics along an axis of a rectangular batch x[N][D] (N >= 1, D >= 1). */
    static Stats stats(double[][] x, Axis axis) {
        return axis == Axis.COLUMNS ? columns(x) : rows(x);
    }

    // BN: mu_j = 1/N sum_i x_ij;  var_j = 1/N sum_i (x_ij - mu_j)^2          x [N, D]; mu, var [D]
    static Stats columns(double[][] x) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] var = new double[d];
        Moments.columns(i -> x[i / d][i % d], n, d, mean, var);
        return new Stats(mean, var);
    }

    // LN: mu_i = 1/D sum_j x_ij;  var_i = 1/D sum_j (x_ij - mu_i)^2          x [N, D]; mu, var [N]
    static Stats rows(double[][] x) {
        int n = x.length;
        double[] mean = new double[n];
        double[] var = new double[n];
        for (int i = 0; i < n; i++) {
            Moments.Of m = Moments.of(x[i]);
            mean[i] = m.mean();
            var[i] = m.var();
        }
        return new Stats(mean, var);
    }

    // BN: x_hat_ij = (x_ij - mu_j) / sqrt(var_j + eps);  LN: x_hat_ij = (x_ij - mu_i) / sqrt(var_i + eps)
    static double[][] normalize(double[][] x, Axis axis, double eps) {
        Stats s = stats(x, axis);
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                int k = axis == Axis.COLUMNS ? j : i;
                out[i][j] = (x[i][j] - s.mean(k)) / Math.sqrt(s.var(k) + eps);
            }
        }
        return out;
    }
}
