package bnlab.app.axes;

import bnlab.app.i18n.ArchWords;
import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.app.style.IndexCell;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.UnitStats;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.IntConsumer;

/**
 * The live part: what the engine reports of a hidden layer of the network with normalization, at
 * the step shown. The snapshot holds statistics, not the layer's values, and only per unit (per column
 * of the layer's normalization input): the batch mean and variance of the probed units and the
 * summary of one unit's x_hat over the batch. The part says so. FX thread only.
 */
final class LiveStrip {
    final ComboBox<Integer> layerChooser = new ComboBox<>();
    final Label heading = new Label();
    final Label xhat = new Label();
    final Label note = new Label();
    final Label modes = new Label();
    final GridPane units = new GridPane();
    private final VBox root = new VBox(6);
    private boolean updating;
    /** Whether the twins are CNNs (a layer is a conv block, a unit a channel). */
    private boolean cnn;

    LiveStrip(IntConsumer chooseLayer) {
        Label title = new Label(I18n.get("axes.live"));
        title.setStyle("-fx-font-weight: bold;");
        layerChooser.setId("axes-live-layer");
        IndexCell.install(layerChooser, "view.layerNumber", null, () -> cnn);
        layerChooser.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                chooseLayer.accept(b);
            }
        });
        heading.setId("axes-live-heading");
        xhat.setId("axes-live-xhat");
        note.setId("axes-live-note");
        modes.setId("axes-live-modes");
        for (Label l : new Label[] {heading, xhat, note, modes}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        note.setOpacity(0.8);
        units.setId("axes-live-units");
        units.setHgap(18);
        HBox top = new HBox(10, title, layerChooser);
        top.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(top, heading, units, xhat, modes, note);
        root.setPadding(new Insets(10, 0, 0, 0));
        show(null);
    }

    VBox node() {
        return root;
    }

    /** Show the figures (null: nothing probed yet). */
    void show(LiveFigures f) {
        units.getChildren().clear();
        if (f == null) {
            heading.setText(I18n.get("axes.live.waiting"));
            xhat.setText("");
            note.setText("");
            modes.setText("");
            return;
        }
        syncChooser(f);
        if (f.cnn() != cnn) {
            cnn = f.cnn();
            IndexCell.reword(layerChooser);
        }
        String name = I18n.label(f.norm());
        heading.setText(ArchWords.get("axes.live.heading", cnn, name, I18n.trainingStep(f.step()), f.batchSize()));
        units.add(bold(ArchWords.get("axes.live.unit", cnn)), 0, 0);
        units.add(bold(I18n.get("axes.live.mean")), 1, 0);
        units.add(bold(I18n.get("axes.live.var")), 2, 0);
        for (int k = 0; k < f.units().size(); k++) {
            UnitStats u = f.units().get(k);
            units.add(new Label(Integer.toString(u.unit() + 1)), 0, k + 1);
            units.add(value(Numbers.format(u.batchMean()), "axes-live-mean-" + k), 1, k + 1);
            units.add(value(Numbers.format(u.batchVar()), "axes-live-var-" + k), 2, k + 1);
        }
        String fam = f.family();
        if (!f.oneColumn()) {
            xhat.setText(ArchWords.get("axes.live.pooled", cnn));
        } else {
            String mean = Numbers.meanRelativeTo(f.xhatMean(), f.xhatStd());
            xhat.setText(ArchWords.get("axes.live.xhat." + fam, cnn, f.probeUnit() + 1, mean,
                    Numbers.format(f.xhatStd()), name));
        }
        String modesKey = f.norm() == NormKind.BATCH ? "axes.live.modes.batch" : "axes.live.modes.layer";
        modes.setText(Double.isNaN(f.accTrain()) ? "" : I18n.get(f.norm() == NormKind.LAYER || f.norm() == NormKind.BATCH
                ? modesKey : "axes.live.modes.sample", Numbers.percent(f.accTrain()), Numbers.percent(f.accEval()), name));
        String one = f.batchSize() == 1 ? " " + ArchWords.get("axes.live.one." + fam, cnn, name) : "";
        note.setText(ArchWords.get("axes.live.note." + fam, cnn, name) + one);
    }

    private void syncChooser(LiveFigures f) {
        updating = true;
        try {
            if (layerChooser.getItems().size() != f.layers()) {
                layerChooser.getItems().clear();
                for (int l = 0; l < f.layers(); l++) {
                    layerChooser.getItems().add(l);
                }
            }
            if (!Integer.valueOf(f.layer()).equals(layerChooser.getValue())) {
                layerChooser.setValue(f.layer());
            }
        } finally {
            updating = false;
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label value(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
