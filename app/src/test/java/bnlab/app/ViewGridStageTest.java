package bnlab.app;

import bnlab.app.style.Theme;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A lesson's stage of two views at 1280 x 720 is about 880 x 600 px: two rows of 480 px left the second view below
 * the fold just when a step compares the two (lessons 2, 7, 14). Lower than about 1.75 rows, two views with a narrow
 * layout stand side by side; wide views (the loss surface's two maps) keep one column, and so does the live grid.
 */
@ExtendWith(ApplicationExtension.class)
class ViewGridStageTest {
    private Stage window;

    @Start
    void start(Stage s) {
        window = s;
        // the widths and heights here are at type scale 1; another test class's look may linger
        bnlab.app.style.Look.use(new bnlab.app.style.Look(Theme.LIGHT, 1.0));
    }

    // the columns of a grid of views of these names in a scene of this size, once laid out
    private int columns(FxRobot robot, ViewGrid grid, double width, double height, String... names) {
        robot.interact(() -> {
            for (String n : names) {
                grid.add(n, new Region(), n);
            }
            Scene scene = new Scene(grid, width, height);
            bnlab.app.shell.Shell.style(scene, Theme.LIGHT);
            window.setScene(scene);
            window.sizeToScene(); // a stage another test class sized keeps its size otherwise
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        int[] c = new int[1];
        robot.interact(() -> c[0] = grid.columns());
        return c[0];
    }

    @Test
    void aLowStageSetsTwoNarrowViewsSideBySide(FxRobot robot) {
        assertEquals(2, columns(robot, ViewGrid.forStage(null), 880, 600, "curves", "saturation"));
        assertEquals(2, columns(robot, ViewGrid.forStage(null), 880, 600, "curves", "runningStats"));
    }

    @Test
    void aStageTallEnoughForNearlyBothRowsKeepsOneColumn(FxRobot robot) {
        // 1600 x 1000 and 1920 x 1080: at most a quarter of the second view below the fold
        assertEquals(1, columns(robot, ViewGrid.forStage(null), 1120, 880, "curves", "saturation"));
        assertEquals(1, columns(robot, ViewGrid.forStage(null), 1340, 960, "curves", "saturation"));
    }

    @Test
    void aWideViewKeepsOneColumn(FxRobot robot) {
        assertEquals(1, columns(robot, ViewGrid.forStage(null), 880, 600, "surface", "curves"));
        assertEquals(1, columns(robot, ViewGrid.forStage(null), 880, 600, "featureMaps", "runningStats"));
    }

    @Test
    void tooNarrowForTwoKeepsOneColumn(FxRobot robot) {
        assertEquals(1, columns(robot, ViewGrid.forStage(null), 780, 600, "curves", "saturation"));
    }

    @Test
    void theCnnTabsColumnStaysOne(FxRobot robot) {
        assertEquals(1, columns(robot, new ViewGrid(1, null), 880, 600, "curves", "saturation"));
    }
}
