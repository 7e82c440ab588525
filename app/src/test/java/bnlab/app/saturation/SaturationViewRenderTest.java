package bnlab.app.saturation;

import bnlab.app.histograms.PngSnapshots;
import bnlab.app.histograms.SnapshotFixtures;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders the view to target/view-saturation*.png (sigmoid, ReLU, a diverged twin) and checks both twin colours show. */
@ExtendWith(ApplicationExtension.class)
class SaturationViewRenderTest {
    private SaturationView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0)); // another test's may linger
        view = new SaturationView(c -> { });
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
    }

    /** The view in a window this size, showing a snapshot at step 200, laid out. */
    private SaturationPane shownIn(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            view.show(SnapshotFixtures.snapshot(200));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view.pane();
    }

    @Test
    void paintsBothTwinColours(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(200)));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(PngSnapshots.write(view.node(), "target/view-saturation.png")));
        assertTrue(PngSnapshots.count(img.get(), Palette.BN, 10) > 300, "BN blue is painted");
        assertTrue(PngSnapshots.count(img.get(), Palette.PLAIN, 10) > 300, "no-BN vermillion is painted");
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(0, ActivationKind.RELU)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> PngSnapshots.write(view.node(), "target/view-saturation-relu.png"));
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(0, ActivationKind.TANH, TrainSettings.defaults(), true)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> PngSnapshots.write(view.node(), "target/view-saturation-nan.png"));
    }

    /** A quarter of a 1280 x 720 window: smaller fonts, no legends on the per-layer charts, every chart still drawn. */
    @Test
    void shownSmallTheChartsKeepTheirRoom(FxRobot robot) {
        SaturationPane p = shownIn(robot, 470, 330);
        assertFalse(p.layers.saturatedViewer.getChart().getLegend().isVisible());
        assertFalse(p.signal.chart().getLegend().isVisible());
        assertEquals(Compact.title(), p.curves.chart().getTitle().getFont());
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(PngSnapshots.write(view.node(), "target/view-saturation-small.png")));
        assertTrue(PngSnapshots.count(img.get(), Palette.BN, 10) > 100, "BN blue is painted");
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(p.signal.chart().getLegend().isVisible(), "large again: the legends are back");
        assertEquals(bnlab.app.style.ChartStyle.titleFont(), p.curves.chart().getTitle().getFont());
    }

    /** A lesson's view at 1280 x 720 (880 x 600): small fonts, but the signal chart has room to say what is dashed. */
    @Test
    void inALessonsViewTheSignalChartKeepsItsLegend(FxRobot robot) {
        SaturationPane p = shownIn(robot, 880, 600);
        assertTrue(p.compact, "shown small");
        assertTrue(p.signal.viewer.getHeight() >= SignalChart.LEGEND_HEIGHT, "room: " + p.signal.viewer.getHeight());
        assertTrue(p.signal.chart().getLegend().isVisible(), "solid: the signal; dashed: the weights' gradients");
    }

    /** Chosen before the first snapshot (a lesson's step entered on launch), the layer is taken once it comes. */
    @Test
    void aLayerChosenBeforeTheFirstSnapshotIsKept(FxRobot robot) {
        SaturationView fresh = new SaturationView(c -> { });
        robot.interact(() -> fresh.configure(java.util.Map.of("layer", 2)));
        robot.interact(() -> fresh.show(SnapshotFixtures.snapshot(200)));
        assertEquals(1, fresh.model().layerProperty().get());
    }

    /** A lesson's option picks the layer (counted from 1, as on screen); one beyond the network's is ignored. */
    @Test
    void aLessonPicksTheLayer(FxRobot robot) {
        shownIn(robot, 1280, 800);
        robot.interact(() -> view.configure(java.util.Map.of("layer", 2)));
        assertEquals(1, view.model().layerProperty().get());
        assertEquals(1, view.pane().layerChooser.getValue());
        robot.interact(() -> view.configure(java.util.Map.of("layer", 9)));
        assertEquals(1, view.model().layerProperty().get());
    }

    /**
     * The legends at the charts' foot keep their letters' tails (the "g" of "sigmoid"): the view's bottom rows, where
     * an exported still ends, are bare, not cut ink.
     */
    @Test
    void theLegendsAreNotCutAtTheFoot(FxRobot robot) {
        shownIn(robot, 1600, 900);
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(PngSnapshots.write(view.node(), "target/view-saturation-foot.png")));
        BufferedImage b = img.get();
        for (int y = b.getHeight() - 3; y < b.getHeight(); y++) {
            for (int x = 0; x < b.getWidth(); x++) {
                int rgb = b.getRGB(x, y);
                int darkest = Math.min((rgb >> 16) & 255, Math.min((rgb >> 8) & 255, rgb & 255));
                assertTrue(darkest > 200, "ink at the view's foot, x " + x + ", y " + y + ": " + Integer.toHexString(rgb));
            }
        }
    }

    /**
     * A cell of the live grid at 1600 x 1000 (about 585 x 420): the view is no wider than its cell (the threshold's
     * slider, value and rule in one piece made it 666 px wide and cut off the right-hand charts).
     */
    @Test
    void inACellOfTheLiveGridNothingIsCutOffOnTheRight(FxRobot robot) {
        SaturationPane p = shownIn(robot, 585, 420);
        robot.interact(() -> {
            double width = p.root().getWidth();
            double right = p.layers.saturatedViewer.localToScene(p.layers.saturatedViewer.getLayoutBounds()).getMaxX();
            double label = p.thresholdLabel.localToScene(p.thresholdLabel.getLayoutBounds()).getMaxX();
            assertTrue(right <= width + 1, "the bars end at " + right + " in a view " + width + " wide");
            assertTrue(label <= width + 1, "the read-out ends at " + label + " in a view " + width + " wide");
        });
    }
}
