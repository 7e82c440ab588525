package bnlab.app.style;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The training step axis of every chart over time: it starts at step 0 and spans at least
 * {@link #MIN_STEPS} steps, so an empty chart or one with the single point of step 0 shows 0..10, not
 * -5..5 or +-5e-9. A tick whose label would run past the plot's right end (and be cut at the chart's
 * edge, "1,50" for 1,500) is left out.
 */
public final class StepAxis extends NumberAxis {
    public static final double MIN_STEPS = 10;

    /** @param fromZero whether the axis always starts at step 0 (else at the first step shown) */
    public StepAxis(String label, boolean fromZero) {
        super(label);
        setAutoRangeIncludesZero(fromZero);
        setDefaultAutoRange(new Range(0, MIN_STEPS));
        // steps are whole: a wide chart of the first 10 steps ticks 0, 1, 2, not 0.0, 0.5, 1.0
        setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    /** How far past the plot's right end a label may reach, px (the plot's own inset). */
    static final double OVERHANG = 4;

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        @SuppressWarnings("unchecked")
        List<ValueTick> ticks = super.refreshTicksHorizontal(g2, dataArea, edge);
        java.awt.FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        ticks.removeIf(t -> valueToJava2D(t.getValue(), dataArea, edge) + fm.stringWidth(t.getText()) / 2.0
                > dataArea.getMaxX() + OVERHANG);
        return ticks;
    }

    @Override
    protected void autoAdjustRange() {
        super.autoAdjustRange();
        Range r = getRange();
        // JFreeChart centres a too-small range on the data; steps are never negative
        double lo = Math.max(0, r.getLowerBound());
        double hi = Math.max(lo + MIN_STEPS, r.getUpperBound());
        if (lo != r.getLowerBound() || hi != r.getUpperBound()) {
            setRange(new Range(lo, hi), false, false);
        }
    }
}
