package bnlab.app.style;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * An axis of accuracies in percent ({@link PercentTicks}). Its range may reach past 100 % (a line at 100 % is not
 * drawn on the plot's edge), but no tick stands above 100 %; and it has at most about {@link #MOST_TICKS} ticks
 * whatever the chart's height: lesson 14 at 1920x1080, fitted to 93-100.6 %, was ticked every 0.25 % (31 labels,
 * "100.25%" and "100.5%" among them).
 */
public final class AccuracyAxis extends PercentAxis {
    /** The most ticks wanted over the range (a tick unit at least the range over this). */
    static final int MOST_TICKS = 12;
    private static final double FULL = 1 + 1e-9;

    public AccuracyAxis(String label) {
        super(label);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        TickUnit fewest = getStandardTickUnits().getCeilingTickUnit(getRange().getLength() / MOST_TICKS);
        if (fewest.getSize() > getTickUnit().getSize()) {
            setTickUnit((NumberTickUnit) fewest, false, false);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List ticks = super.refreshTicks(g2, state, dataArea, edge);
        ticks.removeIf(t -> t instanceof NumberTick n && n.getValue() > FULL);
        return ticks;
    }
}
