package bnlab.app.lessons;

import bnlab.app.HarnessedLessonTest;
import bnlab.app.SnapshotView;
import bnlab.engine.api.Command;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Snapshot;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundled lesson, on the real engine, in English and in Chinese: it loads, sets up the experiment
 * it says, walks through all its steps (answering every prediction, pressing every button), and the
 * views on its stage are shown the engine's data.
 */
class LessonsWalkTest extends HarnessedLessonTest {
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    static List<Lesson> bundled() {
        LessonLibrary.Loaded l = LessonLibrary.load(Path.of("target", "no-such-folder"));
        assertTrue(l.refused().isEmpty(), () -> "every bundled lesson loads: " + l.refused());
        return l.lessons();
    }

    @Test
    void everyLessonWalksInEnglishAndChinese() {
        List<Lesson> lessons = bundled();
        assertEquals(LessonLibrary.bundledNames().size(), lessons.size());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            h.show(stage, locale, 1600, 1000);
            for (Lesson lesson : lessons) {
                try {
                    walk(lesson, locale);
                } catch (RuntimeException e) {
                    throw new AssertionError(lesson.id() + " (" + locale + "): " + e, e);
                }
            }
        }
    }

    private void walk(Lesson lesson, Locale locale) {
        String where = lesson.id() + " (" + locale + ")";
        long before = h.session.latest().version();
        h.open(lesson.id());
        ExperimentSpec expected = Patches.spec(ExperimentSpec.defaults(), lesson.setup().spec());
        h.await(s -> s.version() > before && s.spec().equals(expected), 60, where + " set up");
        assertTrue(setUp(), where + ": the stage's cover says its networks are still being set up");
        for (int k = 0; k < lesson.steps().size(); k++) {
            Lesson.Step step = lesson.steps().get(k);
            String at = where + " step " + (k + 1);
            assertEquals(k, h.model().stepProperty().get(), at);
            assertEquals(step.title().in(locale), text("#lesson-step-title"), at);
            assertEquals(step.text().in(locale), text("#lesson-text"), at);
            if (step.predict() != null) {
                assertFalse(h.model().actionsOpen(), at + ": the buttons wait for a prediction");
                h.predict(step.predict().answer());
                h.reveal();
                assertTrue(h.model().revealed() && h.model().predictedRight(), at);
            }
            for (int a = 0; a < step.actions().size(); a++) {
                h.act(a);
                assertNull(h.model().problemProperty().get(), at + " button " + (a + 1));
            }
            h.next();
        }
        assertEquals(lesson.steps().size() - 1, h.model().stepProperty().get(), where + " ends on its last step");
        // the views fill: the engine has probes of both twins, and every live view on the stage was shown them
        h.session.send(new Command.Step(1));
        Snapshot s = h.await(x -> !x.normalized().layers().isEmpty() && !x.plain().layers().isEmpty(), 60,
                where + " probes");
        h.flush();
        for (SnapshotView v : h.stage().liveViews()) {
            if (v.node().getScene() == null) {
                continue; // another view enlarged over the stage (lesson 12's last step): drawn when shown again
            }
            long shown = h.window.pump().versionShown(v);
            assertTrue(shown >= s.version(), where + ": " + v.getClass().getSimpleName() + " was shown the data");
        }
        h.session.send(new Command.Pause());
    }

    // whether the model stops saying the views are set up within 15 s of the engine holding the lesson's spec (its
    // settings follow in the same snapshot): a lesson whose experiment never matched would keep its cover 20 s
    private boolean setUp() {
        long end = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < end) {
            h.flush();
            boolean[] waiting = new boolean[1];
            robot.interact(() -> waiting[0] = h.model().settingUp());
            if (!waiting[0]) {
                return true;
            }
            org.testfx.util.WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return false;
    }

    // looked up on the FX thread: the stage changes its nodes while the engine's snapshots arrive, and a look-up from
    // the test's thread once read a child list as it shrank (IndexOutOfBoundsException in Parent.lookupAll)
    private String text(String id) {
        Labeled l;
        try {
            l = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).<Labeled>query()).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(id, e);
        }
        assertNotNull(l, id);
        // the text as the lesson gives it, without the line breaks a heading is shown with
        return bnlab.app.style.Balanced.text(l);
    }
}
