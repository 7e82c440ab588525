package bnlab.app.saturation;

import bnlab.app.i18n.I18n;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Palette;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.TwinState;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.text.NumberFormat;
import java.util.List;

/**
 * Per hidden layer, for both twins, the fraction of saturated inputs (f'(x) < threshold * max f').
 * Row 0 is the twin with normalization, row 1 the plain twin; rows are named as the twins.
 */
final class LayerCharts {
    final DefaultCategoryDataset saturated = new DefaultCategoryDataset();
    final ChartViewer saturatedViewer;
    /** The fraction axis's top: a full bar's label fits under it. */
    static final double LABEL_ROOM = 1.18;
    private final BarRenderer bars;
    /** Whether the view is shown small, and how many layers the bars are drawn for. */
    private boolean compact;
    private int columns = 3;

    LayerCharts() {
        NumberAxis fraction = new NumberAxis(I18n.get("saturation.saturated.axis"));
        // room over a full bar for its label; ticks stop at 100 %
        fraction.setRange(0, LABEL_ROOM);
        bnlab.app.style.PercentTicks.apply(fraction, 0.2, 0.25, 0.5, 1); // none with a tick between 100 % and the top
        BarRenderer bars = new StubBars();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, Palette.BN);
        bars.setSeriesPaint(1, Palette.PLAIN);
        bars.setItemMargin(0.05);
        bars.setMinimumBarLength(2);
        // each bar's value over it, "56%", "0%": a twin with nothing saturated showed no bar at all, as if missing
        bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}",
                NumberFormat.getPercentInstance(I18n.locale())));
        bars.setDefaultItemLabelFont(ChartStyle.tickFont());
        bars.setDefaultItemLabelPaint(bnlab.app.style.Look.current().ink());
        this.bars = bars;
        CategoryPlot cat = new CategoryPlot(saturated, new CategoryAxis(I18n.get("saturation.hiddenLayer")), fraction,
                bars);
        JFreeChart satChart = ChartStyle.apply(new JFreeChart(I18n.get("saturation.saturated.title"), ChartStyle.TITLE,
                cat, true));
        cat.setRangeGridlinePaint(bnlab.app.style.Look.current().grid());
        ChartStyle.axis(cat.getDomainAxis());
        ChartStyle.axis(cat.getRangeAxis());
        saturatedViewer = bnlab.app.style.Viewers.of(satChart);
        saturatedViewer.setMinSize(150, 100);
        saturatedViewer.widthProperty().addListener((o, a, b) -> fitLabels());
        fitLabels();
        roomUnderLayerNumbers(tickFont());
    }

    /** The layer numbers' and bar labels' font: the compact one when the view is shown small. */
    private java.awt.Font tickFont() {
        return compact ? Compact.tick() : ChartStyle.tickFont();
    }

    /**
     * Each bar's label is drawn where the widest, "100%", fits in a bar's share of the chart's width
     * (width x 3/4 for the plot, over 2 bars a layer): in a lesson at 1280 x 720 the labels are what says
     * the twin with normalization has 0 % saturated and no bar; with many layers they would overlap.
     */
    private void fitLabels() {
        java.awt.Font font = tickFont();
        double label = font.getStringBounds(NumberFormat.getPercentInstance(I18n.locale()).format(1),
                new java.awt.font.FontRenderContext(null, true, true)).getWidth();
        double bar = saturatedViewer.getWidth() * 0.75 / (2.0 * Math.max(1, columns));
        bars.setDefaultItemLabelFont(font);
        bars.setDefaultItemLabelsVisible(saturatedViewer.getWidth() <= 0 || bar >= label);
    }

    /**
     * Room between the layer numbers and the axis name under them. On screen JFreeChart measures a category's label
     * as the font's size high (JavaFX's font metrics) and draws it at the font's ascent and descent, a line height
     * of about 1.45 sizes: at type scale 1.5 the "2" sat on "隐藏层". The axis name is moved down by what that
     * measure leaves out (an export, which measures the line height, gets that much more room).
     */
    private void roomUnderLayerNumbers(java.awt.Font tick) {
        org.jfree.chart.axis.CategoryAxis axis = ((CategoryPlot) saturatedViewer.getChart().getPlot()).getDomainAxis();
        double line = tick.getLineMetrics("0123456789", new java.awt.font.FontRenderContext(null, true, true))
                .getHeight();
        org.jfree.chart.ui.RectangleInsets i = org.jfree.chart.axis.Axis.DEFAULT_AXIS_LABEL_INSETS;
        axis.setLabelInsets(new org.jfree.chart.ui.RectangleInsets(i.getTop() + Math.max(0, line - tick.getSize2D()),
                i.getLeft(), i.getBottom(), i.getRight()));
    }

    /** The axis names the twins' hidden layers, or a CNN's conv blocks. */
    void setCnn(boolean cnn) {
        ((CategoryPlot) saturatedViewer.getChart().getPlot()).getDomainAxis()
                .setLabel(bnlab.app.i18n.ArchWords.get("saturation.hiddenLayer", cnn));
    }

    /** Smaller fonts and no legend (the curve chart names the twins' colours) when the view is shown small. */
    void setCompact(boolean c) {
        compact = c;
        Compact.fonts(saturatedViewer.getChart(), c);
        saturatedViewer.getChart().getLegend().setVisible(!c);
        fitLabels();
        roomUnderLayerNumbers(tickFont());
    }

    /** Both twins' fractions; non-finite values are left out (a diverged twin shows no bar). */
    void show(TwinState bn, TwinState plain, String bnName, String plainName, String title) {
        saturated.setNotify(false);
        saturated.clear();
        int layers = Math.max(bn.layers().size(), plain.layers().size());
        if (layers != columns) {
            columns = layers;
            fitLabels();
        }
        for (int l = 0; l < layers; l++) {
            // columns: the layer numbers as people count, 1..L
            String col = String.valueOf(l + 1);
            saturated.addValue(value(bn.layers(), l), bnName, col);
            saturated.addValue(value(plain.layers(), l), plainName, col);
        }
        if (!title.equals(saturatedViewer.getChart().getTitle().getText())) {
            saturatedViewer.getChart().setTitle(title);
        }
        saturated.setNotify(true);
    }

    private static Double value(List<LayerProbe> probes, int l) {
        if (l >= probes.size()) {
            return null;
        }
        double v = probes.get(l).saturatedFraction();
        return Double.isFinite(v) ? v : null;
    }

    /**
     * A bar at 0 is a flat stub of the minimum length in its twin's colour: where the labels have no room (eight
     * layers shown small) a chart of nothing saturated was an empty plot, as if it had no data. JFreeChart stretches
     * short bars to the minimum length but draws none for a bar of length 0, so a zero bar is given a length too
     * small to see before that stretch; its label still reads the value.
     */
    private static final class StubBars extends BarRenderer {
        @Override
        protected double[] calculateBarL0L1(double value) {
            double[] l = super.calculateBarL0L1(value);
            if (l != null && l[0] == l[1]) {
                l[1] = l[0] + 1e-9;
            }
            return l;
        }
    }
}
