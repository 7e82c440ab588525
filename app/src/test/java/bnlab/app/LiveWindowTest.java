package bnlab.app;

import bnlab.app.controls.InitChoice;
import bnlab.app.i18n.I18n;
import bnlab.engine.Engine;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/** The window on the real engine: controls reach the engine, views fill, divergence is survivable. */
@ExtendWith(ApplicationExtension.class)
class LiveWindowTest {
    private static Dataset moons;
    private SessionHandle session;
    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage stage) {
        ExperimentSpec spec = ExperimentSpec.defaults().withHidden(List.of(32, 32, 32));
        try {
            moons = Engine.load(DatasetId.MOONS, null);
        } catch (bnlab.engine.api.ProblemException e) {
            throw new AssertionError(e);
        }
        session = Engine.start(spec, TrainSettings.defaults().withBatchSize(32), moons);
        window = new MainWindow(session, Engine::load, Executors.newSingleThreadExecutor(), moons, null);
        Scene scene = new Scene(window.root(), 1600, 1000);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        // the scene's size, whatever width a test class before this one gave the shared stage
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Wait until the engine publishes a matching snapshot, then show it (one frame). */
    private Snapshot await(Predicate<Snapshot> p) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.latest() != null && p.test(session.latest()));
        } catch (java.util.concurrent.TimeoutException e) {
            Snapshot s = session.latest();
            fail("timed out; latest: step " + s.step() + " playing " + s.playing() + " lr " + s.settings().learningRate()
                    + " bn diverged " + s.normalized().diverged() + " plain diverged " + s.plain().diverged()
                    + " problem " + s.problem());
        }
        robot.interact(() -> window.pump().flush());
        return session.latest();
    }

    private String text(String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private void enter(String id, String value) {
        robot.interact(() -> {
            javafx.scene.control.TextField f = robot.lookup(id).query();
            f.setText(value);
            f.fireEvent(new javafx.event.ActionEvent());
        });
    }

    @Test
    void trainingFillsEveryChartAndTheControlsDriveTheEngine() throws Exception {
        robot.clickOn("#play");
        await(s -> s.playing() && s.step() > 40);
        int[] first = counts();
        List<int[]> before = pixels();
        for (int c : first) {
            assertTrue(c > 0, "an empty chart");
        }
        // the accuracy and the bands are measured on their own schedule (evaluation is held to a share of the
        // engine's time): wait for measurements past the ones drawn, not for a step count
        Snapshot drawn = window.controls().model().snapshotProperty().get();
        await(s -> s.step() > 120 && measuredAfter(s.normalized(), drawn.normalized())
                && measuredAfter(s.plain(), drawn.plain()));
        int[] later = counts();
        // the charts take turns to draw (ChartTurns): on a loaded machine one came after the 8 frames counts() flushes
        for (int tries = 0; tries < 20 && anyEqual(first, later); tries++) {
            later = counts();
        }
        for (int i = 0; i < later.length; i++) {
            assertNotEquals(first[i], later[i], "chart " + i + " did not change");
        }
        List<int[]> after = pixels();
        List<SnapshotView> views = window.liveViews();
        assertEquals(4, views.size(), "histograms, saturation, running stats, training curves");
        for (int i = 0; i < views.size(); i++) {
            String name = views.get(i).getClass().getSimpleName();
            assertTrue(inked(after.get(i)) > 2000, name + " looks empty");
            assertFalse(java.util.Arrays.equals(before.get(i), after.get(i)), name + " did not change");
        }

        enter("#lr-field", "0.05");
        await(s -> s.settings().learningRate() == 0.05);
        assertEquals("0.05", text("#lr-value"), "shows the value the engine applied");

        enter("#batch-field", "1");
        // refused under its field, by the engine's own rule, before anything is sent
        assertEquals(I18n.problem(bnlab.engine.api.Problem.of(SettingProblem.BATCH_OF_ONE_WITH_BATCH_NORM)),
                text("#batch-error"));
        assertEquals("32", text("#batch-value"), "the refused batch size is not shown as applied");

        robot.clickOn("#pause");
        Snapshot paused = await(s -> !s.playing());
        Thread.sleep(200);
        assertEquals(paused.step(), session.latest().step(), "paused: no more steps");
        robot.clickOn("#step");
        await(s -> s.step() == paused.step() + 1);
        assertStatusShowsStep(paused.step() + 1);
        robot.clickOn("#reset");
        await(s -> s.step() == 0);
        assertStatusShowsStep(0);
    }

    @Test
    void aDivergingLearningRateShowsTheMessageNotACrash() throws Exception {
        robot.interact(() -> robot.lookup("#activation").<ComboBox<ActivationKind>>query()
                .setValue(ActivationKind.IDENTITY));
        await(s -> s.spec().activation() == ActivationKind.IDENTITY);
        robot.interact(() -> robot.lookup("#init").<ComboBox<InitChoice>>query().setValue(InitChoice.UNIT));
        await(s -> s.spec().sigma() == 1.0);
        enter("#lr-field", "100");
        await(s -> s.settings().learningRate() == 100);
        robot.clickOn("#play");
        Snapshot s = await(x -> x.plain().diverged() || x.normalized().diverged());
        boolean plain = s.plain().diverged();
        Label bar = robot.lookup(plain ? "#diverged-plain" : "#diverged-bn").query();
        assertTrue(bar.isVisible() && bar.getParent().isVisible());
        assertTrue(bar.getText().contains(I18n.problem(plain ? s.plain().divergence() : s.normalized().divergence())));
        assertTrue(robot.lookup("#play").queryButton().getScene() != null, "the window is alive");

        // pause, a smaller learning rate, reset whichever twin diverged, then single steps
        if (!robot.lookup("#pause").queryButton().isDisabled()) {
            robot.clickOn("#pause");
        }
        enter("#lr-field", "0.05");
        Snapshot now = await(x -> x.settings().learningRate() == 0.05 && !x.playing());
        if (now.plain().diverged()) {
            robot.clickOn("#reset-plain");
        }
        if (now.normalized().diverged()) {
            robot.clickOn("#reset-bn");
        }
        await(x -> !x.plain().diverged() && !x.normalized().diverged());
        assertFalse(bar.getParent().isVisible(), "the bar goes once the twin is reset");
        long step = session.latest().step();
        robot.clickOn("#step");
        await(x -> x.step() == step + 1);
        assertStatusShowsStep(step + 1);
    }

    /** The status line is the bundle's status text for the step the panel's model holds. */
    private void assertStatusShowsStep(long step) {
        Snapshot shown = window.controls().model().snapshotProperty().get();
        assertEquals(step, shown.step());
        assertEquals(I18n.get("controls.status", shown.step(), shown.epoch(), shown.playing() ? 1 : 0,
                Math.round(shown.stepsPerSec())), text("#status"), "the window kept working");
    }

    /**
     * The window builds only the tab that shows; another tab's views are built when it is first selected,
     * and then fed (the CNN tab's two views get the latest snapshot).
     */
    @Test
    void hiddenTabsAreBuiltWhenFirstSelected() throws Exception {
        robot.interact(() -> {
            for (int i = 1; i < window.tabs().getTabs().size(); i++) {
                assertNull(window.tabs().getTabs().get(i).getContent(), "tab " + i + " not built before it shows");
            }
            assertTrue(window.cnnViews().isEmpty());
            window.tabs().getSelectionModel().select(3);
        });
        frames(8);
        robot.interact(() -> {
            assertNotNull(window.tabs().getTabs().get(3).getContent());
            assertEquals(2, window.cnnViews().size());
            long latest = session.latest().version();
            for (SnapshotView v : window.cnnViews()) {
                assertEquals(latest, window.pump().versionShown(v), v.getClass().getSimpleName() + " fed");
            }
            assertNull(window.tabs().getTabs().get(1).getContent(), "the landscape tab still not built");
        });
    }

    /**
     * The loss landscape's race uses none of the control panel's settings: beside it the panel is laid aside and
     * the tabs take the window's width; it comes back on the other tabs, unless the user hid it meanwhile.
     */
    @Test
    void theLandscapeTabTakesTheControlPanelsRoom() {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        robot.interact(() -> {
            assertFalse(window.controlsPlaced());
            assertTrue(window.controlsShown(), "the user's choice is unchanged");
            assertEquals(1600, window.tabs().getWidth(), 2, "the tabs take the whole width");
            assertEquals(1, window.state().tab());
            window.tabs().getSelectionModel().select(2);
        });
        robot.interact(() -> {
            assertTrue(window.controlsPlaced(), "back beside the twins' loss surface");
            assertTrue(window.tabs().getWidth() < 1300);
            window.tabs().getSelectionModel().select(1);
            window.showControls(false);
            window.tabs().getSelectionModel().select(0);
        });
        robot.interact(() -> {
            assertFalse(window.controlsPlaced(), "hidden by the user on the landscape tab: still hidden");
            window.showControls(true);
        });
        robot.interact(() -> assertTrue(window.controlsPlaced()));
    }

    /**
     * History belongs to the engine: training while another tab shows leaves no gap in the curves
     * when the live tab shows again (every step's loss is there, 1, 2, ..., n).
     */
    @Test
    void aViewShownAgainDrawsTheStepsItMissed() throws Exception {
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        robot.interact(() -> session.send(new bnlab.engine.api.Command.Step(300)));
        await(s -> s.step() == 300);
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        frames(8);
        ChartViewer lossViewer = curveViewers().stream().filter(v -> v.getChart().getTitle().getText()
                .equals(I18n.get("curves.loss"))).findFirst().orElseThrow();
        var d = lossViewer.getChart().getXYPlot().getDataset();
        // steps 1..300 in groups of pixel columns (Columns): no group is empty, none is a gap
        int groups = Math.min(300, bnlab.app.style.Columns.groups(lossViewer.getWidth()));
        double width = 300.0 / groups;
        for (int s = 0; s < 2; s++) {
            assertEquals(groups, d.getItemCount(s), "every group has steps, twin " + s);
            assertTrue(d.getXValue(s, 0) <= 1 + width, "from step 1");
            assertTrue(d.getXValue(s, groups - 1) >= 300 - width, "to step 300");
            for (int i = 0; i < groups; i++) {
                assertTrue(Double.isFinite(d.getYValue(s, i)), "a loss in group " + i);
            }
        }
    }

    /**
     * ReLU, He init, lr 3: the plain twin diverges; the twin with BN trains on and its charts keep
     * drawing (the Figure 1 band charts do not go blank), and the plain twin's band keeps its history.
     */
    @Test
    void afterThePlainTwinDivergesTheOtherTwinsChartsKeepDrawing() throws Exception {
        robot.interact(() -> robot.lookup("#activation").<ComboBox<ActivationKind>>query().setValue(ActivationKind.RELU));
        await(s -> s.spec().activation() == ActivationKind.RELU);
        robot.interact(() -> robot.lookup("#init").<ComboBox<InitChoice>>query().setValue(InitChoice.HE));
        await(s -> s.spec().init() == bnlab.engine.api.InitKind.HE);
        enter("#lr-field", "3");
        await(s -> s.settings().learningRate() == 3);
        robot.clickOn("#play");
        Snapshot diverged = await(x -> x.plain().diverged() || x.step() > 3000);
        assertTrue(diverged.plain().diverged(), "ReLU at lr 3 without BN diverges");
        assertFalse(diverged.normalized().diverged(), "the twin with BN trains on");
        await(x -> x.step() > diverged.step() + 100);
        frames(10);
        List<ChartViewer> viewers = curveViewers();
        ChartViewer bnBand = viewers.stream().filter(v -> v.getChart().getTitle().getText().equals(
                bnlab.app.curves.TrainingCurvesView.bandTitle(diverged, true))).findFirst().orElseThrow();
        ChartViewer plainBand = viewers.stream().filter(v -> v.getChart().getTitle().getText().equals(
                bnlab.app.curves.TrainingCurvesView.bandTitle(diverged, false))).findFirst().orElseThrow();
        var bn = bnBand.getChart().getXYPlot().getDataset();
        assertTrue(bn.getItemCount(0) > 0, "the BN band is not blank");
        assertTrue(bn.getXValue(0, bn.getItemCount(0) - 1) > diverged.step(), "and goes on after the divergence");
        assertTrue(plainBand.getChart().getXYPlot().getDataset().getItemCount(0) > 0, "the plain band keeps its history");
        Label bar = robot.lookup("#diverged-plain").query();
        Snapshot now = window.controls().model().snapshotProperty().get();
        assertEquals(I18n.get("alert.diverged", I18n.get("twin.plain.named", I18n.label(bnlab.engine.api.NormKind.NONE)),
                I18n.problem(now.plain().divergence()), I18n.get("alert.otherTrains")), bar.getText(),
                "the message names the twin and the code's own words");
        robot.clickOn("#pause");
    }

    /** A few frames, so charts redrawn on consecutive frames are all up to date. */
    private void frames(int n) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            Thread.sleep(25);
            robot.interact(() -> window.pump().flush());
        }
    }

    /** The pixels of each live view as drawn now. */
    private List<int[]> pixels() {
        List<int[]> out = new java.util.ArrayList<>();
        for (SnapshotView v : window.liveViews()) {
            robot.interact(() -> {
                javafx.scene.image.WritableImage img = v.node().snapshot(null, null);
                int w = (int) img.getWidth();
                int h = (int) img.getHeight();
                int[] argb = new int[w * h];
                img.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                        argb, 0, w);
                out.add(argb);
            });
        }
        return out;
    }

    /** Pixels that are clearly not background. */
    private static int inked(int[] argb) {
        int n = 0;
        for (int p : argb) {
            int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            if (r + g + b < 600) {
                n++;
            }
        }
        return n;
    }

    /** Whether this twin has an accuracy and percentiles measured later than the last ones drawn. */
    private static boolean measuredAfter(bnlab.engine.api.TwinState now, bnlab.engine.api.TwinState drawn) {
        return later(now.history().accuracy(), drawn.history().accuracy())
                && later(now.history().percentiles(), drawn.history().percentiles());
    }

    private static boolean later(bnlab.engine.api.Series now, bnlab.engine.api.Series drawn) {
        return !now.isEmpty() && (drawn.isEmpty() || now.lastX() > drawn.lastX());
    }

    /** The last step each curve chart reaches (its series are grouped by pixel columns), 0 when empty. */
    private static boolean anyEqual(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                return true;
            }
        }
        return false;
    }

    private int[] counts() throws InterruptedException {
        frames(8);
        int[] n = new int[4];
        List<ChartViewer> viewers = curveViewers();
        assertEquals(4, viewers.size());
        for (int i = 0; i < 4; i++) {
            var d = viewers.get(i).getChart().getXYPlot().getDataset();
            n[i] = d.getSeriesCount() == 0 || d.getItemCount(0) == 0 ? 0
                    : (int) d.getXValue(0, d.getItemCount(0) - 1);
        }
        return n;
    }

    private List<ChartViewer> curveViewers() {
        return robot.lookup(x -> x instanceof ChartViewer).queryAllAs(ChartViewer.class).stream()
                .filter(v -> v.getScene() != null && isCurve(v.getChart())).toList();
    }

    private boolean isCurve(JFreeChart c) {
        String t = c.getTitle() == null ? "" : c.getTitle().getText();
        Snapshot s = session.latest();
        return t.equals(I18n.get("curves.loss")) || t.equals(I18n.get("curves.accuracy"))
                || t.equals(bnlab.app.curves.TrainingCurvesView.bandTitle(s, false))
                || t.equals(bnlab.app.curves.TrainingCurvesView.bandTitle(s, true));
    }
}
