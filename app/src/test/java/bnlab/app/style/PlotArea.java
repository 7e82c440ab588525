package bnlab.app.style;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

import java.awt.geom.Rectangle2D;

/**
 * Where a chart's plot is drawn (its data area) when the chart is drawn at a size, with AWT (as an export draws; any
 * thread). {@link bnlab.app.OnScreen#draw} draws as the window does, with JavaFX's font metrics, on the FX thread.
 */
public final class PlotArea {
    private PlotArea() {
    }

    /** The data area of the chart drawn width x height px. */
    public static Rectangle2D of(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(width, height, info);
        return info.getPlotInfo().getDataArea();
    }
}
