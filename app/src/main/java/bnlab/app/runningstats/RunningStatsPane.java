package bnlab.app.runningstats;

import bnlab.app.i18n.I18n;
import bnlab.app.style.IndexCell;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Columns;
import bnlab.app.style.Palette;
import bnlab.engine.api.Convention;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Series;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinHistory;
import bnlab.engine.api.UnitHistory;
import bnlab.engine.api.UnitStats;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/** Layer and unit choosers, the convention read-out, mean and variance charts and the accuracy-gap chart. */
final class RunningStatsPane {
    /** The accuracy gap axis's least span: 10 points, so that a wobble of one or two reads as near 0. */
    static final double GAP_SPAN = 0.1;
    final ComboBox<Integer> layerChooser = new ComboBox<>();
    final ComboBox<Integer> unitChooser = new ComboBox<>();
    final Label convention = new Label();
    /** Shown when a previous run is kept: draws it or not. */
    final javafx.scene.control.CheckBox previousBox = new javafx.scene.control.CheckBox(I18n.get("runningStats.showPrevious"));
    /** The previous run's lines: dotted, in the running line's colour, lighter. */
    static final BasicStroke PREVIOUS = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
            new float[]{1f, 5f}, 0f);
    private bnlab.app.style.LineLegend legend;
    /** Shown instead of the convention when the normalization keeps no running statistics (LayerNorm). */
    final Label notice = new Label();
    final StatsChart mean;
    final StatsChart variance;
    final StatsChart gap;
    private final RunningStatsModel model;
    private final BorderPane root = new BorderPane();
    private boolean updating;
    /** Whether the twins are CNNs: a unit is a channel (statistics over N * H * W values). */
    private boolean cnn;
    private final Label unitLabel = new Label(I18n.get("view.unit"));
    private final Label layerLabel = new Label(I18n.get("view.layer"));

    RunningStatsPane(RunningStatsModel model) {
        this.model = model;
        // drawn back to front: the previous run's running and population statistics (dotted; empty series when there
        // is none: its weights, and so its population values, were its own), noisy batch values, running statistic,
        // population value (dashed, on top)
        Color previousColour = StatsChart.previous();
        Color[] four = {previousColour, StatsChart.previousPopulation(), StatsChart.batch(), StatsChart.RUNNING,
            StatsChart.POPULATION};
        // population dashed, so the running line stays visible under it once they agree
        BasicStroke dashed = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                1f, new float[]{12f, 8f}, 0f);
        BasicStroke[] strokes = {PREVIOUS, PREVIOUS, ChartStyle.THIN, ChartStyle.LINE, dashed};
        // the batch values' band in the ink's colour (its line is translucent), so it shows
        Color[] fills = {previousColour, StatsChart.previousPopulation(), bnlab.app.style.Look.current().ink(),
            StatsChart.RUNNING, StatsChart.POPULATION};
        mean = new StatsChart(I18n.get("runningStats.mean"), StatsChart.decimal(I18n.get("runningStats.meanAxis")),
                four, strokes, fills, false);
        variance = new StatsChart(I18n.get("runningStats.variance"),
                StatsChart.decimal(I18n.get("runningStats.varianceAxis")), four, strokes, fills, false);
        // side by side, one title size: at type scale 1.5 the mean's title took a step larger than the variance's, and
        // the two ran on as one line ("Mean of unit 1, layer 1 Variance of unit 1, layer 1")
        bnlab.app.style.FittingTitle.together(mean.viewer.getChart(), variance.viewer.getChart());
        // a short chart: a rotated axis label longer than its plot ran up into the title, which names the
        // quantity anyway (train-mode minus eval-mode accuracy), so the range axis has no label
        gap = new StatsChart(I18n.get("runningStats.gap", I18n.label(NormKind.BATCH)), StatsChart.percent(),
                new Color[]{previousColour, Palette.BN}, new Stroke[]{PREVIOUS, ChartStyle.LINE}, null, true);
        // the previous run's gap a dotted line only; this run's evaluations as dots on its line
        ((org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) gap.plot.getRenderer()).setSeriesShapesVisible(0, false);
        gap.plot.addRangeMarker(new ValueMarker(0, bnlab.app.style.Look.current().ink(), ChartStyle.THIN));
        // a gap of exactly 0 (LayerNorm) must read 0, not ticks of 5E-9; and a gap that only wobbles (lesson 5 at a
        // learning rate of 1e-4: +-1 %, a few of 1,800 images) reads flat near 0, not as a result filling the chart
        ((org.jfree.chart.axis.NumberAxis) gap.plot.getRangeAxis()).setAutoRangeMinimumSize(GAP_SPAN);
        // the 0 line always in view: a gap of -20 % to -2 % (batches of 4) showed no 0, so not which mode was ahead
        ((org.jfree.chart.axis.NumberAxis) gap.plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        notice.setId("running-stats-notice");
        notice.setWrapText(true);
        bnlab.app.style.Runts.avoid(notice);
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setVisible(false);
        IndexCell.install(layerChooser, "view.layerNumber", null, () -> cnn);
        IndexCell.install(unitChooser, "view.unitNumber", null, () -> cnn);
        layerChooser.valueProperty().addListener((o, a, b) -> choose(b, true));
        unitChooser.valueProperty().addListener((o, a, b) -> choose(b, false));
        previousBox.setId("running-stats-previous");
        previousBox.setMnemonicParsing(false);
        previousBox.setSelected(true);
        previousBox.managedProperty().bind(previousBox.visibleProperty());
        previousBox.setVisible(false);
        bnlab.app.style.Tips.set(previousBox, I18n.get("runningStats.showPrevious.tip"));
        previousBox.selectedProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.showPrevious(b);
                show();
            }
        });
        convention.setStyle("-fx-font-weight: bold; -fx-text-fill: " + Palette.textCss(Palette.BN) + ";");
        convention.textProperty().bind(model.conventionProperty());
        String columns = "\n" + I18n.get("chart.columns.tip");
        Tooltip.install(mean.viewer, bnlab.app.style.Tips.make(I18n.get("runningStats.mean.tip") + columns));
        Tooltip.install(variance.viewer, bnlab.app.style.Tips.make(I18n.get("runningStats.variance.tip") + columns));
        Tooltip.install(gap.viewer, bnlab.app.style.Tips.make(I18n.get("runningStats.gap.tip")));
        FlowPane bar = new FlowPane(14, 6, bnlab.app.style.Together.of(layerLabel, layerChooser),
                bnlab.app.style.Together.of(unitLabel, unitChooser), convention, previousBox);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setStyle("-fx-alignment: center-left;");
        // the convention wraps in a narrow view (beside another on a lesson's stage) instead of running off its edge
        convention.setWrapText(true);
        bnlab.app.style.Runts.avoid(convention);
        convention.maxWidthProperty().bind(bar.widthProperty().subtract(20));
        // (a flow pane's least width is its widest child's preferred one: the convention on one line)
        bar.setMinWidth(0);
        // two columns of one width: the mean's and the variance's titles take one size (EvenGrid); its rows below
        GridPane grid = new bnlab.app.style.EvenGrid(2, 0);
        grid.add(mean.viewer, 0, 0);
        grid.add(variance.viewer, 1, 0);
        grid.add(gap.viewer, 0, 1, 2, 1);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(58);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(42);
        grid.getRowConstraints().addAll(top, bottom);
        // readable plots (the gap chart a short one); where the cell is lower, the view scrolls. Narrow (beside the
        // curves on a lesson's stage, 430 px) the mean and variance stay side by side over the gap chart: one above
        // the other, the gap chart that lesson 14 points at ("the chart at the bottom") fell below the view's fold
        grid.setMinHeight(ChartStyle.minHeight() / 0.58);
        // one legend above the mean and variance charts: in each chart it took a third of the plot's height
        legend = new bnlab.app.style.LineLegend("running-stats-legend")
                .add(four[2], strokes[2], I18n.get("runningStats.legend.batch"))
                .add(four[3], strokes[3], I18n.get("runningStats.legend.running"))
                .add(four[4], strokes[4], I18n.get("runningStats.legend.population"))
                .add(four[0], strokes[0], I18n.get("runningStats.previous.same"));
        legend.setShown(PREVIOUS_ITEM, false);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(4, bar, notice, legend.node(), grid);
        javafx.scene.layout.VBox.setMargin(notice, new Insets(0, 10, 6, 10));
        javafx.scene.layout.VBox.setVgrow(grid, Priority.ALWAYS);
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {bar, notice}) {
            r.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        root.setCenter(bnlab.app.style.Scrolling.of(content));
        root.getStyleClass().add("view-pane");
    }

    BorderPane root() {
        return root;
    }

    private void choose(Integer v, boolean layer) {
        if (updating || v == null) {
            return;
        }
        if (layer) {
            model.chooseLayer(v);
        } else {
            model.chooseSlot(Math.max(0, unitChooser.getItems().indexOf(v)));
        }
        show();
    }

    /** The layer and unit whose statistics the held ranges are of. */
    private long heldOf = -1;

    /** Hold the mean and variance axes' ranges from now on ({@link StatsChart#hold}), or fit them to the lines again. */
    void holdRanges(boolean on) {
        heldOf = -1;
        mean.hold(on);
        variance.hold(on);
    }

    /** Swap in datasets built from the model's buffers. */
    void show() {
        Snapshot s = model.last();
        if (s == null) {
            return;
        }
        UnitStats chosen = model.unit();
        long of = chosen == null ? -1 : ((long) model.layerProperty().get() << 32) | chosen.unit();
        if (mean.holding() && of != heldOf) {
            // another layer or unit: another quantity, held from its own first range
            heldOf = of;
            mean.hold(true);
            variance.hold(true);
        }
        boolean c = bnlab.app.i18n.ArchWords.cnn(s);
        if (c != cnn) {
            cnn = c;
            unitLabel.setText(bnlab.app.i18n.ArchWords.get("view.unit", c));
            layerLabel.setText(bnlab.app.i18n.ArchWords.get("view.layer", c));
            IndexCell.reword(layerChooser);
            IndexCell.reword(unitChooser);
        }
        syncChoosers(s);
        NormKind norm = s.normalized().norm();
        boolean keeps = norm == NormKind.BATCH;
        notice.setVisible(!keeps);
        convention.setVisible(keeps);
        if (!keeps) {
            // each normalization without running statistics says what it normalizes with instead
            String key = switch (norm) {
                case INSTANCE -> "runningStats.noRunningStats.INSTANCE";
                case GROUP -> "runningStats.noRunningStats.GROUP";
                case RMS -> "runningStats.noRunningStats.RMS";
                default -> "runningStats.noRunningStats";
            };
            notice.setText(bnlab.app.i18n.ArchWords.get(key, cnn, I18n.label(norm)));
        }
        gap.setTitle(I18n.get("runningStats.gap", I18n.label(norm)));
        String rule = s.settings().convention() == Convention.PYTORCH ? "runningStats.pytorchRule"
                : "runningStats.kerasRule";
        bnlab.app.style.Tips.set(convention, I18n.get(rule) + "\n" + I18n.get("runningStats.halfLifeRule"));
        UnitStats u = model.unit();
        String which = u == null ? "" : bnlab.app.i18n.ArchWords.get("runningStats.ofUnit", cnn, u.unit() + 1, model.layerProperty().get() + 1);
        mean.setTitle(I18n.get("runningStats.mean") + which);
        variance.setTitle(I18n.get("runningStats.variance") + which);
        UnitHistory d = model.chosen();
        PreviousRun p = model.previous();
        UnitHistory before = p == null ? null : model.chosen(p.last());
        syncPrevious(s, p);
        DefaultIntervalXYDataset m = d == null ? new DefaultIntervalXYDataset() : statistics(d, before, mean.groups(),
                new int[] {UnitHistory.BATCH_MEAN, UnitHistory.RUNNING_MEAN, UnitHistory.POPULATION_MEAN},
                "runningStats.batchMean", "runningStats.runningMean", "runningStats.populationMean");
        DefaultIntervalXYDataset v = d == null ? new DefaultIntervalXYDataset() : statistics(d, before,
                variance.groups(), new int[] {UnitHistory.BATCH_VAR, UnitHistory.RUNNING_VAR, UnitHistory.POPULATION_VAR},
                "runningStats.batchVar", "runningStats.runningVar", "runningStats.populationVar");
        XYSeriesCollection g = new XYSeriesCollection();
        g.addSeries(series(I18n.get("runningStats.previous.same"),
                p == null ? new double[2][0] : RunningStatsModel.gap(p.last())));
        g.addSeries(series(I18n.get("runningStats.gapSeries"), model.gap()));
        long at = bnlab.app.i18n.Numbers.widestStep(d == null ? 0 : (long) d.stats().lastX());
        // each line with its widest form (the widest numbers it shows, at a step of at least 99999): it keeps its form,
        // and the plot under it its height, as its digits change and its step gains a digit (PhrasedTitle)
        double wide = bnlab.app.i18n.Numbers.WIDEST;
        mean.setNow(d == null ? "" : meanNow(d.stats()), I18n.get("runningStats.now.mean", at, wide,
                bnlab.app.i18n.Numbers.format(wide)));
        variance.setNow(d == null ? "" : varianceNow(d.stats()), I18n.get("runningStats.now.variance", at, -wide,
                -wide, bnlab.app.i18n.Numbers.widestRatio()));
        Series acc = s.normalized().history().accuracy();
        String widestShare = bnlab.app.i18n.Numbers.widestPercent();
        gap.setNow(gapNow(acc), I18n.get("runningStats.now.gap",
                bnlab.app.i18n.Numbers.widestStep(acc.isEmpty() ? 0L : (long) acc.lastX()),
                widestShare, widestShare));
        sameSteps(m, v, g);
        mean.setDataset(m);
        variance.setDataset(v);
        gap.setDataset(g);
    }

    /**
     * "step 30: running -3.29, population -12.4": the last step's running and population means; a population mean
     * that is 0 up to float rounding against its spread reads 0 (lesson 14's standardized inputs read -2.26e-8).
     */
    static String meanNow(Series s) {
        double r = s.last(UnitHistory.RUNNING_MEAN);
        double p = s.last(UnitHistory.POPULATION_MEAN);
        double sd = Math.sqrt(s.last(UnitHistory.POPULATION_VAR));
        return s.isEmpty() || Double.isNaN(r) || Double.isNaN(p) ? ""
                : I18n.get("runningStats.now.mean", (long) s.lastX(), r, bnlab.app.i18n.Numbers.meanRelativeTo(p, sd));
    }

    /**
     * "step 150: running 0.234, population 0.0217 (10.8 times)": the last step's running and population variances
     * and their ratio, running / population (how far from converged; a ratio reads where the lines' distance on a
     * linear axis does not: 0.234 against 0.0217 looks like "far above 0").
     */
    static String varianceNow(Series s) {
        double r = s.last(UnitHistory.RUNNING_VAR);
        double p = s.last(UnitHistory.POPULATION_VAR);
        if (s.isEmpty() || Double.isNaN(r) || Double.isNaN(p)) {
            return "";
        }
        return p > 0 ? I18n.get("runningStats.now.variance", (long) s.lastX(), r, p, bnlab.app.i18n.Numbers.ratio(r / p))
                : I18n.get("runningStats.now.mean", (long) s.lastX(), r, p);
    }

    /**
     * "step 20: train mode 58.3%, eval mode 22.1%": the two accuracies the gap is between, at the last evaluation
     * (the line alone said how far apart they were, not that eval mode was near a guess).
     */
    static String gapNow(Series accuracy) {
        if (accuracy.isEmpty()) {
            return "";
        }
        double train = accuracy.last(TwinHistory.TRAIN_TRAIN_MODE);
        double eval = accuracy.last(TwinHistory.TRAIN_EVAL_MODE);
        return Double.isNaN(train) || Double.isNaN(eval) ? "" : I18n.get("runningStats.now.gap",
                (long) accuracy.lastX(), bnlab.app.i18n.Numbers.percent(train), bnlab.app.i18n.Numbers.percent(eval));
    }

    /** The previous run's item in the legend. */
    static final int PREVIOUS_ITEM = 3;
    /** An empty series of an interval dataset: x, start, end, y, start, end. */
    private static final double[][] NONE = new double[6][0];

    /**
     * A mean or variance chart's series, back to front: the previous run's running and population values (empty
     * without one), then this run's batch, running and population values (columns: batch, running, population;
     * keys: their names), each summarised over g groups of pixel columns.
     */
    private static DefaultIntervalXYDataset statistics(UnitHistory d, UnitHistory before, int g, int[] columns,
                                                       String... keys) {
        DefaultIntervalXYDataset out = new DefaultIntervalXYDataset();
        out.addSeries(I18n.get("runningStats.previous.same"), before == null ? NONE : summary(before.stats(), columns[1], g));
        out.addSeries(I18n.get("runningStats.previous.population"),
                before == null ? NONE : summary(before.stats(), columns[2], g));
        for (int i = 0; i < columns.length; i++) {
            out.addSeries(I18n.get(keys[i]), summary(d.stats(), columns[i], g));
        }
        return out;
    }

    private static XYSeries series(String name, double[][] rows) {
        XYSeries out = new XYSeries(name, false, true);
        for (int i = 0; i < rows[0].length; i++) {
            out.add(rows[0][i], rows[1][i], false);
        }
        return out;
    }

    // the check box shows while a previous run is kept; the legend names the run drawn, by the settings it had
    private void syncPrevious(Snapshot s, PreviousRun p) {
        updating = true;
        try {
            previousBox.setVisible(model.hasPrevious());
            previousBox.setSelected(model.showsPrevious());
        } finally {
            updating = false;
        }
        legend.setShown(PREVIOUS_ITEM, p != null);
        if (p != null) {
            legend.setName(PREVIOUS_ITEM, I18n.get("runningStats.legend.previous", p.name(model.trained())));
        }
    }

    // one step range for the three charts (set before their data, one redraw each): step 30 of the mean is above
    // step 30 of the gap (the gap, evaluated every few steps, had ended at 31 under a mean at 30)
    private void sameSteps(org.jfree.data.xy.XYDataset... data) {
        org.jfree.data.Range all = null;
        for (org.jfree.data.xy.XYDataset d : data) {
            org.jfree.data.Range b = org.jfree.data.general.DatasetUtils.findDomainBounds(d);
            all = b == null ? all : all == null ? b : org.jfree.data.Range.combine(all, b);
        }
        if (all == null) {
            return;
        }
        double lo = Math.max(0, all.getLowerBound());
        org.jfree.data.Range r = new org.jfree.data.Range(lo, Math.max(lo + bnlab.app.style.StepAxis.MIN_STEPS,
                all.getUpperBound()));
        for (StatsChart c : new StatsChart[] {mean, variance, gap}) {
            c.plot.getDomainAxis().setRange(r, true, false);
        }
    }

    /** Column c of a series summarised over groups of pixel columns (NaN: a gap). */
    private static double[][] summary(Series s, int c, int groups) {
        return Columns.summary(s.xs(), s.column(c), groups, false);
    }

    private void syncChoosers(Snapshot s) {
        updating = true;
        try {
            int layers = s.normalized().layers().size();
            if (layerChooser.getItems().size() != layers) {
                layerChooser.getItems().setAll(java.util.stream.IntStream.range(0, layers).boxed().toList());
            }
            layerChooser.setValue(layers == 0 ? null : model.layerProperty().get());
            LayerProbe p = model.probe();
            java.util.List<Integer> slots = p == null ? java.util.List.of()
                    : p.units().stream().map(UnitStats::unit).toList();
            if (!unitChooser.getItems().equals(slots)) {
                unitChooser.getItems().setAll(slots);
            }
            unitChooser.setValue(p == null || model.slotProperty().get() >= slots.size() ? null
                    : slots.get(model.slotProperty().get()));
        } finally {
            updating = false;
        }
    }
}
