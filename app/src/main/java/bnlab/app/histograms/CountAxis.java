package bnlab.app.histograms;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A histogram's count axis: whole-number ticks (one unit over a small batch ticks 0, 1, 2, not 0.5, 1.5),
 * from 0, and always one labelled tick above 0. JFreeChart picks the smallest unit whose labels do not
 * overlap, which on a short chart can exceed the largest count: the x_hat panel's axis at 1920x1080
 * showed "0" alone, its counts up to 480 and its unit 500. There the unit is the largest of 1, 2, 5 x
 * 10^k that the axis reaches.
 */
final class CountAxis extends NumberAxis {
    /** The room beside the plot, kept steady (a copy takes its own). */
    private bnlab.app.style.SteadyRoom room = new bnlab.app.style.SteadyRoom();

    private static final long serialVersionUID = 1L;

    CountAxis(String label) {
        super(label);
        setAutoRangeIncludesZero(true);
        setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        double top = getUpperBound();
        if (getTickUnit().getSize() > top && top >= 1) {
            // a standard unit (1, 2, 5 x 10^k are among them), so labelled in the axis's format
            setTickUnit((NumberTickUnit) getStandardTickUnits().getCeilingTickUnit(niceBelow(top)), false, false);
        }
    }

    /** The largest of 1, 2, 5 x 10^k at most x (x >= 1): 480 -> 200, 5 -> 5, 1.3 -> 1. */
    static double niceBelow(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * p <= x) {
                return m * p;
            }
        }
        return p;
    }

    /** Steady room beside the plot while the labels change ({@link bnlab.app.style.SteadyRoom}). */
    @Override
    public org.jfree.chart.axis.AxisSpace reserveSpace(Graphics2D g2, org.jfree.chart.plot.Plot plot,
                                                       Rectangle2D plotArea, RectangleEdge edge,
                                                       org.jfree.chart.axis.AxisSpace space) {
        return room.reserve(space, edge, plotArea, s -> super.reserveSpace(g2, plot, plotArea, edge, s));
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        CountAxis copy = (CountAxis) super.clone();
        copy.room = room.fresh();
        return copy;
    }
}
