package bnlab.app.axes;

import bnlab.app.Configurable;
import bnlab.app.SnapshotView;
import bnlab.app.featuremaps.Scales;
import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.app.style.IndexCell;
import bnlab.app.style.Palette;
import bnlab.engine.api.NormAxes;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.Map;

/**
 * Which values one mean and variance pool, on the live batch: the normalized twin's normalization input
 * at a hidden layer drawn as an N x C grid of H x W maps ({@link BlockCanvas}; an MLP's [N, D] as a grid
 * of single values), the set that the chosen cell's statistics are taken over highlighted for the chosen
 * normalization (BatchNorm: its channel in every sample; LayerNorm: its sample's every channel;
 * InstanceNorm: the cell alone; GroupNorm: its sample's group of channels; RMSNorm: as LayerNorm), with
 * that set's mean, variance and count. A table gives the statistics the chosen cell is normalized with
 * under every normalization of the architecture, all from {@link NormAxes} (the one rule). Clicking a
 * cell chooses it.
 * <p>
 * Lesson options ({@link #configure}): "norm" BATCH, LAYER, INSTANCE, GROUP or RMS (the highlighted
 * normalization; unset: the network's own); "layer" (the hidden layer or block, from 1); "sample" and
 * "channel" (the chosen cell, from 1). Unknown options are ignored.
 */
public final class BlockView implements SnapshotView, Configurable {
    private final BorderPane root = new BorderPane();
    final ComboBox<Integer> layerChooser = new ComboBox<>();
    final FlowPane normButtons = new FlowPane(6, 6);
    private final ToggleGroup normGroup = new ToggleGroup();
    final BlockCanvas canvas = new BlockCanvas(this::choose);
    final Label stepLabel = new Label();
    final Label axesLabel = new Label();
    final Label readout = new Label();
    final Label message = new Label();
    final Label note = new Label();
    final GridPane table = new GridPane();
    final Label legendLow = new Label();
    final Label legendHigh = new Label();
    private final VBox content = new VBox(8);
    final VBox side = new VBox(8);
    private final Label layerLabel = new Label(I18n.get("view.layer"));
    private final ScrollPane scroll = new bnlab.app.style.LiveScrollPane();
    private int layer;
    /** The highlighted normalization, or null: the network's own. */
    private NormKind chosen;
    private int sample;
    private int channel;
    private boolean updating;
    private BlockFrame frame;
    private Snapshot last;

    public BlockView() {
        root.setId("block-view");
        bnlab.app.TableCsv.attach(root, () -> frame != null && shownNorm() != null,
                () -> BlockTable.of(frame, shownNorm(), sample, channel));
        root.getStyleClass().add("view-pane");
        layerChooser.setId("block-layer");
        IndexCell.install(layerChooser, "view.layerNumber", null, this::cnn);
        layerChooser.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                layer = b;
                redraw();
            }
        });
        normGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                chosen = (NormKind) b.getUserData();
                redraw();
            }
        });
        stepLabel.setId("block-step");
        readout.setId("block-readout");
        message.setId("block-message");
        note.setId("block-note");
        table.setId("block-table");
        for (Label l : new Label[] {axesLabel, readout, message, note}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        // the paragraphs: no character alone on their last line (the readout above changes with every batch)
        bnlab.app.style.Runts.avoid(message);
        bnlab.app.style.Runts.avoid(note);
        readout.setStyle("-fx-font-weight: bold;");
        note.setOpacity(0.85);
        table.setHgap(18);
        table.setVgap(2);
        ImageView ramp = new ImageView(Scales.ramp(160, 14));
        HBox legend = new HBox(6, legendLow, ramp, legendHigh);
        legend.setAlignment(Pos.CENTER_LEFT);
        Label pooledBy = new Label(I18n.get("block.pooledBy"));
        FlowPane bar = new FlowPane(14, 6, bnlab.app.style.Together.of(layerLabel, layerChooser),
                bnlab.app.style.Together.of(pooledBy, normButtons), stepLabel, legend);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        // the four buttons in one row, beside their label, wherever the bar is that wide (a FlowPane's own wrap
        // length, 400 px, had put GroupNorm alone on a second row in a view 880 px wide)
        normButtons.prefWrapLengthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(200, bar.getWidth() - 20 - 6 - pooledBy.getWidth()), bar.widthProperty(),
                pooledBy.widthProperty()));
        content.setPadding(new Insets(4, 10, 10, 10));
        side.getChildren().addAll(readout, table, note);
        // the read-out and the table beside the block where they fit, else under it
        FlowPane flow = new FlowPane(18, 10, canvas, side);
        flow.setAlignment(Pos.TOP_LEFT);
        flow.prefWrapLengthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll().getViewportBounds().getWidth() - 10, scroll().viewportBoundsProperty()));
        content.getChildren().addAll(message, axesLabel, flow);
        content.getStyleClass().add("view-pane");
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: null;");
        root.setTop(bar);
        root.setCenter(scroll);
        bnlab.app.style.Scrolling.redrawOnResize(scroll, this::redraw);
        redraw();
    }

    ScrollPane scroll() {
        return scroll;
    }

    private boolean cnn() {
        return frame != null && frame.cnn();
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
        if (options.get("norm") instanceof String n) {
            try {
                chosen = NormKind.valueOf(n.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                chosen = null; // the schema lists the names; anything else shows the network's own
            }
        }
        if (options.get("layer") instanceof Number n) {
            layer = Math.max(0, n.intValue() - 1);
        }
        if (options.get("sample") instanceof Number n) {
            sample = Math.max(0, n.intValue() - 1);
        }
        if (options.get("channel") instanceof Number n) {
            channel = Math.max(0, n.intValue() - 1);
        }
        redraw();
    }

    /** The drawn frame (tests). */
    BlockFrame frame() {
        return frame;
    }

    /** The highlighted normalization (the chosen one if the architecture has it, else the network's own). */
    NormKind shownNorm() {
        if (frame == null) {
            return chosen;
        }
        return chosen != null && frame.choices().contains(chosen) ? chosen : frame.norm();
    }

    /** The chosen cell: sample and channel, 0-based (tests). */
    int[] cell() {
        return new int[] {sample, channel};
    }

    /** Choose a cell (a click). */
    void choose(int n, int c) {
        sample = n;
        channel = c;
        redraw();
    }

    private void redraw() {
        frame = BlockFrame.of(last, layer);
        if (frame == null) {
            message.setText(I18n.get(last == null || last.normalized().layers().isEmpty() ? "block.waiting"
                    : "block.none"));
            message.setVisible(true);
            message.setManaged(true);
            canvas.setVisible(false);
            readout.setText("");
            note.setText("");
            axesLabel.setText("");
            table.getChildren().clear();
            return;
        }
        message.setVisible(false);
        message.setManaged(false);
        canvas.setVisible(true);
        var b = frame.block();
        sample = Math.max(0, Math.min(sample, Math.min(b.samples(), BlockCanvas.MAX_ROWS) - 1));
        channel = Math.max(0, Math.min(channel, Math.min(b.channels(), BlockCanvas.MAX_COLUMNS) - 1));
        syncBar();
        layerLabel.setText(bnlab.app.i18n.ArchWords.get("view.layer", frame.cnn()));
        NormKind k = shownNorm();
        double scale = frame.scale();
        legendLow.setText(Numbers.format(-scale));
        legendHigh.setText(Numbers.format(scale));
        stepLabel.setText(I18n.trainingStep(frame.step()));
        boolean cnn = frame.cnn();
        axesLabel.setText(cnn ? I18n.get("block.axes.cnn", b.samples(), b.channels(), b.height(), b.width())
                : I18n.get("block.axes.mlp", b.samples(), b.channels()));
        double width = scroll.getViewportBounds().getWidth() > 0 ? scroll.getViewportBounds().getWidth() - 24 : 800;
        double height = scroll.getViewportBounds().getHeight() > 0 ? scroll.getViewportBounds().getHeight() : 700;
        double s = bnlab.app.style.Look.current().scale();
        // the block takes what the read-out beside it leaves, if that is at least 8 columns of ~40 px; with no room
        // beside, the whole width. The read-out needs at least its table's columns (a FlowPane gives a child no
        // less than its minimum: with 300 px granted and 470 needed the table went under the block, out of sight,
        // in a lesson on a 1280 px screen)
        // (12 px more than it measures: the canvas's width and the labels' widths round apart). Measured with the
        // table as this draw fills it: measured before, a network just switched to GroupNorm was placed by the last
        // table, whose rows did not yet name it "this network", and its wider table went under the block, out of sight
        fillTable(b, cnn);
        side.applyCss();
        double sideNeed = Math.max(300 * s, Math.ceil(side.minWidth(-1)) + 12 * s);
        boolean beside = width - sideNeed - 18 >= 320 * s;
        // the block fits under the line above it (two lines where the view is narrow): a fixed 60 px left the last
        // row under the view's edge and a scroll bar in every still, where that line wrapped
        double above = axesLabel.getHeight() > 0 ? 4 + axesLabel.getHeight() + 8 + 10 + 2 : 60 * s;
        double canvasHeight = height - above;
        canvas.draw(b, k, frame.groups(), sample, channel, scale, beside ? width - sideNeed - 18 : width, canvasHeight);
        if (sample >= canvas.rows()) { // the chosen sample is not drawn at this height: choose the last drawn
            sample = canvas.rows() - 1;
            canvas.draw(b, k, frame.groups(), sample, channel, scale, beside ? width - sideNeed - 18 : width,
                    canvasHeight);
            fillTable(b, cnn);
        }
        NormAxes.Pooled p = NormAxes.stats(k, b, frame.groups(), sample, channel);
        String what = I18n.get("block.set." + k + (cnn ? ".cnn" : ".mlp"), sample + 1, channel + 1,
                b.samples(), b.channels(), b.positions(), frame.groups(), b.channels() / frame.groups());
        String stat = k == NormKind.RMS
                ? I18n.get("block.readout.rms", I18n.label(k), sample + 1, channel + 1, compact(p.meanSquare()), p.count())
                // as the table under it rounds them (it read mu = 0.03467 over the table's 0.0347)
                : I18n.get(cnn ? "block.readout.cnn" : "block.readout.mlp", I18n.label(k), sample + 1, channel + 1,
                        compact(p.mean()), compact(p.var()), p.count());
        readout.setText(I18n.then(stat, what));
        readout.setStyle("-fx-font-weight: bold; -fx-text-fill: " + Palette.textCss(BlockCanvas.colour(k)) + ";");
        String click = I18n.get("block.click");
        note.setText(b.samples() > canvas.rows() || b.channels() > canvas.columns()
                ? I18n.then(I18n.get(cnn ? "block.more" : "block.more.mlp", canvas.rows(), b.samples(), canvas.columns(),
                        b.channels()), click)
                : click);
        // beside the block the read-out takes the rest of the width, where its table fits (measured as now filled)
        side.applyCss();
        double left = width - canvas.getWidth() - 18;
        side.setPrefWidth(left >= Math.max(300 * s, side.minWidth(-1)) ? left : width);
        side.setMaxWidth(side.getPrefWidth());
    }

    // the statistics the chosen cell is normalized with under each normalization of the architecture
    private void fillTable(bnlab.engine.api.BatchBlock b, boolean cnn) {
        table.getChildren().clear();
        String[] heads = {I18n.get("block.table.norm"), "\u03bc", "\u03c3\u00b2", I18n.get("block.table.rms"),
            I18n.get("block.table.count")};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(heads[i]);
            h.setStyle("-fx-font-weight: bold;");
            h.setMinWidth(Region.USE_PREF_SIZE);
            if (i == 3) {
                // RMS is not the standard deviation (they agree only when mu is near 0)
                bnlab.app.style.Tips.set(h, I18n.get("block.table.rms.tip"));
                h.setId("block-rms-head");
            }
            table.add(h, i, 0);
        }
        int row = 1;
        for (NormKind k : frame.choices()) {
            NormAxes.Pooled p = NormAxes.stats(k, b, frame.groups(), sample, channel);
            String name = k == NormKind.GROUP ? I18n.get("block.table.group", I18n.label(k), frame.groups()) : I18n.label(k);
            if (k == frame.norm()) {
                name = I18n.get("block.table.own", name);
            }
            Label l = new Label(name);
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.setStyle("-fx-text-fill: " + Palette.textCss(BlockCanvas.colour(k)) + ";"
                    + (k == shownNorm() ? " -fx-font-weight: bold;" : ""));
            table.add(l, 0, row);
            table.add(value(k == NormKind.RMS ? "\u2013" : compact(p.mean()), "block-mean-" + k), 1, row);
            table.add(value(k == NormKind.RMS ? "\u2013" : compact(p.var()), "block-var-" + k), 2, row);
            // RMS = sqrt(mean of x^2) = sqrt(mu^2 + sigma^2), what RMSNorm divides by
            table.add(value(compact(Math.sqrt(p.meanSquare())), "block-rms-" + k), 3, row);
            table.add(value(Long.toString(p.count()), "block-count-" + k), 4, row);
            row++;
        }
    }

    private static Label value(String text, String id) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setId(id);
        return l;
    }

    private void syncBar() {
        updating = true;
        try {
            if (layerChooser.getItems().size() != frame.layers()) {
                layerChooser.getItems().clear();
                for (int l = 0; l < frame.layers(); l++) {
                    layerChooser.getItems().add(l);
                }
            }
            layerChooser.setValue(frame.layer());
            java.util.List<NormKind> choices = frame.choices();
            boolean same = normButtons.getChildren().size() == choices.size();
            for (int i = 0; same && i < choices.size(); i++) {
                same = ((ToggleButton) normButtons.getChildren().get(i)).getUserData() == choices.get(i);
            }
            if (!same) {
                normButtons.getChildren().clear();
                normGroup.getToggles().clear();
                for (NormKind k : choices) {
                    ToggleButton t = new ToggleButton(I18n.label(k));
                    t.setUserData(k);
                    t.setId("block-norm-" + k);
                    t.setToggleGroup(normGroup);
                    normButtons.getChildren().add(t);
                }
            }
            NormKind shown = shownNorm();
            for (var t : normGroup.getToggles()) {
                if (t.getUserData() == shown) {
                    normGroup.selectToggle(t);
                }
            }
        } finally {
            updating = false;
        }
    }

    /** A table entry: three significant digits. */
    static String compact(double v) {
        return Scales.compact(v);
    }
}
