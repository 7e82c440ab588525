package bnlab.app.lessons;

import bnlab.app.Snapshots;
import bnlab.app.WindowFixture;
import bnlab.app.controls.ControlsModel;
import bnlab.app.controls.LoadedData;
import bnlab.engine.api.Command;
import bnlab.engine.api.ExperimentSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lesson opened on another experiment: its views are said to be set up ({@link LessonModel#settingUp}, the stage's
 * cover) until the engine holds the step's experiment, and not again when the panel changes it afterwards.
 */
class LessonSetUpTest {
    private static final LessonText T = new LessonText("t", "t");
    private final List<Command> sent = new ArrayList<>();
    private final ControlsModel controls = new ControlsModel(sent::add,
            (id, path, n) -> { throw new AssertionError(); }, Runnable::run, LoadedData.of(WindowFixture.TINY));
    private final LessonRunner runner = new LessonRunner(sent::add, controls.experiment(),
            controls.experiment()::spec, d -> { });

    private static Lesson lesson(Map<String, Object> spec) {
        return new Lesson("x", 1, T, T, new Lesson.Setup("KEEP", spec, Map.of("LEARNING_RATE", 0.3), false),
                List.of("curves"), List.of(new Lesson.Step(T, T, null, null, List.of(), List.of(), null)));
    }

    @Test
    void theViewsWaitUntilTheEngineHoldsTheStepsExperiment() {
        Lesson l = lesson(Map.of("hidden", List.of(8), "seed", 3));
        LessonModel model = new LessonModel(l, runner);
        model.start(0);
        assertTrue(sent.stream().anyMatch(c -> c instanceof Command.Open), "the lesson's experiment was sent");
        assertTrue(model.settingUp(), "the engine still holds the experiment before the lesson");
        var expected = runner.expected(l, 0);
        controls.update(Snapshots.at(2, 0, expected.settings().withLearningRate(0.1), expected.spec(), null));
        assertTrue(model.settingUp(), "the spec alone is not the step's experiment: its learning rate is 0.3");
        controls.update(Snapshots.at(3, 0, expected.settings(), expected.spec(), null));
        assertFalse(model.settingUp());
        controls.update(Snapshots.at(4, 0, expected.settings(), ExperimentSpec.defaults(), null));
        assertFalse(model.settingUp(), "changed from the panel afterwards: the views are not covered again");
    }

    @Test
    void aSetUpThatCannotBeSentDoesNotWait() {
        // 0 hidden units: refused before anything is sent, and the problem says why
        LessonModel model = new LessonModel(lesson(Map.of("hidden", List.of(0))), runner);
        model.start(0);
        assertEquals(0, sent.stream().filter(c -> c instanceof Command.Open).count());
        assertFalse(model.settingUp(), String.valueOf(model.problemProperty().get()));
    }
}
