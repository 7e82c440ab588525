package bnlab.app.style;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A live chart's plot keeps its place as its axis's labels change from draw to draw ("0.1" and "0.02" on a loss axis
 * moved it sideways by a digit every few frames), gives the room back once the narrower labels have lasted, and starts
 * afresh at another width.
 */
class SteadyRoomTest {
    private static JFreeChart chart(ReadableLogAxis y) {
        XYSeries s = new XYSeries("loss");
        s.add(0, 0.5);
        s.add(1, 0.2);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("step"), y, new XYLineAndShapeRenderer());
        return new JFreeChart(null, ChartStyle.LEGEND, plot, false);
    }

    // the plot's left edge after drawing the chart at this width with the axis over [lo, hi]
    private static double plotLeft(JFreeChart chart, int width, double lo, double hi) {
        ((ReadableLogAxis) chart.getXYPlot().getRangeAxis()).setRange(lo, hi);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(width, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, 300), info);
        } finally {
            g.dispose();
        }
        return info.getPlotInfo().getDataArea().getX();
    }

    @Test
    void theRoomGrowsAtOnceAndIsGivenBackOnlyAfterTheNarrowerLabelsLasted() {
        // each range alone, on a fresh axis: the two need rooms a digit apart (else this test could not fail)
        double wide = plotLeft(chart(new ReadableLogAxis("loss")), 400, 0.003, 0.05);
        double narrow = plotLeft(chart(new ReadableLogAxis("loss")), 400, 0.1, 1);
        assertNotEquals(wide, narrow, 0.5, "the labels' widths differ");

        JFreeChart c = chart(new ReadableLogAxis("loss"));
        assertEquals(narrow, plotLeft(c, 400, 0.1, 1), 1e-9);
        assertEquals(wide, plotLeft(c, 400, 0.003, 0.05), 1e-9, "grows at once");
        for (int i = 1; i < SteadyRoom.GIVE_BACK_AFTER; i++) {
            assertEquals(wide, plotLeft(c, 400, 0.1, 1), 1e-9, "kept while the narrower labels last " + i + " draws");
        }
        assertEquals(narrow, plotLeft(c, 400, 0.1, 1), 1e-9, "given back");
        assertEquals(wide, plotLeft(c, 400, 0.003, 0.05), 1e-9);
        assertEquals(plotLeft(chart(new ReadableLogAxis("loss")), 500, 0.1, 1), plotLeft(c, 500, 0.1, 1), 1e-9,
                "afresh at another width");
    }

    @Test
    void aCopyOfTheAxisKeepsARoomOfItsOwn() throws Exception {
        JFreeChart c = chart(new ReadableLogAxis("loss"));
        double wide = plotLeft(c, 400, 0.003, 0.05);
        JFreeChart copy = (JFreeChart) c.clone();
        double narrow = plotLeft(copy, 400, 0.1, 1);
        assertNotEquals(wide, narrow, 0.5, "the copy fits its own labels");
        assertEquals(wide, plotLeft(c, 400, 0.1, 1), 1e-9, "the original keeps its room");
    }
}
