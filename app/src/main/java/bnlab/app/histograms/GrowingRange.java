package bnlab.app.histograms;

/**
 * An x range that follows the data: it grows at once to take in values outside it, and shrinks
 * smoothly once the data fill less than {@link #FILL} of it, moving each edge a fraction
 * {@link #EASE} of the way to the data's per update, so the axis neither jitters from frame to frame
 * nor keeps an early wide distribution's range (large initial weights) forever. Reset on a rebuild or
 * when the probed quantity changes. Non-finite bounds (a diverged twin) are ignored.
 * <pre>
 * grow:   lo = min(lo, a),  hi = max(hi, b)
 * shrink: if (b - a) < FILL (hi - lo):  lo += EASE (a - lo),  hi -= EASE (hi - b)
 * </pre>
 */
final class GrowingRange {
    /** Shrinking starts when the data fill less than this fraction of the range. */
    static final double FILL = 0.7;
    /** Fraction of the gap closed per update while shrinking (95 % after 18 updates). */
    static final double EASE = 0.15;
    private double lo = Double.NaN;
    private double hi = Double.NaN;
    private boolean shrinking;

    /** Follow the data range [a, b]; returns whether the range changed. */
    boolean include(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || b < a) {
            return false;
        }
        if (isEmpty()) {
            lo = a;
            hi = b;
            return true;
        }
        if (a < lo || b > hi) {
            lo = Math.min(lo, a);
            hi = Math.max(hi, b);
            shrinking = false;
            return true;
        }
        // start shrinking when the data fill too little of the range; stop when they fill most of it
        if (!shrinking && (b - a) < FILL * (hi - lo)) {
            shrinking = true;
        }
        if (!shrinking) {
            return false;
        }
        lo += EASE * (a - lo);
        hi -= EASE * (hi - b);
        if ((b - a) >= 0.95 * (hi - lo)) {
            shrinking = false;
        }
        return true;
    }

    void reset() {
        shrinking = false;
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
