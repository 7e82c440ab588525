package bnlab.engine.api.twoweight;

import bnlab.engine.api.Dataset;
import java.util.Random;

/**
 * Two features and a numeric target: x is [n][2], t is [n]. Arrays are never modified after
 * construction (factories build fresh copies).
 */
public record TwoFeatureProblem(String name, double[][] x, double[] t) {

    public TwoFeatureProblem {
        if (x.length != t.length || x.length < 2) {
            throw new IllegalArgumentException(name + ": need n >= 2 rows and one target per row");
        }
        for (double[] row : x) {
            if (row.length != 2) {
                throw new IllegalArgumentException(name + ": each row must have exactly 2 features");
            }
        }
    }

    public int size() {
        return x.length;
    }

    /**
     * Synthetic regression: x1, x2 ~ U(1, 5) independent, t = 2*x1 + 3*x2 + N(0, 0.5^2); the raw
     * problem then multiplies feature 2 by {@code scale}, so its weight becomes 3/scale.
     * The same seed gives the same points for every scale.
     */
    public static TwoFeatureProblem synthetic(long seed, int n, double scale) {
        Random rng = new Random(seed);
        double[][] x = new double[n][2];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            double x1 = 1 + 4 * rng.nextDouble();
            double x2 = 1 + 4 * rng.nextDouble();
            t[i] = 2 * x1 + 3 * x2 + 0.5 * rng.nextGaussian();
            x[i][0] = x1;
            x[i][1] = scale * x2;
        }
        return new TwoFeatureProblem("synthetic, x2 scaled by " + fmt(scale), x, t);
    }

    /**
     * Two columns of a data set, regressed onto its class index: features i and j as they are (raw),
     * target t = y (the class 0..K-1 as a number). For wine that is the cultivar 0, 1, 2.
     */
    public static TwoFeatureProblem fromDataset(Dataset d, int i, int j) {
        double[][] x = new double[d.size()][2];
        double[] t = new double[d.size()];
        for (int r = 0; r < d.size(); r++) {
            x[r][0] = d.x(r, i);
            x[r][1] = d.x(r, j);
            t[r] = d.y(r);
        }
        return new TwoFeatureProblem(d.name() + ": " + d.featureNames().get(i) + ", "
                + d.featureNames().get(j), x, t);
    }

    /**
     * z-scored features and centered target: z_k = (x_k - mean_k) / std_k (biased std, divide by n),
     * t' = t - mean(t). A constant column keeps std 1 (it becomes all zeros).
     */
    public TwoFeatureProblem standardized() {
        int n = size();
        double[] mean = new double[2];
        double[] sd = new double[2];
        double tm = 0;
        for (int r = 0; r < n; r++) {
            mean[0] += x[r][0] / n;
            mean[1] += x[r][1] / n;
            tm += t[r] / n;
        }
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < 2; k++) {
                double dk = x[r][k] - mean[k];
                sd[k] += dk * dk / n;
            }
        }
        for (int k = 0; k < 2; k++) {
            sd[k] = sd[k] > 0 ? Math.sqrt(sd[k]) : 1;
        }
        double[][] z = new double[n][2];
        double[] tc = new double[n];
        for (int r = 0; r < n; r++) {
            z[r][0] = (x[r][0] - mean[0]) / sd[0];
            z[r][1] = (x[r][1] - mean[1]) / sd[1];
            tc[r] = t[r] - tm;
        }
        return new TwoFeatureProblem(name + " (standardized)", z, tc);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.3g", v);
    }
}
