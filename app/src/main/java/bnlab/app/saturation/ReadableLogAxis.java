package bnlab.app.saturation;

import bnlab.app.i18n.Numbers;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A log axis whose ticks always carry labels (JFreeChart's LogAxis picks a decade tick unit and shows
 * no label at all on a range such as [0.3, 0.5]): whole decades, every k-th one when there are more
 * than {@link #MAX_TICKS}; 1, 2, 5 x 10^k when fewer than two decades fall in the range; 1..9 x 10^k
 * when fewer than two of those do; the two ends as a last resort. Labels: 0.5, 2, 1e-4.
 */
final class ReadableLogAxis extends LogAxis {
    static final int MAX_TICKS = 8;
    /** {@link #fit} keeps at least this ratio between the ends, so 1..9 x 10^k always gives two ticks. */
    static final double MIN_RATIO = 3;
    private static final double[][] MANTISSAS = {{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}};
    private final NumberFormat format = Numbers.ticks();

    ReadableLogAxis(String label) {
        super(label);
        setSmallestValue(1e-30);
        setAutoRange(false);
        setRange(0.1, 1);
    }

    /** Range from min / 1.6 to max * 1.6 around the positive data, at least MIN_RATIO wide (about its middle). */
    void fit(double min, double max) {
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

    /** The tick values for [lo, hi], as described above. */
    static List<Double> ticks(double lo, double hi) {
        if (!(lo > 0) || !(hi > lo) || !Double.isFinite(hi)) {
            return List.of();
        }
        int k0 = (int) Math.floor(Math.log10(lo));
        int k1 = (int) Math.ceil(Math.log10(hi));
        List<Integer> decades = new ArrayList<>();
        for (int k = k0; k <= k1; k++) {
            if (inside(Math.pow(10, k), lo, hi)) {
                decades.add(k);
            }
        }
        if (decades.size() >= 2) {
            int step = (decades.size() + MAX_TICKS - 1) / MAX_TICKS;
            List<Double> out = new ArrayList<>();
            for (int k : decades) {
                if (Math.floorMod(k, step) == 0) {
                    out.add(Math.pow(10, k));
                }
            }
            return out;
        }
        for (double[] mantissas : MANTISSAS) {
            List<Double> out = new ArrayList<>();
            for (int k = k0; k <= k1; k++) {
                for (double m : mantissas) {
                    double v = m * Math.pow(10, k);
                    if (inside(v, lo, hi)) {
                        out.add(v);
                    }
                }
            }
            if (out.size() >= 2) {
                return out;
            }
        }
        return List.of(lo, hi);
    }

    private static boolean inside(double v, double lo, double hi) {
        return v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        return labelled(anchor);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        return labelled(anchor);
    }

    private List<NumberTick> labelled(TextAnchor anchor) {
        List<NumberTick> out = new ArrayList<>();
        for (double v : ticks(getLowerBound(), getUpperBound())) {
            out.add(new NumberTick(TickType.MAJOR, v, format.format(v), anchor, anchor, 0.0));
        }
        return out;
    }
}
