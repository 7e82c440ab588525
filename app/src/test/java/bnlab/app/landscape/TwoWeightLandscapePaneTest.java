package bnlab.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Moving the learning-rate and scale sliders changes the paths and the read-outs. */
@ExtendWith(ApplicationExtension.class)
class TwoWeightLandscapePaneTest {

    private TwoWeightLandscapePane pane;

    @Start
    void start(Stage stage) {
        pane = new TwoWeightLandscapePane();
        pane.model().pause();
        stage.setScene(new Scene(pane, 1200, 760));
        stage.show();
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    /** Shows the whole path so its series can be inspected. */
    private void showAll() {
        onFx(() -> {
            pane.model().pause();
            pane.model().advance(SideState.MAX_STEPS);
        });
    }

    private static double[] last(XYSeries s) {
        int n = s.getItemCount() - 1;
        return new double[] {s.getX(n).doubleValue(), s.getY(n).doubleValue()};
    }

    @Test
    void scaleSliderChangesRawKappaButNotTheBowl(FxRobot robot) {
        String rawKappa = text(robot, "raw-kappa");
        String stdKappa = text(robot, "std-kappa");
        Slider scale = robot.lookup("#scaleSlider").queryAs(Slider.class);
        onFx(() -> scale.setValue(2)); // x2 times 100
        assertEquals(100, pane.model().scaleProperty().get(), 1e-9);
        assertNotEquals(rawKappa, text(robot, "raw-kappa"));
        assertEquals(stdKappa, text(robot, "std-kappa"));
        double k = pane.model().rawProperty().get().readouts().kappa();
        assertTrue(k > 1e4, "raw kappa at scale 100: " + k);
        assertEquals(ReadoutBox.fmt(k), text(robot, "raw-kappa"));
        double lrMax = pane.model().rawProperty().get().readouts().lrMax();
        assertEquals(ReadoutBox.fmt(lrMax), text(robot, "raw-lrMax"));
    }

    @Test
    void learningRateSliderChangesBothPathsAndDivergenceShowsAboveTheBound(FxRobot robot) {
        Slider lr = robot.lookup("#lrSlider").queryAs(Slider.class);
        onFx(() -> lr.setValue(-2.5));
        showAll();
        double[] rawEnd = last(pane.rawChart().pathSeries());
        double[] stdEnd = last(pane.standardizedChart().pathSeries());
        String steps = text(robot, "std-steps");
        assertFalse(text(robot, "raw-verdict").startsWith("diverges"));

        double lrMaxRaw = pane.model().rawProperty().get().readouts().lrMax();
        onFx(() -> lr.setValue(Math.log10(0.5 * lrMaxRaw)));
        showAll();
        assertNotEquals(rawEnd[0], last(pane.rawChart().pathSeries())[0]);
        assertNotEquals(stdEnd[0], last(pane.standardizedChart().pathSeries())[0]);
        assertNotEquals(steps, text(robot, "std-steps"));
        assertTrue(text(robot, "raw-verdict").startsWith("converges"));

        onFx(() -> lr.setValue(Math.log10(1.05 * lrMaxRaw)));
        showAll();
        assertTrue(text(robot, "raw-verdict").startsWith("diverges: lr > 2/"), text(robot, "raw-verdict"));
        assertEquals("never", text(robot, "raw-steps"));
        SideState raw = pane.model().rawProperty().get();
        assertTrue(raw.leftWindow(), "a diverging path is cut at the window edge");
        double[] end = last(pane.rawChart().pathSeries());
        assertTrue(raw.window().contains(end[0], end[1]), "path stays on screen");
    }

    @Test
    void typedLearningRateMovesTheSlider(FxRobot robot) {
        onFx(() -> {
            var f = robot.lookup("#lrField").queryAs(javafx.scene.control.TextField.class);
            f.setText("0.001");
            f.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(1e-3, pane.model().learningRateProperty().get(), 1e-15);
        assertEquals(-3, robot.lookup("#lrSlider").queryAs(Slider.class).getValue(), 1e-9);
    }

    @Test
    void animationAdvancesThePathStepByStep(FxRobot robot) {
        onFx(() -> {
            pane.model().restart();
            pane.model().pause(); // the timer must not add steps of its own while we count
        });
        assertEquals(1, pane.rawChart().pathSeries().getItemCount());
        onFx(() -> pane.model().advance(3));
        assertEquals(4, pane.rawChart().pathSeries().getItemCount());
        assertEquals(4, pane.standardizedChart().pathSeries().getItemCount());
    }
}
