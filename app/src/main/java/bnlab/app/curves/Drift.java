package bnlab.app.curves;

import bnlab.engine.api.Series;
import bnlab.engine.api.TwinHistory;

/**
 * How far a twin's percentile band moved over training (Ioffe and Szegedy's Figure 1 makes its point
 * only when the band without BN drifts): each of the 15th, 50th and 85th percentiles smoothed over a
 * window of a tenth of the rows, the largest range (max - min) of the three after the first tenth, in
 * units of the mean band width p85 - p15 (a band that widens drifts too, though its median may stay).
 * <pre>
 * drift = max_q (max_t s_q(t) - min_t s_q(t)) / mean_t (p85(t) - p15(t)),   s_q = moving average of p_q
 * </pre>
 */
final class Drift {
    /** Rows (evaluations) needed before the measure says anything. */
    static final int MIN_ROWS = 20;

    private Drift() {
    }

    /** The drift of a percentile series, or NaN with too few rows. */
    static double of(Series p) {
        int n = p.size();
        if (n < MIN_ROWS) {
            return Double.NaN;
        }
        int w = Math.max(1, n / 10);
        double[][] q = {p.column(TwinHistory.P15), p.column(TwinHistory.P50), p.column(TwinHistory.P85)};
        double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] sum = new double[3];
        double width = 0;
        int rows = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                sum[k] += finite(q[k][i]);
            }
            if (i >= w) {
                for (int k = 0; k < 3; k++) {
                    sum[k] -= finite(q[k][i - w]);
                    double m = sum[k] / w;
                    min[k] = Math.min(min[k], m);
                    max[k] = Math.max(max[k], m);
                }
                width += finite(q[2][i] - q[0][i]);
                rows++;
            }
        }
        double meanWidth = width / rows;
        double range = 0;
        for (int k = 0; k < 3; k++) {
            range = Math.max(range, max[k] - min[k]);
        }
        return meanWidth > 0 ? range / meanWidth : Double.NaN;
    }

    /**
     * Whether the set-up shows Figure 1's point: the plain twin's band drifts (at least {@code 0.2} of
     * a band width) and clearly more than the normalized twin's (3 times).
     */
    static boolean shows(Series plain, Series normalized) {
        double p = of(plain);
        double b = of(normalized);
        if (Double.isNaN(p)) {
            return true; // too early to say
        }
        return p >= 0.2 && (Double.isNaN(b) || p >= 3 * b);
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
