package bnlab.app.runningstats;

import bnlab.app.style.IndexCell;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Palette;
import bnlab.engine.api.Convention;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Stroke;

/** Layer and unit choosers, the convention read-out, mean and variance charts and the accuracy-gap chart. */
final class RunningStatsPane {
    static final String PYTORCH_RULE = "PyTorch: running = (1 - m) * running + m * batch   (m = 0.1; the unbiased "
            + "batch variance var * n / (n - 1) enters the running variance)";
    static final String KERAS_RULE = "Keras: moving = m * moving + (1 - m) * batch   (m = 0.99; biased batch variance)";
    static final String HALF_LIFE = "half-life = ln 0.5 / ln(1 - alpha) steps, alpha = weight of the new batch "
            + "(PyTorch m = Keras 1 - m)";

    final ComboBox<Integer> layerChooser = new ComboBox<>();
    final ComboBox<Integer> unitChooser = new ComboBox<>();
    final Label convention = new Label();
    final StatsChart mean;
    final StatsChart variance;
    final StatsChart gap;
    private final RunningStatsModel model;
    private final Tooltip conventionTip = new Tooltip();
    private final BorderPane root = new BorderPane();
    private boolean updating;

    RunningStatsPane(RunningStatsModel model) {
        this.model = model;
        // drawn back to front: noisy batch values, running statistic, population value (dashed, on top)
        Color[] three = {StatsChart.BATCH, StatsChart.RUNNING, StatsChart.POPULATION};
        // population dashed, so the running line stays visible under it once they agree
        Stroke dashed = new java.awt.BasicStroke(3f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND,
                1f, new float[]{12f, 8f}, 0f);
        Stroke[] strokes = {ChartStyle.THIN, ChartStyle.LINE, dashed};
        mean = new StatsChart("Mean", "mean", three, strokes, false);
        variance = new StatsChart("Variance", "variance", three, strokes, false);
        gap = new StatsChart("BN twin: train-mode minus eval-mode accuracy", "accuracy gap",
                new Color[]{Palette.BN}, new Stroke[]{ChartStyle.LINE}, true);
        gap.plot.addRangeMarker(new ValueMarker(0, Palette.INK, ChartStyle.THIN));
        layerChooser.setButtonCell(new IndexCell("layer ", null));
        layerChooser.setCellFactory(v -> new IndexCell("layer ", null));
        unitChooser.setButtonCell(new IndexCell("unit ", null));
        unitChooser.setCellFactory(v -> new IndexCell("unit ", null));
        layerChooser.valueProperty().addListener((o, a, b) -> choose(b, true));
        unitChooser.valueProperty().addListener((o, a, b) -> choose(b, false));
        convention.setStyle("-fx-font-weight: bold; -fx-text-fill: " + Palette.css(Palette.BN) + ";");
        convention.textProperty().bind(model.conventionProperty());
        convention.setTooltip(conventionTip);
        Tooltip.install(mean.viewer, new Tooltip("blue: running mean (used in eval mode)\ngreen: population mean "
                + "over the training set (every evalEvery steps)\ngrey: this batch's mean mu_B = (1/m) sum x_i"));
        Tooltip.install(variance.viewer, new Tooltip("blue: running variance\ngreen: population variance "
                + "(unbiased for PyTorch: m/(m-1) E[var_B])\ngrey: this batch's biased var_B = (1/m) sum (x_i - mu_B)^2"));
        Tooltip.install(gap.viewer, new Tooltip("training-set accuracy with batch statistics minus with running "
                + "statistics:\ny = gamma (x - running_mean) / sqrt(running_var + eps) + beta in eval mode"));
        FlowPane bar = new FlowPane(14, 6, new Label("Layer"), layerChooser, new Label("Unit"), unitChooser, convention);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setStyle("-fx-alignment: center-left;");
        GridPane grid = new GridPane();
        grid.add(mean.viewer, 0, 0);
        grid.add(variance.viewer, 1, 0);
        grid.add(gap.viewer, 0, 1, 2, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(58);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(42);
        grid.getRowConstraints().addAll(top, bottom);
        root.setTop(bar);
        root.setCenter(grid);
        root.setStyle("-fx-background-color: white; -fx-font-size: 17px;");
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

    /** Swap in datasets built from the model's buffers. */
    void show() {
        Snapshot s = model.last();
        if (s == null) {
            return;
        }
        syncChoosers(s);
        conventionTip.setText((s.settings().convention() == Convention.PYTORCH ? PYTORCH_RULE : KERAS_RULE)
                + "\n" + HALF_LIFE);
        LayerProbe p = model.probe();
        int unit = p == null || model.slotProperty().get() >= p.units().length ? -1
                : p.units()[model.slotProperty().get()];
        String which = unit < 0 ? "" : " of unit " + (unit + 1) + ", layer " + (model.layerProperty().get() + 1);
        mean.setTitle("Mean" + which);
        variance.setTitle("Variance" + which);
        DecimatingSeries d = model.chosen();
        XYSeriesCollection m = new XYSeriesCollection();
        XYSeriesCollection v = new XYSeriesCollection();
        if (d != null) {
            m.addSeries(d.series("batch mean", RunningStatsModel.BATCH_MEAN));
            m.addSeries(d.series("running mean", RunningStatsModel.RUN_MEAN));
            m.addSeries(d.series("population mean", RunningStatsModel.POP_MEAN));
            v.addSeries(d.series("batch var", RunningStatsModel.BATCH_VAR));
            v.addSeries(d.series("running var", RunningStatsModel.RUN_VAR));
            v.addSeries(d.series("population var", RunningStatsModel.POP_VAR));
        }
        mean.setDataset(m);
        variance.setDataset(v);
        XYSeriesCollection g = new XYSeriesCollection();
        g.addSeries(model.gap.series("train mode - eval mode", 0));
        gap.setDataset(g);
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
                    : java.util.Arrays.stream(p.units()).boxed().toList();
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
