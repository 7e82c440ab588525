package bnlab.app.histograms;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.Command;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class HistogramViewTest {
    private final List<Command> sent = new ArrayList<>();
    private HistogramView view;

    @Start
    void start(Stage stage) {
        view = new HistogramView(sent::add);
        stage.setScene(new Scene((Parent) view.node(), 1100, 800));
        stage.show();
    }

    private static void assertCounts(Histogram expected, HistogramPanel panel) {
        assertEquals(1, panel.current.getSeriesCount(), "one current series");
        XYSeries s = panel.current.getSeries(0);
        assertEquals(2 * expected.bins() + 2, s.getItemCount());
        for (int i = 0; i < expected.bins(); i++) {
            assertEquals(expected.counts()[i], s.getY(1 + 2 * i).longValue(), "bin " + i);
            assertEquals(expected.lo() + i * expected.binWidth(), s.getX(1 + 2 * i).doubleValue(), 1e-9);
        }
    }

    /** Each row's two panels share one x range, so they are drawn in one frame; the rows are apart. */
    @Test
    void eachRowIsDrawnTogether() {
        HistogramPane p = view.pane();
        Object top = bnlab.app.style.DrawnTogether.group(p.input.canvas());
        Object bottom = bnlab.app.style.DrawnTogether.group(p.xhat.canvas());
        org.junit.jupiter.api.Assertions.assertNotNull(top);
        org.junit.jupiter.api.Assertions.assertNotNull(bottom);
        org.junit.jupiter.api.Assertions.assertSame(top, bnlab.app.style.DrawnTogether.group(p.plain.canvas()));
        org.junit.jupiter.api.Assertions.assertSame(bottom, bnlab.app.style.DrawnTogether.group(p.output.canvas()));
        org.junit.jupiter.api.Assertions.assertNotSame(top, bottom);
    }

    /** The four panels' titles take one size (a short one took a step larger in a small export at type scale 1.5). */
    @Test
    void theFourTitlesTakeOneSize(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(5)));
        HistogramPane p = view.pane();
        robot.interact(() -> bnlab.app.TitlesAlike.check(p.input.chart(), p.plain.chart(), p.xhat.chart(),
                p.output.chart()));
    }

    /**
     * The four panels are equally wide at every width, so their titles take one size: at 1600 x 1000 the left column
     * was a pixel wider than the right one, and its titles drew a step larger.
     */
    @Test
    void theColumnsAreEquallyWideAtEveryWidth(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(5)));
        bnlab.app.TitlesAlike.equallyWide(robot, (javafx.scene.Parent) view.node(), 560, 600);
    }

    @Test
    void showsTheFirstLayersDistributionsAndReadouts(FxRobot robot) {
        Snapshot s = SnapshotFixtures.snapshot(5);
        robot.interact(() -> view.show(s));
        HistogramPane p = view.pane();
        assertCounts(s.normalized().layers().get(0).histograms().normInput(), p.input);
        assertCounts(s.normalized().layers().get(0).histograms().xhat(), p.xhat);
        assertCounts(s.normalized().layers().get(0).histograms().normOutput(), p.output);
        assertCounts(s.plain().layers().get(0).histograms().normInput(), p.plain);
        // N(2 + 0 + 0.01 * 5, 3^2), N(0, 1), N(0.5, 1.5^2), plain N(0, 6^2)
        assertEquals(HistogramPanel.meanStd(2.050, 3.000), p.input.readout.getText());
        assertEquals(HistogramPanel.meanStd(0.000, 1.000), p.xhat.readout.getText());
        assertEquals(HistogramPanel.meanStd(0.500, 1.500), p.output.readout.getText());
        assertEquals(HistogramPanel.meanStd(0.000, 6.000), p.plain.readout.getText());
        assertEquals(I18n.trainingStep(5), p.stepLabel.getText());
        assertTrue(sent.isEmpty(), "showing sends nothing");
    }

    /** With noise after BN the output panel names it, in its title and its formula, and without it the plain BN again. */
    @Test
    void theOutputPanelSaysWhenNoiseFollowsBn(FxRobot robot) {
        Snapshot s = SnapshotFixtures.snapshot(5);
        Snapshot noisy = new Snapshot(s.version() + 1, s.step(), s.epoch(), s.playing(),
                s.settings().withBnNoise(1), s.spec(), s.datasetName(), s.trainSize(), s.testSize(), s.normalized(),
                s.plain(), s.problem(), s.stepsPerSec());
        String bn = I18n.label(s.normalized().norm());
        robot.interact(() -> view.show(noisy));
        HistogramPane p = view.pane();
        assertEquals(I18n.get("histograms.output.noisy", I18n.get("twin.norm.noisy", bn, 1.0)), p.output.title());
        assertEquals(I18n.get("histograms.output.noisy.tip"), p.output.tip());
        assertEquals(I18n.get("histograms.input", I18n.get("twin.norm.noisy", bn, 1.0)), p.input.title());
        Snapshot quiet = new Snapshot(noisy.version() + 1, s.step() + 1, s.epoch(), s.playing(), s.settings(), s.spec(),
                s.datasetName(), s.trainSize(), s.testSize(), s.normalized(), s.plain(), s.problem(), s.stepsPerSec());
        robot.interact(() -> view.show(quiet));
        assertEquals(I18n.get("histograms.output", bn), p.output.title());
        assertEquals(I18n.get("histograms.output.tip"), p.output.tip());
    }

    @Test
    void aLaterStepChangesTheDataAndTheRangeOnlyGrows(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(5)));
        // the row's range is the union of both twins' inputs: the BN twin's N(2.05, 3^2) over
        // [-9.95, 14.05] lies inside the plain twin's N(0, 6^2) over [-24, 24]
        assertEquals(-24, view.pane().inputs.range().lo(), 1e-9);
        assertEquals(24, view.pane().inputs.range().hi(), 1e-9);
        Snapshot later = SnapshotFixtures.snapshot(105);
        robot.interact(() -> view.show(later));
        assertCounts(later.normalized().layers().get(0).histograms().normInput(), view.pane().input);
        assertEquals(HistogramPanel.meanStd(3.050, 3.000), view.pane().input.readout.getText());
        assertEquals(-24, view.pane().inputs.range().lo(), 1e-9, "still inside: the range stays");
        assertEquals(24, view.pane().inputs.range().hi(), 1e-9);
    }

    /** The x axis ends on a tick (-100..100): its last label is drawn whole, inside the chart ("100" read "10("). */
    @Test
    void theLastTickLabelFitsInTheChart(FxRobot robot) {
        robot.interact(() -> {
            HistogramPanel p = view.pane().input;
            p.chart().getXYPlot().getDomainAxis().setRange(-100, 100);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(420, 220,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = img.createGraphics();
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            p.chart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 420, 220), info);
            var axis = (org.jfree.chart.axis.NumberAxis) p.chart().getXYPlot().getDomainAxis();
            var area = info.getPlotInfo().getDataArea();
            @SuppressWarnings("unchecked")
            java.util.List<org.jfree.chart.axis.ValueTick> ticks = axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(),
                    area, org.jfree.chart.ui.RectangleEdge.BOTTOM);
            java.awt.FontMetrics fm = g.getFontMetrics(axis.getTickLabelFont());
            double right = ticks.stream().filter(t -> !t.getText().isEmpty())
                    .mapToDouble(t -> axis.valueToJava2D(t.getValue(), area, org.jfree.chart.ui.RectangleEdge.BOTTOM)
                            + fm.stringWidth(t.getText()) / 2.0).max().orElseThrow();
            g.dispose();
            assertTrue(right <= 420, "the last tick label ends at " + right + " of 420 px");
        });
    }

    /**
     * The mean and std go on two lines where one does not fit, never broken wherever the width ran out (in
     * Chinese that could be inside 标准差), and back on one line when the panel is wide again.
     */
    @Test
    void aNarrowReadOutPutsTheStdOnItsOwnLine(FxRobot robot) {
        Snapshot s = SnapshotFixtures.snapshot(5);
        HistogramPane p = view.pane();
        javafx.stage.Window w = view.node().getScene().getWindow();
        // a projector's type: one line of read-out fits half of 1100 px, not half of 420
        robot.interact(() -> {
            view.node().setStyle("-fx-font-size: 30px;");
            view.show(s);
            view.node().getScene().getRoot().applyCss();
            view.node().getScene().getRoot().layout();
            view.show(s);
        });
        var h = s.normalized().layers().get(0).histograms().normInput();
        assertEquals(HistogramPanel.meanStd(h.mean(), h.std()), p.input.readout.getText(), "wide: one line");
        robot.interact(() -> {
            w.setWidth(420);
            view.node().getScene().getRoot().applyCss();
            view.node().getScene().getRoot().layout();
        });
        assertEquals(HistogramPanel.meanStdTwoLines(h.mean(), h.std()), p.input.readout.getText(), "narrow: two lines, in a panel " + p.input.root().getWidth() + " px wide");
        robot.interact(() -> {
            w.setWidth(1100);
            view.node().getScene().getRoot().layout();
        });
        assertEquals(HistogramPanel.meanStd(h.mean(), h.std()), p.input.readout.getText(), "wide again: one line");
    }

    /**
     * The mean and std take one form at a width whatever their digits: one line where the widest fit it, else two.
     * Where only the values of the moment fitted, the read-out took one line and two in turns while training, and the
     * row's two read-outs were in two forms side by side ("mean -0.01504 / std 0.8407" beside "mean -0.02981   std
     * 1.439" at 1600 x 1000). Every tenth width from 1100 to 500 px, in both languages.
     */
    @Test
    void theMeanAndStdTakeOneFormAtAWidthWhateverTheirDigits(FxRobot robot) {
        javafx.stage.Window w = view.node().getScene().getWindow();
        HistogramPane p = view.pane();
        int[] differedAlone = {0};
        java.util.Locale before = I18n.locale();
        try {
            for (java.util.Locale l : new java.util.Locale[] {java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE}) {
                robot.interact(() -> I18n.setLocale(l));
                for (int width = 1100; width >= 500; width -= 10) {
                    int at = width;
                    robot.interact(() -> w.setWidth(at));
                    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> {
                        view.node().getScene().getRoot().applyCss();
                        view.node().getScene().getRoot().layout();
                        String shorter = p.input.statsText(0.5, 1.5, 0);
                        String longer = p.input.statsText(-0.01504, 0.8407, 0);
                        assertEquals(shorter.contains("\n"), longer.contains("\n"), l + " at " + at + " px: [" + shorter
                                + "] and [" + longer + "]");
                        if (p.input.fits(HistogramPanel.meanStd(0.5, 1.5))
                                != p.input.fits(HistogramPanel.meanStd(-0.01504, 0.8407))) {
                            differedAlone[0]++;
                        }
                    });
                }
            }
        } finally {
            robot.interact(() -> {
                I18n.setLocale(before);
                w.setWidth(900);
            });
        }
        // else this test could not fail
        assertTrue(differedAlone[0] > 0, "some width fits the shorter pair on one line, not the longer");
    }

    /** A row's charts are as tall as each other whatever their read-outs say (one wrapping to 3 lines). */
    @Test
    void aRowsChartsAreEquallyTall(FxRobot robot) {
        robot.interact(() -> {
            view.show(SnapshotFixtures.snapshot(5));
            HistogramPane p = view.pane();
            p.input.readout.setText("mean 0.2394   std 10.3   (2 far out: end bins) ".repeat(4));
            p.plain.readout.setText("mean 0.2356");
            view.node().getScene().getRoot().applyCss();
            view.node().getScene().getRoot().layout();
            view.node().getScene().getRoot().layout(); // the read-outs' widths, known after the first pass
            assertEquals(p.input.readout.getHeight(), p.plain.readout.getHeight(), 0.5);
            javafx.scene.Node a = (javafx.scene.Node) p.input.root().getCenter();
            javafx.scene.Node b = (javafx.scene.Node) p.plain.root().getCenter();
            assertEquals(a.getLayoutBounds().getHeight(), b.getLayoutBounds().getHeight(), 0.5);
            assertTrue(p.input.readout.getHeight() > 2 * p.input.readout.getFont().getSize(), "the long one wraps");
        });
    }

    /**
     * A read-out keeps its height whether or not the far-out note shows (it comes and goes from step to step: the
     * charts above jumped by a line): one line where the panel is wide enough for the note beside the mean and
     * std (at 1280 x 720 a second line cut the histograms' last read-out off), two where it is not, and no taller
     * than that.
     */
    @Test
    void readOutsKeepTheirHeightAsTheFarOutNoteComesAndGoes(FxRobot robot) {
        javafx.stage.Window w = view.node().getScene().getWindow();
        HistogramPane p = view.pane();
        long[] counts = new long[20];
        java.util.Arrays.fill(counts, 5);
        Histogram far = new Histogram(-4, 4, counts, 0.01, 7.8, 100, 11);
        Histogram near = new Histogram(-4, 4, counts, 0.01, 7.8, 100, 0);
        // the widest window at which the read-out takes two lines: narrower, the note's own line wraps again in
        // some fonts (a third line with the note, two without)
        double narrow = 1100;
        do {
            narrow -= 20;
            double at = narrow;
            robot.interact(() -> {
                w.setWidth(at);
                view.node().getScene().getRoot().applyCss();
                view.node().getScene().getRoot().layout();
            });
        } while (p.input.oneLine() && narrow > 300);
        for (double width : new double[] {1100, narrow}) {
            double[] heights = new double[2];
            for (int k = 0; k < 2; k++) {
                Histogram h = k == 0 ? far : near;
                robot.interact(() -> {
                    view.show(SnapshotFixtures.snapshot(5));
                    w.setWidth(width);
                    view.node().getScene().getRoot().applyCss();
                    view.node().getScene().getRoot().layout();
                    p.input.show(h, false, false);
                    p.plain.show(h, false, false);
                    view.node().getScene().getRoot().layout();
                    view.node().getScene().getRoot().layout();
                });
                heights[k] = p.input.readout.getHeight();
                javafx.scene.control.Label r = p.input.readout;
                int lines = width > 1000 ? 1 : 2;
                assertEquals(lines == 1, p.input.oneLine(), "one line at " + width + " px");
                if (k == 0) {
                    assertEquals(lines == 1 ? I18n.get("histograms.outside.oneLine", HistogramPanel.meanStd(0.01, 7.8), 11)
                            : I18n.get("histograms.outside", HistogramPanel.meanStd(0.01, 7.8), 11), r.getText());
                }
                double text = r.getFont().getSize() * lines * 1.6 + r.snappedTopInset() + r.snappedBottomInset();
                assertTrue(r.getHeight() <= text, lines + " line(s) read-out " + r.getHeight() + " px high at " + width);
            }
            assertEquals(heights[0], heights[1], 0.5, "without the note, as tall as with it, at " + width);
        }
        robot.interact(() -> w.setWidth(900));
    }

    // a histogram of 20 even bins with these statistics (what its read-out says)
    private static Histogram even(double mean, double std, long outside) {
        long[] counts = new long[20];
        java.util.Arrays.fill(counts, 5);
        return new Histogram(-4, 4, counts, mean, std, 100, outside);
    }

    // the view in Chinese and in the app's style sheet while the body runs, as before after it
    private void inChinese(FxRobot robot, Runnable body) {
        javafx.scene.Scene scene = view.node().getScene();
        java.util.Locale before = I18n.locale();
        robot.interact(() -> {
            I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            scene.getStylesheets().add(bnlab.app.MainWindow.stylesheet());
        });
        try {
            body.run();
        } finally {
            robot.interact(() -> {
                I18n.setLocale(before);
                scene.getStylesheets().clear();
                scene.getWindow().setWidth(900);
            });
        }
    }

    /**
     * A longer read-out after a shorter one, in one frame (one CSS and one layout pass, as a pulse does): one line
     * where it fits, its chart as tall as its neighbour's. As wide as its text, the read-out was measured for its runt
     * at the shorter one's width, took a padding and a second line for a frame: at 1280 x 720 a row's charts were drawn
     * at two heights every few frames while training.
     */
    @Test
    void aLongerReadOutTakesNoSecondLineForAFrame(FxRobot robot) {
        javafx.stage.Window w = view.node().getScene().getWindow();
        HistogramPane p = view.pane();
        // a digit more: the longer one, wrapped at the shorter one's width, leaves its "）" alone on a second line
        Histogram shorter = even(-0.05054, 7.708, 9);
        Histogram longer = even(-0.05054, 7.708, 19);
        int[] checked = {0};
        inChinese(robot, () -> {
            for (double width = 1100; width >= 700; width -= 4) {
                double at = width;
                double[] heights = new double[4];
                boolean[] one = new boolean[1];
                robot.interact(() -> {
                    var root = view.node().getScene().getRoot();
                    w.setWidth(at);
                    p.input.show(shorter, false, false);
                    p.plain.show(shorter, false, false);
                    root.applyCss();
                    root.layout();
                    root.applyCss();
                    root.layout();
                    p.input.show(longer, false, false);
                    root.applyCss();
                    root.layout();
                    one[0] = p.input.oneLine() && p.plain.oneLine();
                    heights[0] = p.input.readout.getHeight();
                    heights[1] = p.plain.readout.getHeight();
                    heights[2] = ((javafx.scene.layout.Region) p.input.root().getCenter()).getHeight();
                    heights[3] = ((javafx.scene.layout.Region) p.plain.root().getCenter()).getHeight();
                });
                if (!one[0]) {
                    continue; // two lines kept for both: the test below
                }
                checked[0]++;
                assertEquals(heights[1], heights[0], 0.5, "the longer read-out's height at " + width + " px");
                assertEquals(heights[3], heights[2], 0.5, "the row's charts at " + width + " px");
            }
        });
        assertTrue(checked[0] > 10, "widths with one-line read-outs: " + checked[0]);
    }

    /**
     * At every width, in Chinese, a row's charts keep their height as the far-out note comes and goes, and a read-out
     * takes three lines at most: at 1600 x 1000 the mean and std took two lines, the long note two more, and the
     * charts jumped by both lines from frame to frame. Where the long note does not fit its line, the short one.
     */
    @Test
    void theChartsKeepTheirHeightAsTheNoteComesAndGoesAtEveryWidth(FxRobot robot) {
        javafx.stage.Window w = view.node().getScene().getWindow();
        HistogramPane p = view.pane();
        Histogram far = even(-0.002342, 7.481, 38);
        Histogram near = even(-0.002342, 7.481, 0);
        boolean[] sawShort = {false};
        inChinese(robot, () -> {
            for (double width = 1100; width >= 500; width -= 20) {
                double at = width;
                double[][] heights = new double[2][2];
                String[] farText = new String[1];
                double[] line = new double[1];
                robot.interact(() -> w.setWidth(at)); // the scene takes the window's width after this
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                for (int k = 0; k < 2; k++) {
                    Histogram h = k == 0 ? far : near;
                    int kk = k;
                    robot.interact(() -> {
                        var root = view.node().getScene().getRoot();
                        root.applyCss();
                        root.layout();
                        p.input.show(h, false, false);
                        p.plain.show(h, false, false);
                        root.applyCss();
                        root.layout();
                        root.layout();
                        heights[kk][0] = p.input.readout.getHeight();
                        heights[kk][1] = ((javafx.scene.layout.Region) p.input.root().getCenter()).getHeight();
                        if (kk == 0) {
                            farText[0] = p.input.readout.getText();
                        }
                        javafx.scene.text.Text one = new javafx.scene.text.Text("Xg");
                        one.setFont(p.input.readout.getFont());
                        line[0] = one.getLayoutBounds().getHeight();
                    });
                }
                assertEquals(heights[0][1], heights[1][1], 0.5, "the chart with and without the note at " + width);
                assertEquals(heights[0][0], heights[1][0], 0.5, "the read-out with and without the note at " + width);
                assertTrue(heights[0][0] < 3.5 * line[0], "three lines at most at " + width + ": " + heights[0][0]
                        + " px for [" + farText[0] + "]");
                sawShort[0] |= farText[0].endsWith("（38 个离群值）") && farText[0].contains("\n");
            }
        });
        assertTrue(sawShort[0], "the short note where the long one does not fit its line");
    }

    /** Counts tick in whole numbers: a unit over a batch of 36 read 0.5, 1.5, 2.5 on its count axis. */
    @Test
    void countAxesTickWholeNumbers() {
        for (HistogramPanel p : new HistogramPanel[] {view.pane().input, view.pane().plain, view.pane().xhat,
                view.pane().output}) {
            var y = (org.jfree.chart.axis.NumberAxis) p.chart().getXYPlot().getRangeAxis();
            assertEquals(1.0, y.getStandardTickUnits().getCeilingTickUnit(0.3).getSize(), 0.0);
        }
    }

    /**
     * Each row compares on one axis: the twins' inputs side by side, and x_hat beside y, whose N(0.5, 1.5^2)
     * is drawn 1.5 times as wide as x_hat's N(0, 1) instead of rescaled to look the same (gamma's effect).
     */
    @Test
    void eachRowSharesItsAxis(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(5)));
        HistogramPane p = view.pane();
        assertEquals(p.plain.xRange(), p.input.xRange());
        assertEquals(p.output.xRange(), p.xhat.xRange());
        // union of x_hat's [-4, 4] and y's [-5.5, 6.5], 2 % margin each side
        assertEquals(-5.5 - 0.24, p.xhat.xRange().getLowerBound(), 1e-9);
        assertEquals(6.5 + 0.24, p.xhat.xRange().getUpperBound(), 1e-6);
        double[] y = p.output.extent(false);
        double[] xh = p.xhat.extent(false);
        assertEquals(1.5, (y[1] - y[0]) / (xh[1] - xh[0]), 1e-9);
    }

    /**
     * The CSV holds bins and counts, as the engine gave them (it held the step outline's corners, two a bin, with a
     * zero at each end): a row per bin of each panel, its edges, count, and the histogram's mean, std, n, outside;
     * with the history shown, the faded steps too ("t-1" the step before "now").
     */
    @Test
    void theCsvHoldsEachPanelsBinsAndCounts(FxRobot robot) throws Exception {
        Snapshot s3 = SnapshotFixtures.snapshot(3);
        Snapshot s4 = SnapshotFixtures.snapshot(4);
        robot.interact(() -> view.model().historyProperty().set(true));
        robot.interact(() -> view.show(s3));
        robot.interact(() -> view.show(s4));
        java.util.concurrent.atomic.AtomicReference<String> csv = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> csv.set(bnlab.app.export.SeriesCsv.of(view.node())));
        robot.interact(() -> view.model().historyProperty().set(false));
        List<String> lines = csv.get().lines().toList();
        assertEquals(String.join(",", HistogramTable.HEADER), lines.get(0));
        Histogram now = s4.normalized().layers().get(0).histograms().normInput();
        Histogram before = s3.normalized().layers().get(0).histograms().normInput();
        int bins = now.bins();
        // four panels, two steps each (history on), a row per bin
        int rows = 0;
        for (HistogramPanel p : List.of(view.pane().input, view.pane().plain, view.pane().xhat, view.pane().output)) {
            for (Histogram h : p.drawn(true)) {
                rows += h.bins();
            }
        }
        assertEquals(8 * bins, rows, "the fixtures' panels hold " + bins + " bins each");
        assertEquals(1 + rows, lines.size());
        String title = view.pane().input.title();
        List<String[]> input = lines.stream().skip(1).map(l -> l.split(","))
                .filter(c -> c[0].equals(title)).toList();
        assertEquals(2 * bins, input.size());
        long sum = 0;
        for (int i = 0; i < bins; i++) {
            String[] past = input.get(i);
            String[] cur = input.get(bins + i);
            assertEquals("t-1", past[1]);
            assertEquals("now", cur[1]);
            assertEquals(before.count(i), Long.parseLong(past[4]), "bin " + i + " a step back");
            assertEquals(now.count(i), Long.parseLong(cur[4]), "bin " + i);
            assertEquals(now.lo() + i * now.binWidth(), Double.parseDouble(cur[2]), 1e-12);
            assertEquals(i == bins - 1 ? now.hi() : now.lo() + (i + 1) * now.binWidth(), Double.parseDouble(cur[3]), 1e-12);
            assertEquals(now.mean(), Double.parseDouble(cur[5]), 0);
            assertEquals(now.n(), Long.parseLong(cur[7]));
            sum += Long.parseLong(cur[4]);
        }
        assertEquals(now.n(), sum, "the counts add up to the values counted");
    }

    @Test
    void historyAccumulatesOnNewStepsAndClearsOnRebuild(FxRobot robot) {
        robot.interact(() -> view.model().historyProperty().set(true));
        for (int t = 1; t <= 4; t++) {
            Snapshot s = SnapshotFixtures.snapshot(t);
            robot.interact(() -> view.show(s));
        }
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(4))); // same step again: no new slice
        assertEquals(3, view.pane().input.historySize());
        assertEquals(3, view.pane().input.past.getSeriesCount());
        for (int t = 5; t <= 20; t++) {
            Snapshot s = SnapshotFixtures.snapshot(t);
            robot.interact(() -> view.show(s));
        }
        assertEquals(HistogramPanel.HISTORY, view.pane().input.past.getSeriesCount(), "history is capped");
        robot.interact(() -> view.model().historyProperty().set(false));
        assertEquals(0, view.pane().input.past.getSeriesCount(), "toggle off hides the slices");
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(1))); // rebuild: step went back
        assertEquals(0, view.pane().input.historySize());
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(2)));
        assertEquals(1, view.pane().input.historySize());
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(2, ActivationKind.TANH))); // rebuilt, other spec
        assertEquals(0, view.pane().input.historySize());
    }

    @Test
    void layerChooserShowsAnotherLayerWithoutSending(FxRobot robot) {
        Snapshot s = SnapshotFixtures.snapshot(5);
        robot.interact(() -> view.show(s));
        assertEquals(List.of(0, 1, 2), view.pane().layerChooser.getItems());
        robot.interact(() -> view.pane().layerChooser.setValue(2));
        assertCounts(s.normalized().layers().get(2).histograms().normInput(), view.pane().input);
        assertEquals(HistogramPanel.meanStd(4.050, 3.000), view.pane().input.readout.getText());
        assertEquals(HistogramPanel.meanStd(0.000, 18.000), view.pane().plain.readout.getText());
        assertTrue(sent.isEmpty());
    }

    @Test
    void unitChooserSendsOnlyTheUnit(FxRobot robot) {
        TrainSettings t = TrainSettings.defaults().withHistogramBins(30).withSaturationThreshold(0.1).withEvalEvery(50);
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(5, t)));
        assertEquals(101, view.pane().unitChooser.getItems().size(), "pooled + 100 units");
        assertEquals(-1, view.pane().unitChooser.getValue());
        robot.interact(() -> view.pane().unitChooser.setValue(7));
        assertEquals(List.of(new Command.SetProbeUnit(7)), sent, "one setting, not a copy of the others");
        // the engine applied it: the chooser follows, nothing more is sent
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(6, t.withProbeUnit(7))));
        assertEquals(7, view.pane().unitChooser.getValue());
        assertEquals(1, sent.size());
    }

    @Test
    void emptyAndDivergedSnapshotsDoNotThrow(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.empty()));
        assertEquals(0, view.pane().input.current.getSeriesCount());
        assertEquals(I18n.get("histograms.waiting"), view.pane().stepLabel.getText());
        Snapshot nan = SnapshotFixtures.snapshot(3, ActivationKind.SIGMOID, TrainSettings.defaults(), true);
        robot.interact(() -> view.show(nan));
        assertEquals(I18n.get("histograms.diverged", I18n.get("histograms.notComputed")),
                view.pane().plain.readout.getText(), "a diverged twin has no probes");
        assertEquals(0, view.pane().plain.current.getSeriesCount());
        assertNotEquals(0, view.pane().input.current.getSeriesCount());
        double[] e = view.pane().plain.extent(false);
        assertTrue(e[0] > e[1], "NaN draws nothing: no extent for the axis");
        assertEquals(view.pane().input.xRange(), view.pane().plain.xRange(), "the row follows the BN twin alone");
    }
}
