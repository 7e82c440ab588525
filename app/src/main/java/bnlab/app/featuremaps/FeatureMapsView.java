package bnlab.app.featuremaps;

import bnlab.app.Configurable;
import bnlab.app.SnapshotView;
import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.app.style.IndexCell;
import bnlab.app.style.Palette;
import bnlab.engine.api.FeatureMaps;
import bnlab.engine.api.Snapshot;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Map;

/**
 * One fixed image's feature maps at a conv block, live: a small picture per channel of the
 * normalization's input x and output y = gamma * x_hat + beta in the network with normalization, and of
 * x in the network without, all on one diverging colour scale (legend on top). Under each x map, the
 * mean and variance that channel was normalized with (BatchNorm: the channel's over the whole batch and
 * all positions). The read-out under the maps gives, for this image, how far the channels' means and
 * spreads differ before and after normalization: after BN every channel sits near beta with spread near
 * gamma, before they drift apart. For an MLP there are no feature maps: the view says so.
 * <p>
 * A check box gives each row its own colour scale (to see the shapes after BN when x is large).
 * <p>
 * Lesson options ({@link #configure}): "layer" (the block, counted from 1); "ownScales" (true: each row
 * its own colour scale); "withhold" (true while a lesson's question is open: the lines that name the values a
 * map's statistics pool, lesson 12's answer, wait). Unknown options are ignored.
 */
public final class FeatureMapsView implements SnapshotView, Configurable {
    /** Channels drawn at most (the rest are named in a note). */
    static final int MAX_CHANNELS = 32;
    /** The height kept for the texts when they go under the maps (px at type 1). */
    static final double TEXTS_BELOW = 320;
    private final BorderPane root = new BorderPane();
    final ComboBox<Integer> layerChooser = new ComboBox<>();
    final Label stepLabel = new Label();
    final Label message = new Label();
    /**
     * The widest the message in the middle of the view is laid out, at type scale 1: wide enough for the Chinese one's
     * first line to end at its comma (at 640 px it broke "随机种 / 子" in the CNN tab at 1280 x 720).
     */
    private static final double MESSAGE_WIDTH = 760;
    final Label summary = new Label();
    final Label point = new Label();
    final GridPane grid = new GridPane();
    final Label legendLow = new Label();
    final Label legendHigh = new Label();
    final javafx.scene.control.CheckBox ownScales = new javafx.scene.control.CheckBox(I18n.get("featureMaps.ownScales"));
    private final VBox content = new VBox(10);
    private FlowPane bar;
    private final VBox texts = new VBox(10);
    private final FlowPane flow = new FlowPane(18, 10);
    private final ScrollPane scroll;
    private int layer;
    private boolean updating;
    private MapFrame frame;
    private Snapshot last;
    /** A lesson's class is predicting which values a map's statistics pool: the read-out that says so waits. */
    private boolean withheld;
    /** Shown with the message on an MLP: switches both twins to the CNN's first experiment. */
    final javafx.scene.control.Button useCnn = new javafx.scene.control.Button(I18n.get("featureMaps.useCnn"));
    private final java.util.function.Supplier<bnlab.engine.api.Problem> switchToCnn;

    /**
     * @param switchToCnn switches the experiment to a CNN (both twins rebuilt), returning why not or null;
     *                    the button under the message for an MLP calls it
     */
    public FeatureMapsView(java.util.function.Supplier<bnlab.engine.api.Problem> switchToCnn) {
        this.switchToCnn = switchToCnn;
        root.setId("feature-maps-view");
        bnlab.app.TableCsv.attach(root, () -> frame != null, () -> MapsTable.of(frame));
        root.getStyleClass().add("view-pane");
        layerChooser.setId("fm-layer");
        IndexCell.install(layerChooser, "featureMaps.blockNumber", null, () -> false);
        bnlab.app.style.Tips.set(layerChooser, I18n.get("featureMaps.block.tip"));
        layerChooser.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                layer = b;
                redraw();
            }
        });
        stepLabel.setId("fm-step");
        message.setId("fm-message");
        summary.setId("fm-summary");
        point.setId("fm-point");
        grid.setId("fm-grid");
        for (Label l : new Label[] {message, summary, point}) {
            l.setWrapText(true);
            bnlab.app.style.Runts.avoid(l);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        point.setStyle("-fx-border-color: " + Palette.css(Palette.ORANGE)
                + "; -fx-border-width: 0 0 0 4; -fx-padding: 4 8 4 8;");
        grid.setHgap(6);
        grid.setVgap(4);
        ImageView ramp = new ImageView(Diverging.ramp(200, 16));
        ramp.setId("fm-legend");
        legendLow.setId("fm-legend-low");
        legendHigh.setId("fm-legend-high");
        HBox legend = new HBox(6, new Label(I18n.get("featureMaps.legend")), legendLow, ramp, legendHigh);
        legend.setAlignment(Pos.CENTER_LEFT);
        ownScales.setId("fm-own-scales");
        bnlab.app.style.Tips.set(ownScales, I18n.get("featureMaps.ownScales.tip"));
        ownScales.setOnAction(e -> redraw());
        FlowPane bar = new FlowPane(14, 6, bnlab.app.style.Together.of(new Label(I18n.get("featureMaps.block")), layerChooser),
                stepLabel, legend, ownScales);
        this.bar = bar;
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        content.setPadding(new Insets(4, 10, 10, 10));
        texts.getChildren().addAll(summary, point);
        // the read-out and the point beside the maps where they fit, else under them
        flow.getChildren().addAll(grid, texts);
        flow.setAlignment(Pos.TOP_LEFT);
        useCnn.setId("fm-use-cnn");
        useCnn.getStyleClass().add("accent");
        useCnn.managedProperty().bind(useCnn.visibleProperty());
        useCnn.setVisible(false);
        useCnn.setOnAction(e -> {
            bnlab.engine.api.Problem p = switchToCnn.get();
            if (p != null) {
                message.setText(I18n.problem(p));
            }
        });
        content.getChildren().addAll(message, useCnn, flow);
        content.getStyleClass().add("view-pane");
        scroll = new bnlab.app.style.LiveScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: null;");
        root.setTop(bar);
        root.setCenter(scroll);
        flow.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(30));
        bnlab.app.style.Scrolling.redrawOnResize(scroll, this::redraw);
        redraw();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Snapshot s) {
        last = s;
        redraw();
    }

    @Override
    public void configure(Map<String, Object> options) {
        if (options.get("layer") instanceof Number n) {
            layer = Math.max(0, n.intValue() - 1);
        }
        if (options.get("ownScales") instanceof Boolean b) {
            ownScales.setSelected(b);
        }
        if (options.get("withhold") instanceof Boolean w) {
            withheld = w;
        }
        redraw();
    }

    // the message and its button in the middle of the view (no maps), or the maps from the top left
    private void centred(boolean on) {
        content.setAlignment(on ? Pos.CENTER : Pos.TOP_LEFT);
        message.setTextAlignment(on ? javafx.scene.text.TextAlignment.CENTER : javafx.scene.text.TextAlignment.LEFT);
        message.setMaxWidth(on ? MESSAGE_WIDTH * bnlab.app.style.Look.current().scale() : Double.MAX_VALUE);
        scroll.setFitToHeight(on);
    }

    /** What is drawn (tests). */
    MapFrame frame() {
        return frame;
    }

    private void redraw() {
        frame = MapFrame.of(last, layer);
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        if (frame == null) {
            boolean mlp = last != null && !bnlab.app.i18n.ArchWords.cnn(last);
            message.setText(I18n.get(mlp ? "featureMaps.mlp" : "featureMaps.waiting"));
            message.setVisible(true);
            message.setManaged(true);
            useCnn.setVisible(mlp);
            // in the middle of the view, not at the top of an empty box (the tab with the full panel's MLP: a student
            // took the box for a view that had failed to draw)
            centred(true);
            bar.setVisible(false); // nothing to choose or colour without maps
            bar.setManaged(false);
            summary.setText("");
            point.setVisible(false);
            stepLabel.setText("");
            legendLow.setText("");
            legendHigh.setText("");
            return;
        }
        message.setVisible(false);
        message.setManaged(false);
        useCnn.setVisible(false);
        centred(false);
        bar.setVisible(true);
        bar.setManaged(true);
        syncChooser();
        stepLabel.setText(I18n.trainingStep(frame.step()));
        boolean own = ownScales.isSelected();
        legendLow.setText(own ? "\u2212" : Numbers.format(-frame.scale()));
        legendHigh.setText(own ? "+" : Numbers.format(frame.scale()));
        FeatureMaps any = frame.bn() != null ? frame.bn() : frame.plain();
        int channels = Math.min(MAX_CHANNELS, any.channels());
        String norm = I18n.label(frame.norm());
        double width = scroll.getViewportBounds().getWidth() > 0 ? scroll.getViewportBounds().getWidth() - 30 : 900;
        double height = scroll.getViewportBounds().getHeight() > 0 ? scroll.getViewportBounds().getHeight() : 600;
        double scale = bnlab.app.style.Look.current().scale();
        double head = Math.max(150, Math.min(210, width * 0.15)) * scale;
        int rows = (frame.bn() != null ? 2 : 0) + (frame.plain() != null ? 1 : 0);
        // the maps as large as the width allows, and the rows of maps within the view's height
        double byWidth = (width - head - channels * grid.getHgap()) / channels;
        double byHeight = (height - 90 * scale) / Math.max(1, rows) - grid.getVgap();
        double cell = Math.max(24, Math.min(96 * scale, Math.min(byWidth, byHeight)));
        double beside = width - head - channels * (cell + grid.getHgap()) - flow.getHgap() - 10;
        // a tall view (alone on a lesson's stage, enlarged, a projector): the maps as wide as the view allows and
        // the texts under them, when that draws the maps a fifth larger at least (at 1920x1080 1.4 times: 96 px
        // maps left two thirds of the view empty under them)
        double below = Math.min(byWidth, (height - (90 + TEXTS_BELOW) * scale) / Math.max(1, rows) - grid.getVgap());
        if (below > 1.2 * cell) {
            cell = below;
            beside = 0;
        }
        texts.setPrefWidth(beside >= 220 * scale ? Math.min(beside, 520 * scale) : width);
        Label corner = wrapped(I18n.get(cell < 64 * scale ? "featureMaps.sample.channels" : "featureMaps.sample",
                any.sample() + 1, any.height(), any.width()), head);
        bnlab.app.style.Tips.set(corner, I18n.get("featureMaps.sample.tip", any.sample() + 1, any.height(),
                any.width()));
        grid.add(corner, 0, 0);
        for (int c = 0; c < channels; c++) {
            boolean narrowHead = cell < 64 * scale;
            Label h = new Label(narrowHead ? Integer.toString(c + 1) : I18n.get("featureMaps.channel", c + 1));
            h.setStyle("-fx-font-weight: bold;" + (narrowHead ? " -fx-font-size: 0.85em;" : ""));
            bnlab.app.style.Tips.set(h, I18n.get("featureMaps.channel", c + 1));
            grid.add(h, c + 1, 0);
        }
        int row = 1;
        if (frame.bn() != null) {
            FeatureMaps m = frame.bn();
            grid.add(rowHead(heading(I18n.get("featureMaps.row.x", norm), m.x()), head, Palette.BN), 0, row);
            maps(m.x(), m, channels, cell, row++, "fm-x-");
            if (m.mean() != null) {
                // narrow maps: the numbers alone, smaller, two digits (the row heading names them)
                boolean narrow = cell < 64 * scale;
                grid.add(wrapped(I18n.get(narrow ? "featureMaps.row.stats.short" : "featureMaps.row.stats"), head), 0, row);
                for (int c = 0; c < channels; c++) {
                    Label st = new Label(narrow ? I18n.get("featureMaps.stats.short", brief(m.mean()[c]), brief(m.var()[c]))
                            : I18n.get("featureMaps.stats", compact(m.mean()[c]), compact(m.var()[c])));
                    st.setId("fm-stats-" + c);
                    st.setStyle(narrow ? "-fx-font-size: 0.7em;" : "-fx-font-size: 0.8em;");
                    underMap(st, cell);
                    grid.add(st, c + 1, row);
                }
                row++;
            }
            if (m.y() != null) {
                grid.add(rowHead(heading(I18n.get("featureMaps.row.y", norm), m.y()), head, Palette.BN), 0, row);
                maps(m.y(), m, channels, cell, row++, "fm-y-");
            }
        }
        if (frame.plain() != null) {
            grid.add(rowHead(heading(I18n.get("featureMaps.row.plain"), frame.plain().x()), head, Palette.PLAIN), 0, row);
            maps(frame.plain().x(), frame.plain(), channels, cell, row++, "fm-plain-");
            plainStats(frame.plain(), channels, cell < 64 * scale, head, row, cell);
        }
        summary.setText(summaryText(channels < any.channels() ? any.channels() : 0));
        point.setText(I18n.get(frame.norm() == bnlab.engine.api.NormKind.BATCH ? "featureMaps.point.BATCH"
                : "featureMaps.point.other", norm));
        point.setVisible(!withheld);
    }

    /**
     * Under the plain twin's maps, each channel's mean (as lesson 12 quotes it) and largest value (three significant
     * digits: "max -0.04811" was wider than an 80 px map) over this image: a channel below 0 at every
     * position (its maximum under 0, marked) passes nothing through the ReLU and its filter stops learning. Lesson
     * 12 quotes such channels' means, which the view did not show (a teacher's review).
     */
    private void plainStats(FeatureMaps m, int channels, boolean narrow, double head, int row, double cell) {
        double[][] mm = MapFrame.meansAndMaxima(m.x(), m.channels());
        // the clause on the ReLU only where the activation after the maps is one
        boolean relu = last != null && last.spec().activation() == bnlab.engine.api.ActivationKind.RELU;
        grid.add(wrapped(I18n.get(narrow ? "featureMaps.row.plainStats.short"
                : relu ? "featureMaps.row.plainStats.relu" : "featureMaps.row.plainStats"), head), 0, row);
        for (int c = 0; c < channels; c++) {
            Label st = new Label(narrow ? I18n.get("featureMaps.stats.short", brief(mm[0][c]), brief(mm[1][c]))
                    : I18n.get("featureMaps.plainStats", Numbers.format(mm[0][c]), compact(mm[1][c])));
            st.setId("fm-plain-stats-" + c);
            boolean dead = relu && mm[1][c] < 0;
            // a dead channel's read-out on a tint of the plain twin's colour, not in bold: bold, "mean -10.18" took
            // a line of its own under an 80 px map and the read-out four lines (lesson 12 at 1280 x 720)
            st.setStyle((narrow ? "-fx-font-size: 0.7em;" : "-fx-font-size: 0.8em;")
                    + (dead ? " -fx-text-fill: " + Palette.textCss(Palette.PLAIN) + "; -fx-background-color: rgba("
                    + Palette.PLAIN.getRed() + ", " + Palette.PLAIN.getGreen() + ", " + Palette.PLAIN.getBlue()
                    + ", 0.14); -fx-background-radius: 3;" : ""));
            underMap(st, cell);
            if (dead) {
                st.getStyleClass().add("fm-dead-channel");
            }
            grid.add(st, c + 1, row);
        }
    }

    /**
     * A read-out under a map keeps to the map's width, its number taking a line of its own where "max -0.03488" is
     * wider (bold, at 1280 x 720 the columns grew past the view and a horizontal scroll bar showed; a teacher's review).
     */
    private static void underMap(Label st, double cell) {
        st.setWrapText(true);
        st.setMinWidth(Region.USE_PREF_SIZE);
        st.setPrefWidth(cell);
        st.setMaxWidth(cell);
    }

    /** The colour scale of a row: the shared one, or with "own scales" the row's own. */
    double scaleOf(float[] row) {
        return ownScales.isSelected() ? MapFrame.scale(row) : frame.scale();
    }

    // a row's heading, with its own scale when rows have their own
    private String heading(String title, float[] row) {
        return ownScales.isSelected() ? I18n.then(title, I18n.get("featureMaps.rowScale", Numbers.format(scaleOf(row))))
                : title;
    }

    /** A statistic under a narrow map: two significant digits. */
    static String brief(double v) {
        return Double.isFinite(v) ? Numbers.format(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2g", v)))
                : Numbers.format(v);
    }

    /** A statistic under a map: three significant digits (-0.0127, 45.4, 1.2e+3). */
    static String compact(double v) {
        return Scales.compact(v);
    }

    private String summaryText(int hidden) {
        StringBuilder b = new StringBuilder();
        FeatureMaps m = frame.bn();
        String norm = I18n.label(frame.norm());
        if (m != null) {
            if (!withheld) {
                b.append(I18n.get("featureMaps.row.stats." + frame.norm(), frame.pooledCount())).append('\n');
            }
            b.append(line("featureMaps.summary.x", norm, MapFrame.spread(m.x(), m.channels())));
            if (m.y() != null) {
                b.append('\n').append(line("featureMaps.summary.y", norm, MapFrame.spread(m.y(), m.channels())));
            }
        }
        if (frame.plain() != null) {
            b.append(b.length() > 0 ? "\n" : "").append(line("featureMaps.summary.plain", norm,
                    MapFrame.spread(frame.plain().x(), frame.plain().channels())));
        }
        if (hidden > 0) {
            b.append('\n').append(I18n.get("featureMaps.more", MAX_CHANNELS, hidden));
        }
        return b.toString();
    }

    private static String line(String key, String norm, MapFrame.Spread s) {
        return I18n.get(key, norm, Numbers.format(s.minMean()), Numbers.format(s.maxMean()), Numbers.format(s.minStd()),
                Numbers.format(s.maxStd()));
    }

    private void maps(float[] values, FeatureMaps m, int channels, double cell, int row, String id) {
        for (int c = 0; c < channels; c++) {
            int k = Math.max(1, (int) Math.ceil(cell / m.width()));
            ImageView v = new ImageView(Diverging.map(values, c, m.height(), m.width(), scaleOf(values), k));
            v.setSmooth(false);
            v.setPreserveRatio(true);
            v.setFitWidth(cell);
            v.setId(id + c);
            grid.add(v, c + 1, row);
        }
    }

    private static Label wrapped(String text, double width) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPrefWidth(width);
        l.setMaxWidth(width);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setStyle("-fx-font-size: 0.85em;");
        return l;
    }

    private static Label rowHead(String text, double width, java.awt.Color colour) {
        Label l = wrapped(text, width);
        l.setStyle("-fx-font-weight: bold; -fx-text-fill: " + Palette.textCss(colour) + ";");
        return l;
    }

    private void syncChooser() {
        updating = true;
        try {
            if (layerChooser.getItems().size() != frame.layers()) {
                layerChooser.getItems().clear();
                for (int l = 0; l < frame.layers(); l++) {
                    layerChooser.getItems().add(l);
                }
            }
            layerChooser.setValue(frame.layer());
        } finally {
            updating = false;
        }
    }
}
