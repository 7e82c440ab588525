package bnlab.app.style;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A log axis whose ticks always carry labels, placed and worded by {@link LogTicks} (JFreeChart's LogAxis
 * picks a decade tick unit and shows no label at all on a range such as [0.3, 0.5], and labels a long one
 * 0.13, 0.063, 0.0078 at powers of 2).
 */
public final class ReadableLogAxis extends LogAxis {
    /** The room beside the plot, kept steady (a copy takes its own). */
    private SteadyRoom room = new SteadyRoom();

    /** {@link #fit} keeps at least this ratio between the ends, so 1..9 x 10^k always gives two ticks. */
    public static final double MIN_RATIO = 3;

    /** An axis over the range it is given by {@link #fit} (without auto range). */
    public ReadableLogAxis(String label) {
        super(label);
        setSmallestValue(1e-30);
        setAutoRange(false);
        setRange(0.1, 1);
    }

    /** Range from min / 1.6 to max * 1.6 around the positive data, at least MIN_RATIO wide (about its middle). */
    public void fit(double min, double max) {
        if (!(min > 0) || !(max >= min) || !Double.isFinite(max)) {
            return;
        }
        double lo = min / 1.6;
        double hi = max * 1.6;
        if (hi / lo < MIN_RATIO) {
            // geometric middle c = sqrt(lo hi); ends c / sqrt(MIN_RATIO), c * sqrt(MIN_RATIO)
            double c = Math.sqrt(lo * hi);
            lo = c / Math.sqrt(MIN_RATIO);
            hi = c * Math.sqrt(MIN_RATIO);
        }
        setRange(lo, hi);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        // a label's height: its digits' line, 1.2 em (the CJK font's own line height, ~1.45 em, is for
        // characters, and spread a short chart's loss axis to whole decades)
        double height = 1.2 * getTickLabelFont().getSize2D();
        return LogTicks.ticks(LogTicks.values(getLowerBound(), getUpperBound(), dataArea.getHeight(), height),
                anchor, getTickLabelFont());
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        // a label's width stands for its height here: about four digits of the tick font
        double width = 4 * g2.getFontMetrics(getTickLabelFont()).charWidth('0');
        return LogTicks.ticks(LogTicks.values(getLowerBound(), getUpperBound(), dataArea.getWidth(), width),
                anchor, getTickLabelFont());
    }

    /** Steady room beside the plot while the labels change ({@link SteadyRoom}). */
    @Override
    public org.jfree.chart.axis.AxisSpace reserveSpace(Graphics2D g2, org.jfree.chart.plot.Plot plot,
                                                       Rectangle2D plotArea, RectangleEdge edge,
                                                       org.jfree.chart.axis.AxisSpace space) {
        return room.reserve(space, edge, plotArea, s -> super.reserveSpace(g2, plot, plotArea, edge, s));
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        ReadableLogAxis copy = (ReadableLogAxis) super.clone();
        copy.room = room.fresh();
        return copy;
    }
}
