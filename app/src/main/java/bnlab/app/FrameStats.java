package bnlab.app;

import java.util.Arrays;
import java.util.Locale;

/** Frame durations in milliseconds and their distribution. */
public final class FrameStats {
    /** A frame slower than this misses the 30 fps mark. */
    public static final double SLOW_MS = 33.0;
    private double[] ms = new double[1024];
    private int n;

    public void add(double millis) {
        if (n == ms.length) {
            ms = Arrays.copyOf(ms, n * 2);
        }
        ms[n++] = millis;
    }

    public int count() {
        return n;
    }

    /** The q-quantile (0..1) by the nearest-rank method, or NaN when empty. */
    public double quantile(double q) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(ms, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    public double mean() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += ms[i];
        }
        return n == 0 ? Double.NaN : s / n;
    }

    public double max() {
        double m = Double.NaN;
        for (int i = 0; i < n; i++) {
            m = i == 0 ? ms[i] : Math.max(m, ms[i]);
        }
        return m;
    }

    public int slowerThan(double millis) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (ms[i] > millis) {
                c++;
            }
        }
        return c;
    }

    /** One line: count, mean, p50, p95, p99, max, frames over 33 ms. */
    public String summary() {
        return String.format(Locale.ROOT,
                "frames %d  mean %.2f ms  p50 %.2f  p95 %.2f  p99 %.2f  max %.2f  >%.0f ms: %d (%.1f%%)",
                n, mean(), quantile(0.5), quantile(0.95), quantile(0.99), max(), SLOW_MS, slowerThan(SLOW_MS),
                n == 0 ? 0.0 : 100.0 * slowerThan(SLOW_MS) / n);
    }
}
