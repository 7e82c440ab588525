package bnlab.app.axes;

import bnlab.app.HarnessedLessonTest;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinState;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 9 (placement) on the real engine: with BN before the sigmoid the BN network's sigmoid inputs
 * have a spread near 1 and almost none is saturated, while the plain network's are; with BN after it
 * they spread to ~10 and are at least as saturated as without BN; back before, the saturation is gone.
 */
class PlacementLessonTest extends HarnessedLessonTest {

    @Start
    void start(Stage stage) {
        h.show(stage, Locale.ENGLISH, 1600, 1000);
    }

    private static double saturated(TwinState t) {
        double s = 0;
        for (LayerProbe p : t.layers()) {
            s += p.saturatedFraction() / t.layers().size();
        }
        return s;
    }

    /** Spread of the sigmoid's inputs over the batch, all units pooled, in the last hidden layer. */
    private static double spread(TwinState t) {
        return t.layers().get(t.layers().size() - 1).histograms().activationInput().std();
    }

    private Snapshot trained(Placement p, String what) {
        return h.await(s -> !s.playing() && s.step() >= 50 && s.spec().placement() == p
                && !s.normalized().layers().isEmpty(), 120, what);
    }

    @Test
    void theLessonShowsWhatItSays() {
        h.open("placement");
        h.await(s -> s.step() == 0 && s.spec().placement() == Placement.BEFORE_ACTIVATION, 60, "set up");
        h.act(0); // 50 steps
        Snapshot before = trained(Placement.BEFORE_ACTIVATION, "50 steps, BN before");
        LessonShots.write(robot, h, "placement-1");
        double satBefore = saturated(before.normalized());
        double satPlain = saturated(before.plain());
        assertTrue(satBefore < 0.05, "BN before: almost no sigmoid input saturated: " + satBefore);
        assertTrue(satPlain > 0.4, "without BN most are: " + satPlain);
        assertEquals(1.0, spread(before.normalized()), 0.2, "BN before: the sigmoid's inputs have spread ~1");

        h.next();
        h.predict(0);
        h.reveal();
        LessonShots.write(robot, h, "placement-2");

        h.next(); // BN after, rebuilt
        h.await(s -> s.step() == 0 && s.spec().placement() == Placement.AFTER_ACTIVATION, 60, "rebuilt, BN after");
        h.predict(1);
        h.reveal();
        h.act(0);
        Snapshot after = trained(Placement.AFTER_ACTIVATION, "50 steps, BN after");
        LessonShots.write(robot, h, "placement-3");
        double satAfter = saturated(after.normalized());
        assertTrue(satAfter > 0.4 && satAfter > saturated(after.plain()) - 0.05,
                "BN after: saturated like without BN: " + satAfter + " vs " + saturated(after.plain()));
        assertTrue(spread(after.normalized()) > 5, "BN after: the sigmoid's inputs spread ~10: " + spread(after.normalized()));

        h.next();
        h.act(0); // back before, 50 steps
        Snapshot back = trained(Placement.BEFORE_ACTIVATION, "back before");
        LessonShots.write(robot, h, "placement-4");
        assertTrue(saturated(back.normalized()) < 0.05, "back before: " + saturated(back.normalized()));
        System.out.printf("placement: saturated before %.3f (plain %.3f), after %.3f (plain %.3f), back %.3f;"
                        + " last-layer sigmoid input spread before %.2f, after %.2f%n", satBefore, satPlain, satAfter,
                saturated(after.plain()), saturated(back.normalized()), spread(before.normalized()),
                spread(after.normalized()));
    }
}
