package bnlab.app.style;

import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A control's tooltip is made at the first hover, with the text last given; until then the text waits. */
@ExtendWith(ApplicationExtension.class)
class TipsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static void enter(Button b) {
        Event.fireEvent(b, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }

    @Test
    void madeAtTheFirstHoverWithTheLastText(FxRobot robot) {
        robot.interact(() -> {
            Button b = new Button("b");
            Tips.set(b, "first");
            assertNull(b.getTooltip(), "no popup window until the pointer comes");
            assertEquals("first", Tips.text(b));
            Tips.set(b, "second");
            assertEquals("second", Tips.text(b));
            enter(b);
            assertNotNull(b.getTooltip());
            assertEquals("second", b.getTooltip().getText());
            assertEquals(Duration.millis(300), b.getTooltip().getShowDelay());
            assertEquals(480, b.getTooltip().getMaxWidth());
            // later texts go into the tooltip made; a second hover makes no other
            var made = b.getTooltip();
            Tips.set(b, "third");
            enter(b);
            assertSame(made, b.getTooltip());
            assertEquals("third", Tips.text(b));
        });
    }

    @Test
    void aControlWithoutATipHasNoText(FxRobot robot) {
        robot.interact(() -> assertNull(Tips.text(new Button("b"))));
    }

    /** Shown, a tooltip is in the bundled font at the window's type size (it showed 13 px at type scale 1.5). */
    @Test
    void aTooltipTakesTheWindowsTypeSizeAndFont(FxRobot robot) {
        try {
            javafx.scene.control.Tooltip[] t = new javafx.scene.control.Tooltip[1];
            robot.interact(() -> {
                bnlab.app.i18n.Fonts.registerFx();
                Look.use(new Look(Theme.LIGHT, 1.5));
                stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(new Button("b")), 300, 200));
                stage.show();
                t[0] = Tips.make("\u5b66\u4e60\u7387");
                t[0].show(stage);
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                assertEquals(Tips.FONT * 1.5, t[0].getFont().getSize(), 0.1);
                assertEquals(bnlab.app.i18n.Fonts.FAMILY, t[0].getFont().getFamily());
                assertEquals(Tips.WRAP * 1.5, t[0].getMaxWidth(), 0.1);
                t[0].hide();
            });
        } finally {
            robot.interact(() -> Look.use(new Look(Theme.LIGHT, 1.0)));
        }
    }
}
