package bnlab.app.landscape;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;

/**
 * A colour scale over loss values [lo, hi], interpolated on log10(loss) through viridis (dark purple
 * at the lowest loss, yellow at the highest: perceptually uniform and colour-blind safe). NaN (a
 * diverged twin) is light grey. One instance is shared by both heat maps and their legends.
 */
final class LogRamp implements PaintScale {
    static final Color MISSING = new Color(0xE4E4E4);
    private static final Color[] VIRIDIS = {new Color(0x440154), new Color(0x482878), new Color(0x3E4A89),
        new Color(0x31688E), new Color(0x26828E), new Color(0x1F9E89), new Color(0x35B779), new Color(0x6DCD59),
        new Color(0xB4DE2C), new Color(0xFDE725)};
    private final double lo;
    private final double hi;

    LogRamp(double lo, double hi) {
        if (!(lo > 0) || !(hi >= lo)) {
            throw new IllegalArgumentException("need 0 < lo <= hi, got " + lo + ", " + hi);
        }
        this.lo = lo;
        this.hi = hi > lo ? hi : lo * 1.001;
    }

    @Override
    public double getLowerBound() {
        return lo;
    }

    @Override
    public double getUpperBound() {
        return hi;
    }

    // u = (log v - log lo) / (log hi - log lo), clamped to [0, 1], then linear between the stops
    @Override
    public Paint getPaint(double v) {
        if (Double.isNaN(v)) {
            return MISSING;
        }
        double u = (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
        u = Math.max(0, Math.min(1, Double.isNaN(u) ? 0 : u)) * (VIRIDIS.length - 1);
        int k = Math.min((int) u, VIRIDIS.length - 2);
        double f = u - k;
        Color a = VIRIDIS[k];
        Color b = VIRIDIS[k + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /**
     * The same colours over t = log10(loss), for the legend: JFreeChart's legend paints its strip in
     * subdivisions even in the value, so on a log axis over n decades the first 1/600 of the range (1 to
     * 1.7e7 when the loss spans 1 to 1e10) showed as one block of the lowest colour; even in t they are even
     * on the strip. Its axis is linear in t with labels 10^t ({@link bnlab.app.i18n.Numbers#decadeTicks}).
     */
    PaintScale decades() {
        LogRamp ramp = this;
        return new PaintScale() {
            @Override
            public double getLowerBound() {
                return Math.log10(lo);
            }

            @Override
            public double getUpperBound() {
                return Math.log10(hi);
            }

            @Override
            public Paint getPaint(double t) {
                return ramp.getPaint(Math.pow(10, t));
            }
        };
    }

    /** k contour levels of log10(loss), evenly spaced strictly inside the scale. */
    double[] logLevels(int k) {
        double a = Math.log10(lo);
        double b = Math.log10(hi);
        double[] l = new double[k];
        for (int i = 0; i < k; i++) {
            l[i] = a + (b - a) * (i + 0.5) / k;
        }
        return l;
    }
}
