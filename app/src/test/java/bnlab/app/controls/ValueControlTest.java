package bnlab.app.controls;

import bnlab.engine.api.Setting;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A setting's text field holds the widest value it shows, and leaves the slider beside it the larger part of the row
 * in a narrow panel at a projector's type: at type 1.5 in 1280 x 720 the slider was shorter than the field.
 */
@ExtendWith(ApplicationExtension.class)
class ValueControlTest {
    private final VBox panel = new VBox();

    @Start
    void start(Stage stage) {
        // the control panel's width at type 1.5 in a 1280 x 720 window, less its padding
        panel.setMaxWidth(300);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(panel), 600, 400));
        stage.show();
    }

    @Test
    void theFieldHoldsTheWidestValueAndTheSliderTakesTheLargerPart(FxRobot robot) {
        robot.interact(() -> {
            for (Setting s : new Setting[] {Setting.LEARNING_RATE, Setting.BETA, Setting.GAMMA, Setting.BATCH_SIZE}) {
                ValueControl c = new ValueControl("c", s, "title", "formula", v -> null);
                panel.getChildren().setAll(c);
                panel.setStyle("-fx-font-size: 22.5px;");
                panel.getScene().getRoot().applyCss();
                panel.getScene().getRoot().layout();
                double field = c.field().getWidth();
                double slider = c.slider().getWidth();
                assertTrue(c.getWidth() <= 300, "the control's width: " + c.getWidth());
                assertTrue(slider > field, s + ": the slider " + slider + " px beside a field of " + field);
                Text widest = new Text(ValueControl.WIDEST);
                widest.setFont(c.field().getFont());
                double room = field - c.field().snappedLeftInset() - c.field().snappedRightInset();
                assertTrue(widest.getLayoutBounds().getWidth() <= room, s + ": the widest value in a field of " + room
                        + " px: " + widest.getLayoutBounds().getWidth());
            }
        });
    }
}
