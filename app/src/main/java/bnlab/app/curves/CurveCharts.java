package bnlab.app.curves;

import bnlab.app.i18n.I18n;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Columns;
import bnlab.app.style.Palette;
import bnlab.app.style.ReadableLogAxis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.DefaultIntervalXYDataset;

import java.awt.Color;

/** createDataset / createChart for the four curve charts, in the house style. */
final class CurveCharts {
    private CurveCharts() {
    }

    static JFreeChart loss() {
        ReadableLogAxis y = new ReadableLogAxis(I18n.get("curves.lossAxis"));
        y.setSmallestValue(1e-8);
        y.setAutoRange(true);
        JFreeChart chart = lines(I18n.get("curves.loss"), y, false);
        // before the first step there is no loss (the accuracy chart beside it has step 0's): empty axes said nothing
        chart.getXYPlot().setNoDataMessage(I18n.get("curves.loss.none"));
        return chart;
    }

    /**
     * Both twins' lines on a log axis named axis, without a legend (the loss chart's names the twins), a read-out
     * under the title (empty at first): the gradient charts ({@link GradientCharts}).
     */
    static JFreeChart logLines(String title, String axis) {
        ReadableLogAxis y = new ReadableLogAxis(axis);
        y.setSmallestValue(1e-12);
        y.setAutoRange(true);
        JFreeChart chart = lines(title, y, false);
        addReadout(chart);
        return ChartStyle.apply(chart);
    }

    /** Without a legend: the loss chart beside it names the twins. */
    static JFreeChart accuracy() {
        return accuracy(false);
    }

    static JFreeChart accuracy(boolean legend) {
        NumberAxis y = new bnlab.app.style.AccuracyAxis(I18n.get("curves.accuracyAxis"));
        y.setRange(0, 1.02);
        return lines(I18n.get("curves.accuracy"), y, legend);
    }

    /**
     * In the view no legend: it has one for the loss and accuracy charts beside each other (a LineLegend);
     * the figure command's panel (a) stands alone and has its own. Each twin is a line through the mean of
     * each group of pixel columns with a light band from the least to the greatest value ({@link Columns}).
     */
    private static JFreeChart lines(String title, org.jfree.chart.axis.ValueAxis y, boolean legend) {
        NumberAxis x = new bnlab.app.style.StepAxis(I18n.get("curves.step"), true);
        x.setUpperMargin(0.04);
        // a dot where each twin's line is now (the training-set lines, 2 and 3, go without)
        DeviationRenderer r = bnlab.app.style.StepLines.bands(false, 2);
        r.setDrawSeriesLineAsPath(true);
        r.setAlpha(ChartStyle.COLUMNS_BAND_ALPHA);
        r.setSeriesPaint(0, Palette.BN);
        r.setSeriesFillPaint(0, Palette.BN);
        r.setSeriesPaint(1, Palette.PLAIN);
        r.setSeriesFillPaint(1, Palette.PLAIN);
        r.setSeriesStroke(0, ChartStyle.LINE);
        r.setSeriesStroke(1, ChartStyle.PLAIN_LINE); // dashed: told apart without colour too
        // the training-set accuracies, where a chart shows them: thin, in the twins' colours
        r.setSeriesPaint(2, Palette.BN);
        r.setSeriesFillPaint(2, Palette.BN);
        r.setSeriesPaint(3, Palette.PLAIN);
        r.setSeriesFillPaint(3, Palette.PLAIN);
        r.setSeriesStroke(2, ChartStyle.THIN);
        r.setSeriesStroke(3, ChartStyle.PLAIN_THIN);
        XYPlot plot = new bnlab.app.style.MessagePlot(new DefaultIntervalXYDataset(), x, y, r);
        // the dashed twin drawn over the solid one: where both are at 100 % on the training set (lesson 14) the
        // solid line shows between the dashes; drawn under, it hid the other (a teacher's review)
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        return ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, legend));
    }

    /**
     * Ioffe and Szegedy 2015, Figure 1(b, c): the 15th-85th percentile band and the median of the last
     * hidden layer's input to f. No legend: the title names the twin and the colour is the twin's.
     */
    static JFreeChart band(String title, Color color) {
        NumberAxis x = new bnlab.app.style.StepAxis(I18n.get("curves.step"), false);
        x.setUpperMargin(0.04);
        NumberAxis y = new NumberAxis(I18n.get("curves.percentileAxis"));
        y.setAutoRangeIncludesZero(false);
        DeviationRenderer r = bnlab.app.style.StepLines.bands(false);
        r.setSeriesPaint(0, color);
        r.setSeriesFillPaint(0, color);
        r.setSeriesStroke(0, ChartStyle.LINE);
        r.setAlpha(0.22f);
        XYPlot plot = new XYPlot(new DefaultIntervalXYDataset(), x, y, r);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        addReadout(chart);
        return ChartStyle.apply(chart);
    }

    /**
     * Santurkar et al. 2018, Figure 4 (a): one twin's loss along its gradient at each evaluation, on one fixed batch:
     * the line is L(theta), the band runs from the least to the greatest L(theta - s g) over the step sizes. A band
     * chart with its own axis name; no legend (the key in the plot says what line and band are).
     */
    static JFreeChart path(Color color) {
        JFreeChart chart = band("", color);
        chart.getXYPlot().getRangeAxis().setLabel(I18n.get("curves.path.axis"));
        return chart;
    }

    /** The path chart's data: line and band per group of pixel columns (the band's extremes kept), on y. */
    static void showPath(JFreeChart chart, int groups, String key, double[] x, double[] lo, double[] mid,
                         double[] hi, org.jfree.data.Range y) {
        showRange(chart, PathSpan.of(x, lo, mid, hi), "curves.path.key", x, lo, hi,
                band(key, Columns.spans(x, lo, mid, hi, groups)), y);
    }

    // the read-out under the title ({@link BandChange}, {@link PathSpan}, {@link GradientCharts}), clear of the y axis's
    // top tick label below it (at 1280 x 720 the path charts' "50" touched it)
    private static void addReadout(JFreeChart chart) {
        org.jfree.chart.title.TextTitle readout = new org.jfree.chart.title.TextTitle("");
        readout.setPadding(new org.jfree.chart.ui.RectangleInsets(1, 1, 6, 1));
        chart.addSubtitle(readout);
    }

    /** Set the read-out under the title (a redraw only when it changes). */
    static void setReadout(JFreeChart chart, String text) {
        org.jfree.chart.title.TextTitle under = (org.jfree.chart.title.TextTitle) chart.getSubtitle(0);
        if (!text.equals(under.getText())) {
            under.setText(text);
        }
    }

    /** A band chart's read-out under its title. */
    static String bandReadout(JFreeChart chart) {
        return ((org.jfree.chart.title.TextTitle) chart.getSubtitle(0)).getText();
    }

    /**
     * Two series, the normalized twin's first (blue) then the plain twin's (vermillion), each summarised
     * over this many groups of pixel columns ({@link Columns#summary}; geometric means for a log axis).
     */
    static DefaultIntervalXYDataset twins(int groups, boolean geometric, String bnKey, double[] bnX, double[] bn,
                                          String plainKey, double[] plainX, double[] plain) {
        DefaultIntervalXYDataset d = new DefaultIntervalXYDataset();
        d.addSeries(bnKey, Columns.summary(bnX, bn, groups, geometric));
        d.addSeries(plainKey, Columns.summary(plainX, plain, groups, geometric));
        return d;
    }

    /**
     * The band chart's data: the median and the 15th-85th percentile band, on the y range y: the same for both
     * twins' charts ({@link AxisRange#of} over both), so a band's width and drift compare at a glance (each fitted
     * to its own, a plain band 0.1 wide filled its chart as BN's 2.6 did hers).
     */
    static void showBand(JFreeChart chart, int groups, String key, double[] x, double[] lo, double[] mid,
                         double[] hi, org.jfree.data.Range y) {
        showRange(chart, BandChange.of(lo, mid, hi), "curves.band.key", x, lo, hi,
                band(key, Columns.means(x, lo, mid, hi, groups)), y);
    }

    // a band chart's read-out under its title, its key (named by the message keys keys.median and keys.band) where
    // the band leaves most room, and its data on the y range y
    private static void showRange(JFreeChart chart, String readout, String keys, double[] x, double[] lo, double[] hi,
                                  org.jfree.data.xy.XYDataset data, org.jfree.data.Range y) {
        XYPlot plot = chart.getXYPlot();
        setReadout(chart, readout);
        if (x.length > 0) {
            org.jfree.data.Range yr = y != null ? y : plot.getRangeAxis().getRange();
            BandKey.show(plot, (Color) plot.getRenderer().getSeriesPaint(0), BandKey.best(x, lo, hi,
                    new org.jfree.data.Range(Math.min(0, x[0]), Math.max(x[x.length - 1], 1)), yr), keys);
        }
        show(chart, data, y);
    }

    /** Set the y range first (no auto-range on extreme values; null: leave it), then swap the dataset: one redraw. */
    static void show(JFreeChart chart, org.jfree.data.xy.XYDataset data, org.jfree.data.Range y) {
        XYPlot plot = chart.getXYPlot();
        if (y != null) {
            plot.getRangeAxis().setRange(y, true, false);
        }
        plot.setDataset(data);
    }

    /** A median line with a 15th-85th percentile band, each averaged per group of pixel columns. */
    static DefaultIntervalXYDataset band(String key, double[][] rows) {
        DefaultIntervalXYDataset d = new DefaultIntervalXYDataset();
        d.addSeries(key, rows);
        return d;
    }
}
