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
        // 480 px now holds the word beside the buttons' brief texts
        robot.interact(() -> width(380));
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

    /**
     * Beside the full "Export..." and "Record" a title that would take two lines gets the buttons' brief texts
     * (symbols, their tooltips unchanged) and stays on one line; wider again, the full texts come back.
     */
    @Test
    void aTitleThatWouldWrapGetsTheBriefButtons(FxRobot robot) {
        robot.interact(() -> {
            host.setStyle("-fx-font-size: 14px;");
            width(1000);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double[] need = new double[2];
        robot.interact(() -> {
            Label title = (Label) robot.lookup(".view-title").query();
            ViewHeader header = (ViewHeader) title.getParent();
            javafx.scene.layout.HBox buttons = (javafx.scene.layout.HBox) robot.lookup(".export").query().getParent();
            assertFalse(header.brief(), "wide: the full texts");
            assertEquals(bnlab.app.i18n.I18n.get("grid.export"), robot.lookup(".export").queryAs(Button.class).getText());
            // the host's width less the header's: the cell's padding
            need[0] = 1000 - header.getWidth();
            need[1] = title.prefWidth(-1) + ViewHeader.GAP + buttons.prefWidth(-1);
        });
        robot.interact(() -> width(need[0] + need[1] - 30));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Label title = (Label) robot.lookup(".view-title").query();
            ViewHeader header = (ViewHeader) title.getParent();
            assertTrue(header.brief(), "30 px short of the full buttons: the brief ones");
            assertEquals(bnlab.app.i18n.I18n.get("grid.export.brief"), robot.lookup(".export").queryAs(Button.class).getText());
            assertEquals(bnlab.app.i18n.I18n.get("grid.record.brief"), robot.lookup(".record").queryAs(Button.class).getText());
            Text one = new Text("Histograms");
            one.setFont(title.getFont());
            assertTrue(title.getHeight() < 1.5 * one.getLayoutBounds().getHeight(),
                    "the title on one line: " + title.getHeight() + " px high");
            assertTrue(header.oneRow(header.getWidth()), "beside the buttons");
        });
        robot.interact(() -> width(need[0] + need[1] + 2 * ViewHeader.HYSTERESIS));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ViewHeader header = (ViewHeader) robot.lookup(".view-title").query().getParent();
            assertFalse(header.brief(), "wide enough again: the full texts");
            assertEquals(bnlab.app.i18n.I18n.get("grid.record"), robot.lookup(".record").queryAs(Button.class).getText());
        });
    }
}
