package bnlab.engine.data;

import bnlab.engine.api.Dataset;

/**
 * Per-feature standardisation fitted on training data: x' = (x - mean_j) / std_j, with
 * mean_j = (1/n) sum_i x_ij and the biased std_j = sqrt((1/n) sum_i (x_ij - mean_j)^2).
 * A constant column (all values equal) gets std 1, so it maps to 0 rather than NaN.
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
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : train.x()) {
                sum += row[j];
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
            }
            mean[j] = sum / n;
            double ss = 0; // two passes: sum of squared deviations, no cancellation
            for (double[] row : train.x()) {
                double dev = row[j] - mean[j];
                ss += dev * dev;
            }
            std[j] = min == max ? 1.0 : Math.sqrt(ss / n);
        }
        return new Standardizer(mean, std);
    }

    /** A standardised copy of d (d is not modified); name gets " (standardized)". */
    public Dataset apply(Dataset d) {
        if (d.dim() != mean.length) {
            throw new IllegalArgumentException(d.name() + " has " + d.dim() + " features, the standardizer was fitted on "
                    + mean.length);
        }
        double[][] x = new double[d.size()][mean.length];
        for (int i = 0; i < x.length; i++) {
            double[] in = d.x()[i];
            for (int j = 0; j < mean.length; j++) {
                x[i][j] = (in[j] - mean[j]) / std[j];
            }
        }
        return new Dataset(d.name() + " (standardized)", x, d.y().clone(), d.numClasses(), d.featureNames());
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
