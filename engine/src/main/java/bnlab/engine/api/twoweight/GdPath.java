package bnlab.engine.api.twoweight;

import java.util.Arrays;

/**
 * A gradient-descent path w_0, w_1, ..., w_k with w_{t+1} = w_t - lr * grad L(w_t).
 *
 * @param w1       first weight at each step, [k + 1]
 * @param w2       second weight at each step, [k + 1]
 * @param diverged true when the run stopped early because ||w|| passed the bound or became
 *                 non-finite (the offending point is not stored)
 */
public record GdPath(double[] w1, double[] w2, boolean diverged) {

    /** Number of steps taken (points minus one). */
    public int steps() {
        return w1.length - 1;
    }

    /** ||w_t - w*||. */
    public double distance(int t, double[] wStar) {
        return Math.hypot(w1[t] - wStar[0], w2[t] - wStar[1]);
    }

    /** A bound that no sane path passes: 1e6 * (1 + ||w*||). */
    public static double defaultBound(Objective f) {
        double[] ws = f.minimizer();
        return 1e6 * (1 + Math.hypot(ws[0], ws[1]));
    }

    /**
     * Runs up to maxSteps of w_{t+1} = w_t - lr * grad L(w_t) from w0 (not modified); stops early,
     * marking divergence, as soon as a new w is non-finite or has ||w|| > bound.
     */
    public static GdPath run(Objective f, double[] w0, double lr, int maxSteps, double bound) {
        double[] a = new double[maxSteps + 1];
        double[] b = new double[maxSteps + 1];
        a[0] = w0[0];
        b[0] = w0[1];
        int k = 0;
        boolean diverged = false;
        while (k < maxSteps) {
            double[] g = f.gradient(a[k], b[k]);
            double n1 = a[k] - lr * g[0];
            double n2 = b[k] - lr * g[1];
            double norm = Math.hypot(n1, n2);
            if (!Double.isFinite(norm) || norm > bound) {
                diverged = true;
                break;
            }
            k++;
            a[k] = n1;
            b[k] = n2;
        }
        return new GdPath(Arrays.copyOf(a, k + 1), Arrays.copyOf(b, k + 1), diverged);
    }
}
