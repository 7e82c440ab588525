package bnlab.app.saturation;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
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
 * into each other where the chart was short (lesson 7's divergence banner at 1280 x 720). The rows of an edge stand
 * as one block, moved down under any curve of the plot that crosses it over the labels' width: the sigmoid's
 * asymptote f = 1 ran through the right edge's first row (lesson 9 at 1280 x 720).
 */
final class EdgeLabel extends XYTextAnnotation {
    /** Room between the plot's top edge (or a curve over the rows) and the first row, in pixels. */
    private static final double PAD = 3;
    /** The rows an edge holds: the BatchNorm twin's and the plain twin's. */
    static final int ROWS = 2;
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
        // one width for both rows of an edge, so that they find the same block
        double width = Math.max(g2.getFontMetrics().stringWidth(getText()), g2.getFontMetrics().stringWidth(widest));
        boolean leftward = getTextAnchor().isRight();
        double x0 = leftward ? x - width : x;
        // the row's top: below the block's top by the rows above it
        float y = (float) (blockTop(plot, dataArea, edge, x0, x0 + width, ROWS * line) + row * line);
        g2.setPaint(getPaint());
        TextUtils.drawAlignedString(getText(), g2, x, y, getTextAnchor());
    }

    /**
     * The top of an edge's block of rows, h high, over [x0, x1] in pixels: PAD under the plot's top edge, or PAD under
     * the lowest curve that crosses the block there (again while one does), or the top edge again when the block would
     * leave the plot's bottom.
     */
    static double blockTop(XYPlot plot, Rectangle2D area, RectangleEdge xEdge, double x0, double x1, double h) {
        double first = area.getMinY() + PAD;
        List<double[]> curves = curveSpans(plot, area, xEdge, x0, x1);
        double top = first;
        for (boolean moved = true; moved; ) {
            moved = false;
            for (double[] c : curves) {
                if (c[0] < top + h && c[1] > top) {
                    top = c[1] + PAD;
                    moved = true;
                }
            }
        }
        return top + h > area.getMaxY() ? first : top;
    }

    /**
     * The vertical span in pixels of each line drawn over [x0, x1] (its points there and one on each side, the line's
     * half width added), one span per series of every dataset drawn as lines.
     */
    private static List<double[]> curveSpans(XYPlot plot, Rectangle2D area, RectangleEdge xEdge, double x0, double x1) {
        List<double[]> spans = new ArrayList<>();
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data == null || !(plot.getRenderer(d) instanceof XYLineAndShapeRenderer r)) {
                continue;
            }
            ValueAxis yAxis = plot.getRangeAxisForDataset(d);
            ValueAxis xAxis = plot.getDomainAxisForDataset(d);
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (!r.getItemLineVisible(s, 0)) {
                    continue;
                }
                double half = r.lookupSeriesStroke(s) instanceof BasicStroke b ? b.getLineWidth() / 2 : 1;
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                int n = data.getItemCount(s);
                for (int i = 0; i < n; i++) {
                    double px = xAxis.valueToJava2D(data.getXValue(s, i), area, xEdge);
                    // a point inside [x0, x1], the last before it or the first after it (x rises with i)
                    boolean inside = px >= x0 && px <= x1;
                    boolean before = px < x0 && i + 1 < n
                            && xAxis.valueToJava2D(data.getXValue(s, i + 1), area, xEdge) >= x0;
                    boolean after = px > x1 && i > 0 && xAxis.valueToJava2D(data.getXValue(s, i - 1), area, xEdge) <= x1;
                    if (!inside && !before && !after) {
                        continue;
                    }
                    double py = yAxis.valueToJava2D(data.getYValue(s, i), area, yEdge);
                    if (Double.isFinite(py)) {
                        lo = Math.min(lo, py);
                        hi = Math.max(hi, py);
                    }
                }
                if (lo <= hi) {
                    spans.add(new double[]{lo - half, hi + half});
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
