package bnlab.app.landscape;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A colour scale at the right of a plot, as tall as the plot's data area and level with it: at the right a scale runs
 * down the chart's whole height, past the plot to the foot of its horizontal axis's label. Its top and bottom margins
 * are worked out on each drawing, with the graphics it draws on, as the plot works out its data area:
 * above = the plot's inset + axis offset; below = the inset + the horizontal axis's space + the axis offset.
 * (Measured from the last drawing on screen instead, a picture exported at another size got a strip 13 px too long.)
 * Its plot stays the original's in a chart's copy (an export): the same axis, fonts and insets.
 */
final class PlotHighScale extends PaintScaleLegend {
    private static final long serialVersionUID = 1L;
    private final transient XYPlot plot;
    private final double left;
    private final double right;

    PlotHighScale(PaintScale scale, ValueAxis axis, XYPlot plot, double left, double right) {
        super(scale, axis);
        this.plot = plot;
        this.left = left;
        this.right = right;
        setMargin(0, left, 0, right);
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        if (plot != null && plot.getDomainAxis() != null) {
            RectangleInsets in = plot.getInsets();
            RectangleInsets offset = plot.getAxisOffset();
            AxisSpace space = plot.getDomainAxis().reserveSpace(g2, plot, area, RectangleEdge.BOTTOM, new AxisSpace());
            setMargin(in.getTop() + offset.getTop(), left,
                    in.getBottom() + space.getBottom() + offset.getBottom(), right);
        }
        return super.draw(g2, area, params);
    }
}
