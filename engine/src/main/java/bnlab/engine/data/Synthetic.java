package bnlab.engine.data;

import bnlab.engine.api.Dataset;

import java.util.List;
import java.util.Random;

/**
 * Seeded 2-D toy classification sets (features "x1", "x2"). Same arguments, same data: each set
 * draws from its own {@code java.util.Random(seed)}, whose Gaussian is specified exactly.
 *
 * <p>Convention: {@code noise} is the standard deviation of Gaussian noise added to each coordinate
 * of a clean point. Sample i has class i mod k (k = number of classes), so classes interleave and
 * their sizes differ by at most one.
 */
public final class Synthetic {

    private static final List<String> NAMES = List.of("x1", "x2");

    private Synthetic() {
    }

    /**
     * Three interleaved spiral arms, classes 0..2. Point j of m on arm k, with r = (j + 1) / m:
     * theta = 2 pi k / 3 + 1.75 pi r, (x1, x2) = r (cos theta, sin theta) + noise.
     */
    public static Dataset spiral(int n, double noise, long seed) {
        check(n, 3, noise);
        Random rnd = new Random(seed);
        return make("spiral", n, 3, (i, k, j, m, p) -> {
            double r = (j + 1.0) / m;
            double t = 2 * Math.PI * k / 3 + 1.75 * Math.PI * r;
            p[0] = r * Math.cos(t) + noise * rnd.nextGaussian();
            p[1] = r * Math.sin(t) + noise * rnd.nextGaussian();
        });
    }

    /**
     * Two half circles as in scikit-learn's make_moons, t = pi j / (m - 1) (t = 0 if m = 1):
     * class 0: (cos t, sin t); class 1: (1 - cos t, 1 - sin t - 0.5); plus noise.
     */
    public static Dataset moons(int n, double noise, long seed) {
        check(n, 2, noise);
        Random rnd = new Random(seed);
        return make("moons", n, 2, (i, k, j, m, p) -> {
            double t = m > 1 ? Math.PI * j / (m - 1) : 0;
            p[0] = (k == 0 ? Math.cos(t) : 1 - Math.cos(t)) + noise * rnd.nextGaussian();
            p[1] = (k == 0 ? Math.sin(t) : 0.5 - Math.sin(t)) + noise * rnd.nextGaussian();
        });
    }

    /**
     * Two concentric circles as in scikit-learn's make_circles with factor 0.5, t = 2 pi j / m:
     * class 0: (cos t, sin t); class 1: 0.5 (cos t, sin t); plus noise.
     */
    public static Dataset circles(int n, double noise, long seed) {
        check(n, 2, noise);
        Random rnd = new Random(seed);
        return make("circles", n, 2, (i, k, j, m, p) -> {
            double t = 2 * Math.PI * j / m;
            double radius = k == 0 ? 1.0 : 0.5;
            p[0] = radius * Math.cos(t) + noise * rnd.nextGaussian();
            p[1] = radius * Math.sin(t) + noise * rnd.nextGaussian();
        });
    }

    /**
     * XOR of the signs: sample i lies in quadrant q = i mod 4 with |x1|, |x2| uniform in (0, 1];
     * quadrants (+,+) and (-,-) are class 0, (-,+) and (+,-) class 1; noise is added after labelling.
     */
    public static Dataset xor(int n, double noise, long seed) {
        check(n, 2, noise);
        Random rnd = new Random(seed);
        return make("xor", n, 2, (i, k, j, m, p) -> {
            int q = i % 4;
            double sx = q == 0 || q == 3 ? 1 : -1;
            double sy = q < 2 ? 1 : -1;
            p[0] = sx * (1 - rnd.nextDouble()) + noise * rnd.nextGaussian();
            p[1] = sy * (1 - rnd.nextDouble()) + noise * rnd.nextGaussian();
        });
    }

    /** Gaussian blobs of standard deviation noise around centers (cos, sin)(2 pi k / centers). */
    public static Dataset blobs(int n, int centers, double noise, long seed) {
        if (centers < 2) {
            throw new IllegalArgumentException("blobs needs at least 2 centers, got " + centers);
        }
        check(n, centers, noise);
        Random rnd = new Random(seed);
        return make("blobs", n, centers, (i, k, j, m, p) -> {
            double a = 2 * Math.PI * k / centers;
            p[0] = Math.cos(a) + noise * rnd.nextGaussian();
            p[1] = Math.sin(a) + noise * rnd.nextGaussian();
        });
    }

    /**
     * A copy of d with column {@code feature} (0-based) multiplied by factor; other columns and the
     * labels are unchanged (shared rows are never modified). The name gets " (x1 x 1000)".
     */
    public static Dataset badlyScaled(Dataset d, int feature, double factor) {
        if (feature < 0 || feature >= d.dim()) {
            throw new IllegalArgumentException("feature " + feature + " out of range 0.." + (d.dim() - 1)
                    + " for " + d.name());
        }
        if (!Double.isFinite(factor) || factor == 0) {
            throw new IllegalArgumentException("factor must be finite and non-zero, got " + factor);
        }
        String f = factor == Math.rint(factor) && Math.abs(factor) < 1e15
                ? Long.toString((long) factor) : Double.toString(factor);
        String name = d.name() + " (" + d.featureNames().get(feature) + " x " + f + ")";
        return d.map(name, (i, j, v) -> j == feature ? v * factor : v);
    }

    /** Writes the clean-plus-noise point of sample i (class k, index j of m in its class) into p. */
    private interface Point {
        void fill(int i, int k, int j, int m, double[] p);
    }

    private static Dataset make(String name, int n, int classes, Point point) {
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int k = i % classes;
            int m = (n - k + classes - 1) / classes; // samples of class k among 0..n-1
            y[i] = k;
            point.fill(i, k, i / classes, m, x[i]);
        }
        return new Dataset(name, x, y, classes, NAMES);
    }

    private static void check(int n, int classes, double noise) {
        if (n < Math.max(2, classes)) {
            throw new IllegalArgumentException("need at least " + Math.max(2, classes)
                    + " samples (one per class), got n = " + n);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite standard deviation >= 0, got " + noise);
        }
    }
}
