package bnlab.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.twoweight.Readouts;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Moving the rate and scale sliders changes the paths and the read-outs; the default view is a fair
 * race the bowl wins by far; one eta for both is an explicit mode with its caption. Texts are
 * compared with the bundle's, never with English sentences.
 */
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

    private void oneEta(FxRobot robot) {
        robot.clickOn("#oneEta");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(StepRate.Mode.ONE_ETA, pane.model().modeProperty().get());
    }

    private static String converges(Readouts r) {
        return I18n.get("landscape.verdict.converges", ReadoutBox.ofLimit(r.lr() / r.lrMax()));
    }

    /** Lesson 1 step 3's one eta = 0.0015 on the bowl read "7.51e-4 x 2/lambda_max": one part in a round number. */
    @Test
    void aSmallFractionOfTheLimitIsOnePartInARoundNumber() {
        assertEquals("1/1300", ReadoutBox.ofLimit(0.0015 / 2.0));
        assertEquals("0.75", ReadoutBox.ofLimit(0.75));
        assertEquals("0.95", ReadoutBox.ofLimit(0.95));
    }

    @Test
    void learningRateSliderChangesBothPathsAndDivergenceShowsAboveTheBound(FxRobot robot) {
        oneEta(robot);
        Slider lr = robot.lookup("#lrSlider").queryAs(Slider.class);
        double lrMaxRaw = pane.model().rawProperty().get().readouts().lrMax();
        onFx(() -> lr.setValue(Math.log10(0.2 * lrMaxRaw)));
        showAll();
        double[] rawEnd = last(pane.rawChart().pathSeries());
        double[] stdEnd = last(pane.standardizedChart().pathSeries());
        String steps = text(robot, "std-steps");
        assertEquals(converges(pane.model().rawProperty().get().readouts()), text(robot, "raw-verdict"));

        onFx(() -> lr.setValue(Math.log10(0.5 * lrMaxRaw)));
        showAll();
        assertNotEquals(rawEnd[0], last(pane.rawChart().pathSeries())[0]);
        assertNotEquals(stdEnd[0], last(pane.standardizedChart().pathSeries())[0]);
        assertNotEquals(steps, text(robot, "std-steps"));
        assertEquals(converges(pane.model().rawProperty().get().readouts()), text(robot, "raw-verdict"));

        onFx(() -> lr.setValue(Math.log10(1.05 * lrMaxRaw)));
        showAll();
        assertEquals(I18n.get("landscape.verdict.diverges", true), text(robot, "raw-verdict"));
        assertEquals(I18n.get("landscape.steps.never"), text(robot, "raw-steps"));
        SideState raw = pane.model().rawProperty().get();
        assertTrue(raw.leftWindow(), "a diverging path is cut at the window edge");
        double[] end = last(pane.rawChart().pathSeries());
        assertTrue(raw.window().contains(end[0], end[1]), "path stays on screen");
    }

    @Test
    void typedLearningRateMovesTheSlider(FxRobot robot) {
        oneEta(robot);
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

    private Readouts rawReadouts() {
        return pane.model().rawProperty().get().readouts();
    }

    private Readouts stdReadouts() {
        return pane.model().standardizedProperty().get().readouts();
    }

    @Test
    void theDefaultViewShowsACanyonThatCrawlsAndABowlReachedInAFewSteps(FxRobot robot) {
        Readouts raw = rawReadouts();
        Readouts std = stdReadouts();
        assertEquals(I18n.get("landscape.steps", raw.stepsToTol()), text(robot, "raw-steps"));
        assertEquals(I18n.get("landscape.steps", std.stepsToTol()), text(robot, "std-steps"));
        assertTrue(raw.stepsToTol() >= 10 * std.stepsToTol(), raw.stepsToTol() + " vs " + std.stepsToTol());
        assertTrue(raw.kappa() >= 100, "kappa " + raw.kappa());
        assertEquals(ReadoutBox.fmt(raw.kappa()), text(robot, "raw-kappa"));
        // the titles say what makes the raw panel a canyon: its kappa
        assertEquals(I18n.get("landscape.title.raw", 2, raw.kappa()), pane.rawChart().title());
        assertEquals(I18n.get("landscape.title.standardized", 0, std.kappa()), pane.standardizedChart().title());
        assertEquals(I18n.get("landscape.caption.sameFraction", LandscapeModel.DEFAULT_FRACTION),
                pane.caption().getText());
        assertTrue(robot.lookup("#fractionSlider").queryAs(Slider.class).isVisible());
        assertFalse(robot.lookup("#lrSlider").queryAs(Slider.class).isVisible());
        assertEquals(I18n.get("landscape.fraction"), text(robot, "rateName"));
        assertEquals(converges(raw), text(robot, "raw-verdict"));
        assertEquals(converges(std), text(robot, "std-verdict"));
        assertEquals(text(robot, "raw-verdict"), text(robot, "std-verdict"), "the same fraction on both sides");
    }

    /** While a lesson's class predicts which side gets there first, how the race ends waits; then it shows. */
    @Test
    void aLessonCanWithholdHowTheRaceEndsUntilTheClassHasChosen(FxRobot robot) {
        Readouts raw = rawReadouts();
        onFx(() -> pane.configure(java.util.Map.of("withhold", true)));
        assertEquals(I18n.get("landscape.steps.withheld"), text(robot, "raw-steps"));
        assertEquals(I18n.get("landscape.steps.withheld"), text(robot, "std-steps"));
        assertEquals(I18n.get("landscape.caption.sameFraction.withheld", LandscapeModel.DEFAULT_FRACTION),
                pane.caption().getText());
        assertEquals(I18n.get("landscape.step.withheld", 0), text(robot, "stepLabel"), "not how long the longer run is");
        // what the class reasons from stays: the shapes' kappa and the rates
        assertEquals(ReadoutBox.fmt(raw.kappa()), text(robot, "raw-kappa"));
        assertEquals(converges(raw), text(robot, "raw-verdict"));
        onFx(() -> pane.configure(java.util.Map.of("withhold", false)));
        assertEquals(I18n.get("landscape.steps", raw.stepsToTol()), text(robot, "raw-steps"));
        assertEquals(I18n.get("landscape.caption.sameFraction", LandscapeModel.DEFAULT_FRACTION),
                pane.caption().getText());
        int last = Math.max(pane.model().rawProperty().get().steps(), pane.model().standardizedProperty().get().steps());
        assertEquals(I18n.get("landscape.step", 0, last), text(robot, "stepLabel"));
    }

    @Test
    void fractionSliderPutsBothPanelsAtTheSameFractionOfTheirOwnStableRate(FxRobot robot) {
        Slider f = robot.lookup("#fractionSlider").queryAs(Slider.class);
        assertEquals(StepRate.FRACTION_MIN, f.getMin(), 0);
        assertEquals(StepRate.FRACTION_MAX, f.getMax(), 0);
        onFx(() -> f.setValue(0.9));
        assertEquals(0.9, pane.model().fractionProperty().get(), 1e-12);
        for (String side : new String[] {"raw", "std"}) {
            Readouts r = side.equals("raw") ? rawReadouts() : stdReadouts();
            // eta = 0.9 * 2 / lambda_max of this side
            assertEquals(0.9 * 2 / r.lambdaMax(), r.lr(), 1e-12 * r.lr());
            assertEquals(ReadoutBox.fmt(r.lr()), text(robot, side + "-lr"));
            assertEquals(converges(r), text(robot, side + "-verdict"));
        }
        onFx(() -> f.setValue(1.2));
        assertEquals(I18n.get("landscape.verdict.diverges", true), text(robot, "raw-verdict"));
        assertEquals(I18n.get("landscape.verdict.diverges", true), text(robot, "std-verdict"));
        // the caption no longer says the bowl is reached in a few steps
        assertEquals(I18n.get("landscape.caption.sameFraction.over", 1.2), pane.caption().getText());
        assertEquals(I18n.get("landscape.number", 1.2), robot.lookup("#lrField").queryAs(TextField.class).getText());
    }

    @Test
    void typedFractionMovesTheFractionSlider(FxRobot robot) {
        onFx(() -> {
            TextField field = robot.lookup("#lrField").queryAs(TextField.class);
            field.setText("0.4");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(0.4, pane.model().fractionProperty().get(), 1e-15);
        assertEquals(0.4, robot.lookup("#fractionSlider").queryAs(Slider.class).getValue(), 1e-12);
        assertEquals(StepRate.Mode.SAME_FRACTION, pane.model().modeProperty().get());
    }

    @Test
    void oneEtaForBothIsAnExplicitModeWithItsCaption(FxRobot robot) {
        double canyonEta = rawReadouts().lr();
        oneEta(robot);
        Readouts raw = rawReadouts();
        Readouts std = stdReadouts();
        assertEquals(canyonEta, raw.lr(), 0, "the canyon keeps its rate");
        assertEquals(raw.lr(), std.lr(), 0, "one eta for both");
        assertEquals(I18n.get("landscape.caption.oneEta", raw.lrMax(), raw.lambdaMax(), raw.lambdaMin(), raw.kappa(),
                std.lrMax()), pane.caption().getText());
        assertTrue(pane.caption().isVisible());
        assertTrue(robot.lookup("#lrSlider").queryAs(Slider.class).isVisible());
        assertFalse(robot.lookup("#fractionSlider").queryAs(Slider.class).isVisible());
        assertEquals(I18n.get("landscape.eta"), text(robot, "rateName"));
        assertEquals(Math.log10(canyonEta), robot.lookup("#lrSlider").queryAs(Slider.class).getValue(), 1e-9);
        robot.clickOn("#oneEta");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(StepRate.Mode.SAME_FRACTION, pane.model().modeProperty().get());
        assertEquals(I18n.get("landscape.caption.sameFraction", LandscapeModel.DEFAULT_FRACTION),
                pane.caption().getText());
    }

    @Test
    void stepLabelCountsTheShownSteps(FxRobot robot) {
        onFx(() -> {
            pane.model().restart();
            pane.model().pause();
            pane.model().advance(5);
        });
        int last = Math.max(pane.model().rawProperty().get().steps(), pane.model().standardizedProperty().get().steps());
        assertEquals(I18n.get("landscape.step", 5, last), text(robot, "stepLabel"));
    }
}
