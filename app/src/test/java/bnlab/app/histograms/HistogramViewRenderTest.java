package bnlab.app.histograms;

import bnlab.app.style.Palette;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders the view with a realistic snapshot to target/view-histograms.png; the twins' colours are
 * counted inside the chart areas only (the read-out labels are painted in the same colours).
 */
@ExtendWith(ApplicationExtension.class)
class HistogramViewRenderTest {
    private HistogramView view;

    @Start
    void start(Stage stage) {
        view = new HistogramView(c -> { });
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
    }

    @Test
    void paintsBothTwinColours(FxRobot robot) {
        robot.interact(() -> view.model().historyProperty().set(true));
        for (int t = 0; t <= 400; t += 50) {
            int step = t;
            robot.interact(() -> view.show(SnapshotFixtures.snapshot(step)));
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> PngSnapshots.write(view.node(), "target/view-histograms.png"));
        assertTrue(chartPixels(robot, view.pane().input, Palette.BN) > 500, "BN blue is painted in its chart");
        assertTrue(chartPixels(robot, view.pane().plain, Palette.PLAIN) > 200, "vermillion is painted in the plain chart");
        assertEquals(0, chartPixels(robot, view.pane().input, Palette.PLAIN), "no vermillion in the BN chart");
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(1, ActivationKind.SIGMOID, TrainSettings.defaults(),
                true)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> PngSnapshots.write(view.node(), "target/view-histograms-nan.png"));
        assertTrue(chartPixels(robot, view.pane().plain, Palette.PLAIN) < 20, "a diverged twin's chart is empty");
        assertTrue(chartPixels(robot, view.pane().input, Palette.BN) > 500, "the BN twin's still draws");
    }

    /** Pixels near a colour in a panel's chart (its centre node), without its read-out label. */
    private static int chartPixels(FxRobot robot, HistogramPanel panel, java.awt.Color c) {
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(javafx.embed.swing.SwingFXUtils.fromFXImage(
                panel.root().getCenter().snapshot(null, null), null)));
        return PngSnapshots.count(img.get(), c, 10);
    }
}
