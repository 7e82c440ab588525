package bnlab.app.style;

import bnlab.app.i18n.I18n;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Ticks for an axis of fractions (an accuracy, the gap between two accuracies) worded in percent, as the
 * lessons speak of them: 0.9 reads "90%", 0.005 "0.5%". The data stay fractions; only the labels change.
 * An axis ticked 0.8 and 0.9 under a lesson saying "passes 80 %" made the class convert.
 */
public final class PercentTicks {
    /** Tick units, as fractions: 1, 2, 2.5 and 5 times powers of ten, from 0.1 % to 100 %. */
    private static final double[] UNITS = {0.001, 0.002, 0.0025, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25,
            0.5, 1};

    private PercentTicks() {
    }

    /** The next smaller of the standard units (fractions), or NaN below the smallest. */
    static double finer(double unit) {
        double f = Double.NaN;
        for (double u : UNITS) {
            if (u < unit * (1 - 1e-9)) {
                f = u;
            }
        }
        return f;
    }

    /** The next larger of the standard units (fractions), or NaN above the largest. */
    static double coarser(double unit) {
        for (double u : UNITS) {
            if (u > unit * (1 + 1e-9)) {
                return u;
            }
        }
        return Double.NaN;
    }

    /** Sets the axis's standard tick units to percent ones; its range is left as it is. */
    public static void apply(NumberAxis axis) {
        apply(axis, UNITS);
    }

    /** The same with only these units (fractions), e.g. none that puts a tick between 100 % and an axis's top. */
    public static void apply(NumberAxis axis, double... units) {
        TickUnits all = new TickUnits();
        for (double u : units) {
            all.add(new NumberTickUnit(u, format(u)));
        }
        axis.setStandardTickUnits(all);
    }

    /**
     * The locale's percent format with up to as many decimals as a multiple of this unit needs (0.0025: 0.25%);
     * a tick summed to -1e-18 on its way to 0 reads "0%", not "-0%".
     */
    static NumberFormat format(double unit) {
        NumberFormat f = NumberFormat.getPercentInstance(I18n.locale());
        // decimals of the unit in percent: 0.25 % has 2, 5 % has 0
        int decimals = Math.max(0, BigDecimal.valueOf(unit * 100).stripTrailingZeros().scale());
        f.setMaximumFractionDigits(decimals);
        return new NumberFormat() {
            @Override
            public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
                return f.format(Math.abs(v) < 1e-9 * unit ? 0 : v, to, pos);
            }

            @Override
            public StringBuffer format(long v, StringBuffer to, FieldPosition pos) {
                return f.format(v, to, pos);
            }

            @Override
            public Number parse(String source, ParsePosition pos) {
                return f.parse(source, pos);
            }
        };
    }
}
