package bnlab.app.landscape;

import bnlab.app.i18n.I18n;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Palette;
import bnlab.engine.api.twoweight.ContourGrid;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;

/**
 * One twin's network landscape: the loss over (alpha, beta) as a heat map in a colour scale given
 * from outside (the same instance for both twins), log-spaced contour lines and the centre theta.
 * Datasets are replaced whole, on the FX thread. Its series are all hidden from the legend: their
 * keys are numbers, never shown.
 */
final class NetworkHeatMap {
    private final XYPlot plot = new bnlab.app.style.MessagePlot();
    private final XYBlockRenderer heat = new XYBlockRenderer();
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final PaintScaleLegend legend;
    private final SquarePlotBox box;
    private PaintScale scale;

    NetworkHeatMap(String title, Color colour) {
        plot.setDomainAxis(axis(I18n.get("surface.direction1")));
        plot.setRangeAxis(axis(I18n.get("surface.direction2")));
        plot.setRenderer(0, heat);
        heat.setDefaultSeriesVisibleInLegend(false);
        XYLineAndShapeRenderer iso = new XYLineAndShapeRenderer(true, false);
        iso.setSeriesPaint(0, new Color(255, 255, 255, 150));
        iso.setSeriesStroke(0, new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        iso.setDefaultSeriesVisibleInLegend(false);
        plot.setRenderer(1, iso);
        XYLineAndShapeRenderer centre = new XYLineAndShapeRenderer(false, true);
        centre.setSeriesShape(0, new Ellipse2D.Double(-8, -8, 16, 16));
        centre.setSeriesPaint(0, Color.WHITE);
        centre.setUseOutlinePaint(true);
        centre.setSeriesOutlinePaint(0, Palette.INK);
        centre.setSeriesOutlineStroke(0, new BasicStroke(3f));
        centre.setDefaultSeriesVisibleInLegend(false);
        plot.setRenderer(2, centre);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        // the title before the house style, which gives it the bundled font (a title set afterwards kept
        // the logical SansSerif, another family than every other chart's)
        chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);
        chart.getTitle().setPaint(colour);
        ChartStyle.roomForLastTick(chart); // the domain axis ends on a tick: +-range
        ChartStyle.roomForTopTick(chart); // and the range axis
        // the legend's axis runs over log10(loss), labelled 10^t (see LogRamp.decades)
        NumberAxis lossAxis = new DecadeAxis(I18n.get("surface.lossAxis"));
        // at the right of the square plot, as tall as it: under it, the scale took 65 px of the height that sets the
        // square's side, and was only as wide as the square
        legend = new PlotHighScale(new LogRamp(0.1, 1).decades(), lossAxis, plot, 10, 4);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setSubdivisionCount(600);
        legend.setStripWidth(14);
        legend.setBackgroundPaint(bnlab.app.style.Look.current().background());
        legend.setVisible(false);
        chart.addSubtitle(legend);
        viewer = bnlab.app.style.Viewers.of(chart);
        // a square plot: s and t span the same range, and a map stretched to the cell's shape (1280 x 720: 340 x 130
        // px, lesson 11) drew its valleys and cliffs at another slope than they have
        box = new SquarePlotBox(viewer, chart, 520, 560).titlesAcrossTheCell(plot, legend);
    }

    /**
     * Before the first grid: the axes span the range the next computation will cover (+-range) and the
     * plot says how to fill it, instead of empty axes from 0 to 1.
     */
    void empty(double range, String hint) {
        plot.getDomainAxis().setRange(-range, range);
        plot.getRangeAxis().setRange(-range, range);
        plot.setNoDataMessage(hint);
    }

    /** Whether a grid is shown. */
    boolean hasGrid() {
        return scale != null;
    }

    /** A new title, in the same colour. */
    void setTitle(String title) {
        chart.getTitle().setText(title);
    }

    ChartViewer viewer() {
        return viewer;
    }

    /** The node to lay out: the viewer in a box that keeps the plot square. */
    SquarePlotBox node() {
        return box;
    }

    JFreeChart chart() {
        return chart;
    }

    /** The colour scale in use (the same instance on both twins' maps), or null before the first grid. */
    PaintScale scale() {
        return scale;
    }

    /** Shows values[j][i] = L(alphas[i], betas[j]) in the given scale; subtitle under the title. */
    void show(double[] alphas, double[] betas, double[][] values, LogRamp shared, String subtitle) {
        this.scale = shared;
        int n = alphas.length;
        int m = betas.length;
        double[][] xyz = new double[3][n * m];
        double[][] logv = new double[m][n];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                xyz[0][j * n + i] = alphas[i];
                xyz[1][j * n + i] = betas[j];
                xyz[2][j * n + i] = values[j][i];
                logv[j][i] = Math.log10(values[j][i]);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(I18n.get("surface.lossAxis"), xyz); // named in a CSV
        XYSeries c = new XYSeries(0, false, true);
        c.add(0, 0);
        plot.setNotify(false);
        heat.setBlockWidth(alphas[1] - alphas[0]);
        heat.setBlockHeight(betas[1] - betas[0]);
        heat.setPaintScale(shared);
        plot.setDataset(0, data);
        double[] levels = shared.logLevels(10);
        plot.setDataset(1, levels.length == 0 ? null : new XYSeriesCollection(
                Contours.lines(0, new ContourGrid(alphas, betas, logv), logv, levels)));
        plot.setDataset(2, new XYSeriesCollection(c));
        double hw = (alphas[1] - alphas[0]) / 2;
        double hh = (betas[1] - betas[0]) / 2;
        plot.getDomainAxis().setRange(alphas[0] - hw, alphas[n - 1] + hw);
        plot.getRangeAxis().setRange(betas[0] - hh, betas[m - 1] + hh);
        legend.setScale(shared.decades());
        NumberAxis lossAxis = (NumberAxis) legend.getAxis();
        lossAxis.setRange(Math.log10(shared.getLowerBound()), Math.log10(shared.getUpperBound()));
        lossAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(
                logTickStep(Math.log10(shared.getUpperBound() / shared.getLowerBound()))), false, true);
        legend.setVisible(true);
        if (chart.getSubtitleCount() > 1 && chart.getSubtitle(0) instanceof TextTitle old) {
            chart.removeSubtitle(old);
        }
        TextTitle sub = new TextTitle(subtitle, ChartStyle.legendFont());
        sub.setPaint(bnlab.app.style.Look.current().ink());
        // room under it for the plot's top tick label, which reaches half its height above the plot
        sub.setPadding(bnlab.app.style.ChartStyle.titlePadding());
        // first: laid out before the colour scale, which then starts under it, level with the plot's top
        chart.addSubtitle(0, sub);
        plot.setNotify(true);
    }

    /** A round step in decades giving at most about 7 legend ticks over a span of log10(hi / lo). */
    static double logTickStep(double decades) {
        for (double step : new double[]{0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10}) {
            if (decades / step <= 7) {
                return step;
            }
        }
        return Math.ceil(decades / 7);
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        ChartStyle.axis(a);
        a.setAutoRange(false);
        a.setAutoRangeIncludesZero(false);
        return a;
    }
}
