package bnlab.app.controls;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Tips;
import bnlab.engine.api.Convention;
import bnlab.engine.api.Problem;
import bnlab.engine.api.Setting;
import bnlab.engine.api.TrainSettings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * gamma and beta (pinned or following the learned value), the layer they act on, the running
 * statistics momentum with its convention and half-life, eps, and the noise after BN ("noisy BN").
 */
final class BnSection extends Section {
    private final CheckBox pinGamma = new CheckBox(I18n.get("controls.pin"));
    private final CheckBox pinBeta = new CheckBox(I18n.get("controls.pin"));
    private final ComboBox<String> layer = new ComboBox<>();
    private final ComboBox<Convention> convention = new ComboBox<>();
    private final Label halfLife = new Label();
    // γ and β are one per unit: the read-outs show their mean (a student read one γ for the network)
    private final Label perUnit = new Label();
    private final ValueControl gamma;
    private final ValueControl beta;
    private final ValueControl momentum;
    private final ValueControl eps;
    private final ValueControl noise;

    BnSection(ControlsModel model) {
        super(model, I18n.get("controls.bn"));
        pinGamma.setId("gamma-pin");
        pinBeta.setId("beta-pin");
        layer.setId("pin-layer");
        convention.setId("convention");
        halfLife.setId("half-life");
        perUnit.setId("gamma-beta-per-unit");
        perUnit.setWrapText(true);
        perUnit.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        gamma = new ValueControl("gamma", Setting.GAMMA, I18n.get("controls.gamma"), I18n.get("controls.gamma.tip"),
                v -> pinned(model.pinGamma(v), pinGamma));
        beta = new ValueControl("beta", Setting.BETA, I18n.get("controls.beta"), I18n.get("controls.beta.tip"),
                v -> pinned(model.pinBeta(v), pinBeta));
        pinGamma.setOnAction(e -> model.pinGamma(pinGamma.isSelected() ? gamma.slider().getValue() : null));
        pinBeta.setOnAction(e -> model.pinBeta(pinBeta.isSelected() ? beta.slider().getValue() : null));
        Tips.set(pinGamma, I18n.get("controls.pinGamma.tip"));
        Tips.set(pinBeta, I18n.get("controls.pinBeta.tip"));
        layer.setOnAction(e -> {
            if (!syncing && layer.getSelectionModel().getSelectedIndex() >= 0) {
                model.selectLayer(layer.getSelectionModel().getSelectedIndex() - 1);
            }
        });
        momentum = new ValueControl("bn-momentum", Setting.BN_MOMENTUM, I18n.get("controls.bnMomentum"),
                I18n.get("controls.bnMomentum.tip"), model::setBnMomentum);
        convention.getItems().setAll(Convention.values());
        worded(convention);
        convention.setOnAction(e -> {
            if (!syncing && convention.getValue() != null) {
                model.setConvention(convention.getValue());
            }
        });
        eps = new ValueControl("eps", Setting.EPS, I18n.get("controls.eps"), I18n.get("controls.eps.tip"),
                model::setEps);
        noise = new ValueControl("bn-noise", Setting.BN_NOISE, I18n.get("controls.bnNoise"),
                I18n.get("controls.bnNoise.tip"), model::setBnNoise);
        box.getChildren().addAll(labelled(I18n.get("controls.layer"), layer, I18n.get("controls.layer.tip")),
                perUnit, gamma, pinGamma, beta, pinBeta, momentum,
                labelled(I18n.get("controls.convention"), convention, I18n.get("controls.convention.tip")),
                halfLife, eps, noise);
    }

    private Problem pinned(Problem error, CheckBox box) {
        if (error == null) {
            box.setSelected(true);
        }
        return error;
    }

    @Override
    void refresh() {
        TrainSettings t = model.settingsProperty().get();
        int depth = model.specProperty().get().hidden().size();
        boolean cnn = model.specProperty().get().arch() == bnlab.engine.api.ArchKind.CNN;
        List<String> names = new ArrayList<>();
        names.add(bnlab.app.i18n.ArchWords.get("controls.allLayers", cnn));
        for (int i = 1; i <= depth; i++) {
            names.add(bnlab.app.i18n.ArchWords.get("view.layerNumber", cnn, i)); // a CNN's are conv blocks
        }
        if (!layer.getItems().equals(names)) {
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
        ValueControl.setIfChanged(perUnit, bnlab.app.i18n.ArchWords.get("controls.gammaBeta.perUnit", cnn));
        showPin(gamma, pinGamma, t.pinnedGamma(), model.learnedGamma());
        showPin(beta, pinBeta, t.pinnedBeta(), model.learnedBeta());
        momentum.showApplied(t.bnMomentum());
        select(convention, t.convention());
        double h = model.halfLifeSteps();
        ValueControl.setIfChanged(halfLife, Double.isInfinite(h) ? I18n.get("controls.halfLife.never")
                : I18n.get("controls.halfLife", bnlab.app.i18n.Numbers.tenths(h)));
        eps.showApplied(t.eps());
        noise.showApplied(t.bnNoise());
    }

    private void showPin(ValueControl control, CheckBox box, Double pinned, double learned) {
        if (box.isSelected() != (pinned != null)) {
            box.setSelected(pinned != null);
        }
        if (pinned != null) {
            control.showApplied(pinned, I18n.get("controls.pinned", pinned));
        } else {
            control.showApplied(learned, Double.isNaN(learned) ? I18n.get("controls.learned.notYet")
                    : I18n.get("controls.learned", learned));
        }
    }
}
