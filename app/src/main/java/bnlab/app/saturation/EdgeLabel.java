package bnlab.app.saturation;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * An edge bin's percentage ("◀ 9%"), at its x on the curves' axis and in a row counted in lines from the plot's top:
 * placed at a height on the histograms' hidden axis, the row crossed the plot's top edge and the two twins' rows ran
 * into each other where the chart was short (lesson 7's divergence banner at 1280 x 720). A row moves down past any
 * line of the plot that crosses it over the labels' width: the sigmoid's asymptote f = 1 ran through the right edge's
 * first row (lesson 9 at 1280 x 720), and then the plain twin's histogram outline through the label moved under it
 * (lesson 2 at 1280 x 720).
 */
final class EdgeLabel extends XYTextAnnotation {
    /** Room between the plot's top edge (or a curve over the rows) and the first row, in pixels. */
    private static final double PAD = 3;
    private final int row;
    /** The label's text at its widest (100%). */
    private final String widest;

    EdgeLabel(String text, String widest, double x, int row) {
        super(text, x, 0);
        this.row = row;
        this.widest = widest;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge edge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        float x = (float) domainAxis.valueToJava2D(getX(), dataArea, edge);
        g2.setFont(getFont());
        double line = g2.getFontMetrics().getHeight();
        // one width for both rows of an edge, so that they find the same places
        double width = Math.max(g2.getFontMetrics().stringWidth(getText()), g2.getFontMetrics().stringWidth(widest));
        boolean leftward = getTextAnchor().isRight();
        double x0 = leftward ? x - width : x;
        float y = (float) rowTop(plot, dataArea, edge, x0, x0 + width, line, row);
        g2.setPaint(getPaint());
        TextUtils.drawAlignedString(getText(), g2, x, y, getTextAnchor());
    }

    /**
     * The top of an edge's row, `line` high, over [x0, x1] in pixels: the first place under the plot's top edge (row 0)
     * or under the row above (row 1) where no line of the plot crosses it, moving down past each line in the way; the
     * row's place under the top edge where there is none before the plot's bottom.
     */
    static double rowTop(XYPlot plot, Rectangle2D area, RectangleEdge xEdge, double x0, double x1, double line,
                         int row) {
        List<double[]> lines = lines(plot, area, xEdge, x0, x1);
        double top = area.getMinY() + PAD;
        for (int r = 0; r <= row; r++) {
            double y = r == 0 ? top : top + line;
            for (boolean moved = true; moved; ) {
                moved = false;
                for (double[] l : lines) {
                    if (l[0] < y + line && l[1] > y) {
                        y = l[1] + PAD;
                        moved = true;
                    }
                }
            }
            if (y + line > area.getMaxY()) {
                return area.getMinY() + PAD + row * line;
            }
            top = y;
        }
        return top;
    }

    /**
     * The vertical span in pixels of each piece of line drawn over [x0, x1], its half width added: the segments of
     * every series drawn as lines (the curves) or as areas (the histograms' outlines, less their drops to 0, which
     * the window's dashed edges cover).
     */
    private static List<double[]> lines(XYPlot plot, Rectangle2D area, RectangleEdge xEdge, double x0, double x1) {
        List<double[]> spans = new ArrayList<>();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            boolean areas = plot.getRenderer(d) instanceof XYAreaRenderer;
            if (data == null || !(areas || plot.getRenderer(d) instanceof XYLineAndShapeRenderer)) {
                continue;
            }
            ValueAxis yAxis = plot.getRangeAxisForDataset(d);
            ValueAxis xAxis = plot.getDomainAxisForDataset(d);
            // a vertical axis maps values to the same rows on either side of the plot
            RectangleEdge yEdge = RectangleEdge.LEFT;
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (plot.getRenderer(d) instanceof XYLineAndShapeRenderer l && !l.getItemLineVisible(s, 0)) {
                    continue;
                }
                // a curve's line, or an area's outline
                AbstractRenderer r = (AbstractRenderer) plot.getRenderer(d);
                double half = (areas ? r.lookupSeriesOutlineStroke(s) : r.lookupSeriesStroke(s)) instanceof BasicStroke b
                        ? b.getLineWidth() / 2 : 1;
                for (int i = 0; i + 1 < data.getItemCount(s); i++) {
                    double a = xAxis.valueToJava2D(data.getXValue(s, i), area, xEdge);
                    double b = xAxis.valueToJava2D(data.getXValue(s, i + 1), area, xEdge);
                    double ya = data.getYValue(s, i);
                    double yb = data.getYValue(s, i + 1);
                    if (Math.max(a, b) < x0 || Math.min(a, b) > x1 || (areas && (ya == 0 || yb == 0))) {
                        continue;
                    }
                    double pa = yAxis.valueToJava2D(ya, area, yEdge);
                    double pb = yAxis.valueToJava2D(yb, area, yEdge);
                    if (Double.isFinite(pa) && Double.isFinite(pb)) {
                        spans.add(new double[]{Math.min(pa, pb) - half, Math.max(pa, pb) + half});
                    }
                }
            }
        }
        return spans;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && o instanceof EdgeLabel e && e.row == row && e.widest.equals(widest);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * super.hashCode() + row) + widest.hashCode();
    }
}
