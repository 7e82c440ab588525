package bnlab.app.runningstats;

import bnlab.app.i18n.I18n;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Columns;
import bnlab.app.style.Palette;
import bnlab.app.style.StepLines;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Stroke;

/**
 * One line chart over training steps whose dataset is swapped whole (one redraw per frame). No legend:
 * the pane has one above the mean and variance charts, and the gap chart's title names its one series;
 * no range-axis label where the title names the quantity (yLabel null). A summarised chart draws each
 * series as a line through the mean of each group of pixel columns and a light band from its least to its
 * greatest value ({@link Columns}; an interval dataset), the others every point (an XY series collection).
 */
final class StatsChart {
    final XYPlot plot;
    final ChartViewer viewer;
    private final JFreeChart chart;
    /** A line under the title: the values at the last step, or nothing. */
    private final bnlab.app.style.PhrasedTitle now = new bnlab.app.style.PhrasedTitle(ChartStyle.LEGEND);
    /** Whether the value axis holds every range shown ({@link #hold}), and that range (null before a line). */
    private boolean holding;
    private org.jfree.data.Range held;

    /**
     * @param y     the value axis (its ticks' wording: see {@link #decimal} and {@link #percent})
     * @param fills the bands' colours, one per series (drawn at {@link ChartStyle#COLUMNS_BAND_ALPHA}), or
     *              null: every point drawn (no bands)
     */
    StatsChart(String title, NumberAxis y, Color[] colors, Stroke[] strokes, Color[] fills, boolean shapes) {
        NumberAxis x = new bnlab.app.style.StepAxis(I18n.get("curves.step"), false);
        y.setAutoRangeIncludesZero(false);
        // the margin reaches past 0 too: a running mean starts at 0, and its dot sat in the plot's corner
        y.setAutoRangeStickyZero(false);
        // a lone point (step 0) as a dot
        XYLineAndShapeRenderer r = fills == null ? StepLines.lines(shapes) : StepLines.bands(shapes);
        r.setDrawSeriesLineAsPath(true); // one path per series, so dash patterns run along the line
        for (int i = 0; i < colors.length; i++) {
            r.setSeriesPaint(i, colors[i]);
            r.setSeriesStroke(i, strokes[i]);
            if (fills != null) {
                r.setSeriesFillPaint(i, fills[i]);
            }
        }
        if (r instanceof DeviationRenderer d) {
            d.setAlpha(ChartStyle.COLUMNS_BAND_ALPHA);
        }
        plot = new XYPlot(fills == null ? new XYSeriesCollection() : new DefaultIntervalXYDataset(), x, y, r);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // series 0 at the back
        chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        now.setPaint(bnlab.app.style.Look.current().ink());
        chart.addSubtitle(now);
        ChartStyle.apply(chart);
        viewer = bnlab.app.style.Viewers.of(chart);
        viewer.setMinSize(200, 150);
    }

    /** A value axis ticked with exact values, all plain or all scientific (a mean, a variance). */
    static NumberAxis decimal(String label) {
        return new bnlab.app.style.DecimalAxis(label);
    }

    /** A value axis of fractions ticked in percent (an accuracy gap), unlabelled. */
    static NumberAxis percent() {
        return new bnlab.app.style.PercentAxis(null);
    }

    XYDataset dataset() {
        return plot.getDataset();
    }

    void setDataset(XYDataset d) {
        if (holding) {
            org.jfree.data.Range r = org.jfree.data.general.DatasetUtils.findRangeBounds(d, true);
            if (r != null && Double.isFinite(r.getLowerBound()) && Double.isFinite(r.getUpperBound())) {
                held = held == null ? r : org.jfree.data.Range.combine(held, r);
                plot.getRangeAxis().setRange(withMargin(held), true, false);
            }
        }
        plot.setDataset(d);
    }

    /**
     * While on, the value axis takes in every range shown since it was turned on and never shrinks: a lesson that
     * trains again with another batch size compares the new run with the last on one axis (fitted to each, batches
     * of 120 and of 16 looked alike). Off: the axis fits the lines shown again.
     */
    void hold(boolean on) {
        holding = on;
        held = null;
        if (!on) {
            plot.getRangeAxis().setAutoRange(true);
        }
    }

    /** Whether the value axis holds its ranges. */
    boolean holding() {
        return holding;
    }

    /** The range held (for tests), or null. */
    org.jfree.data.Range held() {
        return held;
    }

    // 5 % of the span above and below (a flat line: 10 % of its value, at least 0.5, either side)
    static org.jfree.data.Range withMargin(org.jfree.data.Range r) {
        double pad = r.getLength() > 0 ? 0.05 * r.getLength() : Math.max(0.1 * Math.abs(r.getCentralValue()), 0.5);
        return new org.jfree.data.Range(r.getLowerBound() - pad, r.getUpperBound() + pad);
    }

    /** How many groups of pixel columns a summarised series takes at the chart's width now. */
    int groups() {
        return Columns.groups(viewer.getWidth());
    }

    /**
     * The line under the title ("" for none) and its widest form at its step (see
     * {@link bnlab.app.style.PhrasedTitle#setText(String, String)}).
     */
    void setNow(String t, String widest) {
        if (!t.equals(now.getText())) {
            now.setText(t, widest);
        }
    }

    String nowText() {
        return now.getText();
    }

    void setTitle(String t) {
        if (!t.equals(chart.getTitle().getText())) {
            chart.setTitle(t);
        }
    }

    static final Color RUNNING = Palette.BN;
    static final Color POPULATION = Palette.GREEN;
    /** The previous run's lines: the running line's blue, lighter. */
    static Color previous() {
        return Palette.alpha(Palette.BN, 0.75);
    }

    /** The previous run's population values: the population's green, lighter. */
    static Color previousPopulation() {
        return Palette.alpha(POPULATION, 0.75);
    }

    static Color batch() {
        return Palette.alpha(bnlab.app.style.Look.current().ink(), 0.35);
    }
}
