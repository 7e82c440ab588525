package bnlab.app.curves;

import bnlab.engine.api.Series;
import bnlab.engine.api.TwinHistory;

/**
 * How far a twin's percentile band moved over training (Ioffe and Szegedy's Figure 1 makes its point
 * only when the band without BN drifts): the median smoothed over a window of a tenth of the rows,
 * its range (max - min) after the first tenth, in units of the mean band width p85 - p15.
 * <pre>
 * drift = (max_t m(t) - min_t m(t)) / mean_t (p85(t) - p15(t)),   m = moving average of p50
 * </pre>
 */
final class Drift {
    /** Rows needed before the measure says anything. */
    static final int MIN_ROWS = 50;

    private Drift() {
    }

    /** The drift of a percentile series, or NaN with too few rows. */
    static double of(Series p) {
        int n = p.size();
        if (n < MIN_ROWS) {
            return Double.NaN;
        }
        int w = Math.max(1, n / 10);
        double[] mid = p.column(TwinHistory.P50);
        double[] lo = p.column(TwinHistory.P15);
        double[] hi = p.column(TwinHistory.P85);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double width = 0;
        int rows = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += finite(mid[i]);
            if (i >= w) {
                sum -= finite(mid[i - w]);
                double m = sum / w;
                min = Math.min(min, m);
                max = Math.max(max, m);
                width += finite(hi[i] - lo[i]);
                rows++;
            }
        }
        double meanWidth = width / rows;
        return meanWidth > 0 ? (max - min) / meanWidth : Double.NaN;
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
