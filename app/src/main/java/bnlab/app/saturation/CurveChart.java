package bnlab.app.saturation;

import bnlab.app.i18n.I18n;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Palette;
import bnlab.app.style.PhrasedTitle;
import bnlab.engine.api.ActivationKind;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.util.List;

/**
 * f(x) (left axis) and f'(x) (right axis) over the window [-w, w] (see {@link Frame}) and its two edge
 * bins, saturated regions shaded, and the chosen layer's input histograms of both twins laid over
 * them ({@link InputHistograms}); a subtitle says how much of each twin's inputs lies beyond +-w.
 */
final class CurveChart {
    private static final int POINTS = 600;
    /** The edge bins are 1/16 of w wide, outside the window. */
    private static final double STRIP = 1.0 / 16;

    final XYSeriesCollection function = new XYSeriesCollection();
    final XYSeriesCollection derivative = new XYSeriesCollection();
    final InputHistograms histograms = new InputHistograms();
    final PhrasedTitle outside = new PhrasedTitle(ChartStyle.LEGEND);
    final XYPlot plot;
    final ChartViewer viewer;
    private final JFreeChart chart;
    private double w = Frame.UNBOUNDED_CORE;
    private boolean compact;

    CurveChart() {
        NumberAxis x = new NumberAxis(I18n.get("saturation.curves.x"));
        x.setAutoRange(false);
        NumberAxis fAxis = new NumberAxis(I18n.get("saturation.curves.fAxis"));
        NumberAxis dAxis = new NumberAxis(I18n.get("saturation.curves.dfAxis"));
        NumberAxis hAxis = new NumberAxis();
        hAxis.setVisible(false);
        hAxis.setAutoRange(false);
        hAxis.setRange(0, 1.45);
        XYLineAndShapeRenderer fr = new XYLineAndShapeRenderer(true, false);
        fr.setSeriesPaint(0, bnlab.app.style.Look.current().ink());
        fr.setSeriesStroke(0, ChartStyle.LINE);
        fr.setDrawSeriesLineAsPath(true); // one path of 600 segments, not 600 shapes for the rasterizer
        XYLineAndShapeRenderer dr = new XYLineAndShapeRenderer(true, false);
        dr.setSeriesPaint(0, Palette.PURPLE);
        dr.setSeriesStroke(0, ChartStyle.LINE);
        dr.setDrawSeriesLineAsPath(true);
        plot = new XYPlot(function, x, fAxis, fr);
        plot.setRangeAxis(1, dAxis);
        plot.setDataset(1, derivative);
        plot.setRenderer(1, dr);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRangeAxis(2, hAxis);
        plot.setDataset(2, histograms.series);
        plot.setRenderer(2, histograms.renderer);
        plot.mapDatasetToRangeAxis(2, 2);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // histograms behind the curves
        chart = new JFreeChart("", ChartStyle.TITLE, plot, true);
        outside.setPaint(bnlab.app.style.Look.current().ink());
        chart.addSubtitle(outside);
        ChartStyle.apply(chart);
        dAxis.setLabelPaint(Palette.PURPLE);
        dAxis.setTickLabelPaint(Palette.PURPLE);
        viewer = bnlab.app.style.Viewers.of(chart);
        viewer.setMinSize(220, 150);
    }

    /** Half-width w of the window. */
    double halfWidth() {
        return w;
    }

    /** Width of each edge bin. */
    double strip() {
        return STRIP * w;
    }

    /** Left end of the x axis: -w and the edge bin. */
    double lo() {
        return -w - strip();
    }

    /** Right end of the x axis. */
    double hi() {
        return w + strip();
    }

    /** Set the window to [-w, w] (the curves need drawing again when it changed). */
    void setHalfWidth(double halfWidth) {
        w = halfWidth;
    }

    /** Redraw the curves, the shaded regions and the window's edges for f over the x axis. */
    void drawCurves(ActivationKind f, double threshold, String title) {
        function.setNotify(false);
        derivative.setNotify(false);
        function.removeAllSeries();
        derivative.removeAllSeries();
        XYSeries fs = new XYSeries(I18n.get("saturation.curves.f", I18n.label(f)), false, true);
        XYSeries ds = new XYSeries(I18n.get("saturation.curves.df", I18n.label(f)), false, true);
        double lo = lo();
        double hi = hi();
        for (int i = 0; i <= POINTS; i++) {
            double x = lo + (hi - lo) * i / POINTS;
            fs.add(x, f.apply(x), false);
            ds.add(x, f.derivative(x), false);
        }
        function.addSeries(fs);
        derivative.addSeries(ds);
        NumberAxis xAxis = (NumberAxis) plot.getDomainAxis();
        xAxis.setRange(lo, hi);
        double unit = compact ? Frame.tickUnit(w, 2, 4) : Frame.tickUnit(w, 3, 8);
        if (unit > 0) {
            xAxis.setTickUnit(new NumberTickUnit(unit));
        } else {
            xAxis.setAutoTickUnitSelection(true);
        }
        NumberAxis d = (NumberAxis) plot.getRangeAxis(1);
        d.setRange(0, 1.15 * f.maxDerivative());
        d.setStandardTickUnits(derivativeTicks(f.maxDerivative()));
        d.setAutoTickUnitSelection(true);
        NumberAxis fa = (NumberAxis) plot.getRangeAxis(0);
        fa.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        fa.setAutoTickUnitSelection(true);
        plot.clearDomainMarkers();
        for (double[] r : Regions.saturated(f, threshold, lo, hi)) {
            IntervalMarker m = new IntervalMarker(r[0], r[1]);
            m.setPaint(Palette.alpha(Palette.ORANGE, 0.22));
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        // the window's edges: beyond them, the edge bins count everything further out
        for (double edge : new double[]{-w, w}) {
            ValueMarker m = new ValueMarker(edge, bnlab.app.style.Look.current().ink(), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
            plot.addDomainMarker(m, Layer.FOREGROUND);
        }
        chart.setTitle(title);
        ChartStyle.apply(chart);
        Compact.fonts(chart, compact);
        derivative.setNotify(true);
        function.setNotify(true);
    }

    /**
     * The f' axis from 0 to f's steepest slope in fifths, halves or one step, the finest whose labels do not overlap:
     * a fixed fifth stacked six labels into each other where a banner left the chart short (lesson 7 at 1280 x 720).
     */
    static TickUnits derivativeTicks(double max) {
        TickUnits units = new TickUnits();
        for (int parts : new int[]{5, 2, 1}) {
            units.add(new NumberTickUnit(max / parts, new java.text.DecimalFormat("0.00#")));
        }
        return units;
    }

    /** Smaller fonts and a shorter legend when the view is shown small. */
    void setCompact(boolean c) {
        compact = c;
        Compact.fonts(chart, c);
        // small: the legend names only the twins (the axis labels name f and f')
        chart.getLegend().setSources(new LegendItemSource[]{c ? histograms.renderer : plot});
    }

    /** The saturated intervals currently shaded. */
    List<IntervalMarker> shaded() {
        return plot.getDomainMarkers(Layer.BACKGROUND) == null ? List.of()
                : plot.getDomainMarkers(Layer.BACKGROUND).stream().map(m -> (IntervalMarker) m).toList();
    }

    JFreeChart chart() {
        return chart;
    }
}
