package bnlab.app.curves;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Tick labels a class can read: 0.5, 2, 0.031, 1e-05 (never 10^-0.3). */
final class PlainNumber extends NumberFormat {
    @Override
    public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
        double a = Math.abs(v);
        String s;
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            s = String.format(Locale.ROOT, "%.0e", v);
        } else {
            s = String.format(Locale.ROOT, "%.2g", v);
            if (s.contains(".") && !s.contains("e")) {
                s = s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
            }
        }
        return to.append(s);
    }

    @Override
    public StringBuffer format(long v, StringBuffer to, FieldPosition pos) {
        return to.append(v);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        return null;
    }
}
