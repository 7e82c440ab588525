package bnlab.app.style;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The one way to put a chart on screen: a viewer that does not zoom. JFreeChart's viewer zooms a plot on
 * the mouse wheel and on a drag; in a lesson a teacher scrolling the stage with the wheel over a chart
 * zoomed it instead (lesson 7's saturation chart then showed f from 1.0 up, the ReLU's flat part and the
 * histograms' bases gone), and nothing on screen undid it. The wheel now scrolls the page under the chart.
 */
public final class Viewers {
    private Viewers() {
    }

    public static ChartViewer of(JFreeChart chart) {
        ChartViewer v = new ChartViewer(chart);
        // the wheel's zoom asks the canvas; the drag's zoom is a handler of its own
        v.getCanvas().setDomainZoomable(false);
        v.getCanvas().setRangeZoomable(false);
        v.getCanvas().removeMouseHandler(v.getCanvas().getMouseHandler("zoom"));
        return v;
    }
}
