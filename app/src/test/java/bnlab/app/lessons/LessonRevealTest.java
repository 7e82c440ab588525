package bnlab.app.lessons;

import bnlab.app.HarnessedLessonTest;
import bnlab.app.curves.TrainingCurvesView;
import bnlab.app.landscape.NetworkLandscapeView;
import bnlab.app.runningstats.RunningStatsView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At 1280x720 a lesson's stage shows one view and a bit of the next: a step that watches the second view
 * brings it into sight (the lesson file's "reveal"), and going back brings the first step's view back.
 * Lesson 11's step 1 watches the loss curves, under the loss surfaces; step 2 the surfaces. Lesson 14's
 * step 2 reads the running statistics' axes, under the curves.
 */
class LessonRevealTest extends HarnessedLessonTest {
    @Start
    void start(Stage stage) {
        h.show(stage, Locale.SIMPLIFIED_CHINESE, 1280, 720);
    }

    // where the view's top and bottom sit in the stage's viewport, as shares of its height (0: at its top)
    private double[] top(Node view) {
        WaitForAsyncUtils.waitForFxEvents();
        double[] at = new double[2];
        robot.interact(() -> {
            ScrollPane scroll = (ScrollPane) robot.from(h.stage().node()).lookup(".scroll-pane").query();
            Node port = scroll.lookup(".viewport");
            Bounds p = port.localToScene(port.getLayoutBounds());
            Bounds v = view.localToScene(view.getLayoutBounds());
            at[0] = (v.getMinY() - p.getMinY()) / p.getHeight();
            at[1] = (v.getMaxY() - p.getMinY()) / p.getHeight();
        });
        return at;
    }

    // its top in the upper part of the viewport, or the whole view in sight (the column scrolled to its end)
    private static void inSight(double[] at, String what) {
        assertTrue(at[0] >= -0.01 && (at[0] < 0.3 || at[1] <= 1.01),
                what + ": top at " + at[0] + ", bottom at " + at[1] + " of the viewport's height");
    }

    @Test
    void aBannerTakesRoomUnderTheViewsInsteadOfCoveringTheirFoot() {
        h.open("smooth-landscape");
        Node curves = h.view(TrainingCurvesView.class).node();
        // a message long enough to take two lines beside the banner's buttons at 1280 px
        String text = "x ".repeat(120);
        robot.interact(() -> h.window.alerts().showMessage(text));
        WaitForAsyncUtils.waitForFxEvents();
        double[] got = new double[3];
        robot.interact(() -> {
            ScrollPane scroll = (ScrollPane) robot.from(h.stage().node()).lookup(".scroll-pane").query();
            Node port = scroll.lookup(".viewport");
            Node bar = robot.from(h.stage().node()).lookup(".alert-bar").match(Node::isVisible).query();
            got[0] = port.localToScene(port.getLayoutBounds()).getMaxY();
            got[1] = bar.localToScene(bar.getLayoutBounds()).getMinY();
            got[2] = bar.getLayoutBounds().getHeight();
        });
        assertTrue(got[2] > 10, "the banner shows: " + got[2] + " px");
        robot.interact(() -> assertEquals(java.util.List.of(), bnlab.app.TextCut.cut(
                (javafx.scene.Parent) h.window.alerts().node()), "the banner's text is whole"));
        assertTrue(got[0] <= got[1] + 0.5, "the views end (" + got[0] + ") where the banner begins (" + got[1] + ")");
        // scrolled to the end, the curves' foot is in sight above the banner
        inSight(top(curves), "the curves with a banner");
        robot.interact(() -> h.window.alerts().dismissMessage());
    }

    @Test
    void aStepBringsTheViewItWatchesIntoSight() {
        h.open("smooth-landscape");
        Node curves = h.view(TrainingCurvesView.class).node();
        Node surface = h.view(NetworkLandscapeView.class).node();
        inSight(top(curves), "step 1: the loss curves");
        h.next();
        inSight(top(surface), "step 2: the loss surfaces");
        h.previous();
        inSight(top(curves), "back at step 1: the loss curves");

        h.open("batch-noise");
        inSight(top(h.view(TrainingCurvesView.class).node()), "lesson 14 step 1: the curves");
        h.next();
        inSight(top(h.view(RunningStatsView.class).node()), "lesson 14 step 2: the running statistics");
        // its watch reads each chart's axes, fitted to this run's lines: the previous run's dotted ones are hidden
        h.flush();
        robot.interact(() -> assertTrue(!((javafx.scene.control.CheckBox) h.view(RunningStatsView.class).node()
                .lookup("#running-stats-previous")).isSelected(), "lesson 14 step 2 hides the previous run"));
    }

    /** Lesson 12 shows each step's one view alone ("enlarge"): the feature maps' read-outs fit, at 1280x720 too. */
    @Test
    void aStepCanShowItsViewAlone() {
        h.open("conv-bn");
        Node maps = h.view(bnlab.app.featuremaps.FeatureMapsView.class).node();
        Node running = h.view(RunningStatsView.class).node();
        robot.interact(() -> assertTrue(maps.getScene() != null && running.getScene() == null, "step 1: the maps"));
        h.next();
        h.next();
        h.next();
        robot.interact(() -> assertTrue(maps.getScene() == null && running.getScene() != null, "step 4: the running"
                + " statistics"));
        h.previous();
        robot.interact(() -> assertTrue(maps.getScene() != null && running.getScene() == null, "back at step 3"));
        // lesson 14: step 1 is about the curves alone (beside the running statistics at 1280x720 each view had
        // 430 px, its titles wrapped); steps 2 and 3 compare the two
        h.open("batch-noise");
        Node curves = h.view(TrainingCurvesView.class).node();
        Node stats = h.view(RunningStatsView.class).node();
        robot.interact(() -> assertTrue(curves.getScene() != null && stats.getScene() == null, "lesson 14 step 1"));
        h.next();
        robot.interact(() -> assertTrue(curves.getScene() != null && stats.getScene() != null, "lesson 14 step 2"));
        h.next();
        robot.interact(() -> assertTrue(curves.getScene() != null && stats.getScene() != null, "lesson 14 step 3"));
        h.previous();
        h.previous();
        robot.interact(() -> assertTrue(curves.getScene() != null && stats.getScene() == null, "back at step 1"));
    }
}
