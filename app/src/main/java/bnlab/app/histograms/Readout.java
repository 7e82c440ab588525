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

    /**
     * "mean 0.500   std 1.500". A mean that is zero to within a thousandth of the spread (x_hat's mean is
     * 0 up to float rounding, e.g. -3.5e-10) shows as 0.000 so the std stays readable.
     */
    static String meanStd(double mean, double std) {
        boolean roundToZero = Double.isFinite(mean) && Double.isFinite(std) && std > 0 && Math.abs(mean) < 1e-3 * std
                && Math.abs(mean) < 5e-4;
        return "mean " + (roundToZero ? "0.000" : number(mean)) + "   std " + number(std);
    }
}
