package bnlab.app.histograms;

import bnlab.app.style.IndexCell;
import bnlab.app.style.Palette;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;

/**
 * Layer and unit choosers, a history toggle, and four panels: the BN twin's layer input, x_hat and
 * gamma x_hat + beta, and the plain twin's input at the same place.
 */
final class HistogramPane {
    final ComboBox<Integer> layerChooser = new ComboBox<>();
    final ComboBox<Integer> unitChooser = new ComboBox<>();
    final CheckBox historyToggle = new CheckBox("history (last " + HistogramPanel.HISTORY + " steps)");
    final Label stepLabel = new Label("waiting for the first step");
    final HistogramPanel input = new HistogramPanel("BN twin: layer input x", "x", Palette.BN,
            "x = W u + b, the input of the BN layer, over the batch");
    final HistogramPanel plain = new HistogramPanel("no-BN twin: same place", "x", Palette.PLAIN,
            "x = W u + b of the twin without BN (nothing normalizes it)");
    final HistogramPanel xhat = new HistogramPanel("BN twin: x_hat", "x_hat", Palette.BN,
            "x_hat = (x - mu) / sqrt(var + eps),  mu = mean over the batch,  var = (1/m) sum (x - mu)^2");
    final HistogramPanel output = new HistogramPanel("BN twin: y = gamma x_hat + beta", "y", Palette.BN,
            "y = gamma * x_hat + beta  (gamma, beta learned per unit)");
    private final HistogramModel model;
    private final BorderPane root = new BorderPane();
    private boolean updating;

    HistogramPane(HistogramModel model) {
        this.model = model;
        layerChooser.setButtonCell(new IndexCell("layer ", null));
        layerChooser.setCellFactory(v -> new IndexCell("layer ", null));
        unitChooser.setButtonCell(new IndexCell("unit ", "all units (pooled)"));
        unitChooser.setCellFactory(v -> new IndexCell("unit ", "all units (pooled)"));
        layerChooser.setTooltip(new Tooltip("hidden layer whose distributions are shown"));
        unitChooser.setTooltip(new Tooltip("one unit's values over the batch, or all units of the layer pooled"));
        historyToggle.setTooltip(new Tooltip("faded outlines of earlier steps (older = paler): drift becomes visible"));
        historyToggle.selectedProperty().bindBidirectional(model.historyProperty());
        layerChooser.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.chooseLayer(b);
            }
        });
        unitChooser.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.chooseUnit(b);
            }
        });
        FlowPane bar = new FlowPane(16, 6, new Label("Layer"), layerChooser, new Label("Unit"), unitChooser, historyToggle,
                stepLabel);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setStyle("-fx-alignment: center-left;");
        GridPane grid = new GridPane();
        grid.add(input.root(), 0, 0);
        grid.add(plain.root(), 1, 0);
        grid.add(xhat.root(), 0, 1);
        grid.add(output.root(), 1, 1);
        bnlab.app.style.Grids.equalCells(grid, 2, 2);
        root.setTop(bar);
        root.setCenter(grid);
        root.setStyle("-fx-background-color: white; -fx-font-size: 17px;");
    }

    BorderPane root() {
        return root;
    }

    /** Redraw from the model's last snapshot. */
    void show(HistogramModel.Change change) {
        Snapshot s = model.last();
        if (s == null || change == HistogramModel.Change.NONE) {
            return;
        }
        syncChoosers();
        if (change == HistogramModel.Change.RESTART) {
            resetPanels();
        }
        boolean newStep = change == HistogramModel.Change.NEW_STEP;
        boolean hist = model.historyProperty().get();
        LayerProbe bn = model.probe(s.normalized());
        LayerProbe pl = model.probe(s.plain());
        stepLabel.setText(bn == null ? "waiting for the first step" : "step " + s.step());
        input.show(bn == null ? null : bn.normInput(), newStep, hist);
        xhat.show(bn == null ? null : bn.xhat(), newStep, hist);
        output.show(bn == null ? null : bn.normOutput(), newStep, hist);
        plain.show(pl == null ? null : pl.normInput(), newStep, hist);
        if (s.plain().diverged()) {
            plain.readout.setText(plain.readout.getText() + "   (diverged"
                    + (s.plain().divergedMessage() == null ? ")" : ": " + s.plain().divergedMessage() + ")"));
        }
        if (s.normalized().diverged()) {
            input.readout.setText(input.readout.getText() + "   (diverged)");
        }
    }

    void resetPanels() {
        input.reset();
        plain.reset();
        xhat.reset();
        output.reset();
    }

    private void syncChoosers() {
        updating = true;
        try {
            int layers = model.layerCountProperty().get();
            if (layerChooser.getItems().size() != layers) {
                layerChooser.getItems().clear();
                for (int l = 0; l < layers; l++) {
                    layerChooser.getItems().add(l);
                }
            }
            layerChooser.setValue(model.layerProperty().get());
            int units = model.unitCountProperty().get();
            if (unitChooser.getItems().size() != units + 1) {
                unitChooser.getItems().clear();
                for (int u = -1; u < units; u++) {
                    unitChooser.getItems().add(u);
                }
            }
            unitChooser.setValue(model.unitProperty().get());
        } finally {
            updating = false;
        }
    }
}
