package bnlab.app.axes;

import bnlab.app.HarnessedLessonTest;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.Problem;
import bnlab.engine.api.Series;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.UnitHistory;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 6 (train-eval) on the real engine makes its claims: right after the start train mode is far
 * ahead of eval mode and the gap closes within tens of steps at m = 0.1, hundreds at m = 0.01; a batch
 * of one is refused with its problem code and the refusal is shown; with batches of 4 the batch mean
 * wanders far more than with 60 and train mode falls behind eval mode.
 */
class TrainEvalLessonTest extends HarnessedLessonTest {

    @Start
    void start(Stage stage) {
        h.show(stage, Locale.ENGLISH, 1600, 1000);
    }

    private Snapshot after(long step, String what) {
        return h.await(s -> LessonShots.at(s, step), 120, what);
    }

    /** Spread of (batch mean - population mean) of layer 1's probe unit over the steps since {@code from}. */
    private static double batchMeanSpread(Snapshot s, double from) {
        return spread(s, from, UnitHistory.BATCH_MEAN);
    }

    /** Spread of (column c - population mean) of layer 1's probe unit over the steps since {@code from}. */
    private static double spread(Snapshot s, double from, int c) {
        UnitHistory u = s.normalized().history().unit(0, 0);
        Series st = u.stats();
        double ss = 0;
        int n = 0;
        for (int i = 0; i < st.size(); i++) {
            if (st.x(i) >= from) {
                double d = st.y(c, i) - st.y(UnitHistory.POPULATION_MEAN, i);
                ss += d * d;
                n++;
            }
        }
        return Math.sqrt(ss / n);
    }

    private static String previousRun(String settings) {
        return I18n.get("runningStats.legend.previous", I18n.get("runningStats.previous", settings));
    }

    /** The running statistics' legend's last item shown: the previous run's, when one is kept. */
    private String legendsLast() {
        javafx.scene.layout.FlowPane f = robot.lookup("#running-stats-legend").query();
        java.util.List<String> shown = f.getChildren().stream().filter(javafx.scene.Node::isVisible)
                .map(n -> ((Label) n).getText()).toList();
        return shown.get(shown.size() - 1);
    }

    /** Step 2's button trains to the step its watch names (50), also when the class skipped step 1's 20. */
    @Test
    void stepTwosButtonReachesStepFiftyFromAnyStart() {
        h.open("train-eval", 1);
        h.await(s -> s.step() == 0 && s.spec().sigma() == 0.01, 60, "set up");
        h.act(0);
        Snapshot fifty = after(50, "step 50 from step 0");
        assertTrue(Math.abs(LessonShots.gap(fifty)) < 0.05, "the gap has closed at step 50");
    }

    @Test
    void theLessonShowsWhatItSays() {
        h.open("train-eval");
        Snapshot start = h.await(s -> s.step() == 0 && s.spec().sigma() == 0.01 && s.spec().hidden().size() == 1
                && !s.normalized().layers().isEmpty() && !s.normalized().layers().get(0).units().isEmpty(), 60, "set up");
        h.predict(0);
        h.reveal();
        h.act(0); // 20 steps
        Snapshot twenty = after(20, "20 steps");
        double early = LessonShots.gap(twenty);
        // the text: "tiny: about 0.006 at the start, and it grows as the network learns" (it said "about 0.01"; the
        // chart read 0.0057 at step 0 and 0.011 at step 20)
        double v0 = start.normalized().layers().get(0).units().get(0).populationVar();
        double v20 = twenty.normalized().layers().get(0).units().get(0).populationVar();
        System.out.printf("train-eval population variance: step 0 %.5f, step 20 %.5f%n", v0, v20);
        assertTrue(v0 > 0.005 && v0 < 0.007, "about 0.006 at the start: " + v0);
        assertTrue(v20 > 1.5 * v0, "grows as the network learns: " + v20);
        LessonShots.write(robot, h, "train-eval-1");
        assertTrue(early > 0.25, "train mode far ahead of eval mode at step 20: " + early);

        h.next();
        h.act(0); // to step 50: 30 more
        Snapshot sixty = after(50, "50 steps");
        double late = LessonShots.gap(sixty);
        LessonShots.write(robot, h, "train-eval-2");
        assertTrue(Math.abs(late) < 0.05, "the gap has closed at step 50: " + late);

        h.next(); // m = 0.01, reset
        h.await(s -> s.step() == 0 && s.settings().bnMomentum() == 0.01, 60, "m = 0.01, reset");
        h.predict(1);
        h.reveal();
        h.act(0); // 50 steps
        double slow = LessonShots.gap(after(50, "50 slow steps"));
        LessonShots.write(robot, h, "train-eval-3");
        assertTrue(slow > 0.4, "with m = 0.01 the gap is still wide at step 50: " + slow);
        h.flush();
        assertEquals(previousRun(I18n.get("runningStats.previous.momentum", bnlab.engine.api.Convention.PYTORCH, 0.1)),
                legendsLast(), "the watch's dotted lines: the run of steps 1 and 2, at m = 0.1");
        h.act(1); // 100 more: the gap closes around step 150, the running variance still ~10 x the population's
        Snapshot s150 = after(150, "150 slow steps");
        bnlab.engine.api.UnitStats u = s150.normalized().layers().get(0).units().get(0);
        double times = u.runningVar() / u.populationVar();
        System.out.printf("train-eval m=0.01 at 150: gap %.3f, running variance %.3f = %.1f x the population's%n",
                LessonShots.gap(s150), u.runningVar(), times);
        assertTrue(Math.abs(LessonShots.gap(s150)) < 0.05, "closed around step 150: " + LessonShots.gap(s150));
        assertTrue(times > 5 && times < 20, "the explanation's 'still about ten times': " + times);
        assertEquals("11", bnlab.app.i18n.Numbers.ratio(times), "the watch's 'about 11 times', as the variance chart writes it");

        h.next(); // m = 0.1 again, reset: the charts were step 3's m = 0.01 run under a header of m = 0.1
        h.await(s -> s.step() == 0 && s.settings().bnMomentum() == 0.1, 60, "m = 0.1, reset");
        h.predict(0);
        h.reveal();
        h.act(0); // batch size 1
        Snapshot refused = h.await(s -> s.problem() != null, 30, "refusal");
        assertEquals(Problem.of(SettingProblem.BATCH_OF_ONE_WITH_BATCH_NORM), refused.problem());
        assertEquals(60, refused.settings().batchSize(), "the batch size stays");
        h.flush();
        Label message = robot.lookup("#engine-message").query();
        assertTrue(message.isVisible() && message.getText().contains(I18n.problem(refused.problem())), message.getText());
        LessonShots.write(robot, h, "train-eval-4");

        h.next(); // batches of 4, reset
        h.await(s -> s.step() == 0 && s.settings().batchSize() == 4, 60, "batch 4, reset");
        h.act(0); // 100 steps
        Snapshot four = after(100, "100 steps of 4");
        LessonShots.write(robot, h, "train-eval-5");
        double noise4 = batchMeanSpread(four, 20);
        double noise60 = batchMeanSpread(sixty, 20);
        assertTrue(noise4 > 2.5 * noise60, "batch means of 4 wander far more: " + noise4 + " vs " + noise60);
        double gap4 = LessonShots.meanGapFrom(four, 50);
        assertTrue(gap4 < -0.03, "train mode behind eval mode with batches of 4: " + gap4);
        h.act(1); // compare: batches of 60, 100 steps, the run of 4 dotted beside it
        Snapshot sixtyAgain = h.await(s -> s.run() > four.run() && s.settings().batchSize() == 60 && LessonShots.at(s, 100),
                120, "100 steps of 60");
        h.flush();
        assertEquals(previousRun(I18n.get("runningStats.previous.batch", 4)), legendsLast(), "the batch-4 run, dotted");
        double gap60 = LessonShots.meanGapFrom(sixtyAgain, 50);
        double running4 = spread(four, 30, UnitHistory.RUNNING_MEAN);
        double running60 = spread(sixtyAgain, 30, UnitHistory.RUNNING_MEAN);
        System.out.printf("train-eval compare: mean gap over steps 50-100 with 60: %.3f; running-mean spread from step 30,"
                + " 4: %.4f, 60: %.4f (x%.1f)%n", gap60, running4, running60, running4 / running60);
        assertTrue(Math.abs(gap60) < 0.02, "with batches of 60 the gap stays near 0: " + gap60);
        assertTrue(gap4 < gap60 - 0.03, "the batch-4 run's gap below batch 60's: " + gap4 + " vs " + gap60);
        assertTrue(running4 > 3 * running60, "the batch-4 running mean wanders more: " + running4 + " vs " + running60);
        System.out.printf("train-eval: gap at 20 %.3f, at 50 %.3f; m=0.01 at 50 %.3f; batch-mean spread 4: %.4f, 60: %.4f;"
                + " mean gap over steps 50-100 with 4: %.3f%n", early, late, slow, noise4, noise60, gap4);
    }
}
