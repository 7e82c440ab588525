package bnlab.app.runningstats;

import bnlab.app.i18n.I18n;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Stroke;

/**
 * One line chart over training steps whose dataset is swapped whole (one redraw per frame). No legend:
 * the pane has one above the mean and variance charts, and the gap chart's title names its one series;
 * no range-axis label where the title names the quantity (yLabel null).
 */
final class StatsChart {
    final XYPlot plot;
    final ChartViewer viewer;
    private final JFreeChart chart;

    StatsChart(String title, String yLabel, Color[] colors, Stroke[] strokes, boolean shapes) {
        NumberAxis x = new bnlab.app.style.StepAxis(I18n.get("curves.step"), false);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, shapes);
        r.setDrawSeriesLineAsPath(true); // one path per series, so dash patterns run along the line
        for (int i = 0; i < colors.length; i++) {
            r.setSeriesPaint(i, colors[i]);
            r.setSeriesStroke(i, strokes[i]);
        }
        plot = new XYPlot(new XYSeriesCollection(), x, y, r);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // series 0 at the back
        chart = ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, false));
        viewer = new ChartViewer(chart);
        viewer.setMinSize(200, 150);
    }

    XYSeriesCollection dataset() {
        return (XYSeriesCollection) plot.getDataset();
    }

    void setDataset(XYSeriesCollection d) {
        plot.setDataset(d);
    }

    void setTitle(String t) {
        if (!t.equals(chart.getTitle().getText())) {
            chart.setTitle(t);
        }
    }

    static final Color RUNNING = Palette.BN;
    static final Color POPULATION = Palette.GREEN;
    static Color batch() {
        return Palette.alpha(bnlab.app.style.Look.current().ink(), 0.35);
    }
}
