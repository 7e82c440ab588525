package bnlab.app.style;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;

/**
 * The training step axis of every chart over time: it starts at step 0 and spans at least
 * {@link #MIN_STEPS} steps, so an empty chart or one with the single point of step 0 shows 0..10, not
 * -5..5 or +-5e-9.
 */
public final class StepAxis extends NumberAxis {
    public static final double MIN_STEPS = 10;

    /** @param fromZero whether the axis always starts at step 0 (else at the first step shown) */
    public StepAxis(String label, boolean fromZero) {
        super(label);
        setAutoRangeIncludesZero(fromZero);
        setDefaultAutoRange(new Range(0, MIN_STEPS));
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
