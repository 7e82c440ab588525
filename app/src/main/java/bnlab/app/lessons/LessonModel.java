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
 * moving back does nothing to the training. A prediction step's actions wait for a choice. FX thread.
 */
public final class LessonModel {
    private final Lesson lesson;
    private final LessonRunner runner;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final Map<Integer, Integer> predictions = new HashMap<>();
    private final Set<Integer> revealed = new HashSet<>();
    /** Per step, what the teacher showed before the class chose (views, formula). */
    private final Map<Integer, Set<Lesson.Hidden>> uncovered = new HashMap<>();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    /** Bumps on every change (choice, reveal), so the panel redraws. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    LessonModel(Lesson lesson, LessonRunner runner) {
        this.lesson = lesson;
        this.runner = runner;
    }

    /** Where a class is in a lesson, to take over when the window is built anew (another language). */
    public record Memo(String lessonId, int step, Map<Integer, Integer> predictions, Set<Integer> revealed,
                       Map<Integer, Set<Lesson.Hidden>> uncovered) {
        public Memo {
            predictions = Map.copyOf(predictions);
            revealed = Set.copyOf(revealed);
            uncovered = uncovered.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        }
    }

    public Memo memo() {
        return new Memo(lesson.id(), step.get(), predictions, revealed, uncovered);
    }

    /**
     * Take up a lesson where a memo left it, without touching the training (it is still there); the
     * views get the options the steps so far gave them.
     */
    void resume(Memo m) {
        step.set(Math.max(0, Math.min(m.step(), lesson.steps().size() - 1)));
        predictions.putAll(m.predictions());
        revealed.addAll(m.revealed());
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

    /** Set up the lesson's experiment and enter its first step (once the experiment was sent). */
    void start() {
        java.util.List<Lesson.Do> first = lesson.steps().get(0).enter();
        problem.set(null);
        Problem p = runner.setUp(lesson.setup(), () -> {
            problem.set(runner.run(first));
            revision.set(revision.get() + 1);
        });
        if (p != null) {
            problem.set(p);
        }
        revision.set(revision.get() + 1);
    }

    public Lesson lesson() {
        return lesson;
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
            problem.set(runner.run(current().enter()));
            revision.set(revision.get() + 1);
        }
    }

    /** Back one step: the training is left as it is; the views take the options the steps up to it gave. */
    public void previous() {
        if (hasPrevious()) {
            step.set(step.get() - 1);
            for (int k = 0; k <= step.get(); k++) {
                runner.configureViews(lesson.steps().get(k).enter());
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
     * Whether this step keeps that part covered now: its prediction hides it (it would give the answer
     * away), the class has not chosen yet, and the teacher has not shown it anyway.
     */
    public boolean covered(Lesson.Hidden part) {
        Lesson.Prediction p = current().predict();
        return p != null && p.hide().contains(part) && !actionsOpen()
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
            problem.set(runner.run(current().actions().get(i).does()));
            revision.set(revision.get() + 1);
        }
    }
}
