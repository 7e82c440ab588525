package bnlab.app.bntable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers for a class with calculators: more digits than the charts' four ({@link bnlab.app.i18n.Numbers}),
 * so that eps shows and a result can be checked to the last digit; whole numbers stay whole.
 */
final class Digits {
    private Digits() {
    }

    /** A statistic: 8 significant digits, trailing zeros dropped: 25.714286, 5.000001, 180, 3.4714286. */
    static String stat(double v) {
        return significant(v, 8, true);
    }

    /**
     * A table cell: 5 decimals, so a column lines up and Keras' eps = 0.001 shows against PyTorch's 1e-5
     * (-0.80000 against -0.79998, 2.00000 against 1.99996); very small or large values in 5 significant digits.
     */
    static String cell(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e4) || !Double.isFinite(v)) {
            return significant(v, 5, false);
        }
        String s = String.format(Locale.ROOT, "%.5f", v);
        return s.equals("-0.00000") ? "0.00000" : s;
    }

    /** A whole number as it is (the by-hand batch): 17, -7. */
    static String whole(double v) {
        return Math.rint(v) == v && Math.abs(v) < 1e15 ? Long.toString((long) v) : stat(v);
    }

    /** A small difference: 3e-8, 0. */
    static String difference(double d) {
        if (d == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.0e", d).replace("e-0", "e-").replace("e+0", "e+");
    }

    /** eps as people write it: 1e-5, 0.001. */
    static String eps(double e) {
        return e >= 1e-3 ? stat(e) : difference(e);
    }

    static String significant(double v, int digits, boolean trim) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "\u2013" : v > 0 ? "\u221e" : "-\u221e";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-4 || a >= 1e7) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits));
        if (trim) {
            d = d.stripTrailingZeros();
        }
        String s = d.toPlainString();
        return s.startsWith("-") && d.signum() == 0 ? s.substring(1) : s;
    }
}
