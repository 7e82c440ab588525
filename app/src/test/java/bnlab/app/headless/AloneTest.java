package bnlab.app.headless;

import bnlab.app.style.Look;
import bnlab.app.style.Theme;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A view rendered alone has no field focused: the text caret of its first field was drawn into its stills. */
@ExtendWith(ApplicationExtension.class)
class AloneTest {
    @Start
    void start(Stage s) {
        // the toolkit only
    }

    @Test
    void noFieldHoldsTheFocus(FxRobot robot) {
        AtomicReference<Stage> stage = new AtomicReference<>();
        Spinner<Integer> grid = new Spinner<>(5, 101, 25);
        grid.setEditable(true);
        robot.interact(() -> stage.set(Render.alone(new VBox(grid), new Look(Theme.LIGHT, 1.0), 400, 300)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertNotNull(stage.get().getScene().getFocusOwner());
            assertFalse(grid.getEditor().isFocused(), "the spinner's field shows no caret");
            assertFalse(grid.isFocused());
            stage.get().close();
        });
    }
}
