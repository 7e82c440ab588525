package bnlab.app.headless;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A still of a view whose content scrolls at --size is taken of the whole content (up to 4 x the height). */
@ExtendWith(ApplicationExtension.class)
class ShowWholeTest {
    private static double grownTo(FxRobot robot, double contentHeight) {
        double[] h = new double[1];
        robot.interact(() -> {
            Region content = new Region();
            content.setPrefSize(300, contentHeight);
            ScrollPane view = new ScrollPane(content);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(view), 400, 300));
            stage.show();
            Render.showWhole(view);
            h[0] = stage.getHeight();
            stage.close();
        });
        return h[0];
    }

    /** 700 px of content in a 300 px view: the stage grows by the 400 px hidden (less any border). */
    @Test
    void aScrollingViewGrowsToItsContent(FxRobot robot) {
        double h = grownTo(robot, 700);
        assertEquals(700, h, 10);
    }

    @Test
    void aViewThatFitsKeepsItsSizeAndGrowthIsCapped(FxRobot robot) {
        assertEquals(300, grownTo(robot, 200), 0.5);
        assertEquals(300 * Render.MAX_GROWTH, grownTo(robot, 5000), 0.5);
    }
}
