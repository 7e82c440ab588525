package bnlab.app.axes;

import bnlab.app.i18n.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/**
 * The axes view's choices: which normalization to show (BatchNorm, LayerNorm or both) and how many
 * samples form the batch. Sends them to the model and shows what the model holds. FX thread only.
 */
final class ChoiceBar {
    final ComboBox<Integer> batchChooser = new ComboBox<>();
    private final ToggleGroup shown = new ToggleGroup();
    private final FlowPane root = new FlowPane(8, 6);
    private final AxesModel model;
    private boolean updating;

    ChoiceBar(AxesModel model) {
        this.model = model;
        root.getChildren().add(new Label(I18n.get("axes.normalize")));
        for (AxesModel.Shown s : AxesModel.Shown.values()) {
            ToggleButton b = new ToggleButton(I18n.get("axes.shown." + s.name()));
            b.setId("axes-shown-" + s.name());
            b.setUserData(s);
            b.setToggleGroup(shown);
            root.getChildren().add(b);
        }
        shown.selectedToggleProperty().addListener((o, a, b) -> {
            if (updating) {
                return;
            }
            if (b == null) { // one of them is always on
                shown.selectToggle(a);
            } else {
                model.show((AxesModel.Shown) b.getUserData());
            }
        });
        batchChooser.setId("axes-batch");
        for (int n = 1; n <= HandBatch.ROWS; n++) {
            batchChooser.getItems().add(n);
        }
        batchChooser.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.setBatch(b);
            }
        });
        Label hint = new Label(I18n.get("axes.hint"));
        hint.setOpacity(0.8);
        root.getChildren().addAll(new Label(I18n.get("axes.batchSize")), batchChooser, hint);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 12, 6, 12));
    }

    FlowPane node() {
        return root;
    }

    /** Show the model's choices (without sending them back). */
    void sync() {
        updating = true;
        try {
            for (var t : shown.getToggles()) {
                if (t.getUserData() == model.shown()) {
                    shown.selectToggle(t);
                }
            }
            batchChooser.setValue(model.batch());
        } finally {
            updating = false;
        }
    }
}
