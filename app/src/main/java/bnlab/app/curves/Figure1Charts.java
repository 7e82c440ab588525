package bnlab.app.curves;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Palette;
import bnlab.engine.api.RunResult;
import bnlab.engine.api.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;

import java.util.List;

/**
 * Ioffe and Szegedy (2015), Figure 1, from a headless run ({@link RunResult}): (a) both twins' test
 * accuracy, (b) the 15th/50th/85th percentile band of the unit's sigmoid input without normalization,
 * (c) with it. The training-curves view's charts: same colours, line styles and axes. A twin that
 * diverged has NaN from then on, so its curves end there.
 */
public final class Figure1Charts {
    /** The accuracy axis starts at a round value below the lowest accuracy after this share of the run. */
    static final double SETTLED = 0.02;

    private Figure1Charts() {
    }

    /**
     * The panels (a), (b), (c), titled figure1.a, .b, .c. Any thread (nothing is shown yet).
     *
     * @param norm  the normalized twin's normalization, worded ("BatchNorm")
     * @param width each panel's width in px: series denser than its pixel columns are summarised per group
     *              of columns ({@link bnlab.app.style.Columns})
     */
    public static List<JFreeChart> of(RunResult r, String norm, double width) {
        int groups = bnlab.app.style.Columns.groups(width);
        String bnKey = I18n.get("twin.normalized", norm);
        String plainKey = I18n.get("twin.plain");
        Series acc = r.accuracy();
        JFreeChart a = CurveCharts.accuracy(true);
        a.getLegend().setPosition(org.jfree.chart.ui.RectangleEdge.TOP); // under the title, as in the paper
        double[] bn = acc.column(RunResult.NORMALIZED);
        double[] plain = acc.column(RunResult.PLAIN_ACCURACY);
        CurveCharts.show(a, CurveCharts.twins(groups, false, bnKey, acc.xs(), bn, plainKey, acc.xs(), plain), null);
        ((NumberAxis) a.getXYPlot().getRangeAxis()).setRange(Math.min(floor(acc.xs(), bn, plain), 0.95), 1.0);
        a.setTitle(I18n.get("figure1.a", norm));
        // (b) and (c) on one y range, over both twins' percentiles
        Series p = r.percentiles();
        org.jfree.data.Range y = AxisRange.of(false, p.column(RunResult.P15), p.column(RunResult.P50),
                p.column(RunResult.P85), p.column(RunResult.PLAIN + RunResult.P15),
                p.column(RunResult.PLAIN + RunResult.P50), p.column(RunResult.PLAIN + RunResult.P85));
        JFreeChart b = band(I18n.get("figure1.b", norm), Palette.PLAIN, plainKey, p, RunResult.PLAIN, groups, y);
        JFreeChart c = band(I18n.get("figure1.c", norm), Palette.BN, bnKey, p, 0, groups, y);
        bnlab.app.style.FittingTitle.together(b, c);
        return List.of(a, b, c);
    }

    private static JFreeChart band(String title, java.awt.Color color, String key, Series p, int first,
                                   int groups, org.jfree.data.Range y) {
        JFreeChart chart = CurveCharts.band(title, color);
        CurveCharts.showBand(chart, groups, key, p.xs(), p.column(first + RunResult.P15),
                p.column(first + RunResult.P50), p.column(first + RunResult.P85), y);
        return chart;
    }

    // (a) as in the paper: from a round value (a multiple of 0.05) under the accuracies once training has settled
    static double floor(double[] steps, double[]... accuracies) {
        double end = steps.length == 0 ? 0 : steps[steps.length - 1];
        double lowest = 1;
        for (double[] a : accuracies) {
            for (int i = 0; i < a.length; i++) {
                if (steps[i] >= SETTLED * end && Double.isFinite(a[i])) {
                    lowest = Math.min(lowest, a[i]);
                }
            }
        }
        return Math.max(0, Math.floor(lowest * 20 - 1e-9) / 20);
    }
}
