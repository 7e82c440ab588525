package bnlab.app.saturation;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Histogram;

import java.util.List;

/**
 * The x window [-w, w] of the curve chart. It always shows the activation's responsive region
 * (f'(x) >= threshold * max f', |x| <= edge) with a margin, and widens to the central 98% of both
 * twins' inputs, but never beyond a few times the edge, so the sigmoid keeps its S shape (an input
 * histogram spread over +-60 would squash it into a step). What lies beyond is counted, not hidden.
 * <pre>
 * bounded responsive region (sigmoid, tanh):  w = clamp(bulk, nice(1.5 edge), nice(2.2 edge))
 * unbounded (ReLU, ELU, identity):            w = clamp(bulk, UNBOUNDED_CORE, MAX)
 * bulk = nice(max over twins of |1st percentile|, |99th percentile|)
 * </pre>
 * Sigmoid at threshold 0.05: edge 4.36, w = 8 or 10; tanh: edge 2.18, w = 4 or 5.
 */
final class Frame {
    static final double TAIL = 0.01;
    static final double CORE = 1.5;
    static final double CAP = 2.2;
    static final double UNBOUNDED_CORE = 5;
    static final double MAX = 60;
    private static final double[] NICE = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};

    private Frame() {
    }

    /** Half-width w of the window for f at threshold t and the twins' input histograms (null or NaN ones ignored). */
    static double halfWidth(ActivationKind f, double t, List<Histogram> twins) {
        double edge = responsiveEdge(f, t);
        double lo = Double.isFinite(edge) ? nice(CORE * edge) : UNBOUNDED_CORE;
        double hi = Double.isFinite(edge) ? nice(CAP * edge) : MAX;
        double bulk = 0;
        for (Histogram h : twins) {
            if (usable(h)) {
                bulk = Math.max(bulk, Math.max(Math.abs(quantile(h, TAIL)), Math.abs(quantile(h, 1 - TAIL))));
            }
        }
        return Math.max(lo, Math.min(hi, nice(bulk)));
    }

    /**
     * The largest |x| <= MAX where f is not saturated (sigmoid at 0.05: 4.36); infinite when the
     * responsive region reaches +-MAX (ReLU: x > 0), 0 when f is saturated everywhere.
     */
    static double responsiveEdge(ActivationKind f, double t) {
        if (!f.isSaturated(-MAX, t) || !f.isSaturated(MAX, t)) {
            return Double.POSITIVE_INFINITY;
        }
        List<double[]> sat = Regions.saturated(f, t, -MAX, MAX);
        if (sat.size() == 1) {
            return 0; // one saturated interval from -MAX to MAX
        }
        return Math.max(-sat.get(0)[1], sat.get(sat.size() - 1)[0]);
    }

    /**
     * The q-quantile of the values a histogram counts, uniform within each bin:
     * the bin where the cumulative count reaches q * n, then x = lo + (i + (q n - before) / count_i) * width.
     */
    static double quantile(Histogram h, double q) {
        long[] c = h.counts();
        double n = 0;
        for (long k : c) {
            n += k;
        }
        double target = q * n;
        double before = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] > 0 && before + c[i] >= target) {
                return h.lo() + (i + (target - before) / c[i]) * h.binWidth();
            }
            before += c[i];
        }
        return h.hi();
    }

    /** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k that is >= v (0 for v <= 0). */
    static double nice(double v) {
        if (!(v > 0)) {
            return 0;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : NICE) {
            if (m * p >= v * (1 - 1e-12)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /**
     * A tick unit with ticks on the window's edges: the first of 5, 4, 2, 2.5, 1 x 10^k (in that order)
     * that divides w into min to max steps (3 to 8: w = 15: 5, w = 10: 2, w = 8: 2; 2 to 4 when small:
     * w = 10: 5, w = 8: 4), 0 when none does.
     */
    static double tickUnit(double w, int min, int max) {
        for (int k = (int) Math.floor(Math.log10(w)); k >= (int) Math.floor(Math.log10(w)) - 2; k--) {
            for (double m : new double[]{5, 4, 2, 2.5, 1}) {
                double u = m * Math.pow(10, k);
                double steps = w / u;
                if (Math.abs(steps - Math.rint(steps)) < 1e-9 && steps >= min && steps <= max) {
                    return u;
                }
            }
        }
        return 0;
    }

    /** A histogram with a finite, non-empty range and at least one value. */
    static boolean usable(Histogram h) {
        if (h == null || !Double.isFinite(h.lo()) || !Double.isFinite(h.hi()) || !(h.hi() > h.lo())) {
            return false;
        }
        for (long k : h.counts()) {
            if (k > 0) {
                return true;
            }
        }
        return false;
    }
}
