package bnlab.app.lessons;

import bnlab.app.controls.ExperimentCommands;
import bnlab.engine.api.Command;
import bnlab.engine.api.Convention;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Problem;
import bnlab.engine.api.Setting;
import bnlab.engine.api.TrainSettings;

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
        void configure(String view, Map<String, Object> options);
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

    /**
     * The lesson's experiment, from the first experiment's spec and the default settings; then
     * {@code then} once it was sent. Null, or the problem that kept it from being sent.
     */
    Problem setUp(Lesson.Setup s, Runnable then) {
        ExperimentSpec sp = Patches.spec(ExperimentSpec.defaults(), s.spec());
        TrainSettings t = Patches.settings(TrainSettings.defaults().withSpeed(60), s.settings());
        DatasetId data = s.dataset() == null ? DatasetId.DIGITS : s.dataset().equals("KEEP") ? null
                : DatasetId.valueOf(s.dataset());
        if (experiment.datasetId() != null && s.keepIfInUse().contains(experiment.datasetId().name())) {
            data = null; // the data in use is one the lesson prefers (an MNIST folder the user opened)
        }
        send.accept(new Command.Pause());
        // playing and the first step's "enter" follow the new experiment, also when its data loads first
        return experiment.open(sp, t, data, () -> {
            if (s.play()) {
                send.accept(new Command.Play());
            }
            then.run();
        });
    }

    /** Do each thing in order; the first problem stops the list. */
    Problem run(Iterable<Lesson.Do> does) {
        for (Lesson.Do d : does) {
            Problem p = run(d);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private Problem run(Lesson.Do d) {
        for (Map.Entry<String, Object> e : Patches.conventionFirst(d.settings())) {
            send.accept(command(e.getKey(), e.getValue()));
        }
        if (!d.spec().isEmpty()) {
            Problem p = experiment.rebuildWith(Patches.spec(spec.get(), d.spec()));
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
        if (d.play() != null) {
            send.accept(d.play() ? new Command.Play() : new Command.Pause());
        }
        if (d.view() != null) {
            views.configure(d.view(), d.options());
        }
        return null;
    }

    /** Only the view options of a list (the training is left as it is). */
    void configureViews(Iterable<Lesson.Do> does) {
        for (Lesson.Do d : does) {
            if (d.view() != null) {
                views.configure(d.view(), d.options());
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
            default -> throw new IllegalArgumentException("setting " + key);
        };
    }
}
