package bnlab.app.seeds;

import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.engine.api.SeedOutcome;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The repeat's button and progress, the chart of the seeds' dots, and a line per batch size saying what its dots
 * say (ahead in how many seeds, by how much on average).
 */
final class SeedsPane {
    final Button run = new Button();
    final Button stop = new Button(I18n.get("seeds.stop"));
    final javafx.scene.control.Spinner<Integer> seedsChoice = new javafx.scene.control.Spinner<>(1,
            SeedsModel.MAX_SEEDS, SeedsModel.DEFAULT_SEEDS);
    final javafx.scene.control.Spinner<Integer> stepsChoice = new javafx.scene.control.Spinner<>(1,
            SeedsModel.MAX_STEPS, SeedsModel.DEFAULT_STEPS, 100);
    final javafx.scene.control.TextField batchesChoice = new javafx.scene.control.TextField();
    /** A batch-size list that is not one, said until it is mended; null when there is none. */
    private String badSizes;
    private boolean updating;
    final ProgressBar progress = new ProgressBar(0);
    final Label status = new Label();
    final VBox tallies = new VBox(2);
    final SeedsChart chart = new SeedsChart();
    private final SeedsModel model;
    private final BorderPane root = new BorderPane();
    private final BorderPane content = new BorderPane();

    SeedsPane(SeedsModel model) {
        this.model = model;
        run.setId("seeds-run");
        stop.setId("seeds-stop");
        for (javafx.scene.Node n : new javafx.scene.Node[] {run, stop, progress}) {
            n.getStyleClass().add(bnlab.app.export.Exporter.HIDDEN); // the window's controls stay out of a picture
        }
        status.setId("seeds-status");
        tallies.setId("seeds-tallies");
        status.setWrapText(true);
        bnlab.app.style.Runts.avoid(status);
        status.setMinHeight(Region.USE_PREF_SIZE);
        run.setOnAction(e -> model.start());
        stop.setOnAction(e -> model.stop());
        progress.setPrefWidth(160);
        seedsChoice.setId("seeds-count");
        stepsChoice.setId("seeds-steps");
        batchesChoice.setId("seeds-batches");
        bnlab.app.style.Spinners.editable(seedsChoice, 3);
        bnlab.app.style.Spinners.editable(stepsChoice, 6);
        batchesChoice.setPrefColumnCount(9);
        batchesChoice.setPromptText(I18n.get("seeds.batches.prompt"));
        bnlab.app.style.Tips.set(batchesChoice, I18n.get("seeds.batches.tip"));
        seedsChoice.valueProperty().addListener((o, a, b) -> choose());
        stepsChoice.valueProperty().addListener((o, a, b) -> choose());
        batchesChoice.setOnAction(e -> choose());
        batchesChoice.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                choose();
            }
        });
        FlowPane bar = new FlowPane(8, 6, bnlab.app.style.Together.of(new Label(I18n.get("seeds.count")), seedsChoice),
                bnlab.app.style.Together.of(new Label(I18n.get("seeds.steps")), stepsChoice),
                bnlab.app.style.Together.of(new Label(I18n.get("seeds.batches")), batchesChoice), run, stop, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, status);
        top.setPadding(new Insets(4, 8, 4, 8));
        tallies.setPadding(new Insets(4, 8, 4, 8));
        content.setTop(top);
        content.setCenter(chart.viewer);
        content.setBottom(tallies);
        // below the chart's least height (a projector's type, a small stage) the view scrolls, never squashes it
        root.setCenter(bnlab.app.style.Scrolling.of(content));
        model.stateProperty().addListener((o, a, b) -> show());
        model.outcomesProperty().addListener((o, a, b) -> show());
        model.problemProperty().addListener((o, a, b) -> show());
        show();
    }

    BorderPane root() {
        return root;
    }

    // the choices as typed, to the model; a batch-size list that is not one is said and changes nothing
    private void choose() {
        if (updating) {
            return;
        }
        java.util.List<Integer> sizes = SeedsView.sizes(batchesChoice.getText());
        badSizes = sizes == null ? batchesChoice.getText() : null;
        if (sizes != null) {
            model.configure(seedsChoice.getValue(), stepsChoice.getValue(), sizes);
        } else {
            model.configure(seedsChoice.getValue(), stepsChoice.getValue(), model.askedBatches());
        }
        show();
    }

    /** Everything from the model as it is now. FX thread. */
    void show() {
        SeedsModel.State state = model.stateProperty().get();
        List<SeedOutcome> got = model.outcomesProperty().get();
        List<Integer> batches = model.batchSizes();
        boolean running = state == SeedsModel.State.RUNNING;
        run.setText(I18n.get("seeds.run", model.seeds(), batches.size()));
        run.setDisable(!model.canStart() || badSizes != null);
        updating = true;
        seedsChoice.getValueFactory().setValue(model.seeds());
        stepsChoice.getValueFactory().setValue(model.steps());
        if (badSizes == null && !batchesChoice.isFocused()) {
            batchesChoice.setText(String.join(", ", model.askedBatches().stream().map(String::valueOf).toList()));
        }
        updating = false;
        seedsChoice.setDisable(running);
        stepsChoice.setDisable(running);
        batchesChoice.setDisable(running);
        stop.setDisable(!running);
        int total = model.plan().size();
        progress.setVisible(running);
        progress.setProgress(total == 0 ? 0 : got.size() / (double) total);
        // the runs' own steps once some came (the field may ask for another number already)
        int ran = got.isEmpty() ? model.steps() : got.get(0).steps();
        status.setText(badSizes != null ? I18n.get("seeds.batches.bad", badSizes) : switch (state) {
            case IDLE -> I18n.get("seeds.idle", model.steps());
            case RUNNING -> I18n.get("seeds.running", got.size(), total, ran);
            case DONE -> I18n.get("seeds.done", got.size(), ran);
            case STOPPED -> I18n.get("seeds.stopped", got.size(), total);
            case FAILED -> I18n.problem(model.problemProperty().get());
        });
        // the chart says what its dots are of: the last repeat's runs once there are some (the choices above may
        // already ask for another), else what the button would run
        boolean dots = !got.isEmpty();
        List<Integer> columns = dots ? model.plannedBatches() : batches;
        chart.setSubtitle(I18n.get("seeds.subtitle", dots ? model.plannedSeeds() : model.seeds(),
                ran, dots ? got.get(0).testRows() : model.testSamples()));
        List<Tally> counted = Tally.of(got, columns);
        chart.show(got, columns, dots ? model.plannedSeeds() : model.seeds(), counted);
        tallies.getChildren().clear();
        for (Tally t : counted) {
            if (t.runs() == 0) {
                continue;
            }
            Label l = new Label(line(t));
            l.setWrapText(true);
            bnlab.app.style.Runts.avoid(l);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add("seeds-tally");
            tallies.getChildren().add(l);
        }
    }

    /** What one batch size's dots say, in words. */
    static String line(Tally t) {
        String mean = Double.isNaN(t.mean()) ? "\u2013" : signed(t.mean());
        String points = Double.isNaN(t.meanPoints()) ? "\u2013" : signed(t.meanPoints());
        String s = t.trained() == t.runs()
                ? I18n.get("seeds.tally", t.batchSize(), t.ahead(), t.runs(), t.level(), t.behind(), mean, points)
                : t.trained() > 0
                ? I18n.get("seeds.tally.some", t.batchSize(), t.ahead(), t.runs(), t.level(), t.behind(), mean, points,
                        t.trained())
                : I18n.get("seeds.tally.none", t.batchSize(), t.ahead(), t.runs(), t.level(), t.behind());
        // a twin that diverged lost its seed: said apart, so that a win by divergence is not taken for a lead
        int[] counts = {t.plainDiverged(), t.bnDiverged(), t.bothDiverged()};
        String[] keys = {"seeds.diverged.plain", "seeds.diverged.bn", "seeds.diverged.both"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                s = I18n.get("seeds.tally.with", s, I18n.get(keys[i], counts[i]));
            }
        }
        return s;
    }

    private static String signed(double v) {
        String n = Numbers.format(Math.abs(v) < 0.05 ? 0 : Math.round(v * 10) / 10.0);
        return v >= 0.05 ? "+" + n : n;
    }
}
