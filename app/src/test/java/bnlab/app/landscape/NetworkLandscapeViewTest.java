package bnlab.app.landscape;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import bnlab.engine.api.Setting;
import bnlab.app.histograms.PngSnapshots;
import bnlab.engine.data.Synthetic;
import bnlab.engine.api.Command;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.LandscapeResult;
import bnlab.engine.api.LandscapeState;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.session.TrainingSession;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Controls send commands; progress and results from the engine's LandscapeState are shown. */
@ExtendWith(ApplicationExtension.class)
class NetworkLandscapeViewTest {
    private final List<Command> sent = new CopyOnWriteArrayList<>();
    private final AtomicReference<LandscapeState> state = new AtomicReference<>();
    private NetworkLandscapeView view;

    @Start
    void start(Stage stage) {
        view = new NetworkLandscapeView(sent::add, state::get);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 780));
        stage.show();
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void feed(LandscapeState s) {
        state.set(s);
        onFx(() -> view.show(null));
    }

    @SuppressWarnings("unchecked")
    private static <T> Spinner<T> spinner(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Spinner.class);
    }

    @Test
    void computeSendsTheChosenValuesAndCancelSendsCancel(FxRobot robot) {
        Spinner<Integer> grid = spinner(robot, "landscape-grid");
        Spinner<Double> range = spinner(robot, "landscape-range");
        Spinner<Integer> samples = spinner(robot, "landscape-samples");
        Spinner<Integer> seed = spinner(robot, "landscape-seed");
        onFx(() -> {
            grid.getValueFactory().setValue(31);
            range.getValueFactory().setValue(0.5);
            samples.getValueFactory().setValue(256);
            seed.getValueFactory().setValue(7);
        });
        robot.clickOn("#landscape-compute");
        assertEquals(List.of(new Command.ComputeLandscape(31, 0.5, 256, 7)), sent);
        Button cancel = robot.lookup("#landscape-cancel").queryAs(Button.class);
        assertTrue(cancel.isDisabled(), "nothing to cancel yet");
        feed(new LandscapeState(1, true, 0.4, null, List.of(), 1.5, null));
        assertFalse(cancel.isDisabled());
        robot.clickOn("#landscape-cancel");
        assertEquals(new Command.CancelLandscape(), sent.get(sent.size() - 1));
    }

    @Test
    void progressAndMessagesAreShown(FxRobot robot) {
        ProgressBar bar = robot.lookup("#landscape-progress").queryAs(ProgressBar.class);
        Label msg = robot.lookup("#landscape-message").queryAs(Label.class);
        feed(new LandscapeState(3, true, 0.37, null, List.of(), 1.5, null));
        assertEquals(0.37, bar.getProgress(), 1e-12);
        feed(new LandscapeState(3, true, 0.62, null, List.of(), 1.5, null));
        assertEquals(0.62, bar.getProgress(), 1e-12);
        Problem grid = Setting.LANDSCAPE_GRID.check(2);
        feed(new LandscapeState(4, false, 0, grid, List.of(), 0, null));
        assertEquals(I18n.problem(grid), msg.getText());
        assertTrue(robot.lookup("#landscape-cancel").queryAs(Button.class).isDisabled());
    }

    @Test
    void progressMovesWithoutNewSnapshotsWhileInAScene(FxRobot robot) {
        ProgressBar bar = robot.lookup("#landscape-progress").queryAs(ProgressBar.class);
        state.set(new LandscapeState(8, true, 0.55, null, List.of(), 1.5, null)); // no show(): training is suspended
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.55, bar.getProgress(), 1e-12);
    }

    private static LandscapeResult synthetic(int g) {
        double[] c = new double[g];
        double[][] a = new double[g][g];
        double[][] b = new double[g][g];
        for (int i = 0; i < g; i++) {
            c[i] = -1 + 2.0 * i / (g - 1);
        }
        for (int j = 0; j < g; j++) {
            for (int i = 0; i < g; i++) {
                a[j][i] = 0.3 + c[i] * c[i] + 0.5 * c[j] * c[j];
                b[j][i] = 0.5 + 8 * (c[i] * c[i] + c[j] * c[j]);
            }
        }
        return LandscapeResult.of(c, c.clone(), a, b, 0.3, 0.5, 100, 1);
    }

    /** The twins' titles take one size ("带 BatchNorm 的网络" drew a step smaller than the title beside it). */
    @Test
    void theTwinsTitlesTakeOneSize(FxRobot robot) {
        robot.interact(() -> bnlab.app.TitlesAlike.check(view.bnMap().chart(), view.plainMap().chart()));
    }

    /**
     * A surface asked for at step 0: BN's running statistics are still 0 and 1, in eval mode the twins compute the same
     * and the maps agree; the message says why (a student read two equal maps as "BN changes nothing"). Not after
     * training.
     */
    @Test
    void aSurfaceAtStepZeroSaysWhyTheMapsAgree(FxRobot robot) {
        Label msg = robot.lookup("#landscape-message").queryAs(Label.class);
        onFx(() -> view.show(bnlab.app.Snapshots.at(1, 0)));
        robot.clickOn("#landscape-compute");
        feed(new LandscapeState(21, false, 1, null, List.of(), 1.5, synthetic(5)));
        assertTrue(msg.getText().endsWith(I18n.get("surface.untrained")), msg.getText());
        // the timing before it a sentence of its own ("... in 1.5 s At step 0" ran on)
        String before = msg.getText().substring(0, msg.getText().length() - I18n.get("surface.untrained").length());
        assertTrue(before.stripTrailing().endsWith(".") || before.endsWith("\u3002"), before);
        onFx(() -> view.show(bnlab.app.Snapshots.at(2, 40)));
        robot.clickOn("#landscape-compute");
        feed(new LandscapeState(22, false, 1, null, List.of(), 1.5, synthetic(5)));
        assertFalse(msg.getText().contains(I18n.get("surface.untrained")), msg.getText());
    }

    /** The time a surface took, to two significant digits (the status said "用时 0.7266 秒"). */
    @Test
    void theTimingIsSaidToTwoSignificantDigits(FxRobot robot) {
        onFx(() -> view.show(bnlab.app.Snapshots.at(2, 40)));
        feed(new LandscapeState(23, false, 1, null, List.of(), 0.72664, synthetic(5)));
        Label msg = robot.lookup("#landscape-message").queryAs(Label.class);
        assertEquals(I18n.get("surface.timing", 5, 100, "0.73"), msg.getText());
    }

    @Test
    void aResultDrawsBothHeatMapsInOneSharedScale() {
        LandscapeResult r = synthetic(11);
        feed(new LandscapeState(5, false, 1, null, List.of(), 1.5, r));
        LogRamp bnScale = (LogRamp) view.bnMap().scale();
        assertNotNull(bnScale);
        assertSame(bnScale, view.plainMap().scale(), "one scale instance for both twins");
        assertEquals(0.3, bnScale.getLowerBound(), 1e-12);
        assertEquals(0.5 + 16, bnScale.getUpperBound(), 1e-12, "max over both grids");
        for (NetworkHeatMap m : List.of(view.bnMap(), view.plainMap())) {
            XYPlot plot = m.chart().getXYPlot();
            assertSame(bnScale, ((XYBlockRenderer) plot.getRenderer(0)).getPaintScale());
            XYZDataset d = (XYZDataset) plot.getDataset(0);
            assertEquals(121, d.getItemCount(0));
            // the steps along the two directions are s and t: alpha and beta are the learning rate (or the
            // running average's momentum) and BN's shift elsewhere in the app, and lesson 11 shows both
            assertEquals(I18n.get("surface.direction1"), plot.getDomainAxis().getLabel());
            assertEquals(I18n.get("surface.direction2"), plot.getRangeAxis().getLabel());
            for (String label : List.of(plot.getDomainAxis().getLabel(), plot.getRangeAxis().getLabel())) {
                assertFalse(label.contains("\u03b1") || label.contains("\u03b2"), label);
            }
        }
        XYZDataset plainData = (XYZDataset) view.plainMap().chart().getXYPlot().getDataset(0);
        assertEquals(r.plain()[10][10], plainData.getZValue(0, 120), 0.0);
        // the same loss has the same colour on both maps
        assertEquals(bnScale.getPaint(1.2), view.plainMap().scale().getPaint(1.2));
        // the legend runs over log10(loss): its strip, painted in subdivisions even in its values, is even in
        // decades (a scale in the loss itself painted 0.3 to 0.33 as one block, and 1 to 1.7e7 of 1 to 1e10)
        int legends = 0;
        for (Object o : view.bnMap().chart().getSubtitles()) {
            if (o instanceof org.jfree.chart.title.PaintScaleLegend legend) {
                legends++;
                assertEquals(Math.log10(0.3), legend.getScale().getLowerBound(), 1e-12);
                assertEquals(Math.log10(16.5), legend.getScale().getUpperBound(), 1e-12);
                assertEquals(bnScale.getPaint(1.2), legend.getScale().getPaint(Math.log10(1.2)));
                assertEquals(Math.log10(0.3), legend.getAxis().getRange().getLowerBound(), 1e-12);
                assertEquals("1", ((org.jfree.chart.axis.NumberAxis) legend.getAxis()).getNumberFormatOverride()
                        .format(0.0), "ticks labelled with the loss, not its logarithm");
            }
        }
        assertEquals(1, legends);
        // a new request id with a new result redraws; the same id does not
        LandscapeResult r2 = synthetic(5);
        feed(new LandscapeState(5, false, 1, null, List.of(), 1.5, r2));
        assertEquals(121, ((XYZDataset) view.bnMap().chart().getXYPlot().getDataset(0)).getItemCount(0));
        feed(new LandscapeState(6, false, 1, null, List.of(), 1.5, r2));
        assertEquals(25, ((XYZDataset) view.bnMap().chart().getXYPlot().getDataset(0)).getItemCount(0));
    }

    /**
     * s and t span one range, so each map's plot is square (stretched to its cell, 340 x 130 px in lesson 11 at 1280 x
     * 720, it drew slopes that are not there), with its colour scale at its right, as tall as the plot and level with
     * it: on screen and in a picture of another size (measured from the screen, a PNG's strip was 13 px too long).
     */
    @Test
    void eachMapIsSquareWithItsScaleBesideIt() {
        feed(new LandscapeState(7, false, 1, null, List.of(), 1.5, synthetic(11)));
        onFx(() -> { });
        for (NetworkHeatMap m : List.of(view.bnMap(), view.plainMap())) {
            java.awt.geom.Rectangle2D data = m.viewer().getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            assertEquals(data.getWidth(), data.getHeight(), 2.0, "square: " + data);
            assertTrue(data.getWidth() > 300, "as large as the view lets it: " + data);
        }
        for (int[] size : new int[][] {{520, 560}, {900, 980}}) {
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            BufferedImage img = view.bnMap().chart().createBufferedImage(size[0], size[1], info);
            java.awt.geom.Rectangle2D data = info.getPlotInfo().getDataArea();
            // the strip: the first column of the ramp's colours right of the plot, at the plot's middle height
            int y = (int) data.getCenterY();
            int x = (int) data.getMaxX() + 3;
            while (x < img.getWidth() && !ramp(img.getRGB(x, y))) {
                x++;
            }
            assertTrue(x < img.getWidth(), "a colour strip right of the plot at " + size[0]);
            x += 3;
            int top = y;
            while (top > 0 && ramp(img.getRGB(x, top - 1))) {
                top--;
            }
            int foot = y;
            while (foot < img.getHeight() - 1 && ramp(img.getRGB(x, foot + 1))) {
                foot++;
            }
            assertEquals(data.getMinY(), top, 2.5, "level with the plot's top at " + size[0]);
            assertEquals(data.getMaxY(), foot + 1, 2.5, "and with its foot at " + size[0]);
        }
    }

    // a colour of the loss ramp: saturated, not the grey of axes and text nor the white background
    private static boolean ramp(int rgb) {
        float[] hsb = Color.RGBtoHSB((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, null);
        return hsb[1] > 0.35f && hsb[2] > 0.15f;
    }

    @Test
    void aDivergedTwinIsGreyAndSaysSo() {
        LandscapeResult ok = synthetic(9);
        double[][] nan = new double[9][9];
        for (double[] row : nan) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        LandscapeResult r = LandscapeResult.of(ok.alphas(), ok.betas(), ok.normalized(), nan, 0.3, Double.NaN, 100, 1);
        feed(new LandscapeState(9, false, 1, null, List.of(Problem.of(RunProblem.LANDSCAPE_TWIN_DIVERGED, false)), 1.5,
                r));
        BufferedImage[] img = new BufferedImage[1];
        onFx(() -> img[0] = PngSnapshots.write(view.node(), "target/network-landscape-diverged.png"));
        int w = img[0].getWidth();
        BufferedImage right = img[0].getSubimage(w / 2, 0, w - w / 2, img[0].getHeight());
        assertTrue(PngSnapshots.count(right, LogRamp.MISSING, 3) > 10_000, "the diverged twin's map is grey");
        String sub = ((org.jfree.chart.title.TextTitle) view.plainMap().chart().getSubtitle(0)).getText();
        assertEquals(I18n.get("surface.diverged"), sub);
    }

    /** A real landscape from the engine, rendered to target/network-landscape.png to look at. */
    @Test
    void rendersARealLandscape() {
        ExperimentSpec spec = ExperimentSpec.defaults().withHidden(List.of(32, 32, 32));
        LandscapeState done;
        try (TrainingSession s = new TrainingSession(spec, TrainSettings.defaults().withBatchSize(32),
                Synthetic.moons(800, 0.2, 3))) {
            s.send(new Command.Step(300));
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (s.latest().step() < 300 && System.nanoTime() < deadline) {
                WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            s.send(new Command.ComputeLandscape(25, 1.0, 512, 1));
            while ((s.latestLandscape() == null || s.latestLandscape().result() == null)
                    && System.nanoTime() < deadline) {
                WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            done = s.latestLandscape();
        }
        assertNotNull(done.result(), String.valueOf(done));
        feed(done);
        BufferedImage[] img = new BufferedImage[1];
        onFx(() -> img[0] = PngSnapshots.write(view.node(), "target/network-landscape.png"));
        int w = img[0].getWidth();
        BufferedImage left = img[0].getSubimage(0, 0, w / 2, img[0].getHeight());
        BufferedImage right = img[0].getSubimage(w / 2, 0, w - w / 2, img[0].getHeight());
        for (BufferedImage half : List.of(left, right)) {
            int dark = PngSnapshots.count(half, new Color(0x46, 0x0F, 0x60), 40);
            assertTrue(dark > 50, "low-loss colour near the centre: " + dark);
        }
    }
}
