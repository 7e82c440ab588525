package bnlab.app.lessons;

import bnlab.app.HarnessedLessonTest;
import bnlab.engine.api.Snapshot;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.util.Locale;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Going back a step on the real engine, as a teacher does: where the step left behind had set up another
 * experiment (lesson 2's initializations, lesson 15's large learning rate), a button there changed it (lesson 4's
 * other seed) or the full panel did, the step's own experiment is set up again, fresh; where nothing changed, the
 * training stays as it is.
 */
class LessonStepBackTest extends HarnessedLessonTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void backFromAnotherInitializationSetsTheStepsOwnUpAgain() {
        h.show(stage, Locale.ENGLISH, 1600, 1000);
        long v = version();
        h.open("saturation-init");
        await(v, s -> s.spec().sigma() == 1.0, "N(0, 1)");
        v = version();
        h.next();
        await(v, s -> s.spec().sigma() == 0.01, "step 2: N(0, 0.01^2)");
        answer();
        h.act(0); // 300 steps
        Snapshot trained = await(v, s -> s.spec().sigma() == 0.01 && s.step() >= 300, "step 2 trained");
        v = version();
        h.next();
        await(v, s -> s.spec().sigma() == 10, "step 3: N(0, 10^2)");
        v = version();
        h.previous();
        // step 2's experiment again, from its start (as when the class first entered it)
        Snapshot back = await(v, s -> s.spec().sigma() == 0.01 && s.step() == 0, "back at step 2: N(0, 0.01^2), fresh");
        assertEquals(trained.spec(), back.spec());
        v = version();
        h.previous();
        await(v, s -> s.spec().sigma() == 1.0 && s.step() == 0, "back at step 1: N(0, 1)");
        assertEquals(0, h.model().stepProperty().get());
    }

    @Test
    void backWhereNothingChangedKeepsTheTrainingAndBackFromAnotherSeedDoesNot() throws Exception {
        h.show(stage, Locale.ENGLISH, 1600, 1000);
        long v = version();
        h.open("figure1");
        await(v, s -> s.spec().seed() == 42 && s.spec().hidden().size() == 3, "set up");
        answer();
        h.act(0); // play
        await(v, s -> s.step() >= 40, "some training");
        h.act(1); // pause
        long trained = settled().step();
        h.next();
        h.previous();
        assertEquals(trained, settled().step(), "step 2 set nothing up: the training stays");
        assertEquals(0, h.model().stepProperty().get());

        // the full panel's seed: step 1 is no longer on its experiment
        h.next();
        v = version();
        robot.interact(() -> h.window.controls().model().experiment().setSeed(9));
        await(v, s -> s.spec().seed() == 9, "seed 9 from the panel");
        h.flush(); // the window takes the rebuilt twins in (its spec is what a step back compares), as before a click
        v = version();
        h.previous();
        await(v, s -> s.spec().seed() == 42 && s.step() == 0, "step 1's seed 42 again");

        // a button of step 4 (the same network from seed 7, playing), then back to step 3
        h.next();
        h.next();
        h.next();
        v = version();
        h.act(1);
        await(v, s -> s.spec().seed() == 7, "seed 7");
        h.flush();
        v = version();
        h.previous();
        await(v, s -> s.spec().seed() == 42 && s.step() == 0, "step 3's seed 42 again");
        assertEquals(2, h.model().stepProperty().get());
    }

    @Test
    void backFromTheLargeRateRepeatsTheStepsOwnSetUp() {
        h.show(stage, Locale.ENGLISH, 1600, 1000);
        long v = version();
        h.open("repeat-seeds");
        await(v, s -> s.spec().hidden().size() == 2 && s.settings().batchSize() == 16, "set up");
        h.next();
        h.next();
        await(v, s -> s.spec().hidden().size() == 3 && s.settings().learningRate() == 1
                && s.settings().batchSize() == 60, "step 3: lesson 7's set-up at eta 1");
        v = version();
        h.previous();
        await(v, s -> s.spec().hidden().size() == 2 && s.settings().learningRate() == 0.1
                && s.settings().batchSize() == 16 && s.spec().testFraction() == 0.8, "step 2's set-up again");
    }

    private long version() {
        return h.session.latest().version();
    }

    // a snapshot newer than the version given (an older one may still be from the test before)
    private Snapshot await(long after, Predicate<Snapshot> p, String what) {
        return h.await(s -> s.version() > after && p.test(s), 60, what);
    }

    // the latest snapshot once the engine stood still for a moment
    private Snapshot settled() throws InterruptedException {
        Snapshot s;
        do {
            s = h.session.latest();
            Thread.sleep(300);
        } while (h.session.latest().step() != s.step());
        return h.session.latest();
    }

    private void answer() {
        h.predict(h.model().current().predict().answer());
        h.reveal();
    }
}
