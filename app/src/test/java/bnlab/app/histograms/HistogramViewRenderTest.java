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

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders the view with a realistic snapshot to /tmp/view-histograms.png and checks both twin colours show. */
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
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(PngSnapshots.write(view.node(), "/tmp/view-histograms.png")));
        assertTrue(PngSnapshots.count(img.get(), Palette.BN, 10) > 500, "BN blue is painted");
        assertTrue(PngSnapshots.count(img.get(), Palette.PLAIN, 10) > 200, "no-BN vermillion is painted");
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(1, ActivationKind.SIGMOID, TrainSettings.defaults(),
                true)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> PngSnapshots.write(view.node(), "/tmp/view-histograms-nan.png"));
    }
}
