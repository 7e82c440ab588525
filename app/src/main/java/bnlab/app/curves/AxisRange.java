package bnlab.app.curves;

import org.jfree.data.Range;

/**
 * Axis ranges computed from the data rather than by JFreeChart's auto-range, which throws on a
 * zero-length range at extreme values (a diverging loss of 1e23 plotted alone).
 */
final class AxisRange {
    private AxisRange() {
    }

    /** The finite (and, for a log axis, positive) span of the columns, padded; null when there is none. */
    static Range of(boolean log, double[]... columns) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] c : columns) {
            for (double v : c) {
                if (Double.isFinite(v) && (!log || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return null;
        }
        if (log) {
            // a factor on each side; at least one factor of 2 overall
            double f = Math.max(1.15, Math.sqrt(2 * lo / hi));
            return new Range(Math.max(lo / f, Double.MIN_NORMAL), Math.min(hi * f, Double.MAX_VALUE));
        }
        double pad = Math.max((hi - lo) * 0.05, Math.max(Math.abs(hi), 1.0) * 1e-6);
        return new Range(lo - pad, hi + pad);
    }

    /**
     * A log axis's range with its top at most {@code max} (0: as it is): the values above run off the top; the
     * foot stays, or comes to a decade under the top when every value is above it. Null stays null.
     */
    static Range capped(Range r, double max) {
        if (r == null || max <= 0 || r.getUpperBound() <= max) {
            return r;
        }
        return new Range(Math.min(r.getLowerBound(), max / 10), max);
    }

    /**
     * An accuracy axis fitted to the lines from their lowest value after the first tenth of the steps (the
     * start climbs from chance) up to 1: two lines a point apart near 100 % are told apart; null without data.
     */
    static Range accuracy(double[]... columns) {
        double lo = 1;
        boolean any = false;
        for (double[] c : columns) {
            for (int i = c.length / 10; i < c.length; i++) {
                if (Double.isFinite(c[i])) {
                    lo = Math.min(lo, c[i]);
                    any = true;
                }
            }
        }
        if (!any) {
            return null;
        }
        double pad = Math.max(0.005, (1 - lo) * 0.1);
        return new Range(Math.max(0, lo - pad), 1 + pad);
    }
}
