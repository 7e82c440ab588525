package bnlab.app.landscape;

import bnlab.app.i18n.Numbers;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.LogTicks;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The loss surface's colour scale: an axis linear in t = log10(loss), each tick labelled with the loss
 * 10^t in {@link LogTicks}' one style (1, 100, 10000 or 10^0 ... 10^10, never "10000" beside "1e+6").
 */
final class DecadeAxis extends NumberAxis {
    DecadeAxis(String label) {
        super(label);
        setNumberFormatOverride(Numbers.decadeTicks());
        ChartStyle.axis(this);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return decades(super.refreshTicksHorizontal(g2, dataArea, edge));
    }

    // upright, at the right of the map
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return decades(super.refreshTicksVertical(g2, dataArea, edge));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List decades(List<ValueTick> ticks) {
        if (ticks.isEmpty()) {
            return ticks;
        }
        double[] at = new double[ticks.size()];
        double[] loss = new double[ticks.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = ticks.get(i).getValue();
            // loss = 10^t
            loss[i] = Math.pow(10, at[i]);
        }
        return LogTicks.ticks(at, loss, ticks.get(0).getTextAnchor(), getTickLabelFont());
    }
}
