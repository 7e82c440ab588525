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
    /** How much of a column's width the seeds spread over. */
    static final double SPREAD = 0.5;
    final XYPlot plot;
    final ChartViewer viewer;
    private final JFreeChart chart;
    /** Phrases on lines of their own where the chart is narrow (a number never split). */
    private final bnlab.app.style.PhrasedTitle subtitle = new bnlab.app.style.PhrasedTitle(ChartStyle.legendFont());
    private List<Integer> columns = List.of();

    SeedsChart() {
        NumberAxis y = new bnlab.app.style.DecimalAxis(I18n.get("seeds.axis"));
        y.setAutoRangeIncludesZero(true);
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
        plot = new XYPlot(new XYSeriesCollection(), axis(List.of()), y, r);
        plot.addRangeMarker(new ValueMarker(0, Look.current().ink(), new BasicStroke(1.5f)));
        plot.setDomainGridlinesVisible(false);
        JFreeChart c = new JFreeChart(I18n.get("seeds.title"), ChartStyle.TITLE, plot, true);
        c.addSubtitle(0, subtitle);
        chart = ChartStyle.apply(c);
        viewer = new ChartViewer(chart);
        // the view's one chart: room for a plot whose dots can be told apart under its title, subtitle and legend
        viewer.setMinSize(240, 1.6 * ChartStyle.minHeight());
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
        for (SeedOutcome o : outcomes) {
            int c = batches.indexOf(o.batchSize());
            if (c < 0 || o.diverged()) {
                continue;
            }
            double x = c + offset(o.seed(), seeds);
            int lead = o.samplesAhead();
            (lead > 0 ? ahead : lead < 0 ? behind : level).add(x, lead);
        }
        for (Tally t : tallies) {
            if (!Double.isNaN(t.mean())) {
                mean.add(batches.indexOf(t.batchSize()), t.mean());
            }
        }
        XYSeriesCollection all = new XYSeriesCollection();
        all.addSeries(ahead);
        all.addSeries(level);
        all.addSeries(behind);
        all.addSeries(mean);
        plot.setDataset(all);
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
