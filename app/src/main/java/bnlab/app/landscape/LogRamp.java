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
