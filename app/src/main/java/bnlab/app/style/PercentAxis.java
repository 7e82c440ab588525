package bnlab.app.style;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;

/**
 * A value axis of fractions ticked in percent ({@link PercentTicks}) that leaves room for its labels at the unit it is
 * drawn with. JFreeChart measures the labels for the plot's whole height, then picks the unit again for the smaller
 * data area: the accuracy-gap chart measured "-2%" and drew "-2.5%", its minus sign cut off at the chart's left edge
 * (read as a gap of +2.5 % below the line at 0). The room now fits the labels of the units on either side too.
 */
public class PercentAxis extends NumberAxis {
    /** The room beside the plot, kept steady (a copy takes its own). */
    private SteadyRoom room = new SteadyRoom();

    public PercentAxis(String label) {
        super(label);
        PercentTicks.apply(this);
    }

    /**
     * The labels' room, steady while they change ({@link SteadyRoom}): fitted to each frame's labels, lesson 14's
     * accuracy chart moved its plot sideways twice in 6 s of training.
     */
    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge,
            AxisSpace space) {
        return room.reserve(space, edge, plotArea, sp -> roomFor(g2, plot, plotArea, edge, sp));
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        PercentAxis copy = (PercentAxis) super.clone();
        copy.room = room.fresh();
        return copy;
    }

    // the room the labels need now, at the unit drawn with and the units on either side
    private AxisSpace roomFor(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge, AxisSpace space) {
        AxisSpace s = super.reserveSpace(g2, plot, plotArea, edge, space);
        if (!isVisible() || !isTickLabelsVisible() || !RectangleEdge.isLeftOrRight(edge) || getTickUnit() == null) {
            return s;
        }
        // the data area drawn in is smaller than the plot area measured for: a coarser unit (and in case a finer)
        double unit = getTickUnit().getSize();
        double measured = widest(g2, unit);
        double most = measured;
        for (double u : new double[] {PercentTicks.finer(unit), PercentTicks.coarser(unit)}) {
            if (!Double.isNaN(u)) {
                most = Math.max(most, widest(g2, u));
            }
        }
        s.add(most - measured, edge);
        return s;
    }

    // the widest label of the ticks at multiples of this unit over the axis's range, in the tick font (measured as
    // JFreeChart measures it; FXGraphics2D's getFontMetrics(Font) would measure in g2's current font)
    private double widest(Graphics2D g2, double unit) {
        NumberFormat f = PercentTicks.format(unit);
        double w = 0;
        for (long k = (long) Math.ceil(getLowerBound() / unit); k * unit <= getUpperBound() + 1e-12; k++) {
            w = Math.max(w, LayingOutTitle.lineWidth(g2, f.format(k * unit), getTickLabelFont()));
        }
        RectangleInsets in = getTickLabelInsets();
        return w + in.getLeft() + in.getRight();
    }
}
