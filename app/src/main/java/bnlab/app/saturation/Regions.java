package bnlab.app.saturation;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.ActivationKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The saturated parts of [lo, hi]: where f'(x) < threshold * max f' (ActivationKind.isSaturated),
 * found on a fine grid and refined by bisection. Sigmoid at 0.05: |x| > 4.36; tanh: |x| > 2.18;
 * ReLU: x <= 0.
 */
final class Regions {
    private static final int GRID = 2000;

    private Regions() {
    }

    /** Saturated intervals {from, to} inside [lo, hi], left to right. */
    static List<double[]> saturated(ActivationKind f, double threshold, double lo, double hi) {
        List<double[]> out = new ArrayList<>();
        double h = (hi - lo) / GRID;
        double start = Double.NaN;
        boolean prev = false;
        for (int i = 0; i <= GRID; i++) {
            double x = lo + i * h;
            boolean sat = f.isSaturated(x, threshold);
            if (i == 0) {
                if (sat) {
                    start = lo;
                }
            } else if (sat != prev) {
                double edge = edge(f, threshold, lo + (i - 1) * h, x);
                if (sat) {
                    start = edge;
                } else {
                    out.add(new double[]{start, edge});
                }
            }
            prev = sat;
        }
        if (prev) {
            out.add(new double[]{start, hi});
        }
        return out;
    }

    /** The x in [a, b] where isSaturated flips, by bisection. */
    private static double edge(ActivationKind f, double threshold, double a, double b) {
        boolean left = f.isSaturated(a, threshold);
        for (int k = 0; k < 50; k++) {
            double m = 0.5 * (a + b);
            if (f.isSaturated(m, threshold) == left) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }

    /** "x < -4.36 or x > 4.36" (keys saturation.region.*, edges to two decimals); "nowhere in view" when empty. */
    static String describe(List<double[]> regions, double lo, double hi) {
        if (regions.isEmpty()) {
            return I18n.get("saturation.region.nowhere");
        }
        String out = null;
        for (double[] r : regions) {
            boolean fromLo = r[0] <= lo;
            boolean toHi = r[1] >= hi;
            String part = fromLo && toHi ? I18n.get("saturation.region.everywhere")
                    : fromLo ? I18n.get("saturation.region.below", round2(r[1]))
                    : toHi ? I18n.get("saturation.region.above", round2(r[0]))
                    : I18n.get("saturation.region.between", round2(r[0]), round2(r[1]));
            out = out == null ? part : I18n.get("saturation.region.or", out, part);
        }
        return out;
    }

    static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
