package bnlab.app.landscape;

import bnlab.app.lessons.Lesson;
import bnlab.app.lessons.LessonLibrary;
import bnlab.engine.api.twoweight.Readouts;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 1 ("canyon-bowl") says what the landscape shows at each of its buttons; here each step's
 * options go to the pane exactly as the lesson sends them, and the read-outs (from the exact Hessian)
 * must bear out the text and the answer each prediction reveals.
 */
@ExtendWith(ApplicationExtension.class)
class CanyonBowlLessonTest {
    private TwoWeightLandscapePane pane;
    private Lesson lesson;

    @Start
    void start(Stage stage) {
        pane = new TwoWeightLandscapePane();
        stage.setScene(new Scene(pane, 1200, 760));
        stage.show();
        lesson = LessonLibrary.load(Path.of("target", "no-such-folder")).byId("canyon-bowl");
    }

    private void apply(List<Lesson.Do> does) {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Lesson.Do d : does) {
                if ("landscape".equals(d.view())) {
                    pane.configure(d.options());
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Readouts canyon() {
        return pane.model().rawProperty().get().readouts();
    }

    private Readouts bowl() {
        return pane.model().standardizedProperty().get().readouts();
    }

    private String numbers(String what) {
        return String.format("%s: canyon kappa %.4g, 2/lambda_max %.4g, eta %.4g, steps %d | bowl kappa %.4g, "
                + "2/lambda_max %.4g, eta %.4g, steps %d", what, canyon().kappa(), canyon().lrMax(), canyon().lr(),
                canyon().stepsToTol(), bowl().kappa(), bowl().lrMax(), bowl().lr(), bowl().stepsToTol());
    }

    private Lesson.Step step(int k) {
        return lesson.steps().get(k);
    }

    // the English words of step k's right choice
    private String answer(int k) {
        Lesson.Prediction p = step(k).predict();
        return p.choices().get(p.answer()).en();
    }

    @Test
    void theBowlWinsTheFairRaceByFar() {
        assertNotNull(lesson, "lesson 1 is bundled");
        apply(step(0).enter());
        assertFalse(pane.model().playingProperty().get(), "the race waits for its button");
        System.out.println(numbers("step 1, 0.75 of each side's limit"));
        assertTrue(answer(0).startsWith("The standardized side"), "the answer is the bowl");
        assertTrue(canyon().kappa() > 500 && bowl().kappa() < 1.01, "a canyon and a bowl");
        assertTrue(bowl().stepsToTol() > 0 && bowl().stepsToTol() <= 12, "bowl steps " + bowl().stepsToTol());
        assertTrue(canyon().stepsToTol() >= 200 * bowl().stepsToTol(), "canyon steps " + canyon().stepsToTol());
        assertEquals(2741, canyon().stepsToTol(), "the number the explanation quotes");
        apply(step(0).actions().get(0).does());
        assertTrue(pane.model().playingProperty().get(), "the race starts");
    }

    @Test
    void beyondTwoOverLambdaMaxBothSidesDivergeBelowItTheCanyonZigZags() {
        assertTrue(answer(1).startsWith("Both fly off"), "the answer is: both fly off");
        apply(step(1).actions().get(1).does());
        System.out.println(numbers("step 2, 1.05 of each side's limit"));
        assertTrue(canyon().diverges() && bowl().diverges(), "both diverge");
        assertTrue(pane.model().rawProperty().get().leftWindow() && pane.model().standardizedProperty().get().leftWindow(),
                "both paths leave the picture");
        apply(step(1).actions().get(0).does());
        System.out.println(numbers("step 2, 0.95 of each side's limit"));
        assertTrue(canyon().converges() && bowl().converges());
        // the error across the canyon is multiplied by 1 - 0.95 * 2 = -0.9 each step: it flips side each step
        SideState raw = pane.model().rawProperty().get();
        int flips = 0;
        double[] ws = raw.wStar();
        for (int t = 0; t < 20; t++) {
            if ((raw.pathY()[t] - ws[1]) * (raw.pathY()[t + 1] - ws[1]) < 0) {
                flips++;
            }
        }
        assertTrue(flips >= 15, "the path crosses the canyon floor at most steps: " + flips + " of 20");
    }

    /**
     * Step 3 asks what one eta = 0.5 does to the canyon: it opens on a fresh race at step 0, not on step 2's last
     * run (at 1.05 the canyon's "diverges" stood beside a text about one eta, as if that had already run).
     */
    @Test
    void stepThreeOpensOnAFreshRaceNotStepTwosDivergedOne() {
        apply(step(1).actions().get(1).does());
        assertTrue(canyon().diverges(), "step 2 at 1.05 of the limit");
        apply(step(2).enter());
        assertTrue(canyon().converges() && bowl().converges(), "0.75 of each side's limit again");
        assertEquals(0, pane.model().stepProperty().get(), "the paths at their start");
    }

    @Test
    void oneEtaSuitsOneSideOnly() {
        assertTrue(answer(2).startsWith("It flies off at once"), "the answer is: the canyon flies off");
        apply(step(2).actions().get(0).does());
        System.out.println(numbers("step 3, one eta 0.5"));
        assertEquals(0.5, canyon().lr(), 0);
        assertEquals(0.5, bowl().lr(), 0);
        assertTrue(canyon().diverges(), "0.5 is far above the canyon's limit");
        assertEquals(12, bowl().stepsToTol(), "the bowl lands in 12 steps, as the text says");
        assertTrue(Math.abs(0.5 / canyon().lrMax() - 280) < 2, "about 280 times the limit");
        apply(step(2).actions().get(1).does());
        System.out.println(numbers("step 3, one eta 0.0015"));
        assertTrue(canyon().converges() && bowl().converges());
        assertTrue(canyon().stepsToTol() > 1000 && bowl().stepsToTol() > 1000, "both crawl through thousands of steps");
    }

    @Test
    void theCanyonsStepsGrowWithKappaTheBowlStays() {
        apply(step(3).enter());
        assertTrue(answer(3).startsWith("About 100 times"), "the answer is: about 100 times as many");
        long[] steps = new long[3];
        double[] kappa = new double[3];
        for (int a = 0; a < 3; a++) {
            apply(step(3).actions().get(a).does());
            System.out.println(numbers("step 4, x2 times " + new int[] {1, 10, 100}[a]));
            steps[a] = canyon().stepsToTol();
            kappa[a] = canyon().kappa();
            assertEquals(12, bowl().stepsToTol(), "standardizing removes the scale");
        }
        assertEquals(83, steps[0]);
        assertEquals(2741, steps[1]);
        assertEquals(268_359, steps[2]);
        double ratio = (double) steps[2] / steps[1];
        assertTrue(ratio > 90 && ratio < 110, "about 100 times as many: " + ratio);
        // t ~ kappa / (2 f) * ln(||e_0|| / tol): the steps per unit of kappa settle as kappa grows
        assertEquals(steps[2] / kappa[2], steps[1] / kappa[1], 0.05 * steps[1] / kappa[1]);
    }
}
