package bnlab.app.curves;

import bnlab.app.Snapshots;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.TrainSettings;
import org.testfx.util.WaitForAsyncUtils;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinState;
import bnlab.app.style.Palette;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class TrainingCurvesViewTest {
    private TrainingCurvesView view;

    @Start
    void start(Stage stage) {
        view = new TrainingCurvesView();
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1000, 700));
        stage.show();
    }

    /**
     * Charts side by side are equally wide at every width, so their titles take one size (a pixel apart, near a step,
     * the two columns' titles drew a step apart).
     */
    @Test
    void chartsSideBySideAreEquallyWideAtEveryWidth(FxRobot robot) {
        robot.interact(() -> view.show(Snapshots.at(900, 900)));
        bnlab.app.TitlesAlike.equallyWide(robot, (javafx.scene.Parent) view.node(), 560, 600);
    }

    /**
     * The line of accuracies over the charts keeps its height as a number gains a digit (BN's "98%" at step 880, "100%"
     * at 900): near its wrap it took a second line and gave it back, and the charts under it moved by a line (at 1600 x
     * 1000 in Chinese). Nor as the step of the last evaluation gains one (80 to 100, 980 to 1000): the line's widest
     * form named the step of the moment, so where the longer form balanced into one more line the room it kept grew by
     * a line (the twin of the running variance line's, stop 69). Every other width from 1000 to 400 px, in both
     * languages (Snapshots' histories: BN's accuracy 0.1 + 0.001 t, evaluated every 20 steps).
     */
    @Test
    void theAccuracyLineKeepsItsHeightAsItsNumbersChange(FxRobot robot) {
        int[] steps = {880, 900, 80, 100, 980, 1000};
        javafx.stage.Window w = view.node().getScene().getWindow();
        javafx.scene.control.Label now = robot.lookup("#curves-now").queryAs(javafx.scene.control.Label.class);
        java.util.Locale before = I18n.locale();
        int wrapped = 0;
        try {
            for (java.util.Locale l : new java.util.Locale[] {java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE}) {
                robot.interact(() -> I18n.setLocale(l));
                for (double width = 1000; width >= 400; width -= 2) {
                    double at = width;
                    robot.interact(() -> w.setWidth(at));
                    WaitForAsyncUtils.waitForFxEvents();
                    double[] heights = new double[steps.length];
                    robot.interact(() -> {
                        var root = view.node().getScene().getRoot();
                        for (int k = 0; k < steps.length; k++) {
                            for (int i = 0; i < 4; i++) { // every chart's turn, the accuracy's with the line
                                view.show(Snapshots.at(steps[k], steps[k]));
                            }
                            root.applyCss();
                            root.layout();
                            heights[k] = now.getHeight();
                        }
                    });
                    for (int k = 1; k < steps.length; k++) {
                        assertEquals(heights[0], heights[k], 0.5, "the line's height at " + width + " px in " + l
                                + ", steps " + steps[0] + " and " + steps[k]);
                    }
                    if (heights[1] > 1.8 * now.getFont().getSize()) {
                        wrapped++;
                    }
                }
            }
        } finally {
            robot.interact(() -> {
                I18n.setLocale(before);
                w.setWidth(1000);
            });
        }
        assertTrue(wrapped > 5, "widths where the line takes two lines: " + wrapped);
    }

    @Test
    void everyChartShowsDataThatGrowsWithTheSteps(FxRobot robot) {
        robot.interact(() -> {
            for (int step = 1; step <= 60; step++) {
                view.show(Snapshots.at(step, step));
            }
        });
        int[] before = counts();
        for (int c : before) {
            assertTrue(c > 0, "an empty chart");
        }
        robot.interact(() -> {
            for (int step = 61; step <= 120; step++) {
                view.show(Snapshots.at(step, step));
            }
        });
        int[] after = counts();
        for (int i = 0; i < after.length; i++) {
            assertTrue(after[i] > before[i], "chart " + i + " did not change");
        }
    }

    /**
     * Before the first step there is no loss yet (step 0's accuracy is measured, a loss comes with a step): the loss
     * chart says so rather than showing empty axes, and the message goes once there are losses.
     */
    @Test
    void theLossChartSaysNoStepYetUntilTheFirstStep(FxRobot robot) {
        robot.interact(() -> view.show(Snapshots.at(1, 0)));
        org.jfree.chart.plot.XYPlot loss = view.charts()[0].getXYPlot();
        assertEquals(bnlab.app.i18n.I18n.get("curves.loss.none"), loss.getNoDataMessage());
        assertTrue(org.jfree.data.general.DatasetUtils.isEmptyOrNull(loss.getDataset()), "no loss at step 0");
        assertTrue(counts()[1] > 0, "step 0's accuracy");
        robot.interact(() -> view.show(Snapshots.at(2, 1)));
        assertFalse(org.jfree.data.general.DatasetUtils.isEmptyOrNull(loss.getDataset()), "step 1's loss");
    }

    /**
     * The four charts share one step axis, 0 to a little past the snapshot's step: the accuracy, evaluated every 20 steps here, ends
     * at 120 short of the edge at 130 instead of stretching its own axis to 120 (lesson 4 read 460 above it, 280 here).
     */
    @Test
    void everyChartsStepAxisRunsToTheSnapshotsStep(FxRobot robot) {
        robot.interact(() -> {
            for (int step = 1; step <= 130; step++) {
                view.show(Snapshots.at(step, step));
            }
            for (int i = 0; i < 4; i++) {
                view.show(Snapshots.at(130, 130));
            }
        });
        robot.interact(() -> {
            for (JFreeChart c : view.charts()) {
                org.jfree.chart.axis.ValueAxis x = c.getXYPlot().getDomainAxis();
                assertEquals(0, x.getLowerBound(), 1e-9, c.getTitle() == null ? "" : c.getTitle().getText());
                assertEquals(130 * (1 + TrainingCurvesView.END_MARGIN), x.getUpperBound(), 1e-9,
                        c.getTitle() == null ? "" : c.getTitle().getText());
            }
            org.jfree.data.xy.XYDataset acc = view.charts()[1].getXYPlot().getDataset();
            assertEquals(120, acc.getXValue(0, acc.getItemCount(0) - 1), 1e-9, "the accuracy's last evaluation");
            // and over the charts, each twin's test accuracy there, as the lessons quote them (Snapshots'
            // histories: 0.1 + 0.001 t with BN, 0.1 + 0.0005 t without)
            assertEquals(bnlab.app.i18n.I18n.get("curves.accuracy.now", 120L,
                    bnlab.app.i18n.I18n.get("twin.normalized", bnlab.app.i18n.I18n.label(bnlab.engine.api.NormKind.BATCH)),
                    "22%", bnlab.app.i18n.I18n.get("twin.plain"), "16%"), view.accuracyNow());
        });
    }

    /**
     * Training stops in the middle of a round of redraws (one chart a frame while playing): the last snapshot, paused,
     * shows in all four charts. The charts not yet redrawn took it and the loss chart, redrawn first with the step
     * before, kept that step until the next snapshot (none comes while paused): its axis ran to 129, the others' to
     * 130, and lesson 11's loss axis missed BN's last loss.
     */
    @Test
    void aPauseInTheMiddleOfARoundShowsTheLastSnapshotInEveryChart(FxRobot robot) {
        robot.interact(() -> {
            view.show(Snapshots.with(Snapshots.at(129, 129), Snapshots.at(129, 129).normalized(),
                    Snapshots.at(129, 129).plain(), true));
            Snapshot last = Snapshots.at(130, 130);
            view.show(last);
            for (JFreeChart c : view.charts()) {
                assertEquals(TrainingCurvesView.stepAxisEnd(130), c.getXYPlot().getDomainAxis().getUpperBound(), 1e-9,
                        c.getTitle() == null ? "" : c.getTitle().getText());
            }
        });
    }

    /**
     * The twin without BN diverged at step 6 (lesson 7, step 3, at eta = 3), its accuracy last evaluated at step 0: the
     * line said "at step 0" beside BN's accuracy at step 300. Now each twin at its own step, the diverged one's where
     * it stopped; and both diverged, both steps.
     */
    @Test
    void aDivergedTwinIsSaidToHaveStoppedBesideTheOthersAccuracy(FxRobot robot) {
        Snapshot s = Snapshots.at(300, 300);
        TwinState stopped = new TwinState(false, bnlab.engine.api.NormKind.NONE,
                bnlab.engine.api.Problem.of(bnlab.engine.api.RunProblem.GRADIENT_OVERFLOW, 6L, 3.0), Double.NaN,
                Double.NaN, Double.NaN, 0.086, 0, 0, java.util.List.of(),
                Snapshots.history(0, 3, t -> 2, t -> 0.086, t -> 0));
        String bn = bnlab.app.i18n.I18n.get("twin.normalized", bnlab.app.i18n.I18n.label(bnlab.engine.api.NormKind.BATCH));
        String plain = bnlab.app.i18n.I18n.get("twin.plain");
        robot.interact(() -> view.show(Snapshots.with(s, s.normalized(), stopped, false)));
        assertEquals(bnlab.app.i18n.I18n.get("curves.accuracy.oneDiverged", 300L, bn, "40%", plain, 6L),
                view.accuracyNow());
        TwinState bnStopped = new TwinState(true, bnlab.engine.api.NormKind.BATCH,
                bnlab.engine.api.Problem.of(bnlab.engine.api.RunProblem.LOSS_NAN, 41L, 3.0), Double.NaN,
                Double.NaN, Double.NaN, 0.5, 40, 40, java.util.List.of(),
                Snapshots.history(40, 3, t -> 2, t -> 0.5, t -> 0));
        robot.interact(() -> view.show(Snapshots.with(Snapshots.at(301, 300), bnStopped, stopped, false)));
        assertEquals(bnlab.app.i18n.I18n.get("curves.accuracy.bothDiverged", bn, 41L, plain, 6L), view.accuracyNow());
    }

    /**
     * Option train: the accuracy chart adds each twin's training-set accuracy (eval mode) and fits its axis to the
     * lines after their start, so a point between training and test shows; off again, it is the test accuracy on 0..1.
     */
    @Test
    void theTrainOptionAddsTheTrainingSetAccuracyOnAFittedAxis(FxRobot robot) {
        JFreeChart acc = view.charts()[1];
        // both twins at chance for 100 steps, then BN's at 0.95 and the plain twin's at 0.94
        Snapshot s0 = Snapshots.at(1, 1000);
        Snapshot trained = Snapshots.with(s0,
                Snapshots.withHistory(s0.normalized(), Snapshots.history(1000, 1, t -> 1, t -> t < 100 ? 0.1 : 0.95, t -> 0)),
                Snapshots.withHistory(s0.plain(), Snapshots.history(1000, 1, t -> 1, t -> t < 100 ? 0.1 : 0.94, t -> 0)),
                false);
        robot.interact(() -> {
            view.configure(java.util.Map.of("train", true));
            view.show(trained);
        });
        XYDataset d = acc.getXYPlot().getDataset();
        assertEquals(4, d.getSeriesCount());
        String bn = bnlab.app.i18n.I18n.get("twin.normalized", bnlab.app.i18n.I18n.label(bnlab.engine.api.NormKind.BATCH));
        assertEquals(bnlab.app.i18n.I18n.get("curves.trainSeries", bn), d.getSeriesKey(2));
        assertEquals(bnlab.app.i18n.I18n.get("curves.accuracy.train"), acc.getTitle().getText());
        org.jfree.data.Range y = acc.getXYPlot().getRangeAxis().getRange();
        assertEquals(new org.jfree.data.Range(0.94 - 0.006, 1.006), y, "fitted to the lines after their start, 1 included");
        robot.interact(() -> {
            view.configure(java.util.Map.of("train", false));
            view.show(Snapshots.at(2, 1000));
        });
        assertEquals(2, acc.getXYPlot().getDataset().getSeriesCount());
        assertEquals(new org.jfree.data.Range(0, 1.02), acc.getXYPlot().getRangeAxis().getRange());
        assertEquals(bnlab.app.i18n.I18n.get("curves.accuracy"), acc.getTitle().getText());
    }

    /**
     * Option lossMax: a plain twin's first losses of 1e4 squeeze losses near 1 into the axis's foot; with lossMax 10
     * the axis stops at 10 and keeps its foot under the lowest loss; 0 fits every loss again.
     */
    /**
     * Both twins at 100 % on the training set (lesson 14): the plain twin's thin line is dashed and drawn over the
     * BN twin's solid one, so both show; it was solid and drawn under, and the class saw one line (a teacher's review).
     */
    @Test
    void thePlainTwinsTrainingSetLineIsDashedAndDrawnOverTheOther() {
        org.jfree.chart.plot.XYPlot plot = view.charts()[1].getXYPlot();
        java.awt.BasicStroke thin = (java.awt.BasicStroke) plot.getRenderer().getSeriesStroke(3);
        assertTrue(thin.getDashArray() != null && thin.getLineWidth() < 2, "thin and dashed");
        assertEquals(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD, plot.getSeriesRenderingOrder(),
                "series 3 (the plain twin's training set) after series 2 (BN's)");
    }

    @Test
    void theLossMaxOptionStopsTheLossAxisAtItsValue(FxRobot robot) {
        JFreeChart loss = view.charts()[0];
        Snapshot s0 = Snapshots.at(1, 300);
        Snapshot hard = Snapshots.with(s0,
                Snapshots.withHistory(s0.normalized(), Snapshots.history(300, 1, t -> t < 10 ? 1 : 0.4, t -> 0.8, t -> 0)),
                Snapshots.withHistory(s0.plain(), Snapshots.history(300, 1, t -> t < 10 ? 1e4 : 0.69, t -> 0.5, t -> 0)),
                false);
        robot.interact(() -> view.show(hard));
        assertTrue(loss.getXYPlot().getRangeAxis().getUpperBound() > 1e4, "fitted to every loss");
        robot.interact(() -> view.configure(java.util.Map.of("lossMax", 10)));
        org.jfree.data.Range y = loss.getXYPlot().getRangeAxis().getRange();
        assertEquals(10, y.getUpperBound(), 1e-12);
        assertTrue(y.getLowerBound() < 0.4 && y.getLowerBound() > 0.1, "the foot under the lowest loss: " + y);
        robot.interact(() -> view.configure(java.util.Map.of("lossMax", 0)));
        assertTrue(loss.getXYPlot().getRangeAxis().getUpperBound() > 1e4, "fitted to every loss again");
    }

    /**
     * Both band charts share one y range, over both twins' percentiles: a plain band that drifts from 0 to 5 and a
     * BN band that stays at 0 are drawn on the same scale (each fitted to its own, the BN band, 2 wide, filled its
     * chart as the drifting one did).
     */
    @Test
    void bothBandChartsShareOneYRange(FxRobot robot) {
        Snapshot s0 = Snapshots.at(1, 300);
        Snapshot drift = Snapshots.with(s0,
                Snapshots.withHistory(s0.normalized(), Snapshots.history(300, 1, t -> 1, t -> 0.9, t -> 0)),
                Snapshots.withHistory(s0.plain(), Snapshots.history(300, 1, t -> 1, t -> 0.5, t -> t / 60.0)),
                false);
        robot.interact(() -> view.show(drift));
        org.jfree.data.Range plain = view.charts()[2].getXYPlot().getRangeAxis().getRange();
        org.jfree.data.Range bn = view.charts()[3].getXYPlot().getRangeAxis().getRange();
        assertEquals(plain, bn);
        assertTrue(plain.getLowerBound() <= -1 && plain.getUpperBound() >= 6, "both twins' bands in it: " + plain);
        // titled by what the band is of: the probe's unit and the activation by name (not "f")
        String what = bnlab.app.i18n.I18n.get("curves.band.input", bnlab.app.i18n.I18n.label(drift.spec().activation()),
                Math.max(0, drift.settings().probeUnit()) + 1);
        assertEquals(bnlab.app.i18n.I18n.get("curves.band.plain", what), view.charts()[2].getTitle().getText());
        assertEquals(bnlab.app.i18n.I18n.get("curves.band.normalized",
                bnlab.app.i18n.I18n.label(drift.normalized().norm()), what), view.charts()[3].getTitle().getText());
        // under each title: median and width (85th - 15th percentile) at the first row and now
        assertEquals(bnlab.app.i18n.I18n.get("curves.band.change", 0.02, 5.0, 2.0, 2.0),
                CurveCharts.bandReadout(view.charts()[2]));
        assertEquals(bnlab.app.i18n.I18n.get("curves.band.change", 0.0, 0.0, 2.0, 2.0),
                CurveCharts.bandReadout(view.charts()[3]));
    }

    /**
     * Option path: the lower charts show each twin's loss along its gradient (the line at theta, the band from the
     * least to the greatest loss a step reached), on one y range, with the widest range under each title and the
     * path's key; the window shows those charts. false: the percentile bands again.
     */
    @Test
    void thePathOptionShowsEachTwinsLossAlongItsGradient(FxRobot robot) {
        Snapshot s = pathFixture();
        robot.interact(() -> {
            view.configure(java.util.Map.of("path", true));
            view.show(s);
        });
        assertTrue(view.showsPath());
        assertFalse(view.showsBands());
        JFreeChart plain = view.charts()[2];
        JFreeChart bn = view.charts()[3];
        assertEquals(bnlab.app.i18n.I18n.get("curves.path.plain"), plain.getTitle().getText());
        assertEquals(bnlab.app.i18n.I18n.get("curves.path.normalized",
                bnlab.app.i18n.I18n.label(s.normalized().norm())), bn.getTitle().getText());
        assertEquals(bnlab.app.i18n.I18n.get("curves.path.widest", 0L, 4.0, 3.2, 6.0), CurveCharts.bandReadout(plain));
        assertEquals(bnlab.app.i18n.I18n.get("curves.path.widest", 0L, 0.5, 0.4, 0.75), CurveCharts.bandReadout(bn));
        org.jfree.data.Range y = plain.getXYPlot().getRangeAxis().getRange();
        assertEquals(y, bn.getXYPlot().getRangeAxis().getRange(), "one y range");
        assertTrue(y.getLowerBound() <= 0.4 && y.getUpperBound() >= 6, "both twins' ranges in it: " + y);
        org.jfree.data.xy.IntervalXYDataset d = (org.jfree.data.xy.IntervalXYDataset) plain.getXYPlot().getDataset();
        assertEquals(4.0, d.getYValue(0, 0), 1e-12, "the line: the loss at theta");
        assertEquals(3.2, d.getStartYValue(0, 0), 1e-12, "the band from the least loss a step reached");
        assertEquals(6.0, d.getEndYValue(0, 0), 1e-12, "to the greatest");
        assertTrue(shown().contains(plain) && shown().contains(bn), "the window shows the path charts");
        // the CSV: a row per evaluation of each twin's path, the loss at theta with the least and greatest beside it
        String csv = CurvesTable.of(s, Lower.PATH_LOSS);
        long rows = csv.lines().filter(l -> l.contains(bnlab.app.i18n.I18n.get("curves.path.plain"))).count();
        assertEquals(s.plain().history().path().size(), rows);
        assertTrue(csv.lines().anyMatch(l -> l.contains(bnlab.app.i18n.I18n.get("curves.path.plain"))
                && l.contains(",4,3.2,6,")), csv);
        assertFalse(CurvesTable.of(s, Lower.BANDS).contains(bnlab.app.i18n.I18n.get("curves.path.plain")));

        assertEquals(bnlab.app.i18n.I18n.get("curves.path.tip", s.settings().trainModeRows()), tipOf(plain));
        assertEquals(bnlab.app.i18n.I18n.get("curves.path.tip", s.settings().trainModeRows()), tipOf(bn));

        robot.interact(() -> view.configure(java.util.Map.of("path", false)));
        assertTrue(view.showsBands());
        assertTrue(tipOf(view.charts()[2]).startsWith(bnlab.app.i18n.I18n.get("curves.band.tip", 0, 0)
                .substring(0, 20)), "the bands' tooltip again");
        assertFalse(shown().contains(plain), "the bands' charts again");
        assertTrue(view.charts()[2].getTitle().getText().startsWith(bnlab.app.i18n.I18n.get("curves.band.plain", "")));
    }

    /**
     * Option path "gradient": the lower charts show both twins' gradient change and effective smoothness along the
     * gradient (Santurkar et al. 2018, Figure 4 b, c), each chart both twins in their colours on a log axis, the
     * medians under the title; the CSV has their rows; true again: each twin's loss along it.
     */
    @Test
    void thePathGradientOptionShowsHowBothTwinsGradientsChange(FxRobot robot) {
        Snapshot s = pathFixture();
        robot.interact(() -> {
            view.configure(java.util.Map.of("bands", false));
            view.configure(java.util.Map.of("path", "gradient"));
            view.show(s);
        });
        assertEquals(Lower.PATH_GRADIENT, view.lowerShows(), "the path option brings the lower charts back");
        JFreeChart change = view.charts()[2];
        JFreeChart smooth = view.charts()[3];
        assertEquals(bnlab.app.i18n.I18n.get("curves.gradient.change"), change.getTitle().getText());
        assertEquals(bnlab.app.i18n.I18n.get("curves.gradient.smoothness"), smooth.getTitle().getText());
        String bnKey = bnlab.app.i18n.I18n.get("twin.normalized", bnlab.app.i18n.I18n.label(s.normalized().norm()));
        String plainKey = bnlab.app.i18n.I18n.get("twin.plain");
        assertEquals(bnlab.app.i18n.I18n.get("curves.gradient.median", bnKey, "0.25", plainKey, "2"),
                CurveCharts.bandReadout(change));
        assertEquals(bnlab.app.i18n.I18n.get("curves.gradient.median", bnKey, "1", plainKey, "8"),
                CurveCharts.bandReadout(smooth));
        for (JFreeChart c : new JFreeChart[] {change, smooth}) {
            assertInstanceOf(org.jfree.chart.axis.LogAxis.class, c.getXYPlot().getRangeAxis());
            assertEquals(Palette.BN, c.getXYPlot().getRenderer().getSeriesPaint(0));
            assertEquals(Palette.PLAIN, c.getXYPlot().getRenderer().getSeriesPaint(1));
        }
        org.jfree.chart.axis.ValueAxis y = smooth.getXYPlot().getRangeAxis();
        assertTrue(y.getLowerBound() < 1 && y.getUpperBound() > 8, "both twins in it: " + y.getRange());
        org.jfree.data.xy.IntervalXYDataset d = (org.jfree.data.xy.IntervalXYDataset) change.getXYPlot().getDataset();
        assertEquals(2, d.getSeriesCount());
        assertEquals(0.25, d.getYValue(0, 0), 1e-12, "BN's line: its gradient change");
        assertEquals(2.0, d.getYValue(1, 0), 1e-12, "the plain twin's");
        assertTrue(shown().contains(change) && shown().contains(smooth), "the window shows the gradient charts");
        for (JFreeChart c : new JFreeChart[] {change, smooth}) {
            assertEquals(bnlab.app.i18n.I18n.get("curves.gradient.tip", s.settings().trainModeRows()), tipOf(c),
                    "each lower chart's tooltip says what it measures");
        }
        String csv = CurvesTable.of(s, Lower.PATH_GRADIENT);
        String title = bnlab.app.i18n.I18n.get("curves.gradient.smoothness");
        assertEquals(2 * s.plain().history().path().size(), csv.lines().filter(l -> l.contains(title)).count());
        assertTrue(csv.lines().anyMatch(l -> l.contains(title) && l.contains(plainKey) && l.contains(",8,,,")), csv);
        assertFalse(csv.contains(bnlab.app.i18n.I18n.get("curves.path.plain")), "not the loss along the path");

        robot.interact(() -> view.configure(java.util.Map.of("path", true)));
        assertEquals(Lower.PATH_LOSS, view.lowerShows());
        assertEquals(bnlab.app.i18n.I18n.get("curves.path.plain"), view.charts()[2].getTitle().getText());
        assertFalse(shown().contains(change), "each twin's loss along its gradient again");
        robot.interact(() -> view.configure(java.util.Map.of("path", "sideways")));
        assertEquals(Lower.PATH_LOSS, view.lowerShows(), "an unknown value is ignored");
    }

    /** The median of the measurements a log axis shows: the finite positive ones; NaN with none. */
    @Test
    void theGradientReadoutTakesTheMedianOfFinitePositiveValues() {
        assertEquals(3.0, GradientCharts.median(new double[] {5, Double.POSITIVE_INFINITY, 1, 3, Double.NaN, 0}));
        assertEquals(2.0, GradientCharts.median(new double[] {1, 3}));
        assertTrue(Double.isNaN(GradientCharts.median(new double[] {Double.NaN, -1})));
        assertEquals("", GradientCharts.readout("a", new double[] {1}, "b", new double[0]));
    }

    /**
     * Step 300, the BN twin's loss 0.5 and the plain twin's 4, with the fixture's path rows at each evaluation (every
     * 20 steps): the loss L, the range 0.8 L to 1.5 L, the gradient change 0.5 L and the smoothness 2 L.
     */
    private static Snapshot pathFixture() {
        Snapshot s0 = Snapshots.at(1, 300);
        return Snapshots.with(s0,
                Snapshots.withHistory(s0.normalized(), Snapshots.history(300, 1, t -> 0.5, t -> 0.9, t -> 0)),
                Snapshots.withHistory(s0.plain(), Snapshots.history(300, 1, t -> 4, t -> 0.5, t -> 0)), false);
    }

    // the text of the tooltip installed on the viewer of this chart (Tooltip.install keeps it in the node's properties)
    private String tipOf(JFreeChart chart) {
        for (javafx.scene.Node n : view.node().lookupAll("*")) {
            if (n instanceof org.jfree.chart.fx.ChartViewer v && v.getChart() == chart
                    && v.getProperties().get("javafx.scene.control.Tooltip") instanceof javafx.scene.control.Tooltip t) {
                return t.getText();
            }
        }
        return null;
    }

    // the charts the view's viewers hold
    private java.util.Set<JFreeChart> shown() {
        java.util.Set<JFreeChart> out = new java.util.HashSet<>();
        for (javafx.scene.Node n : view.node().lookupAll("*")) {
            if (n instanceof org.jfree.chart.fx.ChartViewer v) {
                out.add(v.getChart());
            }
        }
        return out;
    }

    /** Option accuracyMark: a dashed line at that accuracy across the accuracy chart; 0 takes it away. */
    @Test
    void theAccuracyMarkOptionDrawsALineAtItsValue(FxRobot robot) {
        assertTrue(Double.isNaN(view.accuracyMark()));
        robot.interact(() -> view.configure(java.util.Map.of("accuracyMark", 0.9)));
        assertEquals(0.9, view.accuracyMark());
        robot.interact(() -> view.configure(java.util.Map.of("accuracyMark", 0)));
        assertTrue(Double.isNaN(view.accuracyMark()));
    }

    @Test
    void bnIsBlueAndPlainIsVermillionInEveryChart() {
        JFreeChart[] charts = view.charts();
        assertEquals(Palette.BN, charts[0].getXYPlot().getRenderer().getSeriesPaint(0));
        assertEquals(Palette.PLAIN, charts[0].getXYPlot().getRenderer().getSeriesPaint(1));
        assertEquals(Palette.BN, charts[1].getXYPlot().getRenderer().getSeriesPaint(0));
        assertEquals(Palette.PLAIN, charts[2].getXYPlot().getRenderer().getSeriesPaint(0));
        assertEquals(Palette.BN, charts[3].getXYPlot().getRenderer().getSeriesPaint(0));
        for (JFreeChart c : charts) {
            assertEquals(java.awt.Color.WHITE, c.getXYPlot().getBackgroundPaint());
        }
    }

    @Test
    void oneLegendAboveLossAndAccuracyNamesTheTwinsAsTheirSeries(FxRobot robot) {
        robot.interact(() -> {
            for (int step = 1; step <= 8; step++) {
                view.show(Snapshots.at(step, step));
            }
        });
        JFreeChart[] charts = view.charts();
        for (JFreeChart c : charts) {
            assertNull(c.getLegend(), "no legend inside a chart: it took that chart's plot height");
        }
        XYDataset loss = charts[0].getXYPlot().getDataset();
        assertEquals(java.util.List.of(loss.getSeriesKey(0), loss.getSeriesKey(1)), view.legend().names());
        XYDataset accuracy = charts[1].getXYPlot().getDataset();
        assertEquals(java.util.List.of(accuracy.getSeriesKey(0), accuracy.getSeriesKey(1)), view.legend().names());
    }

    /**
     * With noise after BN (lesson 4's last step) the legend names the noisy twin, and the note that the plain band
     * barely drifts stays away: it is Figure 1's point, and the noise moves BN's band on purpose. The same histories
     * without the noise show the note (BN's band moving twice as fast as the plain one's).
     */
    @Test
    void noiseAfterBnIsNamedAndSilencesFigure1sNote(FxRobot robot) {
        javafx.scene.control.Label note = (javafx.scene.control.Label) ((javafx.scene.Parent) view.node())
                .lookup("#curves-too-easy");
        TrainSettings quiet = TrainSettings.defaults();
        robot.interact(() -> {
            for (int step = 20; step <= 600; step += 20) {
                view.show(Snapshots.at(step, step, quiet, ExperimentSpec.figure1(42), null));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertTrue(note.isVisible(), "without noise the note shows"));
        String bn = I18n.label(bnlab.engine.api.NormKind.BATCH);
        assertEquals(I18n.get("twin.normalized", bn), view.legend().names().get(0));
        robot.interact(() -> {
            for (int step = 620; step <= 1200; step += 20) {
                view.show(Snapshots.at(step, step, quiet.withBnNoise(1), ExperimentSpec.figure1(42), null));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertFalse(note.isVisible(), "with noise it does not"));
        assertEquals(I18n.get("twin.normalized", I18n.get("twin.norm.noisy", bn, 1.0)), view.legend().names().get(0));
        assertTrue(view.legend().names().get(0).contains("1"), view.legend().names().get(0));
    }

    /**
     * Where the accuracy chart marks 90 %, it marks the step at which each twin first reached it (lesson 4: "how many
     * steps each network needs"); none while neither has, and none without a mark. The fixtures' test accuracies are
     * 0.1 + t / 1000 (BN) and 0.1 + t / 2000 (plain), evaluated every 20 steps: BN reaches 0.5 at step 400, plain at 800.
     */
    @Test
    void theAccuracyLineMarksTheStepEachTwinFirstReachedIt(FxRobot robot) {
        robot.interact(() -> {
            view.configure(java.util.Map.of("accuracyMark", 0.5));
            view.show(Snapshots.at(1, 300));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertArrayEquals(new long[] {-1, -1}, view.reachedMarks(), "neither yet"));
        robot.interact(() -> view.show(Snapshots.at(2, 1000)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertArrayEquals(new long[] {400, 800}, view.reachedMarks());
            var markers = view.charts()[1].getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
            assertEquals(2, markers.size());
            java.util.List<String> labels = markers.stream()
                    .map(m -> ((org.jfree.chart.plot.ValueMarker) m).getLabel()).toList();
            assertEquals(java.util.List.of(I18n.get("curves.accuracy.reached", 400L),
                    I18n.get("curves.accuracy.reached", 800L)), labels);
        });
        robot.interact(() -> {
            view.configure(java.util.Map.of("accuracyMark", 0));
            view.show(Snapshots.at(3, 1020));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertArrayEquals(new long[] {-1, -1}, view.reachedMarks(), "no line, no marks"));
    }

    /**
     * The steps' labels lie whole inside the plot, the plain twin's over the other's: lesson 4's "step 1400" was cut at
     * the plot's bottom (centred on a point 3 px above it). Drawn as the window draws (FXGraphics2D with JavaFX's font
     * metrics); the label's ink is its twin's colour right of its line, where the fixtures' curves run high.
     */
    @Test
    void theReachedStepsLabelsLieWholeInsideThePlot(FxRobot robot) {
        robot.interact(() -> {
            view.configure(java.util.Map.of("accuracyMark", 0.5));
            view.show(Snapshots.at(2, 1000));
        });
        WaitForAsyncUtils.waitForFxEvents();
        int[][] rows = new int[2][];
        robot.interact(() -> {
            JFreeChart chart = view.charts()[1];
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            java.awt.image.BufferedImage img = bnlab.app.OnScreen.draw(chart, 430, 260, info);
            java.awt.geom.Rectangle2D data = info.getPlotInfo().getDataArea();
            java.awt.Color[] colours = {bnlab.app.style.Palette.BN, bnlab.app.style.Palette.PLAIN};
            long[] steps = view.reachedMarks();
            for (int t = 0; t < 2; t++) {
                int x = (int) Math.round(chart.getXYPlot().getDomainAxis().valueToJava2D(steps[t], data,
                        org.jfree.chart.ui.RectangleEdge.BOTTOM));
                int top = Integer.MAX_VALUE;
                int bottom = -1;
                for (int y = (int) data.getMaxY() - 45; y < Math.min(img.getHeight(), data.getMaxY() + 10); y++) {
                    for (int c = x + 3; c < Math.min(img.getWidth(), x + 60); c++) {
                        if (near(img.getRGB(c, y), colours[t])) {
                            top = Math.min(top, y);
                            bottom = Math.max(bottom, y);
                        }
                    }
                }
                rows[t] = new int[] {top, bottom, (int) Math.floor(data.getMaxY())};
            }
        });
        for (int t = 0; t < 2; t++) {
            assertTrue(rows[t][1] >= 0, "twin " + t + ": a label drawn");
            assertTrue(rows[t][1] <= rows[t][2] - 3, "twin " + t + ": ink down to row " + rows[t][1]
                    + ", the plot ends at " + rows[t][2]);
        }
        // the same font and words ("step 400", "step 800"): as tall as each other, unless one is cut
        assertEquals(rows[0][1] - rows[0][0], rows[1][1] - rows[1][0], 1, "both whole: " + java.util.Arrays.deepToString(rows));
        assertTrue(rows[1][1] < rows[0][0], "the plain twin's label over the other's: " + rows[1][1] + " / " + rows[0][0]);
    }

    private static boolean near(int rgb, java.awt.Color c) {
        return Math.abs((rgb >> 16 & 0xFF) - c.getRed()) + Math.abs((rgb >> 8 & 0xFF) - c.getGreen())
                + Math.abs((rgb & 0xFF) - c.getBlue()) < 60;
    }

    private int[] counts() {
        JFreeChart[] charts = view.charts();
        int[] n = new int[charts.length];
        for (int i = 0; i < charts.length; i++) {
            XYDataset d = charts[i].getXYPlot().getDataset();
            n[i] = d.getSeriesCount() == 0 ? 0 : d.getItemCount(0);
        }
        return n;
    }

    /** A view with the Figure 1 button, alone in the stage's scene at this width and 600 px high, laid out. */
    private TrainingCurvesView withButton(FxRobot robot, double width) {
        TrainingCurvesView v = new TrainingCurvesView(() -> { });
        javafx.scene.Parent root = (javafx.scene.Parent) v.node();
        robot.interact(() -> {
            javafx.stage.Stage s = (javafx.stage.Stage) view.node().getScene().getWindow();
            s.setScene(new Scene(root, width, 600));
            root.applyCss();
            root.layout();
        });
        return v;
    }

    /**
     * The note about the bands, hidden, takes no room, and the Figure 1 button sits at the right of the legend's
     * row (a row of its own took ~45 px from the charts of lesson 4 at 1280 x 720); the legend stays centred.
     * With the note shown the button is beside it again.
     */
    @Test
    void aHiddenNoteLeavesNoGap(FxRobot robot) {
        TrainingCurvesView v = withButton(robot, 900);
        javafx.scene.Parent root = (javafx.scene.Parent) v.node();
        javafx.scene.control.Label note = (javafx.scene.control.Label) root.lookup("#curves-too-easy");
        javafx.scene.control.Button b = (javafx.scene.control.Button) root.lookup("#curves-figure1");
        javafx.scene.Node legend = root.lookup("#curves-legend");
        robot.interact(() -> {
            assertFalse(note.isVisible());
            javafx.geometry.Bounds button = b.localToScene(b.getLayoutBounds());
            javafx.geometry.Bounds key = legend.localToScene(legend.getLayoutBounds());
            assertTrue(button.getMinY() < key.getMaxY() && key.getMinY() < button.getMaxY(),
                    "the button on the legend's row: " + button + " and " + key);
            assertTrue(button.getMaxX() >= root.getLayoutBounds().getWidth() - 30, "on the right: " + button);
            assertEquals(root.getLayoutBounds().getWidth() / 2, (key.getMinX() + key.getMaxX()) / 2, 20,
                    "the legend centred over the charts");
        });
        robot.interact(() -> {
            v.pane().showNote(true);
            root.layout();
        });
        robot.interact(() -> assertTrue(b.localToScene(b.getLayoutBounds()).getMaxY()
                <= legend.localToScene(legend.getLayoutBounds()).getMinY() + 1, "beside the note, above the legend"));
    }

    /**
     * Where the legend centred beside the button's balancing gap would take two lines (a cell of the live grid at
     * 1920 x 1080, ~690 px wide), the gap goes and the legend keeps one line, its charts the room.
     */
    @Test
    void aNarrowRowKeepsTheLegendOnOneLine(FxRobot robot) {
        TrainingCurvesView v = withButton(robot, 600);
        javafx.scene.Parent root = (javafx.scene.Parent) v.node();
        javafx.scene.layout.FlowPane legend = (javafx.scene.layout.FlowPane) root.lookup("#curves-legend");
        javafx.scene.control.Button b = (javafx.scene.control.Button) root.lookup("#curves-figure1");
        robot.interact(() -> {
            root.layout();
            double first = legend.getChildren().get(0).getLayoutY();
            double second = legend.getChildren().get(1).getLayoutY();
            assertEquals(first, second, 0.5, "one line");
            javafx.geometry.Bounds key = legend.localToScene(legend.getLayoutBounds());
            assertTrue(key.getMaxX() <= b.localToScene(b.getLayoutBounds()).getMinX(), "beside the button");
        });
    }
}
