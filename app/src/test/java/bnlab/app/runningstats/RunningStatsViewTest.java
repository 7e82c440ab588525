package bnlab.app.runningstats;

import bnlab.app.i18n.I18n;
import bnlab.app.histograms.PngSnapshots;
import bnlab.app.histograms.SnapshotFixtures;
import bnlab.app.style.Palette;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Convention;
import bnlab.engine.api.Command;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class RunningStatsViewTest {
    private final List<Command> sent = new ArrayList<>();
    private RunningStatsView view;

    @Start
    void start(Stage stage) {
        view = new RunningStatsView(sent::add);
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
    }

    private void steps(FxRobot robot, int from, int to) {
        for (int t = from; t <= to; t++) {
            int step = t;
            robot.interact(() -> view.show(SnapshotFixtures.snapshot(step)));
        }
    }

    /** One series of a chart's dataset. */
    private record Line(XYDataset d, int s) {
        int getItemCount() {
            return d.getItemCount(s);
        }

        Number getX(int i) {
            return d.getX(s, i);
        }

        Number getY(int i) {
            return d.getY(s, i);
        }
    }

    private static Line line(XYDataset d, String key) {
        int s = d.indexOf(I18n.get(key));
        assertTrue(s >= 0, key);
        return new Line(d, s);
    }

    private Line mean(String key) {
        return line(view.pane().mean.dataset(), key);
    }

    /**
     * Charts side by side are equally wide at every width, so their titles take one size (a pixel apart, near a step,
     * the two columns' titles drew a step apart).
     */
    @Test
    void chartsSideBySideAreEquallyWideAtEveryWidth(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(30)));
        bnlab.app.TitlesAlike.equallyWide(robot, (javafx.scene.Parent) view.node(), 560, 600);
    }

    /**
     * Under each chart's title the last step's running and population values, the variance's with their ratio (on a
     * linear axis 0.23 against 0.02 reads as "far above 0", not as ten times): the fixture's running variance at step
     * 30 is 1 + (2 - 1)(1 - 0.9^30) = 1.958, the population's 2, a ratio of 0.98.
     */
    @Test
    void theLastStepsValuesAndTheVariancesRatioAreWrittenUnderTheTitles(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(30)));
        double running = 1 + (SnapshotFixtures.POPULATION_VAR - 1) * (1 - Math.pow(0.9, 30));
        assertEquals(1.958, running, 5e-4);
        assertEquals(I18n.get("runningStats.now.variance", 30L, running, SnapshotFixtures.POPULATION_VAR,
                bnlab.app.i18n.Numbers.ratio(running / SnapshotFixtures.POPULATION_VAR)), view.pane().variance.nowText());
        assertEquals("0.98", bnlab.app.i18n.Numbers.ratio(running / SnapshotFixtures.POPULATION_VAR));
        assertEquals(I18n.get("runningStats.now.mean", 30L, SnapshotFixtures.runningMean(0, 30),
                SnapshotFixtures.populationMean(0)), view.pane().mean.nowText());
    }

    /**
     * The lines under the titles keep their form as the step count gains a digit, and the plots under them their
     * height: a lesson's running variance line took one line up to step 99 and three from step 100 in a narrow chart
     * (1280 x 720 in Chinese), and the plot shrank by two lines. Each chart drawn at every other width from 200 to 600 px,
     * at steps 99 and 100 and at 999 and 1000, both languages.
     */
    @Test
    void thePlotsKeepTheirHeightAsTheStepGainsADigit(FxRobot robot) {
        java.util.Locale was = I18n.locale();
        try {
            for (java.util.Locale l : new java.util.Locale[] {java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE}) {
                I18n.setLocale(l);
                for (int[] steps : new int[][] {{99, 100}, {999, 1000}}) {
                    double[][] before = plotHeights(robot, steps[0]);
                    double[][] after = plotHeights(robot, steps[1]);
                    for (int c = 0; c < before.length; c++) {
                        for (int w = 0; w < before[c].length; w++) {
                            assertEquals(before[c][w], after[c][w], 0.0, l + ", chart " + c + " at " + (200 + 2 * w)
                                    + " px, steps " + steps[0] + " and " + steps[1]);
                        }
                    }
                }
            }
        } finally {
            I18n.setLocale(was);
        }
    }

    // each chart's plot height at step, drawn at every other width from 200 to 600 px (mean, variance, gap)
    private double[][] plotHeights(FxRobot robot, int step) {
        double[][] h = new double[3][201];
        robot.interact(() -> {
            view.show(SnapshotFixtures.snapshot(step));
            StatsChart[] charts = {view.pane().mean, view.pane().variance, view.pane().gap};
            for (int c = 0; c < charts.length; c++) {
                for (int w = 200; w <= 600; w += 2) {
                    h[c][(w - 200) / 2] = bnlab.app.style.PlotArea.of(charts[c].viewer.getChart(), w, 300).getHeight();
                }
            }
        });
        return h;
    }

    /** A population mean that is 0 up to float rounding reads 0 (standardized inputs: -2.26e-8 against a spread of 1). */
    @Test
    void aPopulationMeanOfRoundingReadsZero() {
        bnlab.engine.api.DecimatingBuffer b = new bnlab.engine.api.DecimatingBuffer(16, bnlab.engine.api.UnitHistory.COLUMNS);
        b.add(564, -0.08894, -2.26e-8, 0.1, 1.9, 1.0, 2.0);
        assertEquals(I18n.get("runningStats.now.mean", 564L, -0.08894, "0"), RunningStatsPane.meanNow(b.view()));
        bnlab.engine.api.DecimatingBuffer c = new bnlab.engine.api.DecimatingBuffer(16, bnlab.engine.api.UnitHistory.COLUMNS);
        c.add(30, -3.29, -0.02, 0.1, 1.9, 1.0, 2.0);
        assertEquals(I18n.get("runningStats.now.mean", 30L, -3.29, -0.02), RunningStatsPane.meanNow(c.view()),
                "a small mean that is not rounding stays");
    }

    /**
     * The gap chart says which two accuracies it is the gap between, at the last evaluation (lesson 6 asks which is
     * higher; the line alone showed 36 points, not that eval mode was near a guess); nothing before one.
     */
    @Test
    void theGapsReadOutGivesBothAccuracies() {
        bnlab.engine.api.DecimatingBuffer b = new bnlab.engine.api.DecimatingBuffer(16, 3);
        assertEquals("", RunningStatsPane.gapNow(b.view()));
        b.add(10, 0.5, 0.4, 0.3);
        b.add(20, 0.7, 0.583, 0.221);
        assertEquals(I18n.get("runningStats.now.gap", 20L, "58.3%", "22.1%"), RunningStatsPane.gapNow(b.view()));
    }

    /** The view draws the history the engine kept: every step since the rebuild, even those it did not see. */
    @Test
    void runningPopulationAndBatchMeansOfEveryStep(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(5))); // the only snapshot it sees
        Line running = mean("runningStats.runningMean");
        assertEquals(5, running.getItemCount());
        for (int i = 0; i < 5; i++) {
            assertEquals(i + 1, running.getX(i).doubleValue());
            assertEquals(SnapshotFixtures.runningMean(0, i + 1), running.getY(i).doubleValue(), 1e-12);
            assertEquals(SnapshotFixtures.batchMean(0, i + 1), mean("runningStats.batchMean").getY(i).doubleValue(), 1e-12);
        }
        assertEquals(1.0, mean("runningStats.populationMean").getY(4).doubleValue());
        Line var = line(view.pane().variance.dataset(), "runningStats.populationVar");
        assertEquals(SnapshotFixtures.POPULATION_VAR, var.getY(0).doubleValue());
        assertTrue(sent.isEmpty());
    }

    /**
     * More steps than the chart has groups of pixel columns: each point is a group's mean, and the band
     * spans the group's batch means, so the least and greatest batch mean of the run are its edges.
     */
    @Test
    void aLongHistoryIsDrawnAsMeansWithTheBatchValuesBand(FxRobot robot) {
        int steps = 900;
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(steps)));
        IntervalXYDataset d = (IntervalXYDataset) view.pane().mean.dataset();
        int s = d.indexOf(I18n.get("runningStats.batchMean"));
        int groups = bnlab.app.style.Columns.groups(view.pane().mean.viewer.getWidth());
        assertTrue(groups < steps, "the chart is narrower than the history: " + groups);
        assertTrue(d.getItemCount(s) <= groups && d.getItemCount(s) > groups / 2, "points " + d.getItemCount(s));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int t = 1; t <= steps; t++) {
            lo = Math.min(lo, SnapshotFixtures.batchMean(0, t));
            hi = Math.max(hi, SnapshotFixtures.batchMean(0, t));
        }
        double bandLo = Double.POSITIVE_INFINITY;
        double bandHi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d.getItemCount(s); i++) {
            assertTrue(d.getStartYValue(s, i) <= d.getYValue(s, i) && d.getYValue(s, i) <= d.getEndYValue(s, i));
            bandLo = Math.min(bandLo, d.getStartYValue(s, i));
            bandHi = Math.max(bandHi, d.getEndYValue(s, i));
        }
        assertEquals(lo, bandLo, 1e-12);
        assertEquals(hi, bandHi, 1e-12);
        assertEquals(1.0, d.getXValue(s, 0), 1.0 * steps / groups, "the first group starts at step 1");
    }

    @Test
    void afterARebuildOnlyTheNewHistoryShows(FxRobot robot) {
        steps(robot, 1, 30);
        steps(robot, 1, 2);
        assertEquals(2, mean("runningStats.runningMean").getItemCount());
        assertEquals(1, view.pane().gap.dataset().getItemCount(1), "only evalStep 0 since rebuild");
    }

    @Test
    void unitChooserShowsAnotherUnitsSeries(FxRobot robot) {
        steps(robot, 1, 3);
        assertEquals(List.of(0, 1, 2), view.pane().unitChooser.getItems());
        robot.interact(() -> view.pane().unitChooser.setValue(2));
        assertEquals(3.0, mean("runningStats.populationMean").getY(0).doubleValue(), "unit 3's population mean is 3");
        assertEquals(SnapshotFixtures.runningMean(2, 3), mean("runningStats.runningMean").getY(2).doubleValue(), 1e-12);
        assertEquals(I18n.get("runningStats.mean") + I18n.get("runningStats.ofUnit", 3, 1),
                view.pane().mean.plot.getChart().getTitle().getText());
        assertTrue(sent.isEmpty(), "a local choice sends nothing");
    }

    @Test
    void conventionReadOutWithHalfLife(FxRobot robot) {
        steps(robot, 1, 1);
        assertEquals(I18n.get("runningStats.convention", Convention.PYTORCH, 0.1, 0.1, I18n.get("controls.halfLife",
                6.6)), view.pane().convention.getText());
        assertEquals(6.58, Convention.PYTORCH.halfLifeSteps(0.1), 0.01);
        TrainSettings keras = TrainSettings.defaults().withBn(0.99, Convention.KERAS, 1e-3);
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(2, keras)));
        assertEquals(I18n.get("runningStats.convention", Convention.KERAS, 0.99, 0.01, I18n.get("controls.halfLife",
                69.0)), view.pane().convention.getText());
        assertEquals(69.0, Convention.KERAS.halfLifeSteps(0.99), 0.1);
        assertTrue(bnlab.app.style.Tips.text(view.pane().convention).startsWith(I18n.get("runningStats.kerasRule")));
        // the other framework's habit is named, with its equivalent: Keras's 0.99 typed under PyTorch, and back
        TrainSettings habit = TrainSettings.defaults().withBn(0.99, Convention.PYTORCH, 1e-5);
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(3, habit)));
        assertEquals(I18n.then(I18n.get("runningStats.convention", Convention.PYTORCH, 0.99, 0.99,
                I18n.get("controls.halfLife", 0.2)), I18n.get("runningStats.otherHabit.PYTORCH", 0.99, 0.01)),
                view.pane().convention.getText());
        TrainSettings back = TrainSettings.defaults().withBn(0.1, Convention.KERAS, 1e-3);
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(4, back)));
        assertTrue(view.pane().convention.getText().endsWith(I18n.get("runningStats.otherHabit.KERAS", 0.1, 0.9)));
    }

    @Test
    void trainEvalGapIsRecordedOncePerEvaluation(FxRobot robot) {
        steps(robot, 1, 45); // evalEvery 20: evaluations at steps 0, 20, 40
        Line g = new Line(view.pane().gap.dataset(), 1);
        assertEquals(3, g.getItemCount());
        assertEquals(20.0, g.getX(1).doubleValue());
        assertEquals(SnapshotFixtures.gap(40), g.getY(2).doubleValue(), 1e-12);
    }

    @Test
    void emptyAndNaNSnapshotsDoNotThrowOrBlowUpAxes(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.empty()));
        assertEquals(0, view.pane().mean.dataset().getSeriesCount());
        for (int t = 1; t <= 4; t++) {
            int step = t;
            robot.interact(() -> view.show(SnapshotFixtures.snapshot(step, ActivationKind.SIGMOID,
                    TrainSettings.defaults(), step > 2)));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Double.isNaN(mean("runningStats.runningMean").getY(3).doubleValue()));
        ValueAxis y = view.pane().mean.plot.getRangeAxis();
        assertTrue(Double.isFinite(y.getLowerBound()) && Double.isFinite(y.getUpperBound()));
        assertTrue(y.getUpperBound() < 10, "the axis fits the finite values");
    }

    @Test
    void rendersToPng(FxRobot robot) {
        robot.interact(() -> {
            for (int t = 1; t <= 200; t++) {
                view.show(SnapshotFixtures.snapshot(t));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(PngSnapshots.write(view.node(), "target/view-runningstats.png")));
        assertTrue(PngSnapshots.count(img.get(), Palette.BN, 10) > 300, "running statistics in BN blue");
        assertTrue(PngSnapshots.count(img.get(), Palette.GREEN, 10) > 300, "population in green");
    }

    /** The mean, variance and gap charts share one step range: step 30 above is step 30 below. */
    @Test
    void theThreeChartsShareTheirSteps(FxRobot robot) {
        steps(robot, 1, 31);
        org.jfree.data.Range m = view.pane().mean.plot.getDomainAxis().getRange();
        assertEquals(m, view.pane().variance.plot.getDomainAxis().getRange());
        assertEquals(m, view.pane().gap.plot.getDomainAxis().getRange());
        assertTrue(m.getUpperBound() >= 31, m.toString());
    }

    /** Under LayerNorm the view says there are no running statistics, names LayerNorm, and the gap axis reads 0. */
    @Test
    void layerNormIsNamedAndSaidToKeepNoRunningStatistics(FxRobot robot) {
        bnlab.engine.api.Snapshot s = SnapshotFixtures.snapshot(5);
        bnlab.engine.api.TwinState n = s.normalized();
        bnlab.engine.api.TwinState ln = new bnlab.engine.api.TwinState(true, bnlab.engine.api.NormKind.LAYER, null,
                n.loss(), 0.9, 0.9, 0.88, 0, 5, n.layers(), n.history());
        bnlab.engine.api.Snapshot lnSnap = new bnlab.engine.api.Snapshot(s.version() + 1000, 5, 0, false, s.settings(),
                s.spec(), s.datasetName(), s.trainSize(), s.testSize(), ln, s.plain(), null, 0);
        robot.interact(() -> view.show(lnSnap));
        assertTrue(view.pane().notice.isVisible());
        assertEquals(I18n.get("runningStats.noRunningStats", I18n.label(bnlab.engine.api.NormKind.LAYER)),
                view.pane().notice.getText());
        assertEquals(I18n.get("runningStats.gap", I18n.label(bnlab.engine.api.NormKind.LAYER)),
                view.pane().gap.plot.getChart().getTitle().getText());
        org.jfree.chart.axis.ValueAxis y = view.pane().gap.plot.getRangeAxis();
        assertTrue(y.getUpperBound() - y.getLowerBound() >= RunningStatsPane.GAP_SPAN - 1e-12,
                "a zero gap is shown on a readable axis, wobbles of a point or two flat near 0");
        java.util.List<String> ticks = bnlab.app.style.AxisTicks.labels(y, 150);
        assertTrue(y.getLowerBound() <= 0 && y.getUpperBound() >= 0, "the 0 line in view, the fixture's gap about 0.2");
        assertTrue(!ticks.isEmpty() && ticks.stream().allMatch(t -> t.matches("-?\\d+(\\.\\d+)?%")),
                "a gap of accuracies in percent: " + ticks);
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(6)));
        assertFalse(view.pane().notice.isVisible(), "BatchNorm: the running statistics are shown");
    }
}
