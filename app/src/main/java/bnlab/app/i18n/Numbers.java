package bnlab.app.i18n;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** The one number formatter: compact values a class can read, and chart tick labels. */
public final class Numbers {
    private Numbers() {
    }

    /** Numbers from this size on are written plain (0.001, 12.5) ... */
    public static final double PLAIN_FROM = 1e-3;
    /** ... up to (not including) this one; the others in scientific notation (5e-4, 2.5e+5). */
    public static final double PLAIN_BELOW = 1e5;

    /**
     * The widest value {@link #format} writes where the read-outs show it ("-0.001234": a small negative, four
     * significant digits): a read-out whose digits change from frame to frame keeps the room, or the form, of its
     * widest wording.
     */
    public static final double WIDEST = -0.0012345;

    /**
     * The step a read-out's widest form names at step {@code at}: at least 99999, so its form does not change as the
     * step count gains a digit (a lesson's running variance line took one line up to step 99 and three from step 100
     * in a narrow chart, and the plot under it shrank), nor until a session passes 100,000 steps.
     */
    public static long widestStep(long at) {
        return Math.max(at, 99_999L);
    }

    /** The widest share {@link #percent} writes where the read-outs show it: "99.9%" (see {@link #WIDEST}). */
    public static String widestPercent() {
        return percent(0.999);
    }

    /** The widest ratio {@link #ratio} writes where the read-outs show it: "1/1600" (see {@link #WIDEST}). */
    public static String widestRatio() {
        return ratio(1.0 / 1567);
    }

    // whether a nonzero size |v| is written in scientific notation
    private static boolean scientificSize(double a) {
        return a < PLAIN_FROM || a >= PLAIN_BELOW;
    }

    /**
     * 0.1, 1e-05 -> 1e-5, 12.3, 0.001234, 2.35e+05: four significant digits, scientific below 1e-3
     * and from 1e5; NaN as "–", infinities as "∞". A value that is zero up to float rounding relative
     * to nothing else is shown as it is (use {@link #meanRelativeTo} for x_hat's mean).
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        double a = Math.abs(v);
        if (a != 0 && scientificSize(a)) {
            return scientific(String.format(Locale.ROOT, "%.2e", v));
        }
        if (a >= 1e4) {
            return Long.toString(Math.round(v)); // %.4g would give "1.235e+04"
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }

    // "2.50e-04" -> "2.5e-4", "1.00e+30" -> "1e+30"
    private static String scientific(String s) {
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceFirst("0+$", "").replaceFirst("\\.$", "");
        }
        String exp = s.substring(e + 1);
        String sign = exp.startsWith("-") ? "-" : "+";
        String digits = exp.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
        return mantissa + "e" + sign + digits;
    }

    /** From this size on {@link #inWords} gives up words for scientific notation. */
    static final double WORDS_BELOW = 1e15;

    /**
     * A large number as a class says it, to three significant digits, in the language's own steps (the bundle's
     * number.large.exponents: a million, a billion and a trillion in English; 万, 亿 and 万亿 in Chinese): 1.92e9 is
     * "1.92 billion" / "19.2 亿", 2.53e5 "253,000" / "25.3 万". Below {@link #PLAIN_BELOW}, and from
     * {@link #WORDS_BELOW}, it is {@link #format}: 1e+15.
     */
    public static String inWords(double v) {
        double a = Math.abs(v);
        if (!Double.isFinite(v) || a < PLAIN_BELOW || a >= WORDS_BELOW) {
            return format(v);
        }
        // rounded first: 999.7 million is "1 billion", not "1000 million"
        java.math.BigDecimal r = new java.math.BigDecimal(v).round(new java.math.MathContext(3));
        String[] exponents = I18n.get("number.large.exponents").trim().split("\\s+");
        for (int i = exponents.length - 1; i >= 0; i--) {
            int e = Integer.parseInt(exponents[i]);
            if (r.abs().compareTo(java.math.BigDecimal.TEN.pow(e)) >= 0) {
                return I18n.get("number.large." + (i + 1), r.movePointLeft(e).stripTrailingZeros().toPlainString());
            }
        }
        // under the first step (English from 100,000 up to a million): the digits in groups
        return java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH).format(r.longValue());
    }

    /**
     * A mean shown next to a spread: zero when it is zero to within a thousandth of the spread (x_hat's
     * mean is 0 up to float rounding, e.g. -3.5e-10), so the read-out does not suggest an offset.
     */
    public static String meanRelativeTo(double mean, double spread) {
        boolean zero = Double.isFinite(mean) && Double.isFinite(spread) && spread > 0
                && Math.abs(mean) < 1e-3 * spread && Math.abs(mean) < 5e-4;
        return zero ? "0" : format(mean);
    }

    /**
     * A gradient ratio as the lessons say it: under 0.1 as one part in a round number (6.2e-4 as "1/1600", 0.05 as
     * "1/20"), else to two significant digits (0.33, 9).
     */
    public static String ratio(double v) {
        if (Double.isFinite(v) && v > 0 && v < 0.1) {
            return "1/" + format(twoDigits(1 / v));
        }
        return twoSignificant(v);
    }

    /** To two significant digits: 2.912 -> "2.9", 107.3 -> "110", 0.004571 -> "0.0046" (scientific as format). */
    public static String twoSignificant(double v) {
        return Double.isFinite(v) && v != 0 ? format(twoDigits(v)) : format(v);
    }

    // v to two significant digits
    private static double twoDigits(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(2)).doubleValue();
    }

    /** A count of steps as said, to a tenth: a half-life of 6.579 steps is 6.6, 68.97 is 69. */
    public static double tenths(double v) {
        return Double.isFinite(v) ? Math.round(v * 10) / 10.0 : v;
    }

    /** A fraction as a percentage: 0.973 -> "97.3%". */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return format(fraction);
        }
        return format(Math.round(fraction * 1000) / 10.0) + "%";
    }

    /**
     * Tick labels of a log axis: 0.5, 2, 0.031, 128, 1e-5 (never 10^-0.3): two significant digits below 10,
     * whole numbers from 10 to 1e5 (128, not Java's "1.3e+02").
     */
    public static NumberFormat ticks() {
        return new TickFormat(TickFormat.Axis.LOG);
    }

    /**
     * Tick labels of a linear axis: each tick's value exactly (12.5, 0.125, 300, 2.5e+5; up to six significant
     * digits, which drops the float noise of 0.1 + 0.2), scientific below 1e-3 and from 1e5.
     */
    public static NumberFormat linearTicks() {
        return new TickFormat(TickFormat.Axis.LINEAR);
    }

    /** Tick labels of an axis in decades, t = log10(v): each labelled 10^t as on a log axis (-1.5 -> "0.032"). */
    public static NumberFormat decadeTicks() {
        return new TickFormat(TickFormat.Axis.DECADES);
    }

    // 12.5 -> "12.5", 300 -> "300", 250000 -> "2.5e+5", 0.30000000000000004 -> "0.3"
    private static String exact(double v) {
        double a = Math.abs(v);
        return linearTick(v, !scientificSize(a));
    }

    /**
     * A linear axis's tick exactly (up to six significant digits), plain (0.0005, 12.5, 300) or scientific
     * (5e-4, 2.5e+5): an axis words all its ticks one way ({@link bnlab.app.style.DecimalAxis}).
     */
    public static String linearTick(double v, boolean plain) {
        if (!Double.isFinite(v)) {
            return format(v);
        }
        if (v == 0) {
            return "0";
        }
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros();
        if (!plain) {
            return scientific(String.format(Locale.ROOT, "%." + Math.max(0, d.precision() - 1) + "e", v));
        }
        return d.toPlainString();
    }

    private static final class TickFormat extends NumberFormat {
        /** What a tick's value is: the value on a log or a linear axis, or log10 of it (labelled 10^t). */
        enum Axis { LOG, LINEAR, DECADES }

        private final Axis axis;

        TickFormat(Axis axis) {
            this.axis = axis;
        }

        @Override
        public StringBuffer format(double tick, StringBuffer to, FieldPosition pos) {
            double v = axis == Axis.DECADES ? Math.pow(10, tick) : tick;
            double a = Math.abs(v);
            String s;
            if (!Double.isFinite(v)) {
                s = Numbers.format(v);
            } else if (a == 0) {
                s = "0";
            } else if (axis == Axis.LINEAR) {
                s = exact(v);
            } else if (scientificSize(a)) {
                s = scientific(String.format(Locale.ROOT, "%.0e", v));
            } else if (a >= 10) {
                s = Long.toString(Math.round(v)); // %.2g would give "1.3e+02" from 128
            } else {
                s = String.format(Locale.ROOT, "%.2g", v);
                if (s.contains(".") && !s.contains("e")) {
                    s = s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
                }
            }
            return to.append(s.equals("-0") ? "0" : s);
        }

        @Override
        public StringBuffer format(long v, StringBuffer to, FieldPosition pos) {
            return axis == Axis.DECADES ? format((double) v, to, pos) : to.append(v);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
