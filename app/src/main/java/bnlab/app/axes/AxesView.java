package bnlab.app.axes;

import bnlab.app.Configurable;
import bnlab.app.SnapshotView;
import bnlab.app.i18n.I18n;
import bnlab.app.lessons.Formula;
import bnlab.app.style.Balanced;
import bnlab.app.style.Look;
import bnlab.engine.api.Snapshot;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;

/**
 * BatchNorm against LayerNorm on the same batch: which axis each normalizes over. A hand-made batch of
 * 4 samples (rows) x 5 features (columns) with whole-number statistics; BatchNorm's mean and variance
 * per column under it, LayerNorm's per row beside it; then both normalized results side by side (BN:
 * every column mean 0, variance 1; LN: every row), each with its formula. With a batch of 1 every
 * column holds one value: variance 0, x_hat = 0 whatever x (PyTorch refuses to train so), while
 * LayerNorm still works. Below, live, what the engine reports of a hidden layer of the network with
 * normalization (statistics per unit, not the values themselves).
 * <p>
 * Lesson options ({@link #configure}): "norm" BATCH, LAYER or BOTH (which normalization to show);
 * "batch" 1 to 4 (how many of the samples form the batch); "column" 1 to 5 and "row" 1 to 4 (the
 * highlighted feature and sample); "layer" (the live part's hidden layer). Numbers count from 1, as on
 * the screen; unknown options are ignored.
 */
public final class AxesView implements SnapshotView, Configurable {
    private final AxesModel model = new AxesModel();
    private final BorderPane root = new BorderPane();
    private final VBox content = new VBox(12);
    final ChoiceBar bar = new ChoiceBar(model);
    final Label inputTitle = new Label();
    final Label batchReadout = new Label();
    final Label layerReadout = new Label();
    final Label oneNote = new Label();
    private final VBox input = new VBox(6);
    private final VBox batchResult = new VBox(6);
    private final VBox layerResult = new VBox(6);
    /** Each result's table width: its heading is laid out in even lines within it ({@link Balanced}). */
    private final javafx.beans.property.DoubleProperty batchRoom = new javafx.beans.property.SimpleDoubleProperty();
    private final javafx.beans.property.DoubleProperty layerRoom = new javafx.beans.property.SimpleDoubleProperty();
    private final FlowPane results = new FlowPane(20, 16);
    final LiveStrip live = new LiveStrip(model::setLayer);
    final ScrollPane scroll;
    private Snapshot last;
    /**
     * What a lesson asked to see at the view's top ("results", "live"), null for none (the top), kept until the user
     * scrolls or clicks in the view.
     */
    private final bnlab.app.style.FocusScroll focus;

    public AxesView() {
        root.setId("axes-view");
        bnlab.app.TableCsv.attach(root, () -> true, () -> AxesTable.of(model));
        root.getStyleClass().add("view-pane");
        root.setTop(bar.node());
        content.setPadding(new Insets(8, 12, 12, 12));
        for (Label l : new Label[] {inputTitle, batchReadout, layerReadout, oneNote}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        inputTitle.setStyle("-fx-font-weight: bold;");
        batchReadout.setId("axes-bn-readout");
        layerReadout.setId("axes-ln-readout");
        oneNote.setId("axes-one-note");
        oneNote.setText(I18n.get("axes.one"));
        oneNote.setStyle("-fx-border-color: " + bnlab.app.style.Palette.css(bnlab.app.style.Palette.ORANGE)
                + "; -fx-border-width: 0 0 0 4; -fx-padding: 6 10 6 10; -fx-font-weight: bold;");
        oneNote.managedProperty().bind(oneNote.visibleProperty());
        batchResult.getChildren().addAll(heading("axes.result.batch"),
                formula("\\mu_j = \\frac{1}{N}\\sum_{i=1}^{N} x_{ij} \\qquad "
                        + "\\sigma_j^2 = \\frac{1}{N}\\sum_{i=1}^{N} (x_{ij} - \\mu_j)^2"),
                formula("\\hat{x}_{ij} = \\frac{x_{ij} - \\mu_j}{\\sqrt{\\sigma_j^2 + \\epsilon}}"));
        layerResult.getChildren().addAll(heading("axes.result.layer"),
                formula("\\mu_i = \\frac{1}{D}\\sum_{j=1}^{D} x_{ij} \\qquad "
                        + "\\sigma_i^2 = \\frac{1}{D}\\sum_{j=1}^{D} (x_{ij} - \\mu_i)^2"),
                formula("\\hat{x}_{ij} = \\frac{x_{ij} - \\mu_i}{\\sqrt{\\sigma_i^2 + \\epsilon}}"));
        batchResult.setId("axes-bn-result");
        layerResult.setId("axes-ln-result");
        // as wide as the table, in even lines: "…在小批量上归一" over "化" at 1280 x 720 (lesson 10)
        for (Label h : List.of((Label) batchResult.getChildren().get(0), (Label) layerResult.getChildren().get(0))) {
            h.setMinWidth(0);
            Balanced.bind(h, h.getParent() == batchResult ? batchRoom : layerRoom);
        }
        for (VBox b : new VBox[] {batchResult, layerResult}) {
            b.managedProperty().bind(b.visibleProperty());
        }
        Label eps = new Label(I18n.get("axes.eps", AxisNorm.EPS));
        eps.setOpacity(0.8);
        eps.setWrapText(true);
        content.getChildren().addAll(results, eps, oneNote, live.node());
        scroll = new bnlab.app.style.LiveScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setStyle("-fx-background-color: null;");
        // the content paints the theme's background (view-pane) over the whole viewport
        content.getStyleClass().add("view-pane");
        content.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
        root.setCenter(scroll);
        focus = new bnlab.app.style.FocusScroll(scroll, content);
        model.revisionProperty().addListener((o, a, b) -> redraw());
        results.widthProperty().addListener((o, a, b) -> arrange());
        redraw();
    }

    private static Label heading(String key) {
        Label l = new Label(I18n.get(key));
        l.setStyle("-fx-font-weight: bold;");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static ImageView formula(String latex) {
        Look look = Look.current();
        ImageView v = new ImageView(Formula.render(latex, 19 * look.scale(), look.ink(), 2));
        v.setPreserveRatio(true);
        v.setFitHeight(v.getImage().getHeight() / 2);
        return v;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Snapshot s) {
        last = s;
        live.show(LiveFigures.of(s, model.layer()));
    }

    /**
     * Options as in the class comment, and "focus": what to bring to the view's top, "results" (the normalized
     * batches), "live" (the engine's part) or "top".
     */
    @Override
    public void configure(Map<String, Object> options) {
        if (options.get("focus") instanceof String f) {
            // lesson 10 step 3 at 1280 x 720: both results were below the batch, out of sight
            focus.request(f.equals("live") ? () -> live.node().getBoundsInParent().getMinY()
                    : f.equals("results") ? this::resultsTop : () -> 0);
        }
        model.configure(options);
        focus.apply();
    }

    // the first shown result's top in the content
    private double resultsTop() {
        VBox first = batchResult.isVisible() ? batchResult : layerResult;
        return results.getBoundsInParent().getMinY() + first.getBoundsInParent().getMinY();
    }

    AxesModel model() {
        return model;
    }

    private void redraw() {
        bar.sync();
        boolean bn = model.shown().batchNorm();
        boolean ln = model.shown().layerNorm();
        double[][] x = model.x();
        int n = x.length;
        AxisNorm.Stats cols = AxisNorm.columns(x);
        AxisNorm.Stats rows = AxisNorm.rows(x);
        inputTitle.setText(I18n.get("axes.input", n, HandBatch.COLUMNS));
        NumberTable.Click click = model::highlight;
        int c = bn ? model.column() : -1;
        int r = ln ? model.row() : -1;
        javafx.scene.layout.GridPane table = NumberTable.build(new NumberTable.Content("axes-input", x,
                bn ? cols : null, ln ? rows : null, true, true, c, r), click);
        input.getChildren().setAll(inputTitle, table);
        for (Label l : new Label[] {inputTitle, batchReadout, layerReadout}) { // as wide as the table
            l.setMinWidth(0);
            l.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(260, table.widthProperty()));
        }
        if (bn) {
            batchReadout.setText(I18n.get("axes.readout.batch", model.column() + 1, number(cols.mean(model.column())),
                    number(cols.var(model.column())), n));
            batchReadout.setStyle("-fx-text-fill: " + bnlab.app.style.Palette.textCss(NumberTable.batchColour()) + ";");
            input.getChildren().add(batchReadout);
        }
        if (ln) {
            layerReadout.setText(I18n.get("axes.readout.layer", model.row() + 1, number(rows.mean(model.row())),
                    number(rows.var(model.row())), HandBatch.COLUMNS));
            layerReadout.setStyle("-fx-text-fill: " + bnlab.app.style.Palette.textCss(NumberTable.layerColour()) + ";");
            input.getChildren().add(layerReadout);
        }
        result(batchResult, bn, AxisNorm.Axis.COLUMNS, x, c, r);
        result(layerResult, ln, AxisNorm.Axis.ROWS, x, c, r);
        results.getChildren().setAll(input, batchResult, layerResult);
        arrange();
        oneNote.setVisible(n == 1 && bn);
        if (last != null) {
            live.show(LiveFigures.of(last, model.layer()));
        }
    }

    /**
     * The batch and the results in one row where they fit; else the batch alone on its row (it takes the
     * row's width) and the two results side by side below it, rather than one result beside the batch
     * and the other alone below.
     */
    private void arrange() {
        double w = results.getWidth();
        input.setPrefWidth(Region.USE_COMPUTED_SIZE);
        double row = input.prefWidth(-1);
        for (VBox b : new VBox[] {batchResult, layerResult}) {
            if (b.isVisible()) {
                row += results.getHgap() + b.prefWidth(-1);
            }
        }
        if (w > 0 && row > w) {
            input.setPrefWidth(w);
        }
    }

    // the normalized batch with both axes' statistics, its own axis strong: 0 and 1 there, not elsewhere
    private void result(VBox box, boolean visible, AxisNorm.Axis axis, double[][] x, int c, int r) {
        box.setVisible(visible);
        double[][] xhat = AxisNorm.normalize(x, axis, AxisNorm.EPS);
        boolean byColumn = axis == AxisNorm.Axis.COLUMNS;
        String id = byColumn ? "axes-bn" : "axes-ln";
        Node table = NumberTable.build(new NumberTable.Content(id, xhat, AxisNorm.columns(xhat), AxisNorm.rows(xhat),
                byColumn, !byColumn, c, r), model::highlight);
        String captionKey = !byColumn ? "axes.caption.layer" : x.length == 1 ? "axes.caption.batch.one" : "axes.caption.batch";
        Label caption = heading(captionKey);
        caption.setId(id + "-caption");
        caption.setStyle("-fx-font-weight: normal;");
        if (box.getChildren().size() > 3) {
            box.getChildren().remove(3, box.getChildren().size());
        }
        box.getChildren().addAll(table, caption);
        // the texts as wide as the table: the caption wraps in all of it, the heading in even lines within it
        caption.setMinWidth(0);
        caption.prefWidthProperty().bind(((Region) table).widthProperty());
        (byColumn ? batchRoom : layerRoom).bind(((Region) table).widthProperty());
    }

    private static String number(double v) {
        return bnlab.app.i18n.Numbers.format(v);
    }
}
