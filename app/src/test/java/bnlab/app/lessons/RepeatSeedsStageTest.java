package bnlab.app.lessons;

import bnlab.app.HarnessedLessonTest;
import bnlab.app.seeds.SeedsView;
import bnlab.engine.api.SeedOutcome;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 15 in the window, as a teacher presses it: step 1's button repeats the lesson's set-up from seeds 1 to 20
 * in batches of 16 (the lesson's own options), and the dots are lesson 14's experiment's: 19 of 20 ahead; step 3
 * sets lesson 7's experiment up again, and its button's repeat at eta = 1 has the plain twin diverge in 11 of 20.
 */
class RepeatSeedsStageTest extends HarnessedLessonTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void stepOnesButtonRepeatsTheSetUpFromTwentySeeds() throws Exception {
        h.show(stage, Locale.ENGLISH, 1600, 1000);
        long before = h.session.latest().version();
        h.open("repeat-seeds");
        h.await(s -> s.version() > before && s.spec().seed() == 42 && s.settings().batchSize() == 16, 60, "set up");
        h.predict(h.model().current().predict().answer());
        h.reveal();
        SeedsView view = h.view(SeedsView.class);
        h.act(0);
        List<SeedOutcome> got = repeated(view);
        assertEquals(20, got.size());
        assertTrue(got.stream().allMatch(o -> o.batchSize() == 16 && o.steps() == 2000 && o.testRows() == 1438));
        assertEquals(19, got.stream().filter(o -> o.samplesAhead() > 0).count());

        // step 3 sets lesson 7's experiment up again: its button repeats eta = 1 and the triangles are 11
        h.next();
        h.predict(h.model().current().predict().answer());
        h.reveal();
        h.next();
        h.await(s -> s.spec().hidden().size() == 3 && s.settings().learningRate() == 1
                && s.settings().batchSize() == 60, 60, "lesson 7's set-up");
        h.flush();
        h.predict(h.model().current().predict().answer());
        h.reveal();
        SeedsView third = h.view(SeedsView.class);
        h.act(0);
        List<SeedOutcome> at1 = repeated(third);
        assertEquals(20, at1.size());
        assertTrue(at1.stream().allMatch(o -> o.batchSize() == 60 && o.steps() == 300 && o.testRows() == 359));
        assertEquals(11, at1.stream().filter(o -> Double.isNaN(o.plainTest())).count());
        assertEquals(0, at1.stream().filter(o -> Double.isNaN(o.normalizedTest())).count());
    }

    // the outcomes of the repeat a button started, once it ran to its end
    private List<SeedOutcome> repeated(SeedsView view) throws Exception {
        long end = System.nanoTime() + 120_000_000_000L;
        List<SeedOutcome>[] got = new List[1];
        do {
            Thread.sleep(100);
            // done: not running, and something came (the button's command may reach the view a moment later)
            robot.interact(() -> got[0] = view.running() || view.outcomes().isEmpty() ? null : view.outcomes());
        } while (got[0] == null && System.nanoTime() < end);
        assertTrue(got[0] != null, "the repeat ran to its end within 120 s");
        return got[0];
    }
}
