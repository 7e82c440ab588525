package bnlab.app.landscape;

import bnlab.engine.api.Dataset;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Narrow canyon vs round bowl": the exact loss of a two-weight linear regression on raw and on
 * standardized features, side by side, each with the gradient-descent path from the same start at
 * the same learning rate, animated step by step, with read-outs from the exact Hessian.
 */
public class TwoWeightLandscapePane extends BorderPane {

    private static final double STEPS_PER_SECOND = 8;

    private final LandscapeModel model = new LandscapeModel(WineResource.load());
    private final LandscapeChart rawChart = new LandscapeChart();
    private final LandscapeChart stdChart = new LandscapeChart();
    private final ReadoutBox rawOut = new ReadoutBox("raw");
    private final ReadoutBox stdOut = new ReadoutBox("std");
    private final Slider lrSlider = new Slider(Math.log10(LandscapeModel.LR_MIN), Math.log10(LandscapeModel.LR_MAX), Math.log10(0.05));
    private final Slider scaleSlider = new Slider(0, 3, 0);
    private final TextField lrField = new TextField();
    private final Label scaleValue = new Label();
    private final ToggleButton synth = new ToggleButton("synthetic");
    private final ToggleButton wine = new ToggleButton("wine");
    private final javafx.scene.layout.StackPane wineHolder = new javafx.scene.layout.StackPane(wine);
    private final ComboBox<LandscapeModel.WinePair> pairs = new ComboBox<>();
    private final Button playPause = new Button("pause");
    private final Label stepLabel = new Label();

    public TwoWeightLandscapePane() {
        setStyle("-fx-font-size: 16pt; -fx-background-color: white;");
        setPadding(new Insets(8));
        setTop(controls());
        GridPane center = new GridPane();
        center.setHgap(12);
        center.add(rawChart.viewer(), 0, 0);
        center.add(stdChart.viewer(), 1, 0);
        center.add(rawOut, 0, 1);
        center.add(stdOut, 1, 1);
        for (var n : new javafx.scene.Node[] {rawChart.viewer(), stdChart.viewer()}) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
        setCenter(center);
        bind();
        new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                // the paths animate only while the pane is on screen (a hidden tab costs nothing)
                if (!model.playingProperty().get() || !showing()) {
                    last = -1;
                    return;
                }
                if (last < 0 || now - last >= 1e9 / STEPS_PER_SECOND) {
                    if (last >= 0) {
                        model.advance(1);
                    }
                    last = now;
                }
            }
        }.start();
    }

    /** Whether this pane and all its ancestors are visible in a window (an unselected tab's are not). */
    private boolean showing() {
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return false;
        }
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Supplies the wine data set (sklearn column order, 13 features); null disables the wine choice. */
    public void setWine(Dataset wineData) {
        model.setWine(wineData);
    }

    private VBox controls() {
        ToggleGroup g = new ToggleGroup();
        synth.setToggleGroup(g);
        wine.setToggleGroup(g);
        synth.setSelected(true);
        synth.setOnAction(e -> model.setSource(LandscapeModel.Source.SYNTHETIC));
        wine.setOnAction(e -> model.setSource(LandscapeModel.Source.WINE));
        pairs.getItems().setAll(LandscapeModel.WINE_PAIRS);
        pairs.setOnAction(e -> model.setWinePair(pairs.getValue()));
        lrSlider.setId("lrSlider");
        scaleSlider.setId("scaleSlider");
        lrField.setId("lrField");
        lrField.setPrefColumnCount(8);
        lrSlider.setPrefWidth(340);
        scaleSlider.setPrefWidth(260);
        lrSlider.valueProperty().addListener((o, a, v) -> model.setLearningRate(Math.pow(10, v.doubleValue())));
        scaleSlider.valueProperty().addListener((o, a, v) -> model.setScale(Math.pow(10, v.doubleValue())));
        lrField.setOnAction(e -> {
            try {
                model.setLearningRate(Double.parseDouble(lrField.getText().trim()));
            } catch (NumberFormatException ex) {
                lrField.setText(String.format("%.3g", model.learningRateProperty().get()));
            }
        });
        playPause.setOnAction(e -> {
            if (model.playingProperty().get()) model.pause(); else model.play();
        });
        Button restart = new Button("restart");
        restart.setOnAction(e -> model.restart());
        FlowPane row1 = new FlowPane(12, 6, new Label("data:"), synth, wineHolder, pairs,
                new Label("  scale of x2:"), scaleSlider, scaleValue);
        FlowPane row2 = new FlowPane(12, 6, new Label("learning rate:"), lrSlider, lrField,
                playPause, restart, stepLabel);
        VBox box = new VBox(6, row1, row2);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private void bind() {
        model.rawProperty().addListener((o, a, s) -> show(rawChart, rawOut, s));
        model.standardizedProperty().addListener((o, a, s) -> show(stdChart, stdOut, s));
        show(rawChart, rawOut, model.rawProperty().get());
        show(stdChart, stdOut, model.standardizedProperty().get());
        model.stepProperty().addListener((o, a, k) -> showStep(k.intValue()));
        model.playingProperty().addListener((o, a, p) -> playPause.setText(p ? "pause" : "play"));
        model.learningRateProperty().addListener((o, a, v) -> syncLr(v.doubleValue()));
        syncLr(model.learningRateProperty().get());
        model.scaleProperty().addListener((o, a, v) -> {
            scaleValue.setText("\u00d7" + LandscapeModel.scaleText(v.doubleValue()));
            if (Math.abs(scaleSlider.getValue() - Math.log10(v.doubleValue())) > 1e-9) {
                scaleSlider.setValue(Math.log10(v.doubleValue()));
            }
        });
        scaleValue.setText("\u00d71");
        model.sourceProperty().addListener((o, a, s) -> {
            synth.setSelected(s == LandscapeModel.Source.SYNTHETIC);
            wine.setSelected(s == LandscapeModel.Source.WINE);
            scaleSlider.setDisable(s == LandscapeModel.Source.WINE);
            pairs.setDisable(s != LandscapeModel.Source.WINE);
        });
        pairs.setValue(model.winePairProperty().get());
        pairs.setDisable(true);
        wine.disableProperty().bind(model.wineAvailableProperty().not());
        Tooltip tip = new Tooltip("wine data not loaded (no /bnlab/datasets/wine_data.csv on the classpath)");
        model.wineAvailableProperty().addListener((o, a, ok) -> wineTip(ok, tip));
        wineTip(model.wineAvailableProperty().get(), tip);
    }

    private void wineTip(boolean available, Tooltip tip) {
        if (available) {
            Tooltip.uninstall(wineHolder, tip);
        } else {
            Tooltip.install(wineHolder, tip);
        }
    }

    private void show(LandscapeChart chart, ReadoutBox out, SideState s) {
        chart.show(s);
        out.show(s.readouts(), s.leftWindow());
        showStep(model.stepProperty().get());
    }

    private void showStep(int k) {
        rawChart.showSteps(k);
        stdChart.showSteps(k);
        stepLabel.setText("step " + k);
    }

    private void syncLr(double lr) {
        lrField.setText(String.format("%.3g", lr));
        double pos = Math.log10(lr);
        if (Math.abs(lrSlider.getValue() - pos) > 1e-9) {
            lrSlider.setValue(pos);
        }
    }

    // package-private access for tests
    LandscapeModel model() { return model; }
    LandscapeChart rawChart() { return rawChart; }
    LandscapeChart standardizedChart() { return stdChart; }
}
