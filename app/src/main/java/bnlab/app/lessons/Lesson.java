package bnlab.app.lessons;

import java.util.List;
import java.util.Map;

/**
 * A lesson as its file holds it (assets/lessons/*.json, checked against lesson.schema.json): an
 * experiment to set up, one or two views for the stage, and 2 to 7 steps. Immutable.
 *
 * @param id      the file's own name for it ("canyon-bowl")
 * @param order   its place in the list
 * @param title   its title
 * @param summary one line on what it shows
 * @param setup   the experiment it starts from
 * @param views   the views on the stage: histograms, saturation, runningStats, curves, landscape, surface,
 *                bnTable, axes
 * @param steps   its steps
 */
public record Lesson(String id, int order, LessonText title, LessonText summary, Setup setup, List<String> views,
                     List<Step> steps) {
    public Lesson {
        views = List.copyOf(views);
        steps = List.copyOf(steps);
    }

    /**
     * @param dataset  a data set id, or KEEP for the one in use (an MNIST folder the user opened), or null (digits)
     * @param spec     the experiment spec's fields that differ from the first experiment's, by name
     * @param settings live settings by {@link bnlab.engine.api.Setting} name (and "convention", "PROBE_UNIT")
     * @param play     start training at once
     * @param keepIfInUse data set ids (for example MNIST_FOLDER) whose data, when in use, is kept instead of
     *                 loading {@code dataset}
     */
    public record Setup(String dataset, Map<String, Object> spec, Map<String, Object> settings, boolean play,
                        List<String> keepIfInUse, boolean stallExpected) {
        public Setup {
            spec = spec == null ? Map.of() : Map.copyOf(spec);
            settings = settings == null ? Map.of() : Map.copyOf(settings);
            keepIfInUse = keepIfInUse == null ? List.of() : List.copyOf(keepIfInUse);
        }

        /** A set-up that always uses its own data set and is meant to learn. */
        public Setup(String dataset, Map<String, Object> spec, Map<String, Object> settings, boolean play) {
            this(dataset, spec, settings, play, List.of(), false);
        }
    }

    /**
     * @param title   the step's title
     * @param text    what to do, what to watch and why
     * @param watch   the one point to watch (shown highlighted), or null
     * @param formula the key formula in LaTeX, or null
     * @param enter   what entering the step does (for example a reset), in order
     * @param actions buttons that do something
     * @param predict a question for the class before anything plays, or null
     * @param watchAfterRun true: the callout describes what one of the step's buttons brings about, so it waits until
     *                one has run (beside the step before's views it contradicted them: "drops back to about 0" beside
     *                bars at 69 %); false: it describes what the step shows as it opens
     */
    public record Step(LessonText title, LessonText text, LessonText watch, String formula, List<Do> enter,
                       List<Action> actions, Prediction predict, boolean watchAfterRun) {
        public Step {
            enter = enter == null ? List.of() : List.copyOf(enter);
            actions = actions == null ? List.of() : List.copyOf(actions);
        }

        /** A step whose callout describes what it shows as it opens. */
        public Step(LessonText title, LessonText text, LessonText watch, String formula, List<Do> enter,
                    List<Action> actions, Prediction predict) {
            this(title, text, watch, formula, enter, actions, predict, false);
        }
    }

    /** A button: its label and what it does, in order. */
    public record Action(LessonText label, List<Do> does) {
        public Action {
            does = List.copyOf(does);
        }
    }

    /**
     * One thing to do; exactly the fields the file gave are set (see lesson.schema.json's "do").
     *
     * @param settings  live settings to change, by name
     * @param spec      spec fields to rebuild the twins with
     * @param dataset   a data set to train on instead
     * @param unpin     let gamma and beta learn again
     * @param play      true: play, false: pause
     * @param steps     run this many steps (paused)
     * @param reset     rebuild both twins from the same seed
     * @param resetTwin reset one twin: "normalized" or "plain"
     * @param view      the view the options are for
     * @param options   options of that view, by name
     * @param scaleWeights multiply one hidden layer's weights in both twins, or null
     * @param reveal    true: scroll the stage to the view (a step watches a view under another), or null
     * @param enlarge   true: the view alone over the stage's whole area (as its enlarge button); false: back in the
     *                  column; null: as it is
     */
    public record Do(Map<String, Object> settings, Map<String, Object> spec, String dataset, Boolean unpin,
                     Boolean play, Integer steps, Integer stepTo, Boolean reset, String resetTwin, String view,
                     Map<String, Object> options, ScaleWeights scaleWeights, Boolean reveal, Boolean enlarge) {
        public Do {
            settings = settings == null ? Map.of() : Map.copyOf(settings);
            spec = spec == null ? Map.of() : Map.copyOf(spec);
            options = options == null ? Map.of() : Map.copyOf(options);
        }

        /** Whether it changes the experiment or the twins: more than a view's options, play or pause. */
        boolean changesTraining() {
            return !settings.isEmpty() || !spec.isEmpty() || dataset != null || Boolean.TRUE.equals(unpin)
                    || steps != null || stepTo != null || Boolean.TRUE.equals(reset) || resetTwin != null
                    || scaleWeights != null;
        }

        /**
         * Whether it acts on the twins as they are (trains them, scales or resets one of their weights, lets gamma
         * and beta learn): a setting meant before it must reach the engine before it.
         */
        boolean actsOnTheTwins() {
            return steps != null || stepTo != null || scaleWeights != null || resetTwin != null
                    || Boolean.TRUE.equals(unpin);
        }

        /** The same without its spec, settings and data set (they were made part of an experiment opened before it). */
        Do withoutExperiment() {
            return new Do(Map.of(), Map.of(), null, unpin, play, steps, stepTo, reset, resetTwin, view, options, scaleWeights,
                    reveal, enlarge);
        }
    }

    /**
     * W <- factor * W for one hidden layer of both twins (scale invariance: the BN twin's loss stays).
     *
     * @param layer  the hidden layer as the views number it, from 1
     * @param factor the factor, within {@link bnlab.engine.api.Setting#WEIGHT_SCALE}
     */
    public record ScaleWeights(int layer, double factor) {
    }

    /**
     * A question with 2 or 3 choices, the choice the screen will confirm, and why.
     *
     * @param hide what stays covered until the class has chosen, where it would give the answer away
     */
    public record Prediction(LessonText question, List<LessonText> choices, int answer, LessonText explain,
                             java.util.Set<Hidden> hide) {
        public Prediction {
            choices = List.copyOf(choices);
            hide = hide == null ? java.util.Set.of() : java.util.Set.copyOf(hide);
        }

        /** A prediction that hides nothing. */
        public Prediction(LessonText question, List<LessonText> choices, int answer, LessonText explain) {
            this(question, choices, answer, explain, java.util.Set.of());
        }
    }

    /**
     * What a prediction can keep back until the class has chosen (the file's "views", "formula",
     * "results"): the stage's views whole, the step's formula, or only the views' read-outs of how it
     * ends (the landscape's step counts), the rest left to reason from.
     */
    public enum Hidden {
        VIEWS, FORMULA, RESULTS
    }
}
