package bnlab.app.lessons;

import bnlab.app.HarnessedLessonTest;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.RunProblem;
import bnlab.engine.api.Series;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinHistory;
import bnlab.engine.api.TwinState;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 7 ("learning-rate") on the real engine, pressing its buttons as a teacher would: at 1 the plain
 * twin stumbles (late accuracy, most ReLU inputs of its upper layers below 0); at 3 it overflows within a
 * few steps while the BN twin learns; multiplying layer 2's weights by 10 divides the BN twin's
 * ||dL/dW_2|| by about 10 and leaves its other layers' gradients alone.
 */
class LearningRateLessonTest extends HarnessedLessonTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Snapshot trained(double lr, long steps, String what) {
        return h.await(s -> s.settings().learningRate() == lr && s.step() == steps
                && !s.normalized().layers().isEmpty(), 120, what);
    }

    private static double accuracyAt(TwinState t, double step) {
        Series a = t.history().accuracy();
        for (int i = 0; i < a.size(); i++) {
            if (a.x(i) == step) {
                return a.y(TwinHistory.TEST, i);
            }
        }
        return Double.NaN;
    }

    // mean saturated fraction (for ReLU: inputs below 0) of hidden layers 2 and 3
    private static double upperSaturation(TwinState t) {
        return (t.layers().get(1).saturatedFraction() + t.layers().get(2).saturatedFraction()) / 2;
    }

    private static double gradient(Snapshot s, int layer) {
        LayerProbe p = s.normalized().layers().get(layer);
        return p.weightGradNorm();
    }

    @Test
    void theBnTwinTakesLearningRatesThePlainTwinCannot() {
        h.show(stage, Locale.ENGLISH, 1600, 1000);
        long before = h.session.latest().version();
        h.open("learning-rate");
        h.await(s -> s.version() > before && s.spec().activation().name().equals("RELU"), 60, "set up");

        // step 1 (both learn at 0.1) is LargeLearningRateTest's, on the engine alone
        h.next();
        h.predict(h.model().current().predict().answer());
        h.reveal();
        h.act(0);
        Snapshot a = trained(1, 40, "40 steps at 1");
        h.act(1); // the same run, from the start to step 300
        Snapshot b = trained(1, 300, "300 steps at 1");
        double bn20 = accuracyAt(b.normalized(), 20);
        double plain20 = accuracyAt(b.plain(), 20);
        assertEquals(accuracyAt(a.plain(), 20), plain20, "the 300 steps begin with the 40 shown first");
        assertEquals(accuracyAt(a.normalized(), 20), bn20);
        System.out.printf("eta 1: test accuracy at step 20 BN %.3f, plain %.3f; at step 300 BN %.3f, plain %.3f; "
                        + "saturated inputs of layers 2-3 BN %.3f, plain %.3f%n", bn20, plain20,
                b.normalized().testAcc(), b.plain().testAcc(), upperSaturation(b.normalized()),
                upperSaturation(b.plain()));
        Lesson.Prediction asked = h.model().current().predict();
        assertTrue(asked.choices().get(asked.answer()).en().startsWith("It stumbles"), "the answer: it stumbles");
        assertTrue(bn20 > 0.9, "the BN twin is past 90 % at step 20: " + bn20);
        assertTrue(plain20 < bn20 - 0.2, "the plain twin learns later: " + plain20);
        assertEquals(0.97, b.plain().testAcc(), 0.01, "the explanation's 'caught up by step 300 (about 97 %')");
        assertEquals(0.98, b.normalized().testAcc(), 0.01, "'against 98 %'");
        assertTrue(upperSaturation(b.plain()) > upperSaturation(b.normalized()) + 0.2,
                "most of the plain twin's upper ReLU inputs are below 0");

        h.next();
        h.predict(h.model().current().predict().answer());
        h.reveal();
        h.act(0);
        Snapshot c = trained(3, 300, "300 steps at 3");
        System.out.printf("eta 3: plain %s; BN test accuracy %.3f, diverged %s%n", c.plain().divergence(),
                c.normalized().testAcc(), c.normalized().diverged());
        assertTrue(c.plain().diverged(), "the plain twin overflows");
        assertTrue(c.plain().divergence().code() == RunProblem.GRADIENT_OVERFLOW
                || c.plain().divergence().code() == RunProblem.LOSS_NAN
                || c.plain().divergence().code() == RunProblem.LOSS_INFINITE);
        assertTrue(((Number) c.plain().divergence().arg(0)).longValue() <= 10, "within a handful of steps");
        assertFalse(c.normalized().diverged());
        assertTrue(c.normalized().testAcc() > 0.9, "the BN twin ends above 90 %: " + c.normalized().testAcc());

        h.next(); // resets, trains 60 steps at 0.1
        Snapshot d0 = trained(0.1, 60, "60 steps at 0.1");
        h.predict(h.model().current().predict().answer());
        h.reveal();
        h.act(0); // W_2 x 10, one step
        Snapshot d1 = trained(0.1, 61, "one step after W_2 x 10");
        h.act(1); // W_2 / 10, one step
        Snapshot d2 = trained(0.1, 62, "one step after W_2 / 10");
        System.out.printf("BN ||dL/dW_l|| (l = 1, 2, 3): step 60 %.4g %.4g %.4g; after W_2 x 10 %.4g %.4g %.4g; "
                        + "after / 10 %.4g %.4g %.4g; BN loss %.4f %.4f %.4f, plain loss %.4f %.4f %.4f%n",
                gradient(d0, 0), gradient(d0, 1), gradient(d0, 2), gradient(d1, 0), gradient(d1, 1), gradient(d1, 2),
                gradient(d2, 0), gradient(d2, 1), gradient(d2, 2), d0.normalized().loss(), d1.normalized().loss(),
                d2.normalized().loss(), d0.plain().loss(), d1.plain().loss(), d2.plain().loss());
        // another batch each step: the scaled layer's gradient moves by about 10, the others by batch noise only
        double down = gradient(d1, 1) / gradient(d0, 1);
        assertTrue(down > 0.05 && down < 0.2, "||dL/dW_2|| divided by about 10: ratio " + down);
        double up = gradient(d2, 1) / gradient(d1, 1);
        assertTrue(up > 5 && up < 20, "and back: ratio " + up);
        for (int l : new int[] {0, 2}) {
            double r = gradient(d1, l) / gradient(d0, l);
            assertTrue(r > 0.5 && r < 2, "layer " + (l + 1) + " is not scaled: ratio " + r);
        }
        assertTrue(Math.abs(d1.normalized().loss() - d0.normalized().loss()) < 0.5 * d0.normalized().loss(),
                "the BN twin's loss does not jump");
        assertTrue(d1.plain().loss() > 2 * d0.plain().loss(), "the plain twin's loss jumps up (the step's watch)");
        assertTrue(d2.plain().loss() > d1.plain().loss() && d2.plain().loss() > 1 && d2.plain().loss() < 3,
                "and rises further after the division, to about 2: " + d2.plain().loss());
    }
}
