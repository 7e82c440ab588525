package bnlab.app.curves;

import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.engine.api.Series;
import bnlab.engine.api.TwinHistory;
import org.jfree.chart.JFreeChart;

import java.util.Arrays;

/**
 * Santurkar et al. 2018, Figure 4 (b, c): how the gradient changes along the gradient, both twins on one log axis per
 * chart, measured at each evaluation on one fixed batch (see {@code GradientPath}):
 * <pre>
 * gradient change (b):       max_k ||dL/dtheta (theta - s_k g) - g||
 * effective smoothness (c):  max_k ||dL/dtheta (theta - s_k g) - g|| / (s_k ||g||)
 * </pre>
 * Under each title the median of each twin's measurements: the two lines' levels as numbers a class can compare.
 */
final class GradientCharts {
    private GradientCharts() {
    }

    /** Figure 4 (b): the gradient change. */
    static JFreeChart change() {
        return CurveCharts.logLines(I18n.get("curves.gradient.change"), I18n.get("curves.gradient.changeAxis"));
    }

    /** Figure 4 (c): the change per unit of distance moved. */
    static JFreeChart smoothness() {
        return CurveCharts.logLines(I18n.get("curves.gradient.smoothness"),
                I18n.get("curves.gradient.smoothnessAxis"));
    }

    /**
     * One chart's data: column (TwinHistory.PATH_GRAD_CHANGE or PATH_SMOOTHNESS) of both twins' path rows, each a line
     * through the geometric mean of the measurements sharing a group of pixel columns (with their range as a shade),
     * and the medians under the title.
     */
    static void show(JFreeChart chart, int groups, int column, String bnKey, Series bn, String plainKey, Series plain) {
        double[] b = bn.column(column);
        double[] p = plain.column(column);
        CurveCharts.setReadout(chart, readout(bnKey, b, plainKey, p));
        CurveCharts.show(chart, CurveCharts.twins(groups, true, bnKey, bn.xs(), b, plainKey, plain.xs(), p),
                AxisRange.of(true, b, p));
    }

    /** "median: with BatchNorm 2.9, without normalization 15": "" until both twins have a finite measurement. */
    static String readout(String bnKey, double[] bn, String plainKey, double[] plain) {
        double mb = median(bn);
        double mp = median(plain);
        if (Double.isNaN(mb) || Double.isNaN(mp)) {
            return "";
        }
        return I18n.get("curves.gradient.median", bnKey, Numbers.twoSignificant(mb), plainKey,
                Numbers.twoSignificant(mp));
    }

    /**
     * The median of the finite positive values (a twin that diverged along a step measures infinity; a log axis
     * leaves it out too), NaN with none: the middle value, or the mean of the two middle ones.
     */
    static double median(double[] v) {
        double[] f = Arrays.stream(v).filter(x -> x > 0 && Double.isFinite(x)).sorted().toArray();
        int n = f.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? f[n / 2] : (f[n / 2 - 1] + f[n / 2]) / 2;
    }

    /** The CSV's title of a column: the chart's. */
    static String title(int column) {
        return I18n.get(column == TwinHistory.PATH_GRAD_CHANGE ? "curves.gradient.change" : "curves.gradient.smoothness");
    }
}
