package bnlab.app.runningstats;

import bnlab.app.Snapshots;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Beside the training curves on a lesson's stage at 1280 x 720 the view is 430 px wide: its convention line (one
 * line of 516 px in a flow pane, whose least width is its widest child's) held the view at 536 px, and the variance
 * chart ran off the cell's edge. Narrow, the convention wraps; the three charts stay in sight (lesson 14 points at
 * the one at the bottom).
 */
@ExtendWith(ApplicationExtension.class)
class RunningStatsNarrowTest {
    private RunningStatsView view;
    /** Holds the view at the width asked (the stage is not resized: its size would stay for the next test class). */
    private final StackPane holder = new StackPane();

    @Start
    void start(Stage stage) {
        view = new RunningStatsView(c -> { });
        holder.getChildren().add(view.node());
        holder.setMaxWidth(430);
        // the running statistics' cell beside the curves on a lesson's stage at 1280 x 720, under its title
        stage.setScene(new Scene(new StackPane(holder), 1000, 540));
        stage.sizeToScene(); // the stage another test class sized keeps its size otherwise
        stage.show();
    }

    private Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    @Test
    void narrowTheViewFitsItsWidthWithAllThreeChartsInSight(FxRobot robot) {
        robot.interact(() -> view.show(Snapshots.at(100, 100)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertTrue(((Region) view.node()).minWidth(-1) <= 430, "least width " + ((Region) view.node()).minWidth(-1));
            RunningStatsPane p = view.pane();
            Bounds v = bounds(view.node());
            Bounds mean = bounds(p.mean.viewer);
            Bounds variance = bounds(p.variance.viewer);
            assertTrue(variance.getMaxX() <= v.getMaxX() + 0.5, "the variance chart inside the view: " + variance);
            assertEquals(mean.getMinY(), variance.getMinY(), 1, "side by side");
            assertTrue(bounds(p.gap.viewer).getMaxY() <= v.getMaxY() + 0.5, "the gap chart in sight: "
                    + bounds(p.gap.viewer) + " in " + v);
            assertTrue(bounds(p.convention).getMaxX() <= v.getMaxX() + 0.5, "the convention wraps: "
                    + bounds(p.convention));
        });
    }

    /**
     * Side by side, the mean's and the variance's titles take one size: at type scale 1.5 the mean's took a step
     * larger than the variance's, and the two ran on as one line ("Mean of unit 1, layer 1 Variance of unit 1, layer
     * 1").
     */
    @Test
    void theMeanAndTheVarianceTitlesTakeOneSize(FxRobot robot) {
        robot.interact(() -> view.show(Snapshots.at(100, 100)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            RunningStatsPane p = view.pane();
            bnlab.app.TitlesAlike.check(p.mean.viewer.getChart(), p.variance.viewer.getChart());
        });
    }
}
