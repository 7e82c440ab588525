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

    private StepLines() {
    }

    /** Lines (and shapes at every point when asked) through every point of an XY dataset. */
    public static XYLineAndShapeRenderer lines(boolean shapes) {
        return new XYLineAndShapeRenderer(true, shapes) {
            @Override
            public boolean getItemShapeVisible(int series, int item) {
                return super.getItemShapeVisible(series, item) || lone(getPlot(), this, series);
            }

            @Override
            public Shape getItemShape(int series, int item) {
                return lone(getPlot(), this, series) && !super.getItemShapeVisible(series, item)
                        ? dot() : super.getItemShape(series, item);
            }
        };
    }

    /** Lines with a band from each point's least to greatest y (an interval dataset). */
    public static DeviationRenderer bands(boolean shapes) {
        return new DeviationRenderer(true, shapes) {
            @Override
            public boolean getItemShapeVisible(int series, int item) {
                return super.getItemShapeVisible(series, item) || lone(getPlot(), this, series);
            }

            @Override
            public Shape getItemShape(int series, int item) {
                return lone(getPlot(), this, series) && !super.getItemShapeVisible(series, item)
                        ? dot() : super.getItemShape(series, item);
            }
        };
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

    private static Shape dot() {
        return new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT);
    }
}
