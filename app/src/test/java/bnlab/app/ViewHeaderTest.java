package bnlab.app;

import bnlab.app.style.Theme;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A view's title never breaks inside a word: at large type in a narrow cell the label broke "Histograms"
 * into "Histogr" / "ams" beside its buttons; now the buttons take a row of their own under the title.
 */
@ExtendWith(ApplicationExtension.class)
class ViewHeaderTest {
    private StackPane host;
    private ViewGrid grid;

    @Start
    void start(Stage s) {
        grid = new ViewGrid(1, null);
        grid.add("Histograms", new Region(), "histograms");
        host = new StackPane(grid);
        Scene scene = new Scene(new javafx.scene.layout.HBox(host), 1000, 600);
        bnlab.app.shell.Shell.style(scene, Theme.LIGHT);
        // type 2.5, as the View menu sets it
        host.setStyle("-fx-font-size: 35px;");
        s.setScene(scene);
        s.show();
    }

    private void width(double w) {
        host.setPrefWidth(w);
        host.setMaxWidth(w);
        host.setMinWidth(w);
    }

    @Test
    void aNarrowCellPutsTheButtonsUnderTheTitle(FxRobot robot) {
        robot.interact(() -> width(480));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Label title = (Label) robot.lookup(".view-title").query();
            Text word = new Text("Histograms");
            word.setFont(title.getFont());
            double needed = word.getLayoutBounds().getWidth();
            assertTrue(title.getWidth() - title.getInsets().getLeft() - title.getInsets().getRight() >= needed,
                    "the title " + title.getWidth() + " px holds its word, " + needed + " px");
            Node export = robot.lookup(".export").query();
            double titleBottom = title.localToScene(title.getLayoutBounds()).getMaxY();
            double buttonTop = export.localToScene(export.getLayoutBounds()).getMinY();
            assertTrue(buttonTop >= titleBottom, "the buttons under the title: " + buttonTop + " < " + titleBottom);
            double right = host.localToScene(host.getLayoutBounds()).getMaxX();
            Node enlarge = robot.lookup(".enlarge").query();
            assertTrue(enlarge.localToScene(enlarge.getLayoutBounds()).getMaxX() <= right + 0.5,
                    "the last button inside the cell");
        });
    }

    @Test
    void aWideCellKeepsOneRow(FxRobot robot) {
        robot.interact(() -> width(1000));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Label title = (Label) robot.lookup(".view-title").query();
            Button export = robot.lookup(".export").queryAs(Button.class);
            double titleMiddle = title.localToScene(title.getLayoutBounds()).getCenterY();
            double buttonMiddle = export.localToScene(export.getLayoutBounds()).getCenterY();
            assertEquals(titleMiddle, buttonMiddle, 2, "title and buttons on one row");
            assertFalse(title.getText().isEmpty());
        });
    }
}
