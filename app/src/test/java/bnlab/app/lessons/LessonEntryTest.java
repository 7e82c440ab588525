package bnlab.app.lessons;

import bnlab.app.WindowFixture;
import bnlab.app.controls.ControlsModel;
import bnlab.app.controls.LoadedData;
import bnlab.engine.api.Command;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A step entered as from its lesson's start (on launch, and going back to a step whose experiment is no longer the
 * engine's): the spec and settings the steps enter are folded into the one experiment opened, each spec patching the
 * one before it (not the engine's, which may lag behind), but only up to the first entry that acts on the twins, so
 * a setting meant after some training still comes after it.
 */
class LessonEntryTest {
    private static final LessonText T = new LessonText("t", "t");

    private static Lesson.Do settings(Map<String, Object> s) {
        return new Lesson.Do(s, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Lesson.Do spec(Map<String, Object> s) {
        return new Lesson.Do(null, s, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Lesson.Do steps(int n) {
        return new Lesson.Do(null, null, null, null, null, n, null, null, null, null, null, null, null, null);
    }

    private static Lesson.Step step(Lesson.Do... enter) {
        return new Lesson.Step(T, T, null, null, List.of(enter), List.of(), null);
    }

    private final List<Command> sent = new ArrayList<>();
    private final LessonRunner runner;

    LessonEntryTest() {
        ControlsModel m = new ControlsModel(sent::add, (id, path, n) -> { throw new AssertionError(); }, Runnable::run,
                LoadedData.of(WindowFixture.TINY));
        runner = new LessonRunner(sent::add, m.experiment(), m.experiment()::spec, d -> { });
    }

    @Test
    void specsAndSettingsUpToTheFirstTrainingAreOneExperimentAndTheRestFollowsInOrder() {
        Lesson l = new Lesson("x", 1, T, T, new Lesson.Setup("DIGITS", Map.of("hidden", List.of(8), "seed", 3),
                Map.of("LEARNING_RATE", 0.1), false),
                List.of("curves"), List.of(
                step(spec(Map.of("sigma", 0.5)), settings(Map.of("LEARNING_RATE", 1))),
                step(spec(Map.of("init", "XAVIER")), steps(10), settings(Map.of("LEARNING_RATE", 3)))));

        LessonRunner.Entry first = runner.entry(l, 0);
        assertEquals(0.5, first.experiment().spec().sigma());
        assertEquals(List.of(8), first.experiment().spec().hidden());
        assertEquals(1, first.experiment().settings().learningRate());
        assertTrue(first.rest().stream().noneMatch(Lesson.Do::changesTraining), "all folded in: " + first.rest());

        LessonRunner.Entry second = runner.entry(l, 1);
        // the init patches the sigma step 1 gave, the rate 3 waits for the 10 steps
        assertEquals(bnlab.engine.api.InitKind.XAVIER, second.experiment().spec().init());
        assertEquals(3, second.experiment().spec().seed());
        assertEquals(1, second.experiment().settings().learningRate());
        assertEquals(List.of(false, false, false, true, true),
                second.rest().stream().map(Lesson.Do::changesTraining).toList());
        assertEquals(10, second.rest().get(3).steps());
        assertEquals(Map.of("LEARNING_RATE", 3), second.rest().get(4).settings());
        assertEquals(3, runner.expected(l, 1).settings().learningRate(), "the step trains at the last rate entered");
    }
}
