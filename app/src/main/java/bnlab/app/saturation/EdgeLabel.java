package bnlab.app.saturation;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * An edge bin's percentage ("◀ 9%"), at its x on the curves' axis and in a row counted in lines from the plot's top:
 * placed at a height on the histograms' hidden axis, the row crossed the plot's top edge and the two twins' rows ran
 * into each other where the chart was short (lesson 7's divergence banner at 1280 x 720).
 */
final class EdgeLabel extends XYTextAnnotation {
    /** Room between the plot's top edge and the first row, in pixels. */
    private static final double PAD = 3;
    private final int row;

    EdgeLabel(String text, double x, int row) {
        super(text, x, 0);
        this.row = row;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge edge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        float x = (float) domainAxis.valueToJava2D(getX(), dataArea, edge);
        g2.setFont(getFont());
        // the row's top: below the plot's top edge by PAD and the rows above it
        float y = (float) (dataArea.getMinY() + PAD + row * g2.getFontMetrics().getHeight());
        g2.setPaint(getPaint());
        TextUtils.drawAlignedString(getText(), g2, x, y, getTextAnchor());
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && o instanceof EdgeLabel e && e.row == row;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + row;
    }
}
