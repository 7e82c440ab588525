package bnlab.app.saturation;

import bnlab.app.style.ChartStyle;
import bnlab.app.style.Palette;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Histogram;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.List;

/**
 * f(x) (left axis) and f'(x) (right axis) over x, saturated regions shaded, and the chosen layer's
 * pre-activation histograms of both twins laid over them, each scaled to its own peak (hidden axis).
 */
final class CurveChart {
    /** The x range always shows at least [-HALF, HALF] and grows to include the histograms, up to MAX. */
    static final double HALF = 6;
    static final double MAX = 60;
    private static final int POINTS = 600;

    final XYSeriesCollection function = new XYSeriesCollection();
    final XYSeriesCollection derivative = new XYSeriesCollection();
    final XYSeriesCollection histograms = new XYSeriesCollection();
    final XYPlot plot;
    final ChartViewer viewer;
    private final JFreeChart chart;
    private final XYAreaRenderer histRenderer = new XYAreaRenderer(XYAreaRenderer.AREA);
    private double lo = -HALF;
    private double hi = HALF;

    CurveChart() {
        NumberAxis x = new NumberAxis("pre-activation x");
        x.setAutoRange(false);
        x.setRange(lo, hi);
        NumberAxis fAxis = new NumberAxis("f(x)");
        NumberAxis dAxis = new NumberAxis("f'(x)");
        NumberAxis hAxis = new NumberAxis();
        hAxis.setVisible(false);
        hAxis.setAutoRange(false);
        hAxis.setRange(0, 1.6);
        XYLineAndShapeRenderer fr = new XYLineAndShapeRenderer(true, false);
        fr.setSeriesPaint(0, Palette.INK);
        fr.setSeriesStroke(0, ChartStyle.LINE);
        XYLineAndShapeRenderer dr = new XYLineAndShapeRenderer(true, false);
        dr.setSeriesPaint(0, Palette.PURPLE);
        dr.setSeriesStroke(0, ChartStyle.LINE);
        histRenderer.setOutline(true);
        plot = new XYPlot(function, x, fAxis, fr);
        plot.setRangeAxis(1, dAxis);
        plot.setDataset(1, derivative);
        plot.setRenderer(1, dr);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRangeAxis(2, hAxis);
        plot.setDataset(2, histograms);
        plot.setRenderer(2, histRenderer);
        plot.mapDatasetToRangeAxis(2, 2);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // histograms behind the curves
        chart = new JFreeChart("", ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        dAxis.setLabelPaint(Palette.PURPLE);
        dAxis.setTickLabelPaint(Palette.PURPLE);
        viewer = new ChartViewer(chart);
        viewer.setMinSize(300, 200);
    }

    double lo() {
        return lo;
    }

    double hi() {
        return hi;
    }

    /** Reset the x range to [-HALF, HALF] (rebuild). */
    void resetRange() {
        lo = -HALF;
        hi = HALF;
    }

    /** Widen the x range to include a histogram's [lo, hi) (finite ones only, capped at +-MAX). */
    boolean include(Histogram h) {
        if (h == null || !Double.isFinite(h.lo()) || !Double.isFinite(h.hi())) {
            return false;
        }
        double a = Math.max(-MAX, Math.min(lo, h.lo()));
        double b = Math.min(MAX, Math.max(hi, h.hi()));
        boolean changed = a < lo || b > hi;
        lo = a;
        hi = b;
        return changed;
    }

    /** Redraw the curves and shaded regions for f over the current x range. */
    void drawCurves(ActivationKind f, double threshold, String title) {
        function.setNotify(false);
        derivative.setNotify(false);
        function.removeAllSeries();
        derivative.removeAllSeries();
        XYSeries fs = new XYSeries(f + "(x)", false, true);
        XYSeries ds = new XYSeries(f + "'(x)", false, true);
        for (int i = 0; i <= POINTS; i++) {
            double x = lo + (hi - lo) * i / POINTS;
            fs.add(x, f.apply(x), false);
            ds.add(x, f.derivative(x), false);
        }
        function.addSeries(fs);
        derivative.addSeries(ds);
        plot.getDomainAxis().setRange(lo, hi);
        NumberAxis d = (NumberAxis) plot.getRangeAxis(1);
        d.setRange(0, 1.15 * f.maxDerivative());
        d.setTickUnit(new NumberTickUnit(f.maxDerivative() / 5, new java.text.DecimalFormat("0.00")));
        NumberAxis fa = (NumberAxis) plot.getRangeAxis(0);
        fa.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        fa.setAutoTickUnitSelection(true);
        plot.clearDomainMarkers();
        for (double[] r : Regions.saturated(f, threshold, lo, hi)) {
            IntervalMarker m = new IntervalMarker(r[0], r[1]);
            m.setPaint(Palette.alpha(Palette.ORANGE, 0.22));
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        chart.setTitle(title);
        ChartStyle.apply(chart);
        derivative.setNotify(true);
        function.setNotify(true);
    }

    /** The saturated intervals currently shaded. */
    List<IntervalMarker> shaded() {
        return plot.getDomainMarkers(Layer.BACKGROUND) == null ? List.of()
                : plot.getDomainMarkers(Layer.BACKGROUND).stream().map(m -> (IntervalMarker) m).toList();
    }

    /** Lay the twins' pre-activation histograms over the curves (null or NaN ones are left out). */
    void drawHistograms(Histogram bn, Histogram plain) {
        histograms.setNotify(false);
        histograms.removeAllSeries();
        add("no-BN twin: x", plain, Palette.PLAIN);
        add("BN twin: x", bn, Palette.BN);
        histograms.setNotify(true);
    }

    private void add(String key, Histogram h, java.awt.Color color) {
        if (h == null || !Double.isFinite(h.lo()) || !Double.isFinite(h.hi()) || !(h.hi() > h.lo())) {
            return;
        }
        long peak = 1;
        for (long c : h.counts()) {
            peak = Math.max(peak, c);
        }
        XYSeries s = new XYSeries(key, false, true);
        double w = h.binWidth();
        s.add(h.lo(), 0, false);
        for (int i = 0; i < h.bins(); i++) {
            double y = (double) h.counts()[i] / peak; // scaled to fit: peak = 1
            s.add(h.lo() + i * w, y, false);
            s.add(h.lo() + (i + 1) * w, y, false);
        }
        s.add(h.hi(), 0, false);
        int i = histograms.getSeriesCount();
        histograms.addSeries(s);
        // the BN twin (narrow, drawn last) opaque enough to stay blue over the no-BN twin's fill
        histRenderer.setSeriesPaint(i, Palette.alpha(color, color == Palette.BN ? 0.8 : 0.25));
        histRenderer.setSeriesOutlinePaint(i, color);
        histRenderer.setSeriesOutlineStroke(i, ChartStyle.THIN);
    }
}
