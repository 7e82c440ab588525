package bnlab.app.style;

import bnlab.app.i18n.Numbers;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of an axis over values spread on a log scale, one rule for every such axis (the loss curves,
 * the gradient norms, the loss surface's colour scale):
 * <ul>
 * <li>where: the finest of 1..9 x 10^k, 1, 2, 5 x 10^k, every decade, every k-th decade whose labels stand
 * apart ({@link #MIN_GAP} label heights between neighbours) and give two to {@link #MAX_TICKS} ticks;</li>
 * <li>how: all in one style. Plain numbers (0.005, 2, 10000) when every tick reads as one; otherwise every
 * tick as a power of ten (10^-4 ... 10^6, 2x10^-4), never "10000" beside "1e+6".</li>
 * </ul>
 */
public final class LogTicks {
    /** The least space between the centres of two neighbouring labels, in label heights. */
    public static final double MIN_GAP = 1.6;
    /** More ticks than this crowd a chart even when they stand apart. */
    public static final int MAX_TICKS = 10;
    private static final double[][] MANTISSAS = {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 5}};
    private static final String MINUS = "\u2212";

    private LogTicks() {
    }

    /**
     * The tick values for [lo, hi] on an axis of the given length, with labels of the given height (same unit),
     * as described above; the two ends when nothing else gives two ticks.
     */
    public static List<Double> values(double lo, double hi, double length, double labelHeight) {
        if (!(lo > 0) || !(hi > lo) || !Double.isFinite(hi)) {
            return List.of();
        }
        // pixels per decade: a gap of g decades between two ticks is g * perDecade long
        double perDecade = length / Math.log10(hi / lo);
        double least = MIN_GAP * labelHeight / perDecade;
        List<List<Double>> candidates = new ArrayList<>();
        for (double[] mantissas : MANTISSAS) {
            candidates.add(multiples(lo, hi, mantissas));
        }
        List<Double> decades = multiples(lo, hi, new double[]{1});
        for (int every = 1; every <= Math.max(1, decades.size()); every++) {
            List<Double> some = new ArrayList<>();
            for (double v : decades) {
                if (Math.floorMod(Math.round(Math.log10(v)), every) == 0) {
                    some.add(v);
                }
            }
            candidates.add(some);
        }
        List<Double> coarsest = null;
        for (List<Double> c : candidates) {
            if (c.size() >= 2) {
                if (c.size() <= MAX_TICKS && leastGap(c) >= least) {
                    return c;
                }
                coarsest = c;
            }
        }
        return coarsest != null ? coarsest : List.of(lo, hi);
    }

    /**
     * Ticks at the given axis positions, labelled with the given values (the same, or 10^t on an axis in
     * decades t) in one style: plain when all are {@link #plain}, else powers of ten.
     */
    public static List<ValueTick> ticks(double[] at, double[] values, TextAnchor anchor, Font font) {
        boolean plain = true;
        for (double v : values) {
            plain &= plain(v);
        }
        NumberFormat format = Numbers.ticks();
        List<ValueTick> out = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            out.add(plain
                    ? new NumberTick(TickType.MAJOR, at[i], format.format(values[i]), anchor, anchor, 0.0)
                    : new LogTick(TickType.MAJOR, at[i], power(values[i], font), anchor));
        }
        return out;
    }

    /** The same, for an axis in the values themselves. */
    public static List<ValueTick> ticks(List<Double> values, TextAnchor anchor, Font font) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        return ticks(v, v, anchor, font);
    }

    /** Whether v reads as a plain number: 0 or 0.001 <= |v| < 100000 (as {@link Numbers#format} shows it). */
    public static boolean plain(double v) {
        double a = Math.abs(v);
        return a == 0 || (a >= Numbers.PLAIN_FROM * (1 - 1e-9) && a < Numbers.PLAIN_BELOW * (1 - 1e-9));
    }

    /** "m x 10^k" (m to two significant digits), or "10^k" when m is 1; the exponent raised and smaller. */
    public static AttributedString power(double v, Font font) {
        String text = powerText(v);
        int hat = text.indexOf('^');
        String shown = text.substring(0, hat) + text.substring(hat + 1);
        AttributedString s = new AttributedString(shown);
        // FONT overrides every other font attribute: the exponent's font is itself a superscript one
        s.addAttribute(TextAttribute.FONT, font, 0, hat);
        s.addAttribute(TextAttribute.FONT, font.deriveFont(
                java.util.Map.of(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUPER)), hat, shown.length());
        return s;
    }

    /** The text of {@link #power} with "^" before the exponent: "10^6", "2×10^−4", "−10^3". */
    static String powerText(double v) {
        String sign = v < 0 ? MINUS : "";
        double a = Math.abs(v);
        int k = (int) Math.floor(Math.log10(a) + 1e-9);
        double m = new java.math.BigDecimal(a / Math.pow(10, k)).round(new java.math.MathContext(2)).doubleValue();
        if (m >= 10) { // 9.96 x 10^k rounds to 10 x 10^k
            m /= 10;
            k++;
        }
        String exponent = (k < 0 ? MINUS : "") + Math.abs(k);
        String mantissa = Math.abs(m - 1) < 1e-12 ? "" : Numbers.format(m) + "\u00d7";
        return sign + mantissa + "10^" + exponent;
    }

    // the values m x 10^k in [lo, hi] for the given mantissas m
    private static List<Double> multiples(double lo, double hi, double[] mantissas) {
        int k0 = (int) Math.floor(Math.log10(lo));
        int k1 = (int) Math.ceil(Math.log10(hi));
        List<Double> out = new ArrayList<>();
        for (int k = k0; k <= k1; k++) {
            for (double m : mantissas) {
                // m * 10^k as a decimal: 3 * 10^-1 is 0.3, where 3 * Math.pow(10, -1) is 0.30000000000000004
                double v = k >= 0 ? m * Math.pow(10, k) : m / Math.pow(10, -k);
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    // the least distance between neighbours, in decades
    private static double leastGap(List<Double> values) {
        double least = Double.POSITIVE_INFINITY;
        for (int i = 1; i < values.size(); i++) {
            least = Math.min(least, Math.log10(values.get(i) / values.get(i - 1)));
        }
        return least;
    }
}
