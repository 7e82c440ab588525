package bnlab.app.landscape;

import java.awt.geom.Rectangle2D;
import javafx.application.Platform;
import javafx.scene.layout.Region;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.fx.ChartViewer;

/**
 * Holds a chart so that its data area is square: both weight windows are squares, so one unit of
 * w1 and of w2 take the same number of pixels and a round bowl is drawn round (a stretched plot
 * would draw it as an ellipse, the very shape the lesson contrasts it with). The chart's margins
 * (axes, title, legend) are measured after each drawing.
 */
final class SquarePlotBox extends Region {

    private final ChartViewer viewer;
    /** Chart size minus data area, in pixels; estimates until the first drawing. */
    private double marginW = 90;
    private double marginH = 150;

    private final double prefWidth;
    private final double prefHeight;

    SquarePlotBox(ChartViewer viewer, JFreeChart chart) {
        this(viewer, chart, 560, 520);
    }

    /** With the box's preferred size (the chart's margins come on top of the square: a title, a colour scale). */
    SquarePlotBox(ChartViewer viewer, JFreeChart chart, double prefWidth, double prefHeight) {
        this.viewer = viewer;
        this.prefWidth = prefWidth;
        this.prefHeight = prefHeight;
        getChildren().add(viewer);
        setMinWidth(120);
        chart.addProgressListener(e -> {
            if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                measure();
            }
        });
    }

    private void measure() {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo().getDataArea() == null) {
            return;
        }
        Rectangle2D chart = info.getChartArea();
        Rectangle2D data = info.getPlotInfo().getDataArea();
        if (data.getWidth() <= 0 || data.getHeight() <= 0) {
            return;
        }
        double w = chart.getWidth() - data.getWidth();
        double h = chart.getHeight() - data.getHeight();
        if (Math.abs(w - marginW) > 1.5 || Math.abs(h - marginH) > 1.5) {
            marginW = w;
            marginH = h;
            Platform.runLater(this::requestLayout);
        }
    }

    // the data area is a square of side s = min(W - marginW, H - marginH); the chart gets s plus its margins
    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double s = Math.max(40, Math.min(w - marginW, h - marginH));
        double cw = Math.min(w, s + marginW);
        double ch = Math.min(h, s + marginH);
        viewer.resizeRelocate(Math.floor((w - cw) / 2), Math.floor((h - ch) / 2), Math.floor(cw), Math.floor(ch));
    }

    /** The least side of the square data area, px: under it the view scrolls rather than squash the plot. */
    static final double MIN_SIDE = 160;

    @Override
    protected double computeMinHeight(double width) {
        return marginH + MIN_SIDE;
    }

    @Override
    protected double computePrefWidth(double height) {
        return prefWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return prefHeight;
    }

    /** The side of the square data area now, in pixels (for tests). */
    double side() {
        return Math.min(viewer.getWidth() - marginW, viewer.getHeight() - marginH);
    }
}
