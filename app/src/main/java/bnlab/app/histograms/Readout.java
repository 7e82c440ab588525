package bnlab.app.histograms;

import java.util.Locale;

/** Number formatting for read-outs: 3 decimals, scientific when very large or very small, NaN as "NaN". */
final class Readout {
    private Readout() {
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+inf" : "-inf";
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e4 || a < 1e-3)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** "mean 0.500   std 1.500" */
    static String meanStd(double mean, double std) {
        return "mean " + number(mean) + "   std " + number(std);
    }
}
