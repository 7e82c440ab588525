package bnlab.app.lessons;

import bnlab.app.shell.Shell;
import bnlab.app.style.Theme;
import javafx.scene.Scene;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A choice's radio mark sits on the question's box: AtlantaFX Primer gives a radio button a background of the page's
 * colour, a white square behind each mark on the light blue box (and behind the faded marks once the answer is shown);
 * the app's sheet takes it away, in both themes.
 */
@ExtendWith(ApplicationExtension.class)
class ChoiceMarkTest {
    private Scene scene;
    private RadioButton mark;

    @Start
    void start(Stage stage) {
        mark = new RadioButton();
        VBox box = new VBox(mark);
        box.getStyleClass().add("lesson-prediction");
        scene = new Scene(box, 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aChoicesMarkHasNoSquareBehindIt(FxRobot robot) {
        // the user-agent sheet is global: the one before this test is put back after it (other test classes see it)
        String before = javafx.application.Application.getUserAgentStylesheet();
        for (Theme theme : Theme.values()) {
            for (boolean disabled : new boolean[] {false, true}) {
                robot.interact(() -> {
                    Shell.style(scene, theme);
                    mark.setDisable(disabled);
                    scene.getRoot().applyCss();
                });
                boolean opaque = mark.getBackground() != null && mark.getBackground().getFills().stream()
                        .map(BackgroundFill::getFill).anyMatch(f -> !(f instanceof Color c) || c.getOpacity() > 0);
                assertTrue(!opaque, theme + (disabled ? ", disabled" : "") + ": " + mark.getBackground());
            }
        }
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(before));
    }
}
