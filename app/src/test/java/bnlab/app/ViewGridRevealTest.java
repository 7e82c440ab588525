package bnlab.app;

import bnlab.app.style.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
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
 * A lesson's step can bring the view it watches into sight: three views in one column need 3 x 480 px, a
 * 600 px window shows one and a bit, and {@link ViewGrid#reveal} scrolls so that the named view's top is in
 * the viewport (and back up for the first).
 */
@ExtendWith(ApplicationExtension.class)
class ViewGridRevealTest {
    private ViewGrid grid;
    private final Region[] views = {new Region(), new Region(), new Region()};

    @Start
    void start(Stage s) {
        grid = new ViewGrid(1, null);
        String[] names = {"surface", "curves", "saturation"};
        for (int i = 0; i < views.length; i++) {
            grid.add(names[i], views[i], names[i]);
        }
        Scene scene = new Scene(grid, 900, 600);
        bnlab.app.shell.Shell.style(scene, Theme.LIGHT);
        s.setScene(scene);
        s.show();
    }

    // the view's top and bottom against the scroll pane's viewport, in scene coordinates
    private static double[] placed(Node view, ScrollPane scroll) {
        Bounds v = view.localToScene(view.getLayoutBounds());
        Node port = scroll.lookup(".viewport");
        Bounds p = port.localToScene(port.getLayoutBounds());
        return new double[] {v.getMinY() - p.getMinY(), p.getHeight()};
    }

    @Test
    void revealScrollsTheNamedViewsTopIntoSight(FxRobot robot) {
        ScrollPane scroll = robot.lookup(".scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> grid.reveal("curves"));
        WaitForAsyncUtils.waitForFxEvents();
        double[][] got = new double[1][];
        robot.interact(() -> got[0] = placed(views[1], scroll));
        assertTrue(got[0][0] >= 0 && got[0][0] < 0.25 * got[0][1],
                "the curves' top near the viewport's top: " + got[0][0] + " of " + got[0][1] + " px");
        robot.interact(() -> grid.reveal("saturation"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> got[0] = placed(views[2], scroll));
        assertTrue(got[0][0] >= 0 && got[0][0] < got[0][1], "the last view's top in sight: " + got[0][0]);
        robot.interact(() -> grid.reveal("surface"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, scroll.getVvalue(), 1e-9, "back to the top for the first view");
        // an unknown name changes nothing
        robot.interact(() -> grid.reveal("histograms"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, scroll.getVvalue(), 1e-9);
    }

    @Test
    void enlargeShowsTheNamedViewAloneAndFalseBringsTheColumnBack(FxRobot robot) {
        robot.interact(() -> grid.enlarge("curves", true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(views[1].getScene() != null && views[0].getScene() == null && views[2].getScene() == null,
                "the curves alone");
        robot.interact(() -> grid.enlarge("histograms", false)); // an unknown name changes nothing
        assertTrue(views[0].getScene() == null);
        robot.interact(() -> grid.enlarge("curves", false));
        WaitForAsyncUtils.waitForFxEvents();
        for (Region v : views) {
            assertTrue(v.getScene() != null, "the column again");
        }
    }
}
