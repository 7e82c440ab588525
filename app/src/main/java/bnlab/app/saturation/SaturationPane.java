package bnlab.app.saturation;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** Controls (layer, threshold), the curve chart, and per-layer saturation and gradient charts. */
final class SaturationPane {
    final ComboBox<Integer> layerChooser = new ComboBox<>();
    final Slider thresholdSlider = new Slider(0.005, 0.5, 0.05);
    final Label thresholdLabel = new Label();
    final CurveChart curves = new CurveChart();
    final LayerCharts layers = new LayerCharts();
    private final SaturationModel model;
    private final BorderPane root = new BorderPane();
    private boolean updating;

    SaturationPane(SaturationModel model) {
        this.model = model;
        layerChooser.setButtonCell(new LayerCell());
        layerChooser.setCellFactory(v -> new LayerCell());
        layerChooser.setTooltip(new Tooltip("hidden layer whose pre-activations are laid over the curve"));
        layerChooser.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.chooseLayer(b);
            }
        });
        thresholdSlider.setPrefWidth(260);
        thresholdSlider.setBlockIncrement(0.01);
        // send when the drag ends, or on every keyboard / programmatic change
        thresholdSlider.valueProperty().addListener((o, a, b) -> {
            if (!updating && !thresholdSlider.isValueChanging()) {
                model.requestThreshold(round(b.doubleValue()));
            }
        });
        thresholdSlider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now && !updating) {
                model.requestThreshold(round(thresholdSlider.getValue()));
            }
        });
        String rule = "saturated where f'(x) < threshold * max f'\n"
                + "sigmoid: sigma'(x) = sigma(x)(1 - sigma(x)) <= 0.25;  tanh'(x) = 1 - tanh(x)^2;  ReLU'(x) = 0 for x <= 0\n"
                + "through n saturated layers the gradient shrinks like (max f' * |w|)^n";
        Tooltip tip = new Tooltip(rule);
        thresholdSlider.setTooltip(tip);
        thresholdLabel.setTooltip(tip);
        Tooltip.install(curves.viewer, new Tooltip("f(x) black (left axis), f'(x) purple (right axis), saturated "
                + "regions orange;\nhistograms of the layer's pre-activations, each scaled to its own peak"));
        Tooltip.install(layers.saturatedViewer, new Tooltip("fraction of (unit, sample) pairs of the batch "
                + "whose pre-activation x has f'(x) < threshold * max f'"));
        Tooltip.install(layers.gradientViewer, new Tooltip("||dL/dW||_F = sqrt(sum of dL/dW_ij^2) of each "
                + "layer's weights; log axis: a vanishing gradient falls by decades toward layer 1"));
        FlowPane bar = new FlowPane(14, 6, new Label("Layer"), layerChooser, new Label("Threshold"), thresholdSlider,
                thresholdLabel);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setStyle("-fx-alignment: center-left;");
        VBox right = new VBox(layers.saturatedViewer, layers.gradientViewer);
        VBox.setVgrow(layers.saturatedViewer, Priority.ALWAYS);
        VBox.setVgrow(layers.gradientViewer, Priority.ALWAYS);
        right.prefWidthProperty().bind(root.widthProperty().multiply(0.38));
        root.setTop(bar);
        root.setCenter(curves.viewer);
        root.setRight(right);
        root.setStyle("-fx-background-color: white; -fx-font-size: 17px;");
        model.thresholdProperty().addListener((o, a, b) -> redrawCurves());
        model.activationProperty().addListener((o, a, b) -> redrawCurves());
        model.layerProperty().addListener((o, a, b) -> {
            curves.resetRange();
            show(false);
        });
    }

    BorderPane root() {
        return root;
    }

    /** Redraw from the model's last snapshot; {@code restart}: the x range starts over. */
    void show(boolean restart) {
        Snapshot s = model.last();
        if (s == null) {
            return;
        }
        syncControls();
        if (restart) {
            curves.resetRange();
        }
        LayerProbe bn = model.probe(s.normalized());
        LayerProbe pl = model.probe(s.plain());
        boolean wider = curves.include(bn == null ? null : bn.histograms().activationInput())
                | curves.include(pl == null ? null : pl.histograms().activationInput());
        if (wider || restart || curves.function.getSeriesCount() == 0) {
            redrawCurves();
        }
        curves.drawHistograms(bn == null ? null : bn.histograms().activationInput(),
                pl == null ? null : pl.histograms().activationInput());
        layers.show(s.normalized(), s.plain());
    }

    void redrawCurves() {
        ActivationKind f = model.activationProperty().get();
        double t = model.thresholdProperty().get();
        curves.drawCurves(f, t, f + " and its derivative: layer " + (model.layerProperty().get() + 1)
                + " pre-activations");
        thresholdLabel.setText(String.format(Locale.ROOT, "%.3f   saturated: f'(x) < %.3f \u00d7 max f'  \u21d4  %s", t, t,
                Regions.describe(Regions.saturated(f, t, curves.lo(), curves.hi()), curves.lo(), curves.hi())));
    }

    private void syncControls() {
        updating = true;
        try {
            int n = model.layerCountProperty().get();
            if (layerChooser.getItems().size() != n) {
                layerChooser.getItems().clear();
                for (int l = 0; l < n; l++) {
                    layerChooser.getItems().add(l);
                }
            }
            layerChooser.setValue(model.layerProperty().get());
            if (!thresholdSlider.isValueChanging()) {
                thresholdSlider.setValue(model.thresholdProperty().get());
            }
        } finally {
            updating = false;
        }
    }

    private static double round(double t) {
        return Math.round(t * 1000) / 1000.0;
    }

    private static final class LayerCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer v, boolean empty) {
            super.updateItem(v, empty);
            setText(empty || v == null ? null : "layer " + (v + 1));
        }
    }
}
