package bnlab.app.saturation;

import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.app.style.IndexCell;
import bnlab.app.style.Tips;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

import java.util.Arrays;
import java.util.List;

/** Controls (layer, threshold), the curve chart, and per layer the saturated fraction and the gradients. */
final class SaturationPane {
    final ComboBox<Integer> layerChooser = new ComboBox<>();
    final Slider thresholdSlider = bnlab.app.style.Sliders.keyed(new Slider(0.005, 0.5, 0.05));
    /** The threshold's value beside its slider, and what it means on a line of its own where the bar is narrow. */
    final Label thresholdValue = new Label();
    final Label thresholdLabel = new Label();
    final CurveChart curves = new CurveChart();
    final LayerCharts layers = new LayerCharts();
    final SignalChart signal = new SignalChart();
    private final SaturationModel model;
    private final BorderPane root = new BorderPane();
    private boolean updating;
    /** What the curves were last drawn for: activation, threshold, layer, window. */
    private Object drawn;
    boolean compact; // read by tests
    /** The saturated fractions and the gradients, at the right or under the curve chart ({@link #arrange}). */
    private final GridPane perLayer = new GridPane();
    /** Whether they are under it; null before the first arrangement. */
    private Boolean narrow;
    /** Whether the twins are CNNs: a hidden layer is a conv block. */
    private boolean cnn;
    private final Label layerLabel = new Label(I18n.get("view.layer"));

    SaturationPane(SaturationModel model) {
        this.model = model;
        IndexCell.install(layerChooser, "view.layerNumber", null, () -> cnn);
        Tips.set(layerChooser, I18n.get("saturation.layer.tip"));
        layerChooser.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.chooseLayer(b);
            }
        });
        thresholdSlider.setPrefWidth(220);
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
        String thresholdTip = I18n.get("saturation.threshold.tip");
        Tips.set(thresholdSlider, thresholdTip);
        Tips.set(thresholdLabel, thresholdTip);
        Tips.set(thresholdValue, thresholdTip);
        Tooltip.install(curves.viewer, bnlab.app.style.Tips.make(I18n.get("saturation.curves.tip")));
        Tooltip.install(layers.saturatedViewer, bnlab.app.style.Tips.make(I18n.get("saturation.saturated.tip")));
        Tooltip.install(signal.viewer, bnlab.app.style.Tips.make(I18n.get("saturation.signal.tip")));
        // the rule apart from the slider: together they made a piece wider than a cell of the live grid at
        // 1600 x 1000, and the view, as wide, had its right-hand charts cut off
        FlowPane bar = new FlowPane(14, 6, bnlab.app.style.Together.of(layerLabel, layerChooser),
                bnlab.app.style.Together.of(new Label(I18n.get("saturation.threshold")), thresholdSlider, thresholdValue),
                thresholdLabel);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setStyle("-fx-alignment: center-left;");
        root.setTop(bar);
        root.setCenter(curves.viewer);
        arrange(false);
        root.getStyleClass().add("view-pane");
        root.setStyle(style(false));
        javafx.beans.InvalidationListener resized = o -> {
            arrange(under());
            compact();
        };
        root.widthProperty().addListener(resized);
        root.heightProperty().addListener(resized);
        model.thresholdProperty().addListener((o, a, b) -> show());
        model.activationProperty().addListener((o, a, b) -> show());
        model.layerProperty().addListener((o, a, b) -> show());
    }

    /**
     * Below this width at type 1, in a view taller than wide (beside the training curves on a lesson's stage at 1280 x
     * 720, 430 x 590 px) the per-layer charts go under the curve chart, side by side: in the right-hand column their
     * plots were 85 px wide, eight layers' markers piled up and the ratio's label sat on them (a teacher's review of
     * lesson 2, step 5).
     */
    static final double NARROW_WIDTH = 600;

    // narrow and taller than wide: a cell of the live grid at 1600 x 1000 (570 x 420) keeps its column at the right,
    // under which the curve chart's plot would be a strip
    private boolean under() {
        return root.getWidth() < NARROW_WIDTH * bnlab.app.style.Look.current().scale()
                && root.getHeight() > root.getWidth();
    }

    // the saturated fractions over the gradients in a column at the right (wide), or side by side under the curve
    // chart (narrow)
    private void arrange(boolean under) {
        if (Boolean.valueOf(under).equals(narrow)) {
            return;
        }
        narrow = under;
        perLayer.getChildren().clear();
        perLayer.getColumnConstraints().clear();
        perLayer.getRowConstraints().clear();
        perLayer.prefWidthProperty().unbind();
        perLayer.prefHeightProperty().unbind();
        double[] columns = under ? new double[] {38, 62} : new double[] {100};
        double[] rows = under ? new double[] {100} : new double[] {38, 62};
        for (double share : columns) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(share);
            c.setHgrow(Priority.ALWAYS);
            perLayer.getColumnConstraints().add(c);
        }
        for (double share : rows) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(share);
            perLayer.getRowConstraints().add(r);
        }
        perLayer.add(layers.saturatedViewer, 0, 0);
        perLayer.add(signal.viewer, under ? 1 : 0, under ? 0 : 1);
        root.setRight(null);
        root.setBottom(null);
        if (under) {
            perLayer.prefHeightProperty().bind(root.heightProperty().multiply(0.45));
            root.setBottom(perLayer);
        } else {
            perLayer.prefWidthProperty().bind(root.widthProperty().multiply(0.4));
            root.setRight(perLayer);
        }
    }

    /**
     * Below this size at type 1 the house fonts leave no room for the charts (a quarter of a 1280 x 720 window);
     * the fonts grow with the type scale, and the room they need with them (at 1.5 a two-view lesson stage on
     * 1920 x 1080 squeezed the gradient chart's two plots into each other).
     */
    static final double COMPACT_WIDTH = 900;
    static final double COMPACT_HEIGHT = 560;

    private void compact() {
        double scale = bnlab.app.style.Look.current().scale();
        boolean c = root.getWidth() < COMPACT_WIDTH * scale || root.getHeight() < COMPACT_HEIGHT * scale;
        if (c != compact) {
            compact = c;
            root.setStyle(style(c));
            thresholdSlider.setPrefWidth(c ? 120 : 220);
            curves.setCompact(c);
            layers.setCompact(c);
            signal.setCompact(c);
            show();
        }
    }

    private static String style(boolean compact) {
        // the theme's background (view-pane), the text scaled with the window's type size
        return bnlab.app.style.Look.current().fontSize(compact ? 14 : 17);
    }

    BorderPane root() {
        return root;
    }

    /** Redraw from the model's last snapshot. */
    void show() {
        Snapshot s = model.last();
        if (bnlab.app.i18n.ArchWords.cnn(s) != cnn) {
            cnn = !cnn;
            layerLabel.setText(bnlab.app.i18n.ArchWords.get("view.layer", cnn));
            layers.setCnn(cnn);
            signal.setCnn(cnn);
            IndexCell.reword(layerChooser);
        }
        if (s == null) {
            return;
        }
        syncControls();
        ActivationKind f = model.activationProperty().get();
        double t = model.thresholdProperty().get();
        String bnName = I18n.get("twin.normalized", bnlab.app.i18n.NormWords.of(s));
        String plainName = I18n.get("twin.plain");
        Histogram bn = input(model.probe(s.normalized()));
        Histogram plain = input(model.probe(s.plain()));
        double w = Frame.halfWidth(f, t, Arrays.asList(bn, plain));
        curves.chart().setNotify(false); // one redraw for curves, histograms, labels and read-out
        try {
            curves.setHalfWidth(w);
            List<Object> key = List.of(f, t, model.layerProperty().get(), w, compact, cnn);
            if (!key.equals(drawn)) {
                drawn = key;
                redrawCurves();
            }
            curves.histograms.draw(bn, I18n.get("saturation.curves.histogram", bnName), plain,
                    I18n.get("saturation.curves.histogram", plainName), w, curves.strip());
            if (curves.plot.getSeriesRenderingOrder() != curves.histograms.order()) {
                curves.plot.setSeriesRenderingOrder(curves.histograms.order());
            }
            curves.outside.setText(curves.histograms.outside(w, plainName, bnName),
                    curves.histograms.outsideWidest(w, plainName, bnName));
        } finally {
            curves.chart().setNotify(true);
        }
        String diverged = s.plain().diverged() ? plainName : s.normalized().diverged() ? bnName : null;
        layers.show(s.normalized(), s.plain(), bnName, plainName, title("saturation.saturated.title", diverged));
        signal.show(s.normalized(), s.plain(), bnName, plainName, title("saturation.signal.title", diverged));
    }

    private static Histogram input(LayerProbe p) {
        return p == null ? null : p.histograms().activationInput();
    }

    private static String title(String key, String diverged) {
        return diverged == null ? I18n.get(key) : I18n.get("saturation.diverged", I18n.get(key), diverged);
    }

    /** The curves, shading and threshold read-out for the current activation, threshold and window. */
    void redrawCurves() {
        ActivationKind f = model.activationProperty().get();
        double t = model.thresholdProperty().get();
        curves.drawCurves(f, t, bnlab.app.i18n.ArchWords.get("saturation.curves.title", cnn, I18n.label(f),
                model.layerProperty().get() + 1));
        thresholdValue.setText(Numbers.format(t));
        thresholdLabel.setText(I18n.get("saturation.threshold.rule", Numbers.format(t),
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
}
