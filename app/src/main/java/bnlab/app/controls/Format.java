package bnlab.app.controls;

import java.util.Locale;

/** Number formatting shared by the read-outs. */
final class Format {
    private Format() {
    }

    /** 0.1, 1e-05, 12.3, 0.00123: compact and exact enough to read from the back of a room. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.3g", v).replaceFirst("\\.?0+e", "e");
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
        }
        return s;
    }
}
