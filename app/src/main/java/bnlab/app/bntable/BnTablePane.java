package bnlab.app.bntable;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Palette;
import bnlab.engine.api.BnByHand;
import bnlab.engine.api.Convention;
import bnlab.engine.api.NormKind;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The table laid out, in a scroll pane: a title and the options in use, the grids, then (by hand) the
 * statistics and the running statistics of PyTorch and Keras side by side, or (live) the engine's running
 * statistics checked, then the statistics. Built anew when the options or the shown step change;
 * narrower than {@link #COMPACT_WIDTH} (times the type scale) it uses smaller type and fewer columns. It scrolls to the
 * options' focus until the user scrolls or clicks.
 */
final class BnTablePane {
    static final double COMPACT_WIDTH = 1150;
    private final BnTableModel model;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new bnlab.app.style.LiveScrollPane(content);
    private boolean compact;
    /** The table was built for new options: scroll to their focus once it is laid out. */
    private final bnlab.app.style.FocusScroll focus;
    /** The statistics and the running statistics, to scroll to. */
    Node statistics;
    private Node running;
    private Node backward;
    /** The backward pass last built by hand, or null (its cells and check, for tests). */
    BackwardBox backwardBox;
    /** The grids last built (their cells, for tests). */
    BatchGrids grids = new BatchGrids();
    /** The first line (a title, or why the live table waits). */
    final Label title = new Label();
    /** The verdict on the engine's x_hat and y (live), or on y = x (undo). */
    final Label verdict = new Label();

    BnTablePane(BnTableModel model) {
        this.model = model;
        content.setPadding(new Insets(12, 16, 16, 16));
        content.getStyleClass().add("view-pane");
        root.getStyleClass().add("view-pane");
        root.setFitToWidth(true);
        root.setId("bn-table");
        bnlab.app.TableCsv.attach(root, () -> TableRows.available(model), () -> TableRows.of(model));
        title.setId("bn-table-title");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.2em;");
        verdict.setId("bn-table-verdict");
        verdict.setWrapText(true);
        bnlab.app.style.Runts.avoid(verdict);
        fitToView(title);
        fitToView(verdict);
        focus = new bnlab.app.style.FocusScroll(root, content);
        root.widthProperty().addListener((o, a, b) -> {
            if (compactNow() != compact) {
                // laid out anew: scroll to the options' focus again
                build();
                focus.request(this::focusTop);
            }
        });
        show();
    }

    Node root() {
        return root;
    }

    /** Build the table for the model's options (scrolled to their focus). */
    void show() {
        build();
        focus.request(this::focusTop);
    }

    /** Build the table anew for a new step, keeping where it is scrolled to. */
    void refresh() {
        double v = root.getVvalue();
        build();
        if (!focus.pending()) {
            root.setVvalue(v);
        }
    }

    /**
     * Whether the table is laid out narrow for the view's width now: at a larger type (a projector's 1.5) the table
     * is as much wider (four images a row, rows of 12 live values, dx_1's numbers plugged in), so narrow sooner.
     */
    private boolean compactNow() {
        double w = root.getWidth();
        return w > 0 && w < COMPACT_WIDTH * bnlab.app.style.Look.current().scale();
    }

    private void build() {
        compact = compactNow();
        Cells c = new Cells(compact);
        grids = new BatchGrids();
        content.getChildren().clear();
        content.getChildren().add(title);
        verdict.setText("");
        statistics = null;
        running = null;
        backward = null;
        backwardBox = null;
        if (model.live()) {
            showLive(c);
        } else {
            showHand(c);
        }
        for (Node n : new Node[] {statistics, running, backward}) {
            if (n != null) {
                n.boundsInParentProperty().addListener((o, a, b) -> focus.apply());
            }
        }
        if (backward != null) {
            fitTexts(backward);
        }
    }

    // the texts wrap at the view's width: a table wider than the view scrolls sideways, but its title and notes
    // ran off the view's edge with it
    // (a heading in lines of even length, see Balanced)
    private void fitToView(Label l) {
        boolean heading = l == title || l.getStyleClass().contains(Cells.HEADING);
        l.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double room = Math.max(100, root.getViewportBounds().getWidth() - content.getPadding().getLeft()
                    - content.getPadding().getRight());
            if (!heading) {
                return room;
            }
            double sides = l.getInsets().getLeft() + l.getInsets().getRight();
            return bnlab.app.style.Balanced.width(l.getText(), l.getFont(), room - sides) + sides;
        }, root.viewportBoundsProperty(), l.textProperty(), l.fontProperty()));
    }

    // the wrapping texts directly in a box (its heading, notes and verdicts)
    private void fitTexts(Node box) {
        if (box instanceof Label l && l.isWrapText()) {
            fitToView(l);
        } else if (box instanceof VBox v) {
            v.getChildren().forEach(n -> {
                if (n instanceof Label l && l.isWrapText()) {
                    fitToView(l);
                }
            });
        }
    }

    // the focus's place in the content: its top, or for statisticsEnd the block's foot at the viewport's foot where
    // the block is taller than the viewport; the top of the table without a focus
    private double focusTop() {
        Node target = switch (model.focus()) {
            case "statistics", "statisticsEnd" -> statistics;
            case "running" -> running;
            case "backward" -> backward;
            default -> null;
        };
        if (target == null) {
            return 0;
        }
        javafx.geometry.Bounds b = target.getBoundsInParent();
        return model.focus().equals("statisticsEnd")
                ? Math.max(b.getMinY(), b.getMaxY() - root.getViewportBounds().getHeight()) : b.getMinY();
    }

    private void showHand(Cells c) {
        BnByHand h = model.example();
        Convention used = model.convention();
        title.setText(I18n.get("bnTable.title.hand"));
        content.getChildren().add(Cells.note(I18n.get("bnTable.options", Digits.stat(h.gamma()), Digits.stat(h.beta()),
                Digits.eps(h.eps()), I18n.label(used))));
        content.getChildren().add(grids.hand(c, h, model.undo()));
        content.getChildren().add(Cells.note(I18n.get("bnTable.conv")));
        if (model.undo()) {
            showUndoVerdict(h);
        }
        statistics = StatsBox.of(c, h, false, model.undo());
        HBox running = new HBox(16);
        for (Convention k : Convention.values()) {
            running.getChildren().add(RunningBox.of(c, h, k, k.defaultMomentum(), BnByHand.Running.START, k == used, null,
                    model.runningShown()));
        }
        this.running = new VBox(8, Cells.heading(I18n.get("bnTable.running.hand")), running);
        content.getChildren().addAll(statistics, this.running);
        if (model.backward()) {
            backwardBox = new BackwardBox();
            backward = backwardBox.of(c, h);
            content.getChildren().add(backward);
        }
    }

    private void showLive(Cells c) {
        LiveStep s = model.liveStep();
        if (s.why() != null) {
            title.setText(switch (s.why()) {
                case NO_STEP -> I18n.get("bnTable.live.wait");
                case NOT_BATCH_NORM -> bnlab.app.i18n.ArchWords.get("bnTable.live.notBatch",
                        bnlab.app.i18n.ArchWords.cnn(model.last()), I18n.label(model.last().normalized().norm()));
                case DIVERGED -> I18n.get("bnTable.live.diverged");
            });
            return;
        }
        BnByHand h = s.hand();
        title.setText(bnlab.app.i18n.ArchWords.get("bnTable.title.live", bnlab.app.i18n.ArchWords.cnn(model.last()),
                s.unit() + 1, s.layer() + 1, I18n.label(NormKind.BATCH),
                when(s.step()), Integer.toString(h.m())));
        // before the first step gamma and beta are their initial 1 and 0, not yet learned
        String free = s.step() == 0 ? "bnTable.live.initial" : "bnTable.live.learned";
        content.getChildren().add(Cells.note(I18n.get("bnTable.live.network", Digits.stat(s.network().gamma()),
                I18n.get(s.gammaPinned() ? "bnTable.live.pinned" : free), Digits.stat(s.network().beta()),
                I18n.get(s.betaPinned() ? "bnTable.live.pinned" : free), Digits.eps(h.eps()))));
        if (model.undo()) { // the y row is rebuilt with other gamma and beta than the network's: say which
            content.getChildren().add(Cells.note(I18n.get("bnTable.live.undo", Digits.stat(h.gamma()),
                    Digits.stat(h.beta()))));
        }
        content.getChildren().add(grids.live(c, h, model.undo()));
        if (h.m() > BatchGrids.MAX_LIVE) {
            content.getChildren().add(Cells.note(I18n.get("bnTable.more", Integer.toString(BatchGrids.MAX_LIVE),
                    Integer.toString(h.m()))));
        }
        if (model.undo()) {
            showUndoVerdict(h);
        } else {
            boolean ok = s.valuesMatch();
            verdict.setText(I18n.get(ok ? "bnTable.engineValues.ok" : "bnTable.engineValues.bad",
                    Digits.difference(Math.max(s.xhatDiff(), s.yDiff()))));
            colour(verdict, ok);
            content.getChildren().add(verdict);
        }
        // the update checked first (what is new live), then the same statistics as by hand
        BnByHand.Running before = s.check() == null ? null : s.check().before();
        VBox right = new VBox(8, Cells.heading(I18n.get("bnTable.running.live")));
        if (before != null) {
            right.getChildren().add(RunningBox.of(c, h, s.convention(), s.momentum(), before, true, s.check(), true));
        } else {
            Label wait = Cells.note(s.stepBefore() < 0 ? I18n.get("bnTable.check.first")
                    : I18n.get("bnTable.check.wait", Long.toString(s.step()), Long.toString(s.stepBefore())));
            wait.setId("bn-table-check-wait");
            right.getChildren().add(wait);
        }
        statistics = StatsBox.of(c, h, true, model.undo());
        running = right;
        content.getChildren().addAll(right, statistics);
        if (model.backward()) {
            if (s.backward() != null) {
                backwardBox = new BackwardBox();
                backward = backwardBox.live(c, s);
            } else {
                backward = Cells.note(I18n.get("bnTable.backward.live.none"));
            }
            content.getChildren().add(backward);
        }
    }

    /**
     * The live batch's moment: step 0 is the look before training (the training set's first rows, no update; the
     * first step then trains on a shuffled batch), so it is not called a training step.
     */
    static String when(long step) {
        return step == 0 ? I18n.get("bnTable.live.beforeTraining") : I18n.trainingStep(step);
    }

    // y = x value by value when gamma = sqrt(var + eps) and beta = mu
    private void showUndoVerdict(BnByHand h) {
        double d = 0;
        for (int i = 0; i < h.m(); i++) {
            d = Math.max(d, Math.abs(h.y(i) - h.x(i)));
        }
        boolean ok = d <= 1e-9 * Math.max(1, Math.abs(h.mean()) + h.std());
        verdict.setText(I18n.get(ok ? "bnTable.yEqualsX" : "bnTable.yNotX", Digits.difference(d)));
        colour(verdict, ok);
        content.getChildren().add(verdict);
    }

    /** A verdict's look: bold, green when it checks out. */
    static void colour(Label l, boolean ok) {
        l.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em; -fx-text-fill: "
                + Palette.textCss(ok ? Palette.GREEN : Palette.PLAIN) + ";");
    }
}
