package bnlab.app.axes;

import bnlab.app.LessonHarness;
import bnlab.app.histograms.PngSnapshots;
import bnlab.engine.api.Series;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinHistory;
import org.testfx.api.FxRobot;

import java.io.File;

/** For the lesson tests: the window as a PNG under target/lesson-shots (to look at), and figures from a snapshot. */
final class LessonShots {
    private LessonShots() {
    }

    static void write(FxRobot robot, LessonHarness h, String name) {
        new File("target/lesson-shots").mkdirs();
        h.flush();
        robot.interact(() -> PngSnapshots.write(h.window.root(), "target/lesson-shots/" + name + ".png"));
    }

    /** Train-mode minus eval-mode training accuracy of the normalized twin at its last evaluation. */
    static double gap(Snapshot s) {
        return s.normalized().trainAccTrainMode() - s.normalized().trainAccEvalMode();
    }

    /** Paused, at least at the given step, and evaluated there. */
    static boolean at(Snapshot s, long step) {
        return !s.playing() && s.step() >= step && s.normalized().evalStep() >= step;
    }

    /** The rows of an accuracy history from step {@code from} on: train-mode minus eval-mode, averaged. */
    static double meanGapFrom(Snapshot s, double from) {
        Series a = s.normalized().history().accuracy();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.x(i) >= from) {
                sum += a.y(TwinHistory.TRAIN_TRAIN_MODE, i) - a.y(TwinHistory.TRAIN_EVAL_MODE, i);
                n++;
            }
        }
        return sum / n;
    }
}
