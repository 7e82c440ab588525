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
    private final JFreeChart chart;
    /** Chart size minus data area, in pixels; estimates until the first drawing. */
    private double marginW = 90;
    private double marginH = 150;

    private final double prefWidth;
    private final double prefHeight;
    /** The plot whose sides take the cell's spare width, so that the titles span the cell; null: the chart centred. */
    private org.jfree.chart.plot.XYPlot acrossTheCell;
    private org.jfree.chart.ui.RectangleInsets plotInsets;
    /** A title at the plot's right (a colour scale), kept beside the plot: the right spare goes beyond it; or null. */
    private org.jfree.chart.title.Title besidePlot;
    private org.jfree.chart.ui.RectangleInsets besideMargin;
    private boolean spareBeyondTitle;
    /** The spare width each side of the plot now, px (part of the measured chart, not of its margins). */
    private double spare;

    SquarePlotBox(ChartViewer viewer, JFreeChart chart) {
        this(viewer, chart, 560, 520);
    }

    /** With the box's preferred size (the chart's margins come on top of the square: a title, a colour scale). */
    SquarePlotBox(ChartViewer viewer, JFreeChart chart, double prefWidth, double prefHeight) {
        this.viewer = viewer;
        this.chart = chart;
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

    /**
     * The chart takes the cell's whole width and the plot's sides the spare width, so its title and legend span the
     * cell: in a narrow chart they wrapped to three lines and two ("原始特征：/ 狭窄的峡谷，/ κ = 509.9"), whose height
     * came off the square (160 px at type 2.5 on a 1920 x 1080 screen, beside 500 px of nothing).
     */
    SquarePlotBox titlesAcrossTheCell(org.jfree.chart.plot.XYPlot plot) {
        return titlesAcrossTheCell(plot, null);
    }

    /** As {@link #titlesAcrossTheCell(org.jfree.chart.plot.XYPlot)}; right: a title kept beside the plot, or null. */
    SquarePlotBox titlesAcrossTheCell(org.jfree.chart.plot.XYPlot plot, org.jfree.chart.title.Title right) {
        acrossTheCell = plot;
        plotInsets = plot.getInsets();
        besidePlot = right;
        besideMargin = right == null ? null : right.getMargin();
        return this;
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
        double w = chart.getWidth() - data.getWidth() - 2 * spare;
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
        if (acrossTheCell != null) {
            // the spare width: (cw' - s - marginW) / 2 each side, the chart as wide as the cell
            double sides = Math.max(0, Math.floor((w - s - marginW) / 2));
            // with a title beside the plot (shown), the right spare goes beyond that title: plot and scale centred
            boolean beyond = besidePlot != null && besidePlot.isVisible();
            if (Math.abs(sides - spare) >= 1 || beyond != spareBeyondTitle) {
                spare = sides;
                spareBeyondTitle = beyond;
                double plotRight = plotInsets.getRight() + (beyond ? 0 : spare);
                acrossTheCell.setInsets(new org.jfree.chart.ui.RectangleInsets(plotInsets.getTop(),
                        plotInsets.getLeft() + spare, plotInsets.getBottom(), plotRight));
                if (besidePlot != null) {
                    double titleRight = besideMargin.getRight() + (beyond ? spare : 0);
                    besidePlot.setMargin(new org.jfree.chart.ui.RectangleInsets(besideMargin.getTop(),
                            besideMargin.getLeft(), besideMargin.getBottom(), titleRight));
                }
            }
            cw = Math.floor(s + marginW + 2 * spare);
        }
        viewer.resizeRelocate(Math.floor((w - cw) / 2), Math.floor((h - ch) / 2), Math.floor(cw), Math.floor(ch));
    }

    /** The least side of the square data area, px: under it the view scrolls rather than squash the plot. */
    static final double MIN_SIDE = 160;

    /**
     * The least side: {@link #MIN_SIDE}, or the vertical axis's label where it is longer (at type 2.5 a 160 px square
     * stood under a 260 px "w2（x2 的权重）", which ran into the title).
     */
    double minSide() {
        double label = 0;
        if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot p && p.getRangeAxis() != null
                && p.getRangeAxis().getLabel() != null) {
            label = p.getRangeAxis().getLabelFont().getStringBounds(p.getRangeAxis().getLabel(),
                    new java.awt.font.FontRenderContext(null, true, true)).getWidth();
        }
        return Math.max(MIN_SIDE, Math.ceil(label) + 8);
    }

    @Override
    protected double computeMinHeight(double width) {
        return marginH + minSide();
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
