package bnlab.app.lessons;

import bnlab.app.controls.ExperimentCommands;
import bnlab.engine.api.Command;
import bnlab.engine.api.Convention;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Problem;
import bnlab.engine.api.Setting;
import bnlab.engine.api.TrainSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Does what a lesson says: sets up its experiment, runs a step's "enter" list and an action's list,
 * as commands to the engine (one per setting, each applied to what the engine holds then) and as
 * options to the stage's views. FX thread only.
 */
final class LessonRunner {
    /** The stage's views take options ("layer": 2, "scale": 100, ...). */
    interface Views {
        /** The view's options, and where the stage shows it: scrolled into sight, enlarged or back in the column. */
        void configure(Lesson.Do view);
    }

    private final Consumer<Command> send;
    private final ExperimentCommands experiment;
    private final Supplier<ExperimentSpec> spec;
    private final Views views;

    LessonRunner(Consumer<Command> send, ExperimentCommands experiment, Supplier<ExperimentSpec> spec, Views views) {
        this.send = send;
        this.experiment = experiment;
        this.spec = spec;
        this.views = views;
    }

    /** An experiment as a lesson names it: a spec, settings and a data set (null: the one in use). */
    record Experiment(ExperimentSpec spec, TrainSettings settings, DatasetId dataset) {
    }

    /**
     * Entering a step as from the lesson's start: the experiment to open (the set-up's, with the spec, settings
     * and data set of the steps' "enter" entries up to it folded in, as far as the first entry that acts on the
     * twins, so a setting still reaches the engine before the training it was meant for), and the entries to
     * run after it in order (those folded in keep their other parts: a view's options, a reset, play).
     */
    record Entry(Experiment experiment, List<Lesson.Do> rest) {
        Entry {
            rest = List.copyOf(rest);
        }
    }

    Entry entry(Lesson lesson, int step) {
        List<Lesson.Do> all = enters(lesson, step);
        int folded = foldable(all, 0);
        List<Lesson.Do> rest = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rest.add(i < folded ? all.get(i).withoutExperiment() : all.get(i));
        }
        return new Entry(fold(lesson.setup(), all.subList(0, folded)), rest);
    }

    /** The experiment a step trains on when entered from the lesson's start (every "enter" entry up to it). */
    Experiment expected(Lesson lesson, int step) {
        return fold(lesson.setup(), enters(lesson, step));
    }

    /** Whether the engine holds that experiment (its spec, the settings that change training, its data set). */
    boolean holds(Experiment e) {
        return e.spec().equals(spec.get()) && sameTraining(e.settings(), experiment.settings())
                && (e.dataset() == null || e.dataset() == experiment.datasetId());
    }

    /**
     * Open the experiment of a step entered from the lesson's start, then (once it was sent) run the rest of the
     * steps' "enter" lists and hand {@code then} their first problem, or null. Returns null, or the problem that
     * kept the experiment from being sent.
     */
    Problem enter(Lesson lesson, int step, Consumer<Problem> then) {
        Entry e = entry(lesson, step);
        send.accept(new Command.Pause());
        // playing and the entries follow the new experiment, also when its data loads first
        return experiment.open(e.experiment().spec(), e.experiment().settings(), e.experiment().dataset(), () -> {
            if (lesson.setup().play()) {
                send.accept(new Command.Play());
            }
            then.accept(run(e.rest(), e.experiment().spec(), then));
        });
    }

    private static List<Lesson.Do> enters(Lesson lesson, int step) {
        List<Lesson.Do> all = new ArrayList<>();
        for (int k = 0; k <= step; k++) {
            all.addAll(lesson.steps().get(k).enter());
        }
        return all;
    }

    // the entries from `from` on that go into an experiment opened before them: up to the first that acts on the twins
    // (so a setting still reaches the engine before the training it was meant for); the index after them
    private static int foldable(List<Lesson.Do> does, int from) {
        int k = from;
        while (k < does.size() && !does.get(k).actsOnTheTwins()) {
            k++;
        }
        return k;
    }

    // the set-up's spec on the first experiment's, its settings on the defaults, then each entry's in order
    private Experiment fold(Lesson.Setup s, List<Lesson.Do> does) {
        ExperimentSpec sp = Patches.spec(ExperimentSpec.defaults(), s.spec());
        TrainSettings t = Patches.settings(TrainSettings.defaults().withSpeed(60), s.settings());
        DatasetId data = s.dataset() == null ? DatasetId.DIGITS : s.dataset().equals("KEEP") ? null
                : DatasetId.valueOf(s.dataset());
        if (experiment.datasetId() != null && s.keepIfInUse().contains(experiment.datasetId().name())) {
            data = null; // the data in use is one the lesson prefers (an MNIST folder the user opened)
        }
        return fold(new Experiment(sp, t, data), does);
    }

    // each entry's spec, settings and data set in order on an experiment
    private static Experiment fold(Experiment e, List<Lesson.Do> does) {
        ExperimentSpec sp = e.spec();
        TrainSettings t = e.settings();
        DatasetId data = e.dataset();
        for (Lesson.Do d : does) {
            sp = Patches.spec(sp, d.spec());
            t = Patches.settings(t, d.settings());
            data = d.dataset() == null ? data : DatasetId.valueOf(d.dataset());
        }
        return new Experiment(sp, t, data);
    }

    /** Whether two settings train alike (how fast it plays, what is probed and how often it is measured aside). */
    static boolean sameTraining(TrainSettings a, TrainSettings b) {
        return close(a.learningRate(), b.learningRate()) && close(a.optimizerMomentum(), b.optimizerMomentum())
                && close(a.bnMomentum(), b.bnMomentum()) && a.convention() == b.convention() && close(a.eps(), b.eps())
                && a.batchSize() == b.batchSize() && java.util.Objects.equals(a.pinnedGamma(), b.pinnedGamma())
                && java.util.Objects.equals(a.pinnedBeta(), b.pinnedBeta()) && a.pinLayer() == b.pinLayer();
    }

    // equal up to the rounding of a convention's momentum, 1 - (1 - m)
    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
    }

    /**
     * Do each thing in order; the first problem stops the list. An entry that names another data set opens the
     * experiment on it (its spec and settings with it) once it has loaded, and the entries after it follow the new
     * twins (a "steps" sent before the load would have trained the old ones, then been thrown away by the rebuild):
     * a problem found then goes to {@code later}.
     */
    Problem run(List<Lesson.Do> does, Consumer<Problem> later) {
        return run(does, spec.get(), later);
    }

    // a spec's entry patches the spec the entries before it gave, not the engine's (it may not have applied them yet)
    private Problem run(List<Lesson.Do> does, ExperimentSpec from, Consumer<Problem> later) {
        ExperimentSpec s = from;
        for (int i = 0; i < does.size(); i++) {
            Lesson.Do d = does.get(i);
            if (!d.spec().isEmpty()) {
                s = Patches.spec(s, d.spec());
            }
            if (d.dataset() != null && DatasetId.valueOf(d.dataset()) != experiment.datasetId()) {
                // the spec and settings of the entries after it that can be folded (foldable) go into the experiment
                // opened, as when a step is entered: the new twins' first evaluation is made with them
                int j = foldable(does, i + 1);
                Experiment e = fold(new Experiment(s, Patches.settings(experiment.settings(), d.settings()),
                        DatasetId.valueOf(d.dataset())), does.subList(i + 1, j));
                List<Lesson.Do> rest = new ArrayList<>();
                for (Lesson.Do f : does.subList(i, j)) {
                    rest.add(f.withoutExperiment());
                }
                rest.addAll(does.subList(j, does.size()));
                send.accept(new Command.Pause());
                return experiment.open(e.spec(), e.settings(), e.dataset(), () -> {
                    Problem p = run(rest, e.spec(), later);
                    if (p != null) {
                        later.accept(p);
                    }
                });
            }
            Problem p = run(d, s);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private Problem run(Lesson.Do d, ExperimentSpec rebuilt) {
        for (Map.Entry<String, Object> e : Patches.conventionFirst(d.settings())) {
            send.accept(command(e.getKey(), e.getValue()));
        }
        if (!d.spec().isEmpty()) {
            Problem p = experiment.rebuildWith(rebuilt);
            if (p != null) {
                return p;
            }
        }
        if (d.dataset() != null) {
            experiment.loadDataset(DatasetId.valueOf(d.dataset()), null);
        }
        if (Boolean.TRUE.equals(d.unpin())) {
            send.accept(new Command.PinGamma(null, -1));
            send.accept(new Command.PinBeta(null, -1));
        }
        if (Boolean.TRUE.equals(d.reset())) {
            send.accept(new Command.Reset());
        }
        if (d.resetTwin() != null) {
            send.accept(new Command.ResetTwin(d.resetTwin().equals("normalized")));
        }
        if (d.scaleWeights() != null) {
            // the file counts hidden layers from 1, as the views do; the engine from 0
            send.accept(new Command.ScaleWeights(d.scaleWeights().layer() - 1, d.scaleWeights().factor()));
        }
        if (d.steps() != null) {
            send.accept(new Command.Pause());
            send.accept(new Command.Step(d.steps()));
        }
        if (d.stepTo() != null) {
            send.accept(new Command.Pause());
            send.accept(new Command.StepTo(d.stepTo()));
        }
        if (d.play() != null) {
            send.accept(d.play() ? new Command.Play() : new Command.Pause());
        }
        if (d.view() != null) {
            views.configure(d);
        }
        return null;
    }

    /** Only the view options of a list (the training is left as it is). */
    void configureViews(Iterable<Lesson.Do> does) {
        for (Lesson.Do d : does) {
            if (d.view() != null) {
                views.configure(d);
            }
        }
    }

    // one setting, one command: each is applied to the settings the engine holds when it arrives
    static Command command(String key, Object value) {
        if (key.equals("convention")) {
            return new Command.SetConvention(Convention.valueOf((String) value));
        }
        double v = ((Number) value).doubleValue();
        if (key.equals("PROBE_UNIT")) {
            return new Command.SetProbeUnit((int) v);
        }
        return switch (Setting.valueOf(key)) {
            case LEARNING_RATE -> new Command.SetLearningRate(v);
            case OPTIMIZER_MOMENTUM -> new Command.SetOptimizerMomentum(v);
            case BN_MOMENTUM -> new Command.SetBnMomentum(v);
            case EPS -> new Command.SetEps(v);
            case BATCH_SIZE -> new Command.SetBatchSize((int) v);
            case SPEED -> new Command.SetSpeed(v);
            case GAMMA -> new Command.PinGamma(v, -1);
            case BETA -> new Command.PinBeta(v, -1);
            case EVAL_EVERY -> new Command.SetEvalEvery((int) v);
            case BN_NOISE -> new Command.SetBnNoise(v);
            default -> throw new IllegalArgumentException("setting " + key);
        };
    }
}
