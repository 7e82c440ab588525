package bnlab.app.landscape;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Look;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One side of the landscape: log-loss heat map, contour lines, the GD path (growing as the
 * animation advances), start and minimum. Datasets are replaced whole, on the FX thread. Series
 * hidden from the legend (heat map, contours) have number keys: nothing of them is ever shown.
 */
final class LandscapeChart {

    static final Color PATH = new Color(0xC0392B);
    // the bundled family (the logical SansSerif has no hanzi where the system has no CJK font), at
    // these sizes (px at type scale 1) times the window's type scale: the back of the room reads them too
    private final Font axisFont = Look.current().font(Font.PLAIN, 18);
    private final Font ticksFont = Look.current().font(Font.PLAIN, 15);
    private final Font titleFont = Look.current().font(Font.BOLD, 20);
    private final Font axisSmall = Look.current().font(Font.PLAIN, 14);
    private final Font ticksSmall = Look.current().font(Font.PLAIN, 12);
    private final Font titleSmall = Look.current().font(Font.BOLD, 15);

    private final XYPlot plot = new XYPlot();
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final XYSeries path = new XYSeries(I18n.get("landscape.legend.path"), false, true);
    private final SquarePlotBox box;
    private SideState state;
    private int shown = -1;
    private boolean compact;

    LandscapeChart() {
        NumberAxis x = axis(I18n.get("landscape.axis.w1"));
        NumberAxis y = axis(I18n.get("landscape.axis.w2"));
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setBackgroundPaint(Look.current().background());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(Color.DARK_GRAY);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        XYBlockRenderer heat = new XYBlockRenderer();
        plot.setRenderer(0, heat);
        XYLineAndShapeRenderer iso = new XYLineAndShapeRenderer(true, false);
        iso.setSeriesPaint(0, new Color(60, 70, 90, 170));
        iso.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        plot.setRenderer(1, iso);
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(true, true);
        pr.setSeriesPaint(0, PATH);
        pr.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        pr.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        plot.setDataset(2, new XYSeriesCollection(path));
        plot.setRenderer(2, pr);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesPaint(0, Color.BLACK);
        marks.setSeriesShape(0, new Rectangle2D.Double(-8, -8, 16, 16));
        // a white rim: the black start square shows on the light heat map and on a dark legend alike
        marks.setUseOutlinePaint(true);
        marks.setDrawOutlines(true);
        marks.setSeriesOutlinePaint(0, Color.WHITE);
        marks.setSeriesOutlinePaint(1, Color.WHITE);
        marks.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
        marks.setSeriesOutlineStroke(1, new BasicStroke(1f));
        marks.setSeriesPaint(1, new Color(0x1E8449));
        marks.setSeriesShape(1, star());
        plot.setRenderer(3, marks);

        chart = new JFreeChart(null, titleFont, plot, true);
        // the theme's background and ink around the plot (the heat map keeps its own colours)
        Look look = Look.current();
        chart.setBackgroundPaint(look.background());
        chart.getLegend().setBackgroundPaint(look.background());
        chart.getLegend().setItemPaint(look.ink());
        chart.getLegend().setItemFont(ticksFont);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        viewer = bnlab.app.style.Viewers.of(chart);
        viewer.setPrefSize(560, 520);
        viewer.setMinSize(100, 100);
        box = new SquarePlotBox(viewer, chart).titlesAcrossTheCell(plot);
    }

    /** The node to lay out: the chart kept with a square data area. */
    SquarePlotBox box() {
        return box;
    }

    /** Smaller fonts for a small window (the tab of a 1280 x 720 screen). */
    void setCompact(boolean c) {
        if (c == compact) {
            return;
        }
        compact = c;
        for (var a : new org.jfree.chart.axis.ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            a.setLabelFont(c ? axisSmall : axisFont);
            a.setTickLabelFont(c ? ticksSmall : ticksFont);
        }
        chart.getLegend().setItemFont(c ? ticksSmall : ticksFont);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(c ? titleSmall : titleFont);
        }
    }

    ChartViewer viewer() {
        return viewer;
    }

    /** The size of the axes' tick labels, px, for tests. */
    int tickSize() {
        return plot.getDomainAxis().getTickLabelFont().getSize();
    }

    /** The chart's title text, for tests. */
    String title() {
        return chart.getTitle() == null ? null : chart.getTitle().getText();
    }

    /** Series of the shown path, for tests. */
    XYSeries pathSeries() {
        return path;
    }

    /** Replaces the landscape: heat map, contours, markers, axis ranges; the path restarts empty. */
    void show(SideState s) {
        state = s;
        shown = -1;
        // one line, a step smaller where narrow: a wrapped title would take the square plot's height
        TextTitle title = new bnlab.app.style.FittingTitle(new TextTitle(s.title(), compact ? titleSmall : titleFont));
        title.setPaint(Look.current().ink());
        title.setPadding(bnlab.app.style.ChartStyle.titlePadding());
        chart.setTitle(title);
        plot.getDomainAxis().setLabel(s.xLabel());
        plot.getRangeAxis().setLabel(s.yLabel());
        var g = s.grid();
        int n = g.xs().length;
        double[][] logv = new double[n][n];
        double[] xyz0 = new double[n * n], xyz1 = new double[n * n], xyz2 = new double[n * n];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        // shown value: log10(L - L_min + eps), eps a tiny fraction of the range
        double eps = 1e-9 * (g.values()[0][0] - s.lossMin()) + 1e-300;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double v = Math.log10(Math.max(g.values()[j][i] - s.lossMin(), 0) + eps);
                logv[j][i] = v;
                xyz0[j * n + i] = g.xs()[i];
                xyz1[j * n + i] = g.ys()[j];
                xyz2[j * n + i] = v;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        lo = Math.max(lo, hi - 6); // six decades of colour are plenty
        DefaultXYZDataset heat = new DefaultXYZDataset();
        heat.addSeries(I18n.get("landscape.heatSeries"), new double[][] {xyz0, xyz1, xyz2}); // named in a CSV
        XYBlockRenderer br = (XYBlockRenderer) plot.getRenderer(0);
        br.setBlockWidth(g.xs()[1] - g.xs()[0]);
        br.setBlockHeight(g.ys()[1] - g.ys()[0]);
        br.setPaintScale(new Ramp(lo, hi));
        br.setSeriesVisibleInLegend(0, false);
        double[] levels = new double[12];
        for (int k = 0; k < levels.length; k++) {
            levels[k] = lo + (hi - lo) * (k + 0.5) / levels.length;
        }
        XYSeries mk0 = new XYSeries(I18n.get("landscape.legend.start"), false, true);
        mk0.add(s.w0()[0], s.w0()[1]);
        XYSeries mk1 = new XYSeries(I18n.get("landscape.legend.minimum"), false, true);
        mk1.add(s.wStar()[0], s.wStar()[1]);
        XYSeriesCollection marks = new XYSeriesCollection(mk0);
        marks.addSeries(mk1);
        plot.setNotify(false);
        plot.setDataset(0, heat);
        XYSeriesCollection iso = new XYSeriesCollection(Contours.lines(0, g, logv, levels));
        plot.setDataset(1, iso);
        plot.getRenderer(1).setSeriesVisibleInLegend(0, false);
        plot.setDataset(3, marks);
        plot.getDomainAxis().setRange(s.window().xMin(), s.window().xMax());
        plot.getRangeAxis().setRange(s.window().yMin(), s.window().yMax());
        plot.setNotify(true);
        showSteps(0);
    }

    /** Shows the first k steps of the path (k + 1 points), adding only the new points in one batch. */
    void showSteps(int k) {
        if (state == null) {
            return;
        }
        int upto = Math.min(k, state.steps());
        if (upto == shown) {
            return;
        }
        path.setNotify(false);
        if (upto < shown) {
            path.clear();
            shown = -1;
        }
        for (int i = shown + 1; i <= upto; i++) {
            path.add(state.pathX()[i], state.pathY()[i], false);
        }
        shown = upto;
        path.setNotify(true);
    }

    private NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(axisFont);
        a.setTickLabelFont(ticksFont);
        Look look = Look.current();
        a.setLabelPaint(look.ink());
        a.setTickLabelPaint(look.ink());
        a.setAxisLinePaint(look.ink());
        a.setTickMarkPaint(look.ink());
        a.setAutoRange(false);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    private static java.awt.Shape star() {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 11 : 4.5, a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) p.moveTo(r * Math.cos(a), r * Math.sin(a)); else p.lineTo(r * Math.cos(a), r * Math.sin(a));
        }
        p.closePath();
        return p;
    }

    /** White at the minimum through light blue to slate at the highest loss on screen. */
    private record Ramp(double lo, double hi) implements PaintScale {
        private static final Color[] STOPS = {Color.WHITE, new Color(0xEAF2F8), new Color(0xC6DDEE),
            new Color(0x9DC3E0), new Color(0x7FA7C9)};

        @Override
        public double getLowerBound() {
            return lo;
        }

        @Override
        public double getUpperBound() {
            return hi;
        }

        @Override
        public java.awt.Paint getPaint(double v) {
            double u = hi > lo ? (v - lo) / (hi - lo) : 0;
            u = Math.max(0, Math.min(1, u)) * (STOPS.length - 1);
            int k = Math.min((int) u, STOPS.length - 2);
            double f = u - k;
            Color a = STOPS[k], b = STOPS[k + 1];
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }
}
