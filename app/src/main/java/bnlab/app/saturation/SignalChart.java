package bnlab.app.saturation;

import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Palette;
import bnlab.app.style.ReadableLogAxis;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.TwinState;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Stroke;
import java.util.function.ToDoubleFunction;

/**
 * The gradient reaching each hidden layer, for both twins, on log axes over the layer number. Upper
 * panel: the back-propagated signal ||dL/dz_l|| (z_l = u W_l + b_l, solid) and the weight gradient
 * ||dL/dW_l|| = ||u^T dL/dz_l|| (dashed). Lower panel: the signal relative to the top hidden layer L,
 * ||dL/dz_l|| / ||dL/dz_L|| (1 at layer L; a vanishing signal falls by decades toward layer 1).
 * Series 0 is the twin with normalization, series 1 the plain twin, in every dataset.
 */
final class SignalChart {
    static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[]{7f, 5f}, 0f);

    final XYSeriesCollection signals = new XYSeriesCollection();
    final XYSeriesCollection weights = new XYSeriesCollection();
    final XYSeriesCollection ratios = new XYSeriesCollection();
    final ReadableLogAxis normAxis = new ReadableLogAxis(I18n.get("saturation.signal.axis"));
    final ReadableLogAxis ratioAxis = new ReadableLogAxis(I18n.get("saturation.signal.ratioAxis"));
    final bnlab.app.style.PhrasedTitle readout = new bnlab.app.style.PhrasedTitle(ChartStyle.LEGEND);
    final ChartViewer viewer;
    private final JFreeChart chart;
    /** The lower panel: each layer's signal over the top layer's, layer 1's value written beside its point. */
    final XYPlot ratio;
    private final XYPlot norms;
    /** Whether the view is shown small. */
    private boolean compact;

    SignalChart() {
        NumberAxis layerAxis = new NumberAxis(I18n.get("saturation.hiddenLayer"));
        layerAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        layerAxis.setAutoRangeIncludesZero(false);
        // and not stopped at 0: with 8 layers the room for layer 1's ratios reaches below it (stopped there, it was
        // too narrow and "1/26000" was cut at the plot's edge)
        layerAxis.setAutoRangeStickyZero(false);
        layerAxis.setLowerMargin(0.08);
        layerAxis.setUpperMargin(0.08);
        // no tick left of layer 1: the room kept there for layer 1's ratios ticked a layer 0 (or -1) of nothing
        layerAxis.setNumberFormatOverride(new LayerTicks());
        norms = new XYPlot(signals, null, normAxis, lines(ChartStyle.LINE, true));
        norms.setDataset(1, weights);
        norms.setRenderer(1, lines(DASHED, false));
        ratio = new XYPlot(ratios, null, ratioAxis, lines(ChartStyle.LINE, true));
        ratio.addRangeMarker(new ValueMarker(1, bnlab.app.style.Look.current().ink(), ChartStyle.THIN));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(layerAxis);
        plot.setGap(8);
        plot.add(norms, 3);
        plot.add(ratio, 2); // 2 : 3 when shown small (setCompact)
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(item("saturation.signal.dz", ChartStyle.LINE));
        legend.add(item("saturation.signal.dW", DASHED));
        plot.setFixedLegendItems(legend);
        chart = new JFreeChart(I18n.get("saturation.signal.title"), ChartStyle.TITLE, plot, true);
        readout.setPaint(bnlab.app.style.Look.current().ink());
        chart.addSubtitle(readout);
        ChartStyle.apply(chart);
        for (XYPlot p : new XYPlot[]{norms, ratio}) { // the house style on each panel
            p.setBackgroundPaint(bnlab.app.style.Look.current().background());
            p.setOutlinePaint(bnlab.app.style.Look.current().grid());
            p.setDomainGridlinePaint(bnlab.app.style.Look.current().grid());
            p.setRangeGridlinePaint(bnlab.app.style.Look.current().grid());
            ChartStyle.axis(p.getRangeAxis());
        }
        ChartStyle.axis(layerAxis);
        viewer = bnlab.app.style.Viewers.of(chart);
        viewer.setMinSize(150, 130);
        viewer.heightProperty().addListener((o, a, b) -> fitLegend());
    }

    /**
     * The height from which a chart shown small keeps its legend (one line of the small font): a two-view lesson's
     * at 1920 x 1080 is ~245 px tall, a quarter of the live grid at 1280 x 720 ~165 px, too short for it.
     */
    static final double LEGEND_HEIGHT = 200;
    /** The layer axis's margin left of layer 1 where layer 1's ratios are written beside their points. */
    static final double LABELLED_MARGIN = 0.3;

    private void fitLegend() {
        boolean show = !compact || viewer.getHeight() >= LEGEND_HEIGHT;
        if (chart.getLegend().isVisible() != show) {
            chart.getLegend().setVisible(show);
        }
    }

    private static XYLineAndShapeRenderer lines(Stroke stroke, boolean shapes) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, shapes);
        r.setSeriesPaint(0, Palette.BN);
        r.setSeriesPaint(1, Palette.PLAIN);
        r.setSeriesStroke(0, stroke);
        r.setSeriesStroke(1, stroke);
        return r;
    }

    private static LegendItem item(String key, Stroke stroke) {
        LegendItem i = new LegendItem(I18n.get(key), null, null, null, new java.awt.geom.Line2D.Double(-12, 0, 12, 0),
                stroke, bnlab.app.style.Look.current().ink());
        i.setLabelFont(ChartStyle.legendFont());
        return i;
    }

    /** The axis names the twins' hidden layers, or a CNN's conv blocks. */
    void setCnn(boolean cnn) {
        ((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis()
                .setLabel(bnlab.app.i18n.ArchWords.get("saturation.hiddenLayer", cnn));
    }

    /**
     * Smaller fonts and no read-out (the lower panel shows the ratios) when the view is shown small. The legend
     * stays where the chart is {@link #LEGEND_HEIGHT} tall (a lesson's views at 1280 x 720 and at 1920 x 1080):
     * without it nothing says the dashed lines are the weights' gradients; a quarter of the live grid has no room.
     */
    void setCompact(boolean c) {
        compact = c;
        // shown small, the lower panel (the ratio "÷ top layer" the lessons point at) takes the larger share: at 3 : 2 it
        // was 45 px in a cell of the live grid at 1600 x 1000, and its axis's name, 70 px, ran up over the upper panel
        norms.setWeight(c ? 2 : 3);
        ratio.setWeight(c ? 3 : 2);
        // shown small, layer 1's ratios are written left of its points (the read-out is hidden): room for them
        ((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis().setLowerMargin(c ? LABELLED_MARGIN : 0.08);
        if (!c) {
            ratio.clearAnnotations(); // the read-out says them; shown small again, the next snapshot writes them
        }
        fitLegend();
        Compact.fonts(chart, c);
        LegendItemCollection items = ((CombinedDomainXYPlot) chart.getPlot()).getFixedLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            items.get(i).setLabelFont(c ? Compact.legend() : ChartStyle.legendFont());
        }
        chart.fireChartChanged();
        readout.setVisible(!c);
    }

    /** Both twins' per-layer values; non-finite or non-positive values are left out (log axes). */
    void show(TwinState bn, TwinState plain, String bnName, String plainName, String title) {
        signals.setNotify(false);
        weights.setNotify(false);
        ratios.setNotify(false);
        signals.removeAllSeries();
        weights.removeAllSeries();
        ratios.removeAllSeries();
        for (TwinState t : new TwinState[]{bn, plain}) {
            String name = t == bn ? bnName : plainName;
            // keyed by what and whose (the legend is fixed: a CSV of the chart tells the lines apart by these)
            String dz = I18n.get("saturation.signal.series", I18n.get("saturation.signal.dz"), name);
            signals.addSeries(series(dz, t, LayerProbe::signalNorm, 1));
            weights.addSeries(series(I18n.get("saturation.signal.series", I18n.get("saturation.signal.dW"), name), t,
                    LayerProbe::weightGradNorm, 1));
            // ||dL/dz_l|| / ||dL/dz_L||, L = the top hidden layer
            ratios.addSeries(series(dz, t, LayerProbe::signalNorm, top(t)));
        }
        fit(normAxis, 1, signals, weights);
        // room above the highest ratio and below the lowest for their points' words
        fit(ratioAxis, 2, ratios);
        double rb = bottomRatio(bn);
        double rp = bottomRatio(plain);
        int layers = Math.max(bn.layers().size(), plain.layers().size());
        // in the form the widest ratios ("1/1600") take: it keeps its form as its digits change
        String widest = Numbers.widestRatio();
        if (layers < 2) {
            readout.setText(""); // one layer: no ratio to read out, and no room kept for one
        } else {
            readout.setText(I18n.get("saturation.signal.readout", Numbers.ratio(rp), layers, plainName,
                    Numbers.ratio(rb), bnName), I18n.get("saturation.signal.readout", widest, layers, plainName, widest,
                    bnName));
        }
        // shown small (no read-out), layer 1's ratios are written left of their points: a short panel's two or three
        // ticks do not let anyone read 1/1600 off it
        ratio.clearAnnotations();
        if (compact && layers >= 2) {
            String wb = Numbers.ratio(rb);
            String wp = Numbers.ratio(rp);
            ((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis().setLowerMargin(labelledMargin(wb, wp));
            double x = 1 - GAP * (layers - 1);
            int[] side = sides(rb, rp, closeDecades());
            label(x, rb, wb, Palette.BN, side[0]);
            label(x, rp, wp, Palette.PLAIN, side[1]);
        }
        if (!title.equals(chart.getTitle().getText())) {
            chart.setTitle(title);
        }
        ratios.setNotify(true);
        weights.setNotify(true);
        signals.setNotify(true);
    }

    /** Layer 1's ratios end this far left of its point, in layers' spacing (a fraction of the axis's span). */
    static final double GAP = 0.04;
    /** Before the chart is drawn: two ratios nearer than this share of the ratio axis's decades are close. */
    static final double CLOSE = 0.15;

    /**
     * The decades on the ratio axis nearer than which two ratios' words would touch: a line of the words' font in
     * the lower panel's height as last drawn (in a quarter of the live grid that panel is some 50 px, and 0.7 over
     * 0.34 touched at a quarter of its decades).
     */
    private double closeDecades() {
        double decades = Math.log10(ratioAxis.getUpperBound() / ratioAxis.getLowerBound());
        org.jfree.chart.ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo().getSubplotCount() < 2
                || info.getPlotInfo().getSubplotInfo(1).getDataArea().getHeight() <= 0) {
            return CLOSE * decades;
        }
        double line = 1.2 * wordsFont().getSize2D();
        return Math.max(CLOSE, line / info.getPlotInfo().getSubplotInfo(1).getDataArea().getHeight()) * decades;
    }

    // the font of layer 1's ratios written beside their points, as the legend's
    private java.awt.Font wordsFont() {
        return compact ? Compact.legend() : ChartStyle.legendFont();
    }

    /**
     * Words at a ratio's height within half a line of 1 are crossed by the black line at 1 (lesson 9's 0.89 at
     * 1280 x 720): they go to the line's far side, below it for a ratio under 1, above for one over it.
     */
    static int offTheLine(double v, double lineDecades) {
        return Double.isFinite(v) && v > 0 && Math.abs(Math.log10(v)) < 0.6 * lineDecades ? (v >= 1 ? 1 : -1) : 0;
    }

    /**
     * Where the two ratios' words go (each 0 at its point's height, 1 above it, -1 below it: {@link #label}), for
     * words a line tall (in the axis's decades): two ratios close on the log axis would be written over each other,
     * so the higher one's words go above its height and the lower one's below (lesson 2's 0.64 and 0.52 after 1,000
     * steps); words crossed by the black line at 1 go to its far side ({@link #offTheLine}). Where those moves put
     * one's words over the other's (1.1 moved up off the line into 1.9's, lesson 7), the first arrangement, fewest
     * moves first, in which the words neither touch each other nor the line.
     */
    static int[] sides(double rb, double rp, double line) {
        boolean both = Double.isFinite(rb) && Double.isFinite(rp) && rb > 0 && rp > 0;
        boolean close = both && Math.abs(Math.log10(rb / rp)) < line;
        int[] rule = close ? new int[]{rb >= rp ? 1 : -1, rp > rb ? 1 : -1}
                : new int[]{offTheLine(rb, line), offTheLine(rp, line)};
        if (!both || clear(rb, rule[0], rp, rule[1], line)) {
            return rule;
        }
        for (int moves = 0; moves <= 2; moves++) {
            for (int b = -1; b <= 1; b++) {
                for (int p = -1; p <= 1; p++) {
                    if (Math.abs(b) + Math.abs(p) == moves && clear(rb, b, rp, p, line)) {
                        return new int[]{b, p};
                    }
                }
            }
        }
        return rule;
    }

    // whether words a line tall at these sides of the two ratios stay off each other and off the line at 1 (decades)
    private static boolean clear(double rb, int sb, double rp, int sp, double line) {
        double[] b = span(Math.log10(rb), sb, line);
        double[] p = span(Math.log10(rp), sp, line);
        boolean apart = b[1] <= p[0] + 1e-9 || p[1] <= b[0] + 1e-9; // touching is apart
        return apart && offOne(b, line) && offOne(p, line);
    }

    // from and to, in decades, of words a line tall at this side of the value
    private static double[] span(double v, int side, double line) {
        return side > 0 ? new double[]{v, v + line} : side < 0 ? new double[]{v - line, v}
                : new double[]{v - line / 2, v + line / 2};
    }

    // the black line at 1 (0 decades) not through the words' middle part (a fifth of a line at either end is leading)
    private static boolean offOne(double[] s, double line) {
        return s[1] <= 0.2 * line || s[0] >= -0.2 * line;
    }

    // a ratio's words left of its point: at its height (side 0), just above it (1) or just below it (-1)
    private void label(double x, double v, String words, java.awt.Color colour, int side) {
        if (!(Double.isFinite(v) && v > 0)) {
            return;
        }
        org.jfree.chart.annotations.XYTextAnnotation a = new org.jfree.chart.annotations.XYTextAnnotation(words, x, v);
        a.setFont(wordsFont());
        a.setPaint(colour);
        a.setTextAnchor(side > 0 ? org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT
                : side < 0 ? org.jfree.chart.ui.TextAnchor.TOP_RIGHT : org.jfree.chart.ui.TextAnchor.CENTER_RIGHT);
        ratio.addAnnotation(a, false);
    }

    /**
     * The layer axis's margin left of layer 1 that holds the widest of these words, in the plot's width as last
     * drawn: with m the margin and u the upper one (fractions of the span), the room left of the words' end is
     * W (m - GAP) / (1 + m + u) pixels of a data area W wide, so m = (GAP + L (1 + u) / W) / (1 - L / W) for words
     * L wide. A fixed 0.3 cut lesson 2's "1/26000" to "/26000" with 8 layers at 1280 x 720.
     */
    double labelledMargin(String... words) {
        java.awt.Font font = wordsFont();
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        double l = 6; // and a few pixels from the plot's edge
        for (String w : words) {
            l = Math.max(l, font.getStringBounds(w, frc).getWidth() + 6);
        }
        org.jfree.chart.ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        double width = info == null || info.getPlotInfo().getDataArea().getWidth() <= 0 ? 280
                : info.getPlotInfo().getDataArea().getWidth();
        double u = ((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis().getUpperMargin();
        if (l >= 0.6 * width) {
            return 1.5; // too narrow to write them beside the lines at all: as far as sense allows
        }
        return Math.max(LABELLED_MARGIN, (GAP + l * (1 + u) / width) / (1 - l / width));
    }

    /** The layer axis's integer ticks, none left of layer 1 (where the margin holds layer 1's ratios). */
    static final class LayerTicks extends java.text.NumberFormat {
        @Override
        public StringBuffer format(double v, StringBuffer to, java.text.FieldPosition pos) {
            return v < 0.5 ? to : to.append(Math.round(v));
        }

        @Override
        public StringBuffer format(long v, StringBuffer to, java.text.FieldPosition pos) {
            return v < 1 ? to : to.append(v);
        }

        @Override
        public Number parse(String text, java.text.ParsePosition pos) {
            return null;
        }
    }


    /** ||dL/dz_1|| / ||dL/dz_L|| of a twin, NaN without probes. */
    static double bottomRatio(TwinState t) {
        return t.layers().isEmpty() ? Double.NaN : t.layers().get(0).signalNorm() / top(t);
    }

    private static double top(TwinState t) {
        return t.layers().isEmpty() ? Double.NaN : t.layers().get(t.layers().size() - 1).signalNorm();
    }

    private static XYSeries series(String name, TwinState t, ToDoubleFunction<LayerProbe> value, double divisor) {
        XYSeries s = new XYSeries(name);
        for (LayerProbe p : t.layers()) {
            double v = value.applyAsDouble(p) / divisor;
            if (Double.isFinite(v) && v > 0) {
                s.add(p.layer() + 1, v);
            }
        }
        return s;
    }

    // fitted to the lines, with room times the axis's own margin beyond the lowest and the highest
    private static void fit(ReadableLogAxis axis, double room, XYSeriesCollection... data) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (XYSeriesCollection c : data) {
            for (int i = 0; i < c.getSeriesCount(); i++) {
                XYSeries s = c.getSeries(i);
                if (s.getItemCount() > 0) {
                    min = Math.min(min, s.getMinY());
                    max = Math.max(max, s.getMaxY());
                }
            }
        }
        axis.fit(min / room, max * room);
    }

    JFreeChart chart() {
        return chart;
    }
}
