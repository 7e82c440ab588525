package bnlab.app.saturation;

import bnlab.app.Snapshots;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
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
 * Beside the training curves on a lesson's stage at 1280 x 720 the view is 430 px wide: in its right-hand column the
 * gradient chart's plots were 85 px wide, eight layers' markers piled up and the ratio's label sat on them (a
 * teacher's review of lesson 2, step 5). Narrow, the per-layer charts go under the curve chart, side by side.
 */
@ExtendWith(ApplicationExtension.class)
class SaturationNarrowTest {
    private SaturationView view;
    private final StackPane holder = new StackPane();

    @Start
    void start(Stage stage) {
        bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0));
        view = new SaturationView(c -> { });
        holder.getChildren().add(view.node());
        holder.setMaxWidth(430);
        stage.setScene(new Scene(new StackPane(holder), 1000, 540));
        stage.sizeToScene(); // a stage another test class sized keeps its size otherwise
        stage.show();
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    @Test
    void narrowThePerLayerChartsGoUnderTheCurveChartAndWideAtItsRight(FxRobot robot) {
        robot.interact(() -> view.show(Snapshots.at(100, 100)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            SaturationPane p = view.pane();
            Bounds curves = bounds(p.curves.viewer);
            Bounds signal = bounds(p.signal.viewer);
            Bounds bars = bounds(p.layers.saturatedViewer);
            assertTrue(signal.getMinY() >= curves.getMaxY() - 1, "the gradients under the curve chart");
            assertEquals(bars.getMinY(), signal.getMinY(), 1, "beside the saturated fractions");
            assertTrue(signal.getWidth() > 0.55 * 430, "the gradient chart takes most of the width: " + signal);
        });
        robot.interact(() -> holder.setMaxWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            SaturationPane p = view.pane();
            Bounds curves = bounds(p.curves.viewer);
            Bounds signal = bounds(p.signal.viewer);
            assertTrue(signal.getMinX() >= curves.getMaxX() - 1, "wide, the column at the right: " + signal);
            assertTrue(bounds(p.layers.saturatedViewer).getMaxY() <= signal.getMinY() + 1, "the fractions over it");
        });
        // narrow but wider than tall (a cell of the live grid at 1600 x 1000, 570 x 420): the column at the right,
        // under which the curve chart's plot was a strip
        robot.interact(() -> {
            holder.setMaxWidth(570);
            holder.setMaxHeight(420);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            SaturationPane p = view.pane();
            assertTrue(bounds(p.signal.viewer).getMinX() >= bounds(p.curves.viewer).getMaxX() - 1,
                    "a low cell keeps the column at the right");
        });
    }
}
