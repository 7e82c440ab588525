package bnlab.app.histograms;

/**
 * An x range that grows at once but shrinks only after the data has stayed within half of its
 * width for {@link #SHRINK_AFTER} updates in a row, so a panel's axis does not jitter from frame to
 * frame, yet an early wide distribution (large initial weights) does not squeeze the later narrow one
 * into a few bins forever. Reset on a rebuild or when the probed quantity changes. Non-finite bounds
 * (a diverged twin) are ignored.
 */
final class GrowingRange {
    static final int SHRINK_AFTER = 60;
    private double lo = Double.NaN;
    private double hi = Double.NaN;
    private int narrowFor;

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
        narrowFor = (b - a) < 0.5 * (hi - lo) ? narrowFor + 1 : 0;
        if (narrowFor >= SHRINK_AFTER) {
            narrowFor = 0;
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
        narrowFor = 0;
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
