package bnlab.engine.data;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.Moments;

/**
 * Per-feature standardisation fitted on training data: x' = (x - mean_j) / std_j, with
 * mean_j = (1/n) sum_i x_ij and the biased std_j = sqrt((1/n) sum_i (x_ij - mean_j)^2).
 * A constant column (all values equal: zero variance) gets std 1, so it maps to 0 rather than NaN.
 * Moments as everywhere: {@link Moments} (two passes).
 * Fit on the training set only and apply the same statistics to the test set.
 */
public final class Standardizer {

    private final double[] mean;
    private final double[] std;

    private Standardizer(double[] mean, double[] std) {
        this.mean = mean;
        this.std = std;
    }

    public static Standardizer fit(Dataset train) {
        int n = train.size();
        int dim = train.dim();
        double[] mean = new double[dim];
        double[] std = new double[dim];
        for (int j = 0; j < dim; j++) {
            int col = j;
            Moments.Of m = Moments.of(i -> train.x(i, col), n);
            mean[j] = m.mean();
            std[j] = m.var() == 0 ? 1.0 : m.std();
        }
        return new Standardizer(mean, std);
    }

    /**
     * One mean and std for all features, fitted on the training images: x' = (x - mean) / std over
     * every pixel of every image. Per-pixel statistics suit images badly: a pixel that is almost
     * always 0 has a tiny std, so a rare ink value there becomes |z| of thousands (MNIST: 3.4e4).
     */
    public static Standardizer fitWhole(Dataset train) {
        int n = train.size();
        int dim = train.dim();
        Moments.Of m = Moments.of(i -> train.x(i / dim, i % dim), Math.multiplyExact(n, dim));
        double[] mean = new double[dim];
        double[] std = new double[dim];
        java.util.Arrays.fill(mean, m.mean());
        java.util.Arrays.fill(std, m.var() == 0 ? 1.0 : m.std());
        return new Standardizer(mean, std);
    }

    /** Per feature for tabular data, {@link #fitWhole} for images. */
    public static Standardizer fitFor(Dataset train) {
        return train.isImages() ? fitWhole(train) : fit(train);
    }

    /** A standardised copy of d (d is not modified); name gets " (standardized)". */
    public Dataset apply(Dataset d) {
        if (d.dim() != mean.length) {
            throw new IllegalArgumentException(d.name() + " has " + d.dim() + " features, the standardizer was fitted on "
                    + mean.length);
        }
        return d.map(d.name() + " (standardized)", (i, j, v) -> (v - mean[j]) / std[j]);
    }

    /** Per-feature means (a copy). */
    public double[] mean() {
        return mean.clone();
    }

    /** Per-feature biased standard deviations, 1 for constant columns (a copy). */
    public double[] std() {
        return std.clone();
    }
}
