package bnlab.app.style;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every tick label of a percent axis fits between the chart's left edge and the plot: the accuracy-gap chart of the
 * running statistics measured "-5%" and drew "-2.5%" (39 px in 37), its minus sign cut off at the chart's edge, at
 * heights from 210 to 230 px (a plain NumberAxis with the same ticks still does).
 */
class PercentAxisTest {
    @Test
    void theLabelsDrawnFitTheRoomReserved() {
        List<String> cut = new ArrayList<>();
        int labels = 0;
        for (int h = 150; h <= 400; h += 5) { // a chart's viewer is at least 150 px tall
            for (double lo : new double[] {-0.004, -0.012, -0.03, -0.2}) {
                NumberAxis y = new PercentAxis(null);
                y.setAutoRangeMinimumSize(0.1); // as the gap chart: 10 points at least
                y.setAutoRangeIncludesZero(true);
                labels += cut(y, lo, 0.006, h, cut);
            }
        }
        assertTrue(labels > 500, "labels checked: " + labels);
        assertTrue(cut.isEmpty(), String.join("\n", cut));
    }

    /** The means and variances' axes (DecimalAxis) fit theirs too, over ranges the running statistics show. */
    @Test
    void aDecimalAxisFitsItsLabelsToo() {
        List<String> cut = new ArrayList<>();
        for (int h = 150; h <= 400; h += 5) {
            for (double[] r : new double[][] {{-14, 0}, {0.5, 10}, {-0.004, 0.003}, {-12.3, -11.9}, {1, 180}, {-3e5, 2e5}}) {
                NumberAxis y = new DecimalAxis(null);
                cut(y, r[0], r[1], h, cut);
            }
        }
        assertTrue(cut.isEmpty(), String.join("\n", cut));
    }

    // the chart drawn at this height with a line from lo to hi: its labels that do not fit, noted; how many there are
    private static int cut(NumberAxis y, double lo, double hi, int height, List<String> cut) {
        XYSeries s = new XYSeries("gap");
        for (int i = 0; i <= 300; i++) {
            s.add(i, lo + (hi - lo) * Math.abs(Math.sin(i * 0.1)));
        }
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new StepAxis("step", false), y,
                new XYLineAndShapeRenderer(true, false));
        JFreeChart chart = new JFreeChart("gap", ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);
        Graphics2D g = new BufferedImage(1270, height, BufferedImage.TYPE_INT_ARGB).createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, 1270, height), info);
        // the ticks as drawn: for the data area the chart was drawn with
        Rectangle2D data = info.getPlotInfo().getDataArea();
        g.setFont(y.getTickLabelFont());
        List<?> ticks = y.refreshTicks(g, new AxisState(), data, RectangleEdge.LEFT);
        // a label ends this far left of the plot, right-aligned
        double room = data.getMinX() - y.getTickMarkOutsideLength() - y.getTickLabelInsets().getRight();
        for (Object o : ticks) {
            NumberTick t = (NumberTick) o;
            double w = g.getFontMetrics().getStringBounds(t.getText(), g).getWidth();
            if (w > room + 0.5) {
                cut.add(height + " px, from " + lo + ": " + t.getText() + " " + w + " px in " + room);
            }
        }
        return ticks.size();
    }
}
