package bnlab.app.histograms;

/**
 * An x range that only grows, so a histogram panel's axis does not jitter from frame to frame; reset
 * on a rebuild or when the probed quantity changes. Non-finite bounds (a diverged twin) are ignored.
 */
final class GrowingRange {
    private double lo = Double.NaN;
    private double hi = Double.NaN;

    /** Widen to include [a, b]; returns whether the range changed. */
    boolean include(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || b < a) {
            return false;
        }
        if (isEmpty()) {
            lo = a;
            hi = b;
            return true;
        }
        boolean changed = a < lo || b > hi;
        lo = Math.min(lo, a);
        hi = Math.max(hi, b);
        return changed;
    }

    void reset() {
        lo = Double.NaN;
        hi = Double.NaN;
    }

    boolean isEmpty() {
        return Double.isNaN(lo);
    }

    double lo() {
        return lo;
    }

    double hi() {
        return hi;
    }
}
