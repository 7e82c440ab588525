package bnlab.app.seeds;

import bnlab.app.Configurable;
import bnlab.app.SnapshotView;
import bnlab.app.TableCsv;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.Problem;
import bnlab.engine.api.SeedOutcome;
import bnlab.engine.api.Snapshot;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One run is one experiment: the set-up on show repeated from seeds 1 to n (another start, split and order of
 * batches each), both twins trained and then tested on every test sample, a dot per seed. Whether BN's lead
 * is there in most seeds or only in one, and how the batch size changes it.
 *
 * <p>Lesson options: {@code "seeds"} how many seeds (1 to 100, default 20); {@code "steps"} the training steps of
 * each run (default 2,000); {@code "batches"} the batch sizes, a column each ("4,16,120"; default: the set-up's
 * own); {@code "run": true} starts the repeat (a lesson's button). Other options are ignored. The view leaves
 * the training on show alone: the runs are twins of their own, on a background thread.
 */
public class SeedsView implements SnapshotView, Configurable {
    /** Each numeric option's least and largest value, the model's own (a lesson's others are refused when it loads). */
    public static final java.util.Map<String, double[]> OPTION_RANGES = java.util.Map.of(
            "seeds", new double[] {1, SeedsModel.MAX_SEEDS}, "steps", new double[] {1, SeedsModel.MAX_STEPS});

    private final SeedsModel model;
    private final SeedsPane pane;

    /** @param data the data set the session trains on */
    public SeedsView(Supplier<Dataset> data) {
        model = new SeedsModel(data);
        pane = new SeedsPane(model);
        // the runs stop when the view leaves the window (a lesson closed); not when it only moves within it (the
        // view enlarged and back: out of one parent and into another in the same event)
        pane.root().sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                javafx.application.Platform.runLater(() -> {
                    if (pane.root().getScene() == null) {
                        model.close();
                    }
                });
            }
        });
        TableCsv.attach(pane.root(), () -> !model.outcomesProperty().get().isEmpty(), this::csv);
    }

    @Override
    public Node node() {
        return pane.root();
    }

    @Override
    public void show(Snapshot snapshot) {
        boolean first = model.plan().isEmpty() && model.outcomesProperty().get().isEmpty();
        if (model.accept(snapshot) && first) {
            pane.show(); // the button and the columns follow the set-up until a repeat ran
        }
    }

    @Override
    public void configure(Map<String, Object> options) {
        int seeds = options.get("seeds") instanceof Number n ? n.intValue() : model.seeds();
        int steps = options.get("steps") instanceof Number n ? n.intValue() : model.steps();
        List<Integer> batches = options.get("batches") instanceof String s ? sizes(s) : null;
        if (options.containsKey("seeds") || options.containsKey("steps") || batches != null) {
            // compared as the model keeps them (bounded, sorted, without repeats)
            List<Object> before = List.of(model.seeds(), model.steps(), model.askedBatches());
            model.configure(seeds, steps, batches != null ? batches : model.askedBatches());
            if (!before.equals(List.of(model.seeds(), model.steps(), model.askedBatches()))) {
                model.clear(); // another repeat: the last one's dots are not of it
            }
        }
        if (options.get("markSeed") instanceof Number seed) {
            double lead = options.get("markLead") instanceof Number n ? n.doubleValue() : Double.NaN;
            pane.chart.mark(seed.intValue() > 0 && !Double.isNaN(lead) ? new SeedsChart.Mark(seed.intValue(), lead)
                    : null);
        }
        if (Boolean.TRUE.equals(options.get("run"))) {
            model.stop();
            model.start();
        }
        pane.show();
    }

    /** "4, 16,120" as sizes; null when a part is not a whole number from 1 up (blank parts are skipped). */
    static List<Integer> sizes(String s) {
        List<Integer> out = new ArrayList<>();
        for (String part : s.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            try {
                int b = Integer.parseInt(p);
                if (b < 1) {
                    return null;
                }
                out.add(b);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    /** Whether a repeat is under way. */
    public boolean running() {
        return model.stateProperty().get() == SeedsModel.State.RUNNING;
    }

    /** How many runs the current or last repeat has in all. */
    public int planned() {
        return model.plan().size();
    }

    /** Why the last repeat did not run or stopped, or null. */
    public Problem problem() {
        return model.problemProperty().get();
    }

    /** The outcomes so far, in the order they came. */
    public List<SeedOutcome> outcomes() {
        return model.outcomesProperty().get();
    }

    private String csv() {
        TableCsv.Rows rows = new TableCsv.Rows(List.of("seed", "batch_size", "steps", "test_samples", "test_accuracy_bn",
                "test_accuracy_plain", "diverged", "samples_ahead_bn"));
        for (SeedOutcome o : model.outcomesProperty().get()) {
            // which twin diverged (its accuracy is empty): bn, plain, both, or empty
            Tally.Kind k = Tally.Kind.of(o);
            String diverged = switch (k) {
                case BN_DIVERGED -> "bn";
                case PLAIN_DIVERGED -> "plain";
                case BOTH_DIVERGED -> "both";
                case TRAINED -> "";
            };
            rows.add(List.of(Long.toString(o.seed()), Integer.toString(o.batchSize()), Integer.toString(o.steps()),
                    Integer.toString(o.testRows()), TableCsv.number(o.normalizedTest()), TableCsv.number(o.plainTest()),
                    diverged, o.diverged() ? "" : Integer.toString(o.samplesAhead())));
        }
        return rows.text();
    }

    SeedsModel model() {
        return model;
    }

    SeedsPane pane() {
        return pane;
    }
}
