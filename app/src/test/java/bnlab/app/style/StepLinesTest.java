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

    /** Whether the series' colour is drawn at the plot's centre, where the point (5, 5) of 0..10 lies. */
    private static boolean drawnAtCentre(XYLineAndShapeRenderer r, XYDataset data) {
        r.setSeriesPaint(0, RED);
        r.setSeriesFillPaint(0, RED);
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
        return image.getRGB(cx, cy) == RED.getRGB();
    }
}
