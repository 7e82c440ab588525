package bnlab.app.seeds;

import bnlab.engine.Engine;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Problem;
import bnlab.engine.api.SeedOutcome;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A repeat over seeds: the twins of the set-up on show trained again from seeds 1 to n (each seed its own start,
 * split and order of batches), for each batch size asked, and tested on the whole test set
 * ({@link Engine#outcome}), one run at a time on a background thread. The seeds take turns across the batch
 * sizes, so every column fills together; each outcome reaches the FX thread as it comes. Properties and
 * commands: FX thread only.
 */
final class SeedsModel {
    enum State { IDLE, RUNNING, DONE, STOPPED, FAILED }

    /** One run: a seed at a batch size. */
    record Run(long seed, int batchSize) {
    }

    static final int DEFAULT_SEEDS = 20;
    static final int DEFAULT_STEPS = 2000;
    static final int MAX_SEEDS = 100;
    static final int MAX_STEPS = 100_000;
    private final Supplier<Dataset> data;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyObjectWrapper<List<SeedOutcome>> outcomes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private ExecutorService worker;
    private int seeds = DEFAULT_SEEDS;
    private int steps = DEFAULT_STEPS;
    /** The batch sizes to repeat at; empty: the set-up's own. */
    private List<Integer> batches = List.of();
    private Snapshot setUp;
    /** Which start the outcomes arriving belong to (a stop or a new start leaves the old ones out). */
    private int generation;
    private volatile int stopped = -1;
    private List<Run> plan = List.of();

    /** @param data the data set the twins train on (read on the FX thread when a repeat starts) */
    SeedsModel(Supplier<Dataset> data) {
        this.data = data;
    }

    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What came so far, in the order it came; immutable. */
    ReadOnlyObjectProperty<List<SeedOutcome>> outcomesProperty() {
        return outcomes.getReadOnlyProperty();
    }

    /** Why the last start could not run, or null. */
    ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Keep the set-up on show (its spec and settings are what a start repeats); whether it is new. */
    boolean accept(Snapshot s) {
        boolean fresh = s != null && (setUp == null || s.version() != setUp.version());
        if (fresh) {
            setUp = s;
        }
        return fresh;
    }

    void configure(int seeds, int steps, List<Integer> batches) {
        this.seeds = Math.max(1, Math.min(seeds, MAX_SEEDS));
        this.steps = Math.max(1, Math.min(steps, MAX_STEPS));
        this.batches = batches.stream().filter(b -> b > 0).distinct().sorted().toList();
    }

    int seeds() {
        return seeds;
    }

    int steps() {
        return steps;
    }

    /** The batch sizes asked for, ascending; empty: the set-up's own. */
    List<Integer> askedBatches() {
        return batches;
    }

    /** The batch sizes a start repeats at, ascending (the set-up's own when none were asked). */
    List<Integer> batchSizes() {
        if (!batches.isEmpty()) {
            return batches;
        }
        return setUp == null ? List.of() : List.of(setUp.settings().batchSize());
    }

    /** The test samples of the set-up on show (each run tests on as many), 0 before it is known. */
    int testSamples() {
        return setUp == null ? 0 : setUp.testSize();
    }

    /** The runs of the current or last start, in the order they run. */
    List<Run> plan() {
        return plan;
    }

    /** The batch sizes of the current or last start, ascending (what its dots are of). */
    List<Integer> plannedBatches() {
        return plan.stream().map(Run::batchSize).distinct().sorted().toList();
    }

    /** The seeds of the current or last start (1 to this). */
    int plannedSeeds() {
        return (int) plan.stream().mapToLong(Run::seed).max().orElse(seeds);
    }

    boolean canStart() {
        return setUp != null && state.get() != State.RUNNING;
    }

    /** Start again from seed 1 with the set-up on show; what came before is dropped. */
    void start() {
        if (!canStart()) {
            return;
        }
        ExperimentSpec spec = setUp.spec();
        TrainSettings settings = setUp.settings();
        Dataset d = data.get();
        List<Run> runs = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            for (int b : batchSizes()) {
                runs.add(new Run(seed, b));
            }
        }
        Problem p = spec.problemWith(d);
        for (int b : batchSizes()) {
            if (p == null) {
                TrainSettings t = settings.withBatchSize(b);
                p = t.problem() != null ? t.problem() : t.problemWith(spec);
            }
        }
        generation++;
        outcomes.set(List.of());
        plan = List.copyOf(runs);
        problem.set(p);
        if (p != null) {
            state.set(State.FAILED);
            return;
        }
        state.set(State.RUNNING);
        int g = generation;
        int n = steps;
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(Engine.backgroundThreads("bnlab-seeds"));
        }
        List<Run> todo = plan;
        worker.execute(() -> {
            try {
                for (Run r : todo) {
                    if (stopped == g) {
                        break;
                    }
                    SeedOutcome o = Engine.outcome(spec.withSeed(r.seed()), settings.withBatchSize(r.batchSize()), d,
                            n);
                    Platform.runLater(() -> arrived(g, o));
                }
                Platform.runLater(() -> ended(g, null));
            } catch (RuntimeException e) { // the engine's checks passed above: this is a fault, said, not thrown
                Problem failed = Problem.of(bnlab.engine.api.RunProblem.TRAINING_FAILED,
                        e.getClass().getSimpleName() + ": " + e.getMessage());
                Platform.runLater(() -> ended(g, failed));
            }
        });
    }

    /** Stop after the run under way (its outcome is dropped); what came stays. */
    void stop() {
        if (state.get() == State.RUNNING) {
            stopped = generation;
            generation++;
            state.set(State.STOPPED);
        }
    }

    /**
     * Stop, and drop the last repeat's runs and outcomes (a lesson's next step sets up another experiment: its
     * dots, trained 2,000 steps in batches of 4, 16 and 120, stayed under a step about 300 steps at eta 1).
     */
    void clear() {
        stop();
        generation++;
        plan = List.of();
        outcomes.set(List.of());
        problem.set(null);
        state.set(State.IDLE);
    }

    /** Stop and let the worker thread end (the view left the window). */
    void close() {
        stop();
        if (worker != null) {
            worker.shutdown();
            worker = null;
        }
    }

    private void arrived(int g, SeedOutcome o) {
        if (g == generation) {
            List<SeedOutcome> next = new ArrayList<>(outcomes.get());
            next.add(o);
            outcomes.set(List.copyOf(next));
        }
    }

    private void ended(int g, Problem failed) {
        if (g == generation && state.get() == State.RUNNING) {
            problem.set(failed);
            state.set(failed == null ? State.DONE : State.FAILED);
        }
    }
}
