package bnlab.app.style;

import bnlab.app.i18n.Numbers;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis whose ticks read as their exact values, all in one style: plain decimals (0.0005, 0.001,
 * 12.5) where the tick unit is at least {@link #LEAST_PLAIN_UNIT} and every tick is under
 * {@link #MOST_PLAIN}, else all scientific (5e-5, 1e-4; 5e+4, 1e+5). A running mean near 0 was ticked
 * "0.001" over "5e-4".
 */
public final class DecimalAxis extends NumberAxis {
    /** The smallest tick unit worded in plain decimals (four decimal places). */
    public static final double LEAST_PLAIN_UNIT = 1e-4;
    /** Ticks from this size on are worded in scientific notation. */
    public static final double MOST_PLAIN = Numbers.PLAIN_BELOW;

    /** The values that get ticks (and so grid lines), or null: all in range. */
    private org.jfree.data.Range ticked;

    public DecimalAxis(String label) {
        super(label);
        setNumberFormatOverride(Numbers.linearTicks());
    }

    /**
     * Tick only the values in r (null: every one in range): a chart that draws rows of markers beyond its values
     * (the seeds' "diverged" rows) leaves them without a number beside them, so they are not read as values.
     */
    public void setTicked(org.jfree.data.Range r) {
        if (!java.util.Objects.equals(r, ticked)) {
            ticked = r;
            fireChangeEvent();
        }
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        List<ValueTick> all = oneStyle(super.refreshTicksVertical(g2, dataArea, edge), getTickUnit().getSize());
        if (ticked == null) {
            return all;
        }
        double eps = 1e-9 * getTickUnit().getSize();
        all.removeIf(t -> t.getValue() < ticked.getLowerBound() - eps || t.getValue() > ticked.getUpperBound() + eps);
        return all;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return oneStyle(super.refreshTicksHorizontal(g2, dataArea, edge), getTickUnit().getSize());
    }

    /** The ticks relabelled in the style their unit and largest value call for (labelless ones kept). */
    static List<ValueTick> oneStyle(List<ValueTick> ticks, double unit) {
        double most = 0;
        for (ValueTick t : ticks) {
            most = Math.max(most, Math.abs(t.getValue()));
        }
        boolean plain = unit >= LEAST_PLAIN_UNIT * (1 - 1e-9) && most < MOST_PLAIN * (1 - 1e-9);
        List<ValueTick> out = new ArrayList<>(ticks.size());
        for (ValueTick t : ticks) {
            boolean labelled = t.getText() != null && !t.getText().isEmpty();
            // a tick at 0 summed from the lowest one in steps of the unit may come out as 1e-19
            double v = Math.abs(t.getValue()) < 1e-9 * unit ? 0 : t.getValue();
            out.add(!labelled ? t : new NumberTick(t.getTickType(), t.getValue(),
                    Numbers.linearTick(v, plain), t.getTextAnchor(), t.getRotationAnchor(), t.getAngle()));
        }
        return out;
    }
}
