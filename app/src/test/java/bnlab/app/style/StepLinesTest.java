package bnlab.app.style;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A series of one point (step 0) is drawn as a dot; a line of two or more points has no shapes. */
class StepLinesTest {
    private static final Color RED = new Color(200, 0, 0);

    @Test
    void aLonePointIsADot() {
        XYSeries one = new XYSeries("a");
        one.add(5, 5);
        assertTrue(drawnAtCentre(StepLines.lines(false), new XYSeriesCollection(one)));
        // the band renderer on an interval dataset, as the curves and running statistics use it
        DefaultIntervalXYDataset band = new DefaultIntervalXYDataset();
        band.addSeries("a", new double[][]{{5}, {5}, {5}, {5}, {4}, {6}});
        assertTrue(drawnAtCentre(StepLines.bands(false), band));
    }

    @Test
    void linesOfTwoPointsHaveNoShapes() {
        XYSeries two = new XYSeries("a");
        two.add(0, 0);
        two.add(10, 10);
        XYLineAndShapeRenderer r = StepLines.lines(false);
        new XYPlot(new XYSeriesCollection(two), new NumberAxis(), new NumberAxis(), r);
        assertFalse(r.getItemShapeVisible(0, 0));
        XYLineAndShapeRenderer alone = StepLines.lines(false);
        assertFalse(alone.getItemShapeVisible(0, 0), "no plot: no dot");
    }

    /**
     * A live line ends in a dot (where it is now), the first {@code ended} series only: 3 px right of the last point
     * of a line from (0, 5) to (5, 5), past the line's end, is in the dot (9 px across).
     */
    @Test
    void endedLinesEndInADot() {
        assertTrue(drawnAt(StepLines.bands(false, 1), line(), 3));
        assertFalse(drawnAt(StepLines.bands(false), line(), 3), "no dot asked");
        assertFalse(drawnAt(StepLines.bands(false, 1), line(), 8), "a dot, not a line on");
        DefaultIntervalXYDataset second = new DefaultIntervalXYDataset();
        second.addSeries("other", new double[][]{{0, 1}, {0, 1}, {0, 1}, {9, 9}, {9, 9}, {9, 9}});
        second.addSeries("a", rows());
        assertFalse(drawnAt(StepLines.bands(false, 1), second, 3), "the second series is not ended");
    }

    private static DefaultIntervalXYDataset line() {
        DefaultIntervalXYDataset d = new DefaultIntervalXYDataset();
        d.addSeries("a", rows());
        return d;
    }

    private static double[][] rows() {
        return new double[][]{{0, 2.5, 5}, {0, 2.5, 5}, {0, 2.5, 5}, {5, 5, 5}, {5, 5, 5}, {5, 5, 5}};
    }

    /** Whether the series' colour is drawn at the plot's centre, where the point (5, 5) of 0..10 lies. */
    private static boolean drawnAtCentre(XYLineAndShapeRenderer r, XYDataset data) {
        return drawnAt(r, data, 0);
    }

    /** Whether the last series' colour is drawn dx px right of the plot's centre. */
    private static boolean drawnAt(XYLineAndShapeRenderer r, XYDataset data, int dx) {
        int last = data.getSeriesCount() - 1;
        r.setSeriesPaint(last, RED);
        r.setSeriesFillPaint(last, RED);
        NumberAxis x = new NumberAxis();
        x.setRange(0, 10);
        NumberAxis y = new NumberAxis();
        y.setRange(0, 10);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 300, 300), info);
        g2.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        int cx = (int) Math.round(area.getCenterX());
        int cy = (int) Math.round(area.getCenterY());
        assertEquals(Color.WHITE.getRGB(), image.getRGB(cx, (int) area.getMinY() + 5), "the background");
        return image.getRGB(cx + dx, cy) == RED.getRGB();
    }
}
