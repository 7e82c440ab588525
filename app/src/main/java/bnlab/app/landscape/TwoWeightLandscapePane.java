package bnlab.app.landscape;

import bnlab.app.Configurable;
import bnlab.app.i18n.I18n;
import bnlab.app.style.Sliders;
import bnlab.app.style.Tips;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Map;

/**
 * "Narrow canyon vs round bowl": the exact loss of a two-weight linear regression on raw and on
 * standardized features, side by side, each with the gradient-descent path from the same start,
 * animated step by step, with read-outs from the exact Hessian. By default each panel steps at the
 * same fraction of its own largest stable rate 2/lambda_max (a fair race); a toggle puts one eta on
 * both, with a caption saying why no single eta suits the canyon.
 * <p>
 * Lesson options ({@link Configurable}), applied in this order, each as if the control were used
 * (a changed value restarts both paths):
 * <ul>
 * <li>{@code "oneEta"} (boolean): one eta for both panels (true) or each panel at the same fraction of its
 * own 2/lambda_max (false);</li>
 * <li>{@code "fraction"} (number, 0.05 to 1.5): that fraction;</li>
 * <li>{@code "eta"} (number, 1e-8 to 10): the one eta (used while "oneEta" is on);</li>
 * <li>{@code "scale"} (number, 1 to 1000): the factor on the synthetic problem's second feature (the canyon's
 * narrowness);</li>
 * <li>{@code "restart"} (true): both paths from the start again;</li>
 * <li>{@code "play"} (boolean): animate the paths, or hold them where they are.</li>
 * </ul>
 */
public class TwoWeightLandscapePane extends BorderPane implements Configurable {

    private static final double COMPACT_WIDTH = 1100, COMPACT_HEIGHT = 820;

    private final LandscapeModel model = new LandscapeModel(WineResource.load());
    private final LandscapeChart rawChart = new LandscapeChart();
    private final LandscapeChart stdChart = new LandscapeChart();
    private final ReadoutBox rawOut = new ReadoutBox("raw");
    private final ReadoutBox stdOut = new ReadoutBox("std");
    private final Slider fractionSlider = Sliders.keyed(new Slider(StepRate.FRACTION_MIN, StepRate.FRACTION_MAX,
            LandscapeModel.DEFAULT_FRACTION));
    private final Slider lrSlider = Sliders.keyed(new Slider(Math.log10(LandscapeModel.LR_MIN),
            Math.log10(LandscapeModel.LR_MAX), Math.log10(0.05)));
    private final Slider scaleSlider = Sliders.keyed(new Slider(0, 3, Math.log10(LandscapeModel.DEFAULT_SCALE)));
    private final TextField lrField = new TextField();
    private final Label scaleValue = new Label();
    private final Label rateName = new Label();
    private final Label caption = new Label();
    private final ToggleButton oneEta = new ToggleButton(I18n.get("landscape.oneEta"));
    private final ToggleButton synth = new ToggleButton(I18n.get("landscape.synthetic"));
    private final ToggleButton wine = new ToggleButton(I18n.get("landscape.wine"));
    private final StackPane wineHolder = new StackPane(wine);
    private final ComboBox<LandscapeModel.WinePair> pairs = new ComboBox<>();
    private final Button playPause = new Button(I18n.get("landscape.pause"));
    private final Label stepLabel = new Label();
    /** Whether the small fonts are in use; null before the first choice. */
    private Boolean compact;
    private boolean syncing;
    /** A lesson's class is predicting how the race ends: its results wait (see withhold). */
    private boolean withheld;

    public TwoWeightLandscapePane() {
        getStyleClass().add("view-pane");
        setCompact(false);
        setPadding(new Insets(8));
        setTop(controls());
        GridPane center = new GridPane();
        center.setHgap(12);
        center.add(rawChart.box(), 0, 0);
        center.add(stdChart.box(), 1, 0);
        center.add(rawOut, 0, 1);
        center.add(stdOut, 1, 1);
        widthProperty().addListener((o, a, w) -> fitFonts());
        heightProperty().addListener((o, a, h) -> fitFonts());
        for (var n : new javafx.scene.Node[] {rawChart.box(), stdChart.box()}) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
        for (int c = 0; c < 2; c++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            center.getColumnConstraints().add(half);
        }
        // below the charts' least height (large type in a small window) the charts and read-outs scroll
        setCenter(bnlab.app.style.Scrolling.of(center));
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
                if (last < 0 || now - last >= 1e9 / LandscapeModel.pace(model.stepProperty().get())) {
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

    /**
     * Small fonts when the tab is small (a 1280 x 720 screen), or the type scale large for its size: the
     * charts keep their room.
     */
    private void fitFonts() {
        double scale = bnlab.app.style.Look.current().scale();
        setCompact(getWidth() < COMPACT_WIDTH * scale || getHeight() < COMPACT_HEIGHT * scale);
    }

    private void setCompact(boolean c) {
        if (compact != null && compact == c) {
            return;
        }
        compact = c;
        // the theme's background (view-pane); only the text size is inline: px at type scale 1 (14, 20;
        // the caption 12.7, 17.3) times the window's type scale
        setStyle(bnlab.app.style.Look.current().fontSize(c ? 14 : 20));
        caption.setStyle(bnlab.app.style.Look.current().fontSize(c ? 12.7 : 17.3));
        rawChart.setCompact(c);
        stdChart.setCompact(c);
        rawOut.setCompact(c);
        stdOut.setCompact(c);
    }

    @Override
    public void configure(Map<String, Object> options) {
        if (options.get("withhold") instanceof Boolean w) {
            withhold(w);
        }
        if (options.get("oneEta") instanceof Boolean one) {
            model.setMode(one ? StepRate.Mode.ONE_ETA : StepRate.Mode.SAME_FRACTION);
        }
        if (options.get("fraction") instanceof Number f) {
            model.setFraction(f.doubleValue());
        }
        if (options.get("eta") instanceof Number eta) {
            model.setLearningRate(eta.doubleValue());
        }
        if (options.get("scale") instanceof Number sc) {
            model.setScale(sc.doubleValue());
        }
        if (Boolean.TRUE.equals(options.get("restart"))) {
            model.restart();
        }
        if (options.get("play") instanceof Boolean p) {
            if (p) {
                model.play();
            } else {
                model.pause();
            }
        }
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
        pairs.setConverter(new StringConverter<>() {
            @Override
            public String toString(LandscapeModel.WinePair p) {
                return p == null ? null : p.label();
            }

            @Override
            public LandscapeModel.WinePair fromString(String s) {
                return null;
            }
        });
        pairs.setOnAction(e -> model.setWinePair(pairs.getValue()));
        oneEta.setId("oneEta");
        Tips.set(oneEta, I18n.get("landscape.oneEta.tip"));
        oneEta.setOnAction(e -> model.setMode(oneEta.isSelected() ? StepRate.Mode.ONE_ETA : StepRate.Mode.SAME_FRACTION));
        fractionSlider.setId("fractionSlider");
        lrSlider.setId("lrSlider");
        scaleSlider.setId("scaleSlider");
        lrField.setId("lrField");
        rateName.setId("rateName");
        caption.setId("rateCaption");
        stepLabel.setId("stepLabel");
        lrField.setPrefColumnCount(6);
        for (Slider sl : new Slider[] {fractionSlider, lrSlider}) {
            sl.setPrefWidth(260);
            sl.managedProperty().bind(sl.visibleProperty());
        }
        scaleSlider.setPrefWidth(200);
        Tips.set(fractionSlider, I18n.get("landscape.fraction.tip"));
        Tips.set(lrSlider, I18n.get("landscape.eta.tip"));
        Tips.set(scaleSlider, I18n.get("landscape.scale.tip"));
        // a slider moved by syncRate() sends nothing back: the model's value stays exact
        fractionSlider.valueProperty().addListener((o, a, v) -> {
            if (!syncing) model.setFraction(v.doubleValue());
        });
        lrSlider.valueProperty().addListener((o, a, v) -> {
            if (!syncing) model.setLearningRate(Math.pow(10, v.doubleValue()));
        });
        scaleSlider.valueProperty().addListener((o, a, v) -> model.setScale(Math.pow(10, v.doubleValue())));
        lrField.setOnAction(e -> {
            try {
                double v = Double.parseDouble(lrField.getText().trim());
                if (model.modeProperty().get() == StepRate.Mode.ONE_ETA) {
                    model.setLearningRate(v);
                } else {
                    model.setFraction(v);
                }
            } catch (NumberFormatException ex) {
                syncRate();
            }
        });
        playPause.setOnAction(e -> {
            if (model.playingProperty().get()) model.pause(); else model.play();
        });
        Button restart = new Button(I18n.get("landscape.restart"));
        restart.setOnAction(e -> model.restart());
        caption.setWrapText(true);
        bnlab.app.style.Runts.avoid(caption);
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane row1 = new FlowPane(10, 4, new Label(I18n.get("landscape.data")), synth, wineHolder, pairs,
                bnlab.app.style.Together.of(new Label(I18n.get("landscape.scale")), scaleSlider, scaleValue));
        FlowPane row2 = new FlowPane(10, 4, oneEta, rateName, fractionSlider, lrSlider, lrField,
                playPause, restart, stepLabel);
        VBox box = new VBox(4, row1, row2, caption);
        box.setPadding(new Insets(0, 0, 6, 0));
        return box;
    }

    private void bind() {
        model.rawProperty().addListener((o, a, s) -> show(rawChart, rawOut, s));
        model.standardizedProperty().addListener((o, a, s) -> show(stdChart, stdOut, s));
        show(rawChart, rawOut, model.rawProperty().get());
        show(stdChart, stdOut, model.standardizedProperty().get());
        model.stepProperty().addListener((o, a, k) -> showStep(k.intValue()));
        model.playingProperty().addListener((o, a, p) ->
                playPause.setText(p ? I18n.get("landscape.pause") : I18n.get("landscape.play")));
        model.modeProperty().addListener((o, a, m) -> syncRate());
        model.fractionProperty().addListener((o, a, v) -> syncRate());
        model.learningRateProperty().addListener((o, a, v) -> syncRate());
        syncRate();
        model.scaleProperty().addListener((o, a, v) -> {
            scaleValue.setText(I18n.get("landscape.scale.value", LandscapeModel.scaleText(v.doubleValue())));
            if (Math.abs(scaleSlider.getValue() - Math.log10(v.doubleValue())) > 1e-9) {
                scaleSlider.setValue(Math.log10(v.doubleValue()));
            }
        });
        scaleValue.setText(I18n.get("landscape.scale.value", LandscapeModel.scaleText(model.scaleProperty().get())));
        model.sourceProperty().addListener((o, a, s) -> {
            synth.setSelected(s == LandscapeModel.Source.SYNTHETIC);
            wine.setSelected(s == LandscapeModel.Source.WINE);
            scaleSlider.setDisable(s == LandscapeModel.Source.WINE);
            pairs.setDisable(s != LandscapeModel.Source.WINE);
        });
        pairs.setValue(model.winePairProperty().get());
        model.winePairProperty().addListener((o, a, p) -> pairs.setValue(p));
        pairs.setDisable(true);
        wine.disableProperty().bind(model.wineAvailableProperty().not());
        Tooltip tip = bnlab.app.style.Tips.make(I18n.get("landscape.wine.unavailable", WineResource.PATH));
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
        out.show(s.readouts(), s.leftWindow(), withheld);
        showStep(model.stepProperty().get());
        showCaption();
    }

    private void showStep(int k) {
        rawChart.showSteps(k);
        stdChart.showSteps(k);
        int last = Math.max(model.rawProperty().get().steps(), model.standardizedProperty().get().steps());
        // "of 2,741" would say how long the slower side takes
        stepLabel.setText(withheld ? I18n.get("landscape.step.withheld", Math.min(k, last))
                : I18n.get("landscape.step", Math.min(k, last), last));
    }

    /**
     * While a lesson's class predicts which side gets there first, the answers wait: the step counts, the
     * caption's account of the race and the length of the longer run; the shapes, kappa and the rates
     * stay, for the class to reason from.
     */
    private void withhold(boolean w) {
        withheld = w;
        SideState raw = model.rawProperty().get();
        SideState std = model.standardizedProperty().get();
        rawOut.show(raw.readouts(), raw.leftWindow(), w);
        stdOut.show(std.readouts(), std.leftWindow(), w);
        showStep(model.stepProperty().get());
        showCaption();
    }

    /** Slider, field, their name and the toggle follow the model's mode and values. */
    private void syncRate() {
        boolean one = model.modeProperty().get() == StepRate.Mode.ONE_ETA;
        oneEta.setSelected(one);
        fractionSlider.setVisible(!one);
        lrSlider.setVisible(one);
        rateName.setText(one ? I18n.get("landscape.eta") : I18n.get("landscape.fraction"));
        double f = model.fractionProperty().get();
        double lr = model.learningRateProperty().get();
        lrField.setText(I18n.get("landscape.number", one ? lr : f));
        syncing = true;
        try {
            fractionSlider.setValue(f);
            lrSlider.setValue(Math.log10(lr));
        } finally {
            syncing = false;
        }
        showCaption();
    }

    /** What the rate rule means, with the canyon's numbers. */
    private void showCaption() {
        var raw = model.rawProperty().get().readouts();
        var std = model.standardizedProperty().get().readouts();
        boolean one = model.modeProperty().get() == StepRate.Mode.ONE_ETA;
        double f = model.fractionProperty().get();
        if (withheld) {
            // the rule of the race only: how it ends is the class's to predict
            caption.setText(one ? I18n.get("landscape.caption.oneEta.withheld")
                    : I18n.get("landscape.caption.sameFraction.withheld", f));
        } else {
            // past 2/lambda_max the steep direction's error grows by |1 - 2 f| > 1 a step, on both sides
            caption.setText(one ? I18n.get("landscape.caption.oneEta", raw.lrMax(), raw.lambdaMax(), raw.lambdaMin(),
                    raw.kappa(), std.lrMax()) : I18n.get(f > 1 ? "landscape.caption.sameFraction.over"
                    : "landscape.caption.sameFraction", f));
        }
    }

    // package-private access for tests
    LandscapeModel model() { return model; }
    LandscapeChart rawChart() { return rawChart; }
    LandscapeChart standardizedChart() { return stdChart; }
    Label caption() { return caption; }
}
