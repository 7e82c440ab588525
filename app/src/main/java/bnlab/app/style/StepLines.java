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
        return new DeviationRenderer(true, shapes) {
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
        if (plot == null) {
            return false;
        }
        int index = plot.getIndexOf(renderer);
        XYDataset d = index < 0 ? null : plot.getDataset(index);
        return d != null && series < d.getSeriesCount() && d.getItemCount(series) == 1;
    }

}
