package bnlab.app.axes;

import bnlab.app.HarnessedLessonTest;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Problem;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.UnitStats;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 10 (bn-vs-ln) on the real engine: the steps put the axes view where the text says (feature 3:
 * mean 4, variance 9; sample 2: mean 6, variance 10); a batch of one zeroes BatchNorm's table and the
 * engine refuses BatchNorm training at batch size 1 with its problem code; with LayerNorm the twins
 * train at batch size 1: every probed column's batch variance is 0, the accuracy rises, and train and
 * eval mode agree.
 */
class BnVsLnLessonTest extends HarnessedLessonTest {

    @Start
    void start(Stage stage) {
        h.show(stage, Locale.ENGLISH, 1600, 1000);
    }

    private AxesView axes() {
        return h.view(AxesView.class);
    }

    private void chooseIfAsked() {
        if (h.model().current().predict() != null) {
            h.predict(h.model().current().predict().answer());
        }
    }

    private String text(String id) {
        return ((Label) robot.lookup("#" + id).query()).getText();
    }

    @Test
    void theLessonShowsWhatItSays() {
        h.open("bn-vs-ln");
        h.await(s -> s.step() == 0 && s.spec().norm() == NormKind.BATCH, 60, "set up");
        h.flush();
        assertEquals(AxesModel.Shown.BATCH, axes().model().shown());
        assertEquals(I18n.get("axes.readout.batch", 3, "4", "9", 4), text("axes-bn-readout"));
        LessonShots.write(robot, h, "bn-vs-ln-1");
        chooseIfAsked();
        h.act(0); // highlight feature 5: the watch's second pair
        h.flush();
        assertEquals(I18n.get("axes.readout.batch", 5, "6", "12", 4), text("axes-bn-readout"));

        h.next();
        assertEquals(AxesModel.Shown.LAYER, axes().model().shown());
        assertEquals(I18n.get("axes.readout.layer", 2, "6", "10", 5), text("axes-ln-readout"));
        chooseIfAsked();
        h.act(0); // highlight sample 1
        h.flush();
        assertEquals(I18n.get("axes.readout.layer", 1, "2", "2", 5), text("axes-ln-readout"));
        h.next();
        assertEquals(AxesModel.Shown.BOTH, axes().model().shown());
        LessonShots.write(robot, h, "bn-vs-ln-3");

        h.next();
        h.predict(0);
        h.reveal();
        h.act(0); // the table's batch of 1
        for (int j = 0; j < 5; j++) {
            assertEquals("0", text("axes-bn-r0-c" + j), "BN turns the one sample into 0s");
        }
        h.act(1); // BN training at batch size 1
        Snapshot refused = h.await(s -> s.problem() != null, 30, "refusal");
        assertEquals(Problem.of(SettingProblem.BATCH_OF_ONE_WITH_BATCH_NORM), refused.problem());
        LessonShots.write(robot, h, "bn-vs-ln-4");

        h.next(); // LayerNorm twins
        h.await(s -> s.spec().norm() == NormKind.LAYER && s.step() == 0, 60, "LayerNorm twins");
        h.act(0); // batch size 1, play
        Snapshot s = h.await(x -> x.settings().batchSize() == 1 && x.normalized().evalStep() >= 200, 120, "LN trains at 1");
        h.act(1); // pause
        s = h.await(x -> !x.playing(), 30, "paused");
        h.flush();
        LessonShots.write(robot, h, "bn-vs-ln-5");
        assertNull(s.problem(), "LayerNorm trains at batch size 1");
        assertEquals(NormKind.LAYER, s.normalized().norm());
        for (UnitStats u : s.normalized().layers().get(0).units()) {
            assertEquals(0.0, u.batchVar(), "one value per column: variance 0");
        }
        assertEquals(s.normalized().trainAccTrainMode(), s.normalized().trainAccEvalMode(), "the same in both modes");
        assertTrue(s.normalized().testAcc() > 0.5, "it learns: test accuracy " + s.normalized().testAcc());
        System.out.printf("bn-vs-ln: LayerNorm at batch size 1, step %d: test accuracy %.3f, train %.3f (both modes);"
                + " plain twin %.3f%n", s.normalized().evalStep(), s.normalized().testAcc(),
                s.normalized().trainAccEvalMode(), s.plain().testAcc());
    }
}
