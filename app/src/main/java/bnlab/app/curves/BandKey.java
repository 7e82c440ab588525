package bnlab.app.curves;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Look;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * The key of a percentile band chart, inside its plot: "— median (50th percentile)" and "■ 15th to 85th percentile"
 * in the twin's colour. Without it the line and the band said nothing to a newcomer but through a tooltip; a key
 * under the title took the plots under their least height at 1600x1000. It sits in the plot's corner that the band
 * leaves most free (as matplotlib's loc="best"), moved when the band moves into it.
 */
final class BandKey {
    private BandKey() {
    }

    /** A corner of the plot, in the order preferred when the band leaves several as free. */
    enum Corner {
        TOP_LEFT(0.01, 0.99, RectangleAnchor.TOP_LEFT),
        TOP_RIGHT(0.99, 0.99, RectangleAnchor.TOP_RIGHT),
        BOTTOM_LEFT(0.01, 0.01, RectangleAnchor.BOTTOM_LEFT),
        BOTTOM_RIGHT(0.99, 0.01, RectangleAnchor.BOTTOM_RIGHT);

        final double x;
        final double y;
        final RectangleAnchor anchor;

        Corner(double x, double y, RectangleAnchor anchor) {
            this.x = x;
            this.y = y;
            this.anchor = anchor;
        }

        boolean left() {
            return this == TOP_LEFT || this == BOTTOM_LEFT;
        }

        boolean top() {
            return this == TOP_LEFT || this == TOP_RIGHT;
        }
    }

    /** The share of the plot's width and height the key is reckoned to cover (two short lines of small type). */
    static final double WIDTH = 0.42;
    static final double HEIGHT = 0.34;

    /**
     * The corner whose key-sized box the band (from lo to hi at each x) enters at the fewest points, on the plot's
     * ranges; the first in {@link Corner}'s order among equals.
     */
    static Corner best(double[] x, double[] lo, double[] hi, Range xr, Range yr) {
        Corner best = Corner.TOP_LEFT;
        int fewest = Integer.MAX_VALUE;
        for (Corner c : Corner.values()) {
            int in = 0;
            for (int i = 0; i < x.length; i++) {
                // the point's place on the plot, 0 to 1 across and up
                double u = (x[i] - xr.getLowerBound()) / xr.getLength();
                double low = (lo[i] - yr.getLowerBound()) / yr.getLength();
                double high = (hi[i] - yr.getLowerBound()) / yr.getLength();
                if (!(Double.isFinite(u) && Double.isFinite(low) && Double.isFinite(high))) {
                    continue;
                }
                boolean across = c.left() ? u <= WIDTH : u >= 1 - WIDTH;
                boolean up = c.top() ? high >= 1 - HEIGHT : low <= HEIGHT;
                if (across && up) {
                    in++;
                }
            }
            if (in < fewest) {
                fewest = in;
                best = c;
            }
        }
        return best;
    }

    /**
     * The key in a plot at a corner, its line and band named by the message keys {@code keys + ".median"} and
     * {@code keys + ".band"}: the one there is kept if it is at that corner in the current look.
     */
    static void show(XYPlot plot, Color color, Corner corner, String keys) {
        Look look = Look.current();
        Key was = null;
        for (XYAnnotation a : plot.getAnnotations()) {
            if (a instanceof Key k) {
                was = k;
            }
        }
        if (was != null && was.corner == corner && was.look.equals(look) && was.color.equals(color)
                && was.keys.equals(keys)) {
            return;
        }
        if (was != null) {
            plot.removeAnnotation(was, false);
        }
        plot.addAnnotation(new Key(legend(color, look, keys), corner, look, color, keys), false);
    }

    private static LegendTitle legend(Color color, Look look, String keys) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem(I18n.get(keys + ".median"), null, null, null,
                new Line2D.Double(-9, 0, 9, 0), new java.awt.BasicStroke(3f), color));
        Color fill = new Color(color.getRed(), color.getGreen(), color.getBlue(), 70);
        items.add(new LegendItem(I18n.get(keys + ".band"), null, null, null,
                new Rectangle2D.Double(-9, -6, 18, 12), fill));
        LegendTitle t = new LegendTitle(() -> items);
        t.setItemFont(look.font(Font.PLAIN, 13));
        t.setItemPaint(look.ink());
        Color bg = look.background();
        t.setBackgroundPaint(new Color(bg.getRed(), bg.getGreen(), bg.getBlue(), 215));
        t.setFrame(new BlockBorder(look.grid()));
        t.setPadding(new RectangleInsets(2, 4, 2, 4));
        t.setPosition(org.jfree.chart.ui.RectangleEdge.RIGHT); // items one under the other
        return t;
    }

    /** The key's annotation, knowing where and in which look it was made. */
    static final class Key extends XYTitleAnnotation {
        private static final long serialVersionUID = 1L;
        final Corner corner;
        final transient Look look;
        final transient Color color;
        final String keys;

        Key(LegendTitle t, Corner corner, Look look, Color color, String keys) {
            super(corner.x, corner.y, t, corner.anchor);
            this.corner = corner;
            this.look = look;
            this.color = color;
            this.keys = keys;
        }

        /**
         * A key of its own, in the look current now: a copy of the chart (a recording's frames, drawn off the FX
         * thread) shared the live key's legend, whose items two threads laid out at once (a
         * ConcurrentModificationException in RecorderTest); an export in the other theme clones in that theme.
         */
        @Override
        public Object clone() {
            Look now = Look.current();
            return new Key(legend(color, now, keys), corner, now, color, keys);
        }
    }
}
