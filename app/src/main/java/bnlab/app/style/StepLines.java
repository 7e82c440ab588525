package bnlab.app.style;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;

/**
 * Renderers of lines over training steps that draw a series of one point as a dot: a line needs two
 * points, so at step 0 (a lesson's first screen, before anything trains) the curves and the running
 * statistics showed empty axes where they could show where each series starts.
 */
public final class StepLines {
    /** The dot of a lone point, px across. */
    static final double DOT = 9;
    private static final Shape DOT_SHAPE = new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT);

    private StepLines() {
    }

    /** Lines (and shapes at every point when asked) through every point of an XY dataset. */
    public static XYLineAndShapeRenderer lines(boolean shapes) {
        return new XYLineAndShapeRenderer(true, shapes) {
            @Override
            public boolean getItemShapeVisible(int series, int item) {
                return super.getItemShapeVisible(series, item) || dotted(this, series, item);
            }

            @Override
            public Shape getItemShape(int series, int item) {
                return dotted(this, series, item) ? DOT_SHAPE : super.getItemShape(series, item);
            }
        };
    }

    /** Lines with a band from each point's least to greatest y (an interval dataset). */
    public static DeviationRenderer bands(boolean shapes) {
        return bands(shapes, 0);
    }

    /**
     * Lines with bands, and a dot at the last point of each of the first {@code ended} series: where a live curve is
     * now. A line's last step is a pixel at the plot's right edge, and a loss that jumped in that step (lesson 7: a
     * layer's weights times 10, one step) was a tick there that a class did not see.
     */
    public static DeviationRenderer bands(boolean shapes, int ended) {
        return new DeviationRenderer(true, shapes) {
            @Override
            public boolean getItemShapeVisible(int series, int item) {
                return super.getItemShapeVisible(series, item) || dotted(this, series, item)
                        || series < ended && last(getPlot(), this, series, item);
            }

            @Override
            public Shape getItemShape(int series, int item) {
                return dotted(this, series, item) || series < ended && last(getPlot(), this, series, item) ? DOT_SHAPE
                        : super.getItemShape(series, item);
            }
        };
    }

    /** Whether the item is the last (not the only) point of its series in what this renderer draws in this plot. */
    static boolean last(XYPlot plot, XYLineAndShapeRenderer renderer, int series, int item) {
        XYDataset d = item == 0 ? null : drawn(plot, renderer);
        return d != null && series < d.getSeriesCount() && item == d.getItemCount(series) - 1;
    }

    /**
     * Whether the item is drawn as a dot: the lone point of a series whose own shapes are off. Only item 0 can
     * be one, so the other items of a long line (asked once each per redraw) skip the dataset look-up.
     */
    static boolean dotted(XYLineAndShapeRenderer r, int series, int item) {
        if (item != 0) {
            return false;
        }
        Boolean own = r.getSeriesShapesVisible(series);
        return !(own != null ? own : r.getDefaultShapesVisible()) && lone(r.getPlot(), r, series);
    }

    /** Whether the series drawn by this renderer in this plot has exactly one point. */
    static boolean lone(XYPlot plot, XYLineAndShapeRenderer renderer, int series) {
        XYDataset d = drawn(plot, renderer);
        return d != null && series < d.getSeriesCount() && d.getItemCount(series) == 1;
    }

    // the dataset this renderer draws in this plot, or null
    private static XYDataset drawn(XYPlot plot, XYLineAndShapeRenderer renderer) {
        int index = plot == null ? -1 : plot.getIndexOf(renderer);
        return index < 0 ? null : plot.getDataset(index);
    }
}
