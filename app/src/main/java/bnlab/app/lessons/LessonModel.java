package bnlab.app.lessons;

import bnlab.engine.api.Problem;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lesson being taught: the step shown, the class's prediction per step and whether its answer was
 * revealed. Moving forward into a step does what the step's "enter" says (a reset, a new init);
 * moving back leaves the training as it is unless it is no longer the step's experiment (see
 * {@link #previous()}). A prediction step's actions wait for a choice. FX thread.
 */
public final class LessonModel {
    private final Lesson lesson;
    private final LessonRunner runner;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final Map<Integer, Integer> predictions = new HashMap<>();
    private final Set<Integer> revealed = new HashSet<>();
    /** Per step, what the teacher showed before the class chose (views, formula). */
    private final Map<Integer, Set<Lesson.Hidden>> uncovered = new HashMap<>();
    /** Steps where a button changed the training (its experiment or the twins) since the step was entered. */
    private final Set<Integer> pressed = new HashSet<>();
    /** Steps where the class ran one of the step's buttons after choosing (then the callout of what to watch shows). */
    private final Set<Integer> acted = new HashSet<>();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    /** Bumps on every change (choice, reveal), so the panel redraws. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    /** Whether a step entered as from the lesson's start waits for the engine to hold its experiment ({@link #settingUp}). */
    private boolean awaitingSetUp;
    private long setUpSince;
    /** How long the views are said to be set up at most: past it they show whatever the engine holds. */
    static final long SET_UP_PATIENCE_NANOS = 20_000_000_000L;

    LessonModel(Lesson lesson, LessonRunner runner) {
        this.lesson = lesson;
        this.runner = runner;
    }

    /** Where a class is in a lesson, to take over when the window is built anew (another language). */
    public record Memo(String lessonId, int step, Map<Integer, Integer> predictions, Set<Integer> revealed,
                       Map<Integer, Set<Lesson.Hidden>> uncovered, Set<Integer> pressed, Set<Integer> acted) {
        public Memo {
            predictions = Map.copyOf(predictions);
            revealed = Set.copyOf(revealed);
            pressed = Set.copyOf(pressed);
            acted = Set.copyOf(acted);
            uncovered = uncovered.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        }
    }

    public Memo memo() {
        return new Memo(lesson.id(), step.get(), predictions, revealed, uncovered, pressed, acted);
    }

    /**
     * Take up a lesson where a memo left it, without touching the training (it is still there); the
     * views get the options the steps so far gave them.
     */
    void resume(Memo m) {
        step.set(Math.max(0, Math.min(m.step(), lesson.steps().size() - 1)));
        predictions.putAll(m.predictions());
        revealed.addAll(m.revealed());
        pressed.addAll(m.pressed());
        acted.addAll(m.acted());
        m.uncovered().forEach((k, parts) -> {
            Set<Lesson.Hidden> shown = java.util.EnumSet.noneOf(Lesson.Hidden.class);
            shown.addAll(parts); // EnumSet.copyOf refuses an empty set that is not an EnumSet
            uncovered.put(k, shown);
        });
        for (int k = 0; k <= step.get(); k++) {
            runner.configureViews(lesson.steps().get(k).enter());
        }
        revision.set(revision.get() + 1);
    }

    /**
     * Set up the lesson's experiment and enter this step (from 0; clamped) as from the lesson's start, once the
     * experiment was sent. Walking there with {@link #next} before the engine had applied the set-up patched a
     * step's spec onto the engine's old one (lesson 13's step 5 from the command line: an MLP, not the CNN).
     */
    void start(int at) {
        step.set(Math.max(0, Math.min(at, lesson.steps().size() - 1)));
        enterFromStart();
        revision.set(revision.get() + 1);
    }

    // the step shown, entered as from the lesson's start: its experiment opened, then the steps' entries run
    private void enterFromStart() {
        awaitingSetUp = true;
        setUpSince = System.nanoTime();
        problem.set(null);
        Problem p = runner.enter(lesson, step.get(), q -> {
            problem.set(q);
            revision.set(revision.get() + 1);
        });
        if (p != null) {
            problem.set(p);
        }
    }

    public Lesson lesson() {
        return lesson;
    }

    /**
     * Whether the step, entered as from the lesson's start, still waits for its experiment: until the engine holds it
     * the views show the one before (lesson 13 opened on the full panel's MLP, "60 samples x 100 features", beside a
     * text about 8 channels of 8 x 8 maps). False once it holds it, once the set-up failed (the problem says why) or
     * after {@link #SET_UP_PATIENCE_NANOS}, and then until the next such entry. Polled on the FX thread.
     */
    public boolean settingUp() {
        if (awaitingSetUp && (problem.get() != null || runner.holds(runner.expected(lesson, step.get()))
                || System.nanoTime() - setUpSince > SET_UP_PATIENCE_NANOS)) {
            awaitingSetUp = false;
        }
        return awaitingSetUp;
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The last thing the lesson could not do, or null. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Lesson.Step current() {
        return lesson.steps().get(step.get());
    }

    public boolean hasNext() {
        return step.get() < lesson.steps().size() - 1;
    }

    public boolean hasPrevious() {
        return step.get() > 0;
    }

    public void next() {
        if (hasNext()) {
            step.set(step.get() + 1);
            pressed.remove(step.get());
            problem.set(runner.run(current().enter(), problem::set));
            revision.set(revision.get() + 1);
        }
    }

    /**
     * Back one step. The training is left as it is while it is still the step's experiment: the step left
     * behind changed nothing, neither on entering (it only set views) nor by a button, and the engine holds the
     * spec and settings the steps up to this one set (the full panel may have changed them); the views take the
     * options those steps gave. Otherwise the step is entered again as from the lesson's start, so its text and
     * its buttons speak of what the views show.
     */
    public void previous() {
        if (hasPrevious()) {
            int left = step.get();
            step.set(left - 1);
            boolean stays = lesson.steps().get(left).enter().stream().noneMatch(Lesson.Do::changesTraining)
                    && !pressed.contains(left) && runner.holds(runner.expected(lesson, step.get()));
            pressed.remove(left);
            if (stays) {
                for (int k = 0; k <= step.get(); k++) {
                    runner.configureViews(lesson.steps().get(k).enter());
                }
            } else {
                pressed.remove(step.get());
                enterFromStart();
            }
            revision.set(revision.get() + 1);
        }
    }

    /** The class's choice for this step's prediction (0-based), or -1. */
    public int prediction() {
        return predictions.getOrDefault(step.get(), -1);
    }

    public void predict(int choice) {
        Lesson.Prediction p = current().predict();
        if (p != null && choice >= 0 && choice < p.choices().size() && !revealed()) {
            predictions.put(step.get(), choice);
            revision.set(revision.get() + 1);
        }
    }

    /** Whether the actions may run: no prediction asked, or the class has chosen. */
    public boolean actionsOpen() {
        return current().predict() == null || prediction() >= 0;
    }

    /**
     * Whether the step's callout of what to watch shows: it often says what happens ("the one with BN stays where it
     * started"), so where the step asks for a prediction it waits until the class has chosen and then run the step
     * (one of its buttons) or asked for the answer; until then the choice can still change. A step without a
     * prediction whose callout describes what its buttons bring about ({@link Lesson.Step#watchAfterRun}) waits until
     * one has run.
     */
    public boolean watchOpen() {
        Lesson.Step s = current();
        if (s.predict() == null) {
            return !s.watchAfterRun() || acted.contains(step.get());
        }
        return prediction() >= 0 && (revealed() || acted.contains(step.get()));
    }

    /**
     * Whether this step keeps that part covered now: its prediction hides it (it would give the answer
     * away), the class has not chosen yet, and the teacher has not shown it anyway. The views' results wait
     * longer, as the callout does ({@link #watchOpen}): until the class has chosen and run the step or asked for
     * the answer (lesson 1's step counts, 2,741 against 12, came with a choice alone, before the race was run).
     */
    public boolean covered(Lesson.Hidden part) {
        Lesson.Prediction p = current().predict();
        boolean waiting = part == Lesson.Hidden.RESULTS ? !watchOpen() : !actionsOpen();
        return p != null && p.hide().contains(part) && waiting
                && !uncovered.getOrDefault(step.get(), Set.of()).contains(part);
    }

    /**
     * Show parts this step covers before the class has chosen (the teacher wants to talk about them
     * first); the rest stays covered.
     */
    public void uncover(Lesson.Hidden... parts) {
        if (parts.length == 0) {
            return;
        }
        Set<Lesson.Hidden> shown = uncovered.computeIfAbsent(step.get(), k -> java.util.EnumSet.noneOf(Lesson.Hidden.class));
        if (shown.addAll(List.of(parts))) {
            revision.set(revision.get() + 1);
        }
    }

    public boolean revealed() {
        return revealed.contains(step.get());
    }

    /** Whether one of this step's buttons has run since the step opened. */
    public boolean acted() {
        return acted.contains(step.get());
    }

    /** Show which choice the screen confirms (after the class chose). */
    public void reveal() {
        if (current().predict() != null && prediction() >= 0) {
            revealed.add(step.get());
            revision.set(revision.get() + 1);
        }
    }

    /** Whether the class's choice was the one the screen confirms (after the reveal). */
    public boolean predictedRight() {
        return current().predict() != null && prediction() == current().predict().answer();
    }

    /** Do the step's i-th action (when open). */
    public void act(int i) {
        if (actionsOpen() && i >= 0 && i < current().actions().size()) {
            List<Lesson.Do> does = current().actions().get(i).does();
            if (does.stream().anyMatch(Lesson.Do::changesTraining)) {
                pressed.add(step.get());
            }
            acted.add(step.get());
            problem.set(runner.run(does, problem::set));
            revision.set(revision.get() + 1);
        }
    }
}
