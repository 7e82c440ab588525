package bnlab.app.saturation;

import bnlab.app.style.ChartStyle;
import bnlab.app.style.Palette;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.TwinState;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.text.NumberFormat;
import java.util.List;

/** Per hidden layer, for both twins: the fraction of saturated activations and ||dL/dW|| (log axis). */
final class LayerCharts {
    static final String BN = "BN";
    static final String PLAIN = "no BN";

    final DefaultCategoryDataset saturated = new DefaultCategoryDataset();
    final XYSeriesCollection gradients = new XYSeriesCollection();
    final ChartViewer saturatedViewer;
    final ChartViewer gradientViewer;
    private final LogAxis gradAxis = new LogAxis("||dL/dW||");

    LayerCharts() {
        NumberAxis fraction = new NumberAxis("saturated");
        fraction.setRange(0, 1);
        fraction.setNumberFormatOverride(NumberFormat.getPercentInstance());
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, Palette.BN);
        bars.setSeriesPaint(1, Palette.PLAIN);
        bars.setItemMargin(0.05);
        CategoryPlot cat = new CategoryPlot(saturated, new CategoryAxis("hidden layer"), fraction, bars);
        JFreeChart satChart = ChartStyle.apply(new JFreeChart("Saturated activations", ChartStyle.TITLE, cat, true));
        cat.setRangeGridlinePaint(Palette.GRID);
        ChartStyle.axis(cat.getDomainAxis());
        ChartStyle.axis(cat.getRangeAxis());
        saturatedViewer = new ChartViewer(satChart);

        NumberAxis layerAxis = new NumberAxis("hidden layer");
        layerAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        layerAxis.setAutoRangeIncludesZero(false);
        gradAxis.setSmallestValue(1e-30);
        gradAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // whole decades
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        lines.setSeriesPaint(0, Palette.BN);
        lines.setSeriesPaint(1, Palette.PLAIN);
        lines.setSeriesStroke(0, ChartStyle.LINE);
        lines.setSeriesStroke(1, ChartStyle.LINE);
        XYPlot xy = new XYPlot(gradients, layerAxis, gradAxis, lines);
        JFreeChart gradChart = ChartStyle.apply(new JFreeChart("Gradient norm per layer", ChartStyle.TITLE, xy, true));
        gradientViewer = new ChartViewer(gradChart);
        saturatedViewer.setMinSize(200, 150);
        gradientViewer.setMinSize(200, 150);
    }

    /** Both twins' per-layer values; non-finite values are left out (a diverged twin shows no bar). */
    void show(TwinState bn, TwinState plain) {
        saturated.setNotify(false);
        gradients.setNotify(false);
        saturated.clear();
        gradients.removeAllSeries();
        XYSeries gb = new XYSeries(BN);
        XYSeries gp = new XYSeries(PLAIN);
        int layers = Math.max(bn.layers().size(), plain.layers().size());
        for (int l = 0; l < layers; l++) {
            String col = String.valueOf(l + 1);
            saturated.addValue(value(bn.layers(), l, true), BN, col);
            saturated.addValue(value(plain.layers(), l, true), PLAIN, col);
            addPositive(gb, l + 1, value(bn.layers(), l, false));
            addPositive(gp, l + 1, value(plain.layers(), l, false));
        }
        String note = bn.diverged() ? " (BN twin diverged)" : plain.diverged() ? " (no-BN twin diverged)" : "";
        setTitle(saturatedViewer, "Saturated activations" + note);
        setTitle(gradientViewer, "Gradient norm per layer" + note);
        gradients.addSeries(gb);
        gradients.addSeries(gp);
        gradients.setNotify(true);
        saturated.setNotify(true);
    }

    private static void setTitle(ChartViewer v, String t) {
        if (!t.equals(v.getChart().getTitle().getText())) {
            v.getChart().setTitle(t);
        }
    }

    private static Double value(List<LayerProbe> probes, int l, boolean fraction) {
        if (l >= probes.size()) {
            return null;
        }
        double v = fraction ? probes.get(l).saturatedFraction() : probes.get(l).weightGradNorm();
        return Double.isFinite(v) ? v : null;
    }

    private static void addPositive(XYSeries s, int x, Double v) {
        if (v != null && v > 0) {
            s.add(x, v);
        }
    }
}
