package bnlab.app.seeds;

import bnlab.app.i18n.I18n;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Look;
import bnlab.app.style.Palette;
import bnlab.engine.api.SeedOutcome;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A dot per seed: how many more test samples the twin with BN got right than the plain twin (above the zero line:
 * BN ahead; below: behind), a column per batch size, the seeds spread across the column in order, and a bar at
 * each column's mean. The dataset is swapped whole (one redraw per change).
 */
final class SeedsChart {
    static final int AHEAD = 0;
    static final int LEVEL = 1;
    static final int BEHIND = 2;
    static final int MEAN = 3;
    /** Seeds where the plain twin diverged (BN ahead): a triangle above the dots. */
    static final int PLAIN_DIVERGED = 4;
    /** Seeds where BN's twin diverged (BN behind): a triangle below the dots. */
    static final int BN_DIVERGED = 5;
    /** Seeds where both diverged: a cross on the zero line. */
    static final int BOTH_DIVERGED = 6;
    /** The marked run: no points, its dashed line in the legend, named in full there. */
    static final int MARK = 7;
    /** The marked run's line darker than the diverged rows': its short stretch in the legend was barely seen. */
    private static final int MARK_ALPHA = 200;
    /** How much of a column's width the seeds spread over. */
    static final double SPREAD = 0.5;
    final XYPlot plot;
    final ChartViewer viewer;
    private final JFreeChart chart;
    /** Phrases on lines of their own where the chart is narrow (a number never split). */
    private final bnlab.app.style.PhrasedTitle subtitle = new bnlab.app.style.PhrasedTitle(ChartStyle.legendFont());
    private List<Integer> columns = List.of();
    private final XYLineAndShapeRenderer renderer;
    /** One run to compare the dots with (a lesson's seed 42 and its lead), or null. */
    private Mark mark;

    /** A run shown as a dashed line at its lead, named by its seed. */
    record Mark(int seed, double lead) {
    }

    SeedsChart() {
        NumberAxis y = new bnlab.app.style.DecimalAxis(I18n.get("seeds.axis"));
        y.setAutoRangeIncludesZero(true);
        // room above the highest row and below the lowest for the names of the divergence markers' rows
        y.setUpperMargin(0.12);
        y.setLowerMargin(0.12);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        double d = 10 * Look.current().scale();
        Ellipse2D dot = new Ellipse2D.Double(-d / 2, -d / 2, d, d);
        java.awt.Color[] colors = {Palette.BN, Look.current().ink(), Palette.PLAIN};
        for (int i = 0; i < 3; i++) {
            r.setSeriesPaint(i, colors[i]);
            r.setSeriesShape(i, dot);
        }
        double w = 60 * Look.current().scale();
        r.setSeriesShape(MEAN, new Rectangle2D.Double(-w / 2, -2, w, 4));
        r.setSeriesPaint(MEAN, Look.current().ink());
        r.setSeriesShape(PLAIN_DIVERGED, triangle(1.4 * d, true));
        r.setSeriesPaint(PLAIN_DIVERGED, Palette.BN);
        r.setSeriesShape(BN_DIVERGED, triangle(1.4 * d, false));
        r.setSeriesPaint(BN_DIVERGED, Palette.PLAIN);
        r.setSeriesShape(BOTH_DIVERGED, cross(d));
        r.setSeriesPaint(BOTH_DIVERGED, Look.current().ink());
        ValueMarker dashed = ChartStyle.namedLine(0, "", grey(MARK_ALPHA));
        r.setSeriesLinesVisible(MARK, true);
        r.setSeriesShapesVisible(MARK, false);
        r.setSeriesStroke(MARK, dashed.getStroke());
        r.setSeriesPaint(MARK, dashed.getPaint());
        r.setLegendLine(new java.awt.geom.Line2D.Double(-12 * Look.current().scale(), 0, 12 * Look.current().scale(), 0));
        renderer = r;
        plot = new XYPlot(new XYSeriesCollection(), axis(List.of()), y, r);
        plot.addRangeMarker(zeroLine());
        plot.setDomainGridlinesVisible(false);
        JFreeChart c = new JFreeChart(I18n.get("seeds.title"), ChartStyle.TITLE, plot, true);
        c.addSubtitle(0, subtitle);
        chart = ChartStyle.apply(c);
        viewer = bnlab.app.style.Viewers.of(chart);
        // the view's one chart: room for a plot whose dots can be told apart under its title, subtitle and legend
        viewer.setMinSize(240, 1.6 * ChartStyle.minHeight());
    }

    // a triangle of this height, its tip up or down, centred on the point
    private static java.awt.Shape triangle(double h, boolean up) {
        java.awt.geom.Path2D.Double t = new java.awt.geom.Path2D.Double();
        double tip = up ? -h / 2 : h / 2;
        t.moveTo(0, tip);
        t.lineTo(-h / 2, -tip);
        t.lineTo(h / 2, -tip);
        t.closePath();
        return t;
    }

    // an x of this size, as a filled outline (the renderer fills shapes)
    private static java.awt.Shape cross(double d) {
        java.awt.Shape bar = new Rectangle2D.Double(-d / 2, -d / 8, d, d / 4);
        java.awt.geom.Area a = new java.awt.geom.Area(java.awt.geom.AffineTransform.getRotateInstance(Math.PI / 4)
                .createTransformedShape(bar));
        a.add(new java.awt.geom.Area(java.awt.geom.AffineTransform.getRotateInstance(-Math.PI / 4)
                .createTransformedShape(bar)));
        return a;
    }

    private static SymbolAxis axis(List<Integer> batches) {
        String[] names = batches.stream().map(b -> I18n.get("seeds.column", b)).toArray(String[]::new);
        SymbolAxis x = new SymbolAxis(I18n.get("seeds.columns"), names.length == 0 ? new String[] {" "} : names);
        x.setGridBandsVisible(false);
        x.setRange(-0.5, Math.max(1, names.length) - 0.5);
        x.setAutoRange(false);
        return x;
    }

    /**
     * Show these outcomes in a column per batch size (ascending), seeds 1 to n spread in each, and each column's
     * mean from its tally (tallies: {@code Tally.of(outcomes, batches)}).
     */
    void show(List<SeedOutcome> outcomes, List<Integer> batches, int seeds, List<Tally> tallies) {
        if (!batches.equals(columns)) {
            columns = batches;
            SymbolAxis x = axis(batches);
            ChartStyle.axis(x);
            plot.setDomainAxis(x);
        }
        XYSeries ahead = new XYSeries(I18n.get("seeds.ahead"), false);
        XYSeries level = new XYSeries(I18n.get("seeds.level"), false);
        XYSeries behind = new XYSeries(I18n.get("seeds.behind"), false);
        XYSeries mean = new XYSeries(I18n.get("seeds.mean"), false);
        XYSeries plainDiverged = new XYSeries(I18n.get("seeds.marker.plain"), false);
        XYSeries bnDiverged = new XYSeries(I18n.get("seeds.marker.bn"), false);
        XYSeries bothDiverged = new XYSeries(I18n.get("seeds.marker.both"), false);
        XYSeries marked = new XYSeries(String.valueOf(MARK), false);
        if (mark != null) { // one point draws no line, and keeps the marked run's line in the axis' range
            marked.add(0, mark.lead());
        }
        // the seeds that diverged sit beyond every lead: above the highest (the plain twin's), below the lowest
        double top = 0;
        double bottom = 0;
        for (SeedOutcome o : outcomes) {
            if (Tally.Kind.of(o) == Tally.Kind.TRAINED) {
                top = Math.max(top, o.samplesAhead());
                bottom = Math.min(bottom, o.samplesAhead());
            }
        }
        if (mark != null) { // the marked run's lead stays under the diverged rows and in the ticked range
            top = Math.max(top, mark.lead());
            bottom = Math.min(bottom, mark.lead());
        }
        double margin = Math.max(2, 0.15 * (top - bottom));
        for (SeedOutcome o : outcomes) {
            int c = batches.indexOf(o.batchSize());
            if (c < 0) {
                continue;
            }
            double x = c + offset(o.seed(), seeds);
            switch (Tally.Kind.of(o)) {
                case PLAIN_DIVERGED -> plainDiverged.add(x, top + margin);
                case BN_DIVERGED -> bnDiverged.add(x, bottom - margin);
                case BOTH_DIVERGED -> bothDiverged.add(x, 0);
                default -> {
                    int lead = o.samplesAhead();
                    (lead > 0 ? ahead : lead < 0 ? behind : level).add(x, lead);
                }
            }
        }
        for (Tally t : tallies) {
            if (!Double.isNaN(t.mean())) {
                mean.add(batches.indexOf(t.batchSize()), t.mean());
            }
        }
        XYSeriesCollection all = new XYSeriesCollection();
        for (XYSeries series : List.of(ahead, level, behind, mean, plainDiverged, bnDiverged, bothDiverged, marked)) {
            all.addSeries(series);
        }
        // the markers' rows are not leads: a dashed line each, named at its end, keeps them from being read as one
        lines();
        if (!plainDiverged.isEmpty()) {
            plot.addRangeMarker(row(top + margin, I18n.get("seeds.marker.plain"), true));
        }
        if (!bnDiverged.isEmpty()) {
            plot.addRangeMarker(row(bottom - margin, I18n.get("seeds.marker.bn"), false));
        }
        // no numbers beside the markers' rows: ticks and grid lines only from the lowest lead to the highest
        ((bnlab.app.style.DecimalAxis) plot.getRangeAxis()).setTicked(plainDiverged.isEmpty() && bnDiverged.isEmpty()
                ? null : new org.jfree.data.Range(Math.min(bottom, 0), Math.max(top, 0)));
        // the legend names a divergence only where one happened
        renderer.setSeriesVisibleInLegend(PLAIN_DIVERGED, !plainDiverged.isEmpty(), false);
        renderer.setSeriesVisibleInLegend(BN_DIVERGED, !bnDiverged.isEmpty(), false);
        renderer.setSeriesVisibleInLegend(BOTH_DIVERGED, !bothDiverged.isEmpty(), false);
        plot.setDataset(all);
        markInLegend();
    }

    /** Show one run to compare the dots with (null: none), now and with every later show. */
    void mark(Mark m) {
        mark = m;
        // before the first show the plot has no data, and the axis its default range: 0 to the marked lead, with
        // the axis' margins beyond it, as the dots get (else its name sat on the plot's edge)
        org.jfree.chart.axis.ValueAxis y = plot.getRangeAxis();
        double lo = m == null ? 0 : Math.min(0, m.lead());
        double hi = m == null ? 1 : Math.max(1, m.lead());
        double span = m == null ? 0 : hi - lo;
        y.setDefaultAutoRange(new org.jfree.data.Range(lo < 0 ? lo - y.getLowerMargin() * span : lo,
                hi + y.getUpperMargin() * span));
        plot.configureRangeAxes();
        lines();
        markInLegend();
    }

    /**
     * The marked run is named in full in the legend ("seed 42, the run on show earlier: BN ahead by 10") and by its
     * seed alone on its line: the whole name at the line's left end ran over the dots of a column's first seeds.
     */
    private void markInLegend() {
        if (plot.getDataset() instanceof XYSeriesCollection all && all.getSeriesCount() > MARK) {
            all.getSeries(MARK).setKey(mark == null ? String.valueOf(MARK)
                    : I18n.get("seeds.mark", mark.seed(), bnlab.app.i18n.Numbers.format(mark.lead())));
        }
        renderer.setSeriesVisibleInLegend(MARK, mark != null);
    }

    // the lines every show starts from: the zero line, and the marked run's at its lead, named by its seed at its
    // left end (where a column's dots leave room)
    private void lines() {
        plot.clearRangeMarkers();
        plot.addRangeMarker(zeroLine());
        if (mark == null) {
            return;
        }
        ValueMarker m = row(mark.lead(), I18n.get("seeds.mark.line", mark.seed()), true);
        m.setPaint(grey(MARK_ALPHA));
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(m);
    }

    // the line between BN ahead and behind
    private static ValueMarker zeroLine() {
        return new ValueMarker(0, Look.current().ink(), new BasicStroke(1.5f));
    }

    // a dashed line at a row of divergence markers, its name at the right end, above the row (below it for BN's)
    private static ValueMarker row(double y, String name, boolean above) {
        float w = (float) Look.current().scale();
        ValueMarker m = ChartStyle.namedLine(y, name, grey(120));
        m.setLabelAnchor(above ? org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT
                : org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
        m.setLabelTextAnchor(above ? org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT : org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
        m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4 * w, 4 * w, 4 * w, 4 * w));
        return m;
    }

    // the dashed lines' colour: the ink, partly seen through (of 255)
    private static java.awt.Color grey(int alpha) {
        java.awt.Color ink = Look.current().ink();
        return new java.awt.Color(ink.getRed(), ink.getGreen(), ink.getBlue(), alpha);
    }

    /** Where seed s of n sits in its column, from its centre: spread evenly over SPREAD of the column. */
    static double offset(long seed, int seeds) {
        if (seeds <= 1) {
            return 0;
        }
        // seed 1 at -SPREAD/2, seed n at +SPREAD/2
        return SPREAD * ((seed - 1) / (double) (seeds - 1) - 0.5);
    }

    /** The line under the title: what each dot is (the set-up repeated). */
    void setSubtitle(String text) {
        if (!text.equals(subtitle.getText())) {
            subtitle.setText(text);
        }
    }

    String subtitle() {
        return subtitle.getText();
    }

    JFreeChart chart() {
        return chart;
    }
}
