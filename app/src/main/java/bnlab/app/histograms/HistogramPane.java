package bnlab.app.histograms;

import java.util.List;

import bnlab.app.i18n.I18n;
import bnlab.app.style.IndexCell;
import bnlab.app.style.Palette;
import bnlab.app.style.Tips;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;

/**
 * Layer and unit choosers, a history toggle, and four panels: the BN twin's layer input, x_hat and
 * gamma x_hat + beta, and the plain twin's input at the same place.
 */
final class HistogramPane {
    private static final String BATCH = I18n.label(NormKind.BATCH);
    final ComboBox<Integer> layerChooser = new ComboBox<>();
    final ComboBox<Integer> unitChooser = new ComboBox<>();
    final CheckBox historyToggle = new CheckBox(I18n.get("histograms.history", HistogramPanel.HISTORY));
    final Label stepLabel = new Label(I18n.get("histograms.waiting"));
    final HistogramPanel input = new HistogramPanel(I18n.get("histograms.input", BATCH), "x", Palette.BN,
            I18n.get("histograms.input.tip"));
    final HistogramPanel plain = new HistogramPanel(I18n.get("histograms.plain"), "x", Palette.PLAIN,
            I18n.get("histograms.plain.tip"));
    final HistogramPanel xhat = new HistogramPanel(I18n.get("histograms.xhat", BATCH), "x\u2011hat", Palette.BN,
            I18n.get("histograms.xhat.tip"));
    final HistogramPanel output = new HistogramPanel(I18n.get("histograms.output", BATCH), "y", Palette.BN,
            I18n.get("histograms.output.tip"));
    /** Each row's panels share their x axis: the twins' inputs; x-hat and y. */
    final SharedAxis inputs = new SharedAxis(input, plain);
    final SharedAxis normalized = new SharedAxis(xhat, output);
    private final HistogramModel model;
    private final BorderPane root = new BorderPane();
    private boolean updating;
    /** Whether the twins are CNNs: a unit is a channel. */
    private boolean cnn;
    /** Whether the twin with BN has noise after it (the output panel's formula says so). */
    private boolean noisy;
    private final Label unitLabel = new Label(I18n.get("view.unit"));
    private final Label layerLabel = new Label(I18n.get("view.layer"));

    HistogramPane(HistogramModel model) {
        this.model = model;
        // the four titles take one size: a short one ("Without normalization: x") took a step larger than its
        // neighbours in a small export at type scale 1.5, as if the panels were of two kinds
        bnlab.app.style.FittingTitle.together(input.chart(), plain.chart(), xhat.chart(), output.chart());
        IndexCell.install(layerChooser, "view.layerNumber", null, () -> cnn);
        IndexCell.install(unitChooser, "view.unitNumber", "view.allUnits", () -> cnn);
        Tips.set(layerChooser, I18n.get("histograms.layer.tip"));
        Tips.set(unitChooser, I18n.get("histograms.unit.tip"));
        Tips.set(historyToggle, I18n.get("histograms.history.tip"));
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
        FlowPane bar = new FlowPane(16, 6, bnlab.app.style.Together.of(layerLabel, layerChooser),
                bnlab.app.style.Together.of(unitLabel, unitChooser), historyToggle, stepLabel);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setStyle("-fx-alignment: center-left;");
        // columns of one width: the four titles take one size (EvenGrid)
        GridPane grid = new bnlab.app.style.EvenGrid(2, 2);
        grid.add(input.root(), 0, 0);
        grid.add(plain.root(), 1, 0);
        grid.add(xhat.root(), 0, 1);
        grid.add(output.root(), 1, 1);
        evenReadouts(input, plain);
        evenReadouts(xhat, output);
        root.setTop(bar);
        // below the charts' least heights (type 1.5 in 1280 x 720 left them 40 px tall) the view scrolls
        root.setCenter(bnlab.app.style.Scrolling.of(grid));
        root.getStyleClass().add("view-pane");
        List<HistogramPanel> panels = List.of(input, plain, xhat, output);
        bnlab.app.TableCsv.attach(root, () -> panels.stream().anyMatch(p -> !p.drawn(false).isEmpty()),
                () -> HistogramTable.of(panels, model.historyProperty().get()));
        root.setId("histograms");
    }

    /**
     * The read-outs of a row as tall as the tallest read-out either can show at its width (a far-out note included),
     * or the taller of the two where one says more (a long read-out wrapping to three lines made its chart a third
     * shorter than its neighbour's): the row's charts as tall as each other, and keeping their height as the far-out
     * note comes and goes.
     */
    private static void evenReadouts(HistogramPanel a, HistogramPanel b) {
        // measured at the width each read-out gets in its panel, not at its width of the moment: that one
        // passed through a narrower value in some layout passes, and the two read-outs took turns a line apart
        javafx.beans.binding.DoubleBinding taller = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(Math.max(a.tallest(), b.tallest()),
                        Math.max(a.readout.prefHeight(a.readoutWidth()), b.readout.prefHeight(b.readoutWidth()))),
                a.readout.textProperty(), b.readout.textProperty(), a.root().widthProperty(),
                b.root().widthProperty(), a.readout.fontProperty(), b.readout.fontProperty(),
                a.readout.lineSpacingProperty(), a.readout.paddingProperty());
        a.readout.minHeightProperty().bind(taller);
        b.readout.minHeightProperty().bind(taller);
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
        words(bnlab.app.i18n.ArchWords.cnn(s));
        syncChoosers();
        if (change == HistogramModel.Change.RESTART) {
            resetPanels();
        }
        boolean newStep = change == HistogramModel.Change.NEW_STEP;
        boolean hist = model.historyProperty().get();
        LayerProbe bn = model.probe(s.normalized());
        LayerProbe pl = model.probe(s.plain());
        String norm = bnlab.app.i18n.NormWords.of(s);
        setTitle(input, I18n.get("histograms.input", norm));
        setTitle(xhat, I18n.get("histograms.xhat", norm));
        setTitle(output, I18n.get(s.settings().noisy() ? "histograms.output.noisy" : "histograms.output", norm));
        if (s.settings().noisy() != noisy) {
            noisy = s.settings().noisy();
            output.setTip(outputTip());
        }
        stepLabel.setText(bn == null ? I18n.get("histograms.waiting") : I18n.trainingStep(s.step()));
        input.show(bn == null ? null : bn.histograms().normInput(), newStep, hist);
        xhat.show(bn == null ? null : bn.histograms().xhat(), newStep, hist);
        output.show(bn == null ? null : bn.histograms().normOutput(), newStep, hist);
        plain.show(pl == null ? null : pl.histograms().normInput(), newStep, hist);
        inputs.follow(hist);
        normalized.follow(hist);
        if (s.plain().diverged()) {
            plain.readout.setText(I18n.get("histograms.diverged", plain.readout.getText()));
        }
        if (s.normalized().diverged()) {
            input.readout.setText(I18n.get("histograms.diverged", input.readout.getText()));
        }
    }

    // a CNN's units are channels: the chooser, its label and tips say so
    private void words(boolean c) {
        if (c == cnn) {
            return;
        }
        cnn = c;
        unitLabel.setText(bnlab.app.i18n.ArchWords.get("view.unit", c));
        layerLabel.setText(bnlab.app.i18n.ArchWords.get("view.layer", c));
        IndexCell.reword(layerChooser);
        Tips.set(unitChooser, bnlab.app.i18n.ArchWords.get("histograms.unit.tip", c));
        output.setTip(outputTip());
        IndexCell.reword(unitChooser);
    }

    // y's formula: with noise after BN (Santurkar et al.'s noisy BN) what the panel shows is the noisy output
    private String outputTip() {
        return noisy ? I18n.get("histograms.output.noisy.tip")
                : bnlab.app.i18n.ArchWords.get("histograms.output.tip", cnn);
    }

    private static void setTitle(HistogramPanel p, String title) {
        if (!title.equals(p.chart().getTitle().getText())) {
            p.chart().setTitle(title);
        }
    }

    void resetPanels() {
        input.reset();
        plain.reset();
        xhat.reset();
        output.reset();
        inputs.reset();
        normalized.reset();
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
