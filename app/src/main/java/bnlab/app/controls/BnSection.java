package bnlab.app.controls;

import bnlab.engine.api.Convention;
import bnlab.engine.api.TrainSettings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * gamma and beta (pinned or following the learned value), the layer they act on, the running
 * statistics momentum with its convention and half-life, and eps.
 */
final class BnSection extends Section {
    private final CheckBox pinGamma = new CheckBox("pin");
    private final CheckBox pinBeta = new CheckBox("pin");
    private final ComboBox<String> layer = new ComboBox<>();
    private final ComboBox<Convention> convention = new ComboBox<>();
    private final Label halfLife = new Label();
    private final ValueControl gamma;
    private final ValueControl beta;
    private final ValueControl momentum;
    private final ValueControl eps;

    BnSection(ControlsModel model) {
        super(model, "Batch normalization");
        pinGamma.setId("gamma-pin");
        pinBeta.setId("beta-pin");
        layer.setId("pin-layer");
        convention.setId("convention");
        halfLife.setId("half-life");
        gamma = new ValueControl("gamma", "\u03b3 (scale)",
                "y = \u03b3 \u00b7 x\u0302 + \u03b2.  Pinned: \u03b3 is forced to this value on the chosen layer. "
                        + "Unpinned: the slider follows the learned mean \u03b3.", -1, 5, false, false,
                v -> pinned(model.pinGamma(v), pinGamma));
        beta = new ValueControl("beta", "\u03b2 (shift)",
                "y = \u03b3 \u00b7 x\u0302 + \u03b2.  Pinned: \u03b2 is forced to this value on the chosen layer. "
                        + "Unpinned: the slider follows the learned mean \u03b2.", -5, 5, false, false,
                v -> pinned(model.pinBeta(v), pinBeta));
        pinGamma.setOnAction(e -> model.pinGamma(pinGamma.isSelected() ? gamma.slider().getValue() : null));
        pinBeta.setOnAction(e -> model.pinBeta(pinBeta.isSelected() ? beta.slider().getValue() : null));
        pinGamma.setTooltip(tip("Pinned: \u03b3 stops learning and takes the slider's value"));
        pinBeta.setTooltip(tip("Pinned: \u03b2 stops learning and takes the slider's value"));
        layer.setOnAction(e -> {
            if (!syncing && layer.getSelectionModel().getSelectedIndex() >= 0) {
                model.selectLayer(layer.getSelectionModel().getSelectedIndex() - 1);
            }
        });
        momentum = new ValueControl("bn-momentum", "BN momentum m",
                "PyTorch: running = (1 - m) \u00b7 running + m \u00b7 batch  (default m = 0.1)\n"
                        + "Keras:   moving = m \u00b7 moving + (1 - m) \u00b7 batch  (default m = 0.99)\n"
                        + "Half-life = ln 0.5 / ln(1 - \u03b1) steps, \u03b1 = the new batch's weight",
                0, 1, false, false, model::setBnMomentum);
        convention.getItems().setAll(Convention.values());
        convention.setOnAction(e -> {
            if (!syncing && convention.getValue() != null) {
                model.setConvention(convention.getValue());
            }
        });
        eps = new ValueControl("eps", "\u03b5 (eps)",
                "x\u0302 = (x - \u03bc) / \u221a(\u03c3\u00b2 + \u03b5); PyTorch default 1e-5, Keras 1e-3",
                1e-8, 1, true, false, model::setEps);
        box.getChildren().addAll(labelled("Layer", layer, "Hidden layer whose \u03b3 and \u03b2 the sliders show and pin"),
                gamma, pinGamma, beta, pinBeta, momentum,
                labelled("Convention", convention, "Which framework's momentum convention m is given in; "
                        + "switching converts m so the new batch keeps the same weight"),
                halfLife, eps);
    }

    private String pinned(String error, CheckBox box) {
        if (error == null) {
            box.setSelected(true);
        }
        return error;
    }

    @Override
    void refresh() {
        TrainSettings t = model.settingsProperty().get();
        int depth = model.specProperty().get().hidden().size();
        if (layer.getItems().size() != depth + 1) {
            List<String> names = new ArrayList<>();
            names.add("all layers");
            for (int i = 1; i <= depth; i++) {
                names.add("layer " + i);
            }
            syncing = true;
            layer.getItems().setAll(names);
            syncing = false;
        }
        int sel = Math.min(model.selectedLayer() + 1, depth);
        if (layer.getSelectionModel().getSelectedIndex() != sel && !layer.isShowing()) {
            syncing = true;
            layer.getSelectionModel().select(sel);
            syncing = false;
        }
        showPin(gamma, pinGamma, t.pinnedGamma(), model.learnedGamma());
        showPin(beta, pinBeta, t.pinnedBeta(), model.learnedBeta());
        momentum.showApplied(t.bnMomentum());
        select(convention, t.convention());
        ValueControl.setIfChanged(halfLife, "half-life " + Format.number(model.halfLifeSteps()) + " steps");
        eps.showApplied(t.eps());
    }

    private void showPin(ValueControl control, CheckBox box, Double pinned, double learned) {
        if (box.isSelected() != (pinned != null)) {
            box.setSelected(pinned != null);
        }
        if (pinned != null) {
            control.showApplied(pinned, Format.number(pinned) + " pinned");
        } else {
            control.showApplied(learned, Double.isNaN(learned) ? "learned (after the first step)"
                    : Format.number(learned) + " learned");
        }
    }
}
