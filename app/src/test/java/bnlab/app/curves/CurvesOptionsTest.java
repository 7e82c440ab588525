package bnlab.app.curves;

import bnlab.app.Snapshots;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lesson option "bands": false leaves loss and accuracy only, filling the view; true brings the bands back. */
@ExtendWith(ApplicationExtension.class)
class CurvesOptionsTest {
    private TrainingCurvesView view;

    @Start
    void start(Stage stage) {
        view = new TrainingCurvesView(() -> { });
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1000, 700));
        stage.show();
    }

    private java.util.List<Node> visibleCharts() {
        java.util.List<Node> out = new java.util.ArrayList<>();
        collect(view.node(), out);
        return out;
    }

    private static void collect(Node n, java.util.List<Node> out) {
        if (n instanceof ChartViewer && showing(n)) {
            out.add(n);
        } else if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private boolean showsFigure1Button() {
        return showing(view.node().lookup("#curves-figure1"));
    }

    @Test
    void withoutBandsOnlyLossAndAccuracyShowAndTheNoteStaysHidden(FxRobot robot) {
        robot.interact(() -> {
            for (int step = 1; step <= 120; step++) {
                view.show(Snapshots.at(step, step));
            }
        });
        assertEquals(4, visibleCharts().size());
        robot.interact(() -> view.configure(Map.of("bands", false, "other", 1)));
        assertFalse(view.showsBands());
        assertEquals(2, visibleCharts().size());
        assertFalse(showsFigure1Button(), "no note, no Figure 1 button");
        robot.interact(() -> {
            for (int step = 121; step <= 200; step++) {
                view.show(Snapshots.at(step, step));
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.saysTooEasy());
        Node lossViewer = visibleCharts().get(0);
        assertTrue(lossViewer.getBoundsInParent().getHeight() > 500, "the two charts fill the height");
        robot.interact(() -> view.configure(Map.of("bands", true)));
        assertEquals(4, visibleCharts().size());
        assertTrue(showsFigure1Button());
    }
}
