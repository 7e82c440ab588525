package bnlab.engine.api.twoweight;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.Moments;
import java.util.Random;

/**
 * Two features and a numeric target: x is [n][2], t is [n]. Immutable: the arrays are copied in, and
 * read one value at a time.
 */
public final class TwoFeatureProblem {
    private final String name;
    private final double[][] x;
    private final double[] t;

    public TwoFeatureProblem(String name, double[][] x, double[] t) {
        if (x.length != t.length || x.length < 2) {
            throw new IllegalArgumentException(name + ": need n >= 2 rows and one target per row");
        }
        for (double[] row : x) {
            if (row.length != 2) {
                throw new IllegalArgumentException(name + ": each row must have exactly 2 features");
            }
        }
        this.name = name;
        this.x = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            this.x[i] = x[i].clone();
        }
        this.t = t.clone();
    }

    public String name() {
        return name;
    }

    public int size() {
        return x.length;
    }

    /** Feature k (0 or 1) of row r. */
    public double x(int r, int k) {
        return x[r][k];
    }

    /** The same rows with other targets (a copy). */
    public TwoFeatureProblem withTargets(String newName, double[] targets) {
        return new TwoFeatureProblem(newName, x, targets);
    }

    /** The target of row r. */
    public double t(int r) {
        return t[r];
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
        Moments.Of m0 = Moments.of(r -> x[r][0], n);
        Moments.Of m1 = Moments.of(r -> x[r][1], n);
        double[] mean = {m0.mean(), m1.mean()};
        double[] sd = {m0.var() > 0 ? m0.std() : 1, m1.var() > 0 ? m1.std() : 1};
        double tm = Moments.of(t).mean();
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
