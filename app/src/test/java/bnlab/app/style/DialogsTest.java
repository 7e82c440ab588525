package bnlab.app.style;

import bnlab.app.i18n.Fonts;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dialog in the window's look: an alert raised with no owner (a recording saved, an export failed)
 * takes the showing window as its owner, so its style sheets, the bundled font (it rendered Chinese as
 * boxes without a CJK font) and the type size (it showed 17 px text in a window at type scale 1.5).
 */
@ExtendWith(ApplicationExtension.class)
class DialogsTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        Fonts.registerFx();
        Region r = new Region();
        Scene scene = new Scene(r, 600, 400);
        bnlab.app.shell.Shell.style(scene, Theme.LIGHT);
        s.setScene(scene);
        s.show();
    }

    @AfterEach
    void back() {
        Look.use(new Look(Theme.LIGHT, 1.0));
    }

    @Test
    void anOwnerlessAlertTakesTheWindowsLookAndTypeSize(FxRobot robot) {
        AtomicReference<Alert> a = new AtomicReference<>();
        robot.interact(() -> {
            Look.use(new Look(Theme.LIGHT, 1.5));
            Alert alert = Dialogs.inLook(new Alert(Alert.AlertType.INFORMATION, "\u5df2\u4fdd\u5b58"), null);
            alert.show();
            a.set(alert);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Alert alert = a.get();
            assertSame(stage, alert.getOwner());
            Label content = (Label) alert.getDialogPane().lookup(".content");
            assertEquals(17 * 1.5, content.getFont().getSize(), 0.1);
            assertEquals(Fonts.FAMILY, content.getFont().getFamily());
            // an Alert's pane has the style class "alert", which the alert bar's bold once shared: the
            // glossary's whole table, and every message in a dialog, was bold
            assertFalse(content.getFont().getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold"),
                    content.getFont().getStyle());
            // the theme's 600 px cap, where the text wraps, at this type size
            assertEquals(Dialogs.MAX_WIDTH * 1.5, alert.getDialogPane().getMaxWidth(), 0.5);
            alert.close();
        });
    }

    /**
     * A dialog whose content asks for more than the screen's height (the glossary's table at 1280x720) fits
     * the screen, its top on it: it stood 755 px tall at y = -17 there, its Close button off the screen.
     */
    @Test
    void aTallDialogFitsItsScreen(FxRobot robot) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        AtomicReference<Alert> a = new AtomicReference<>();
        robot.interact(() -> {
            Alert alert = new Alert(Alert.AlertType.NONE, "", javafx.scene.control.ButtonType.CLOSE);
            javafx.scene.control.ScrollPane tall = new javafx.scene.control.ScrollPane(new Region());
            ((Region) tall.getContent()).setPrefSize(400, screen.getHeight() + 500);
            tall.setPrefViewportHeight(screen.getHeight() + 500);
            alert.getDialogPane().setContent(tall);
            Dialogs.inLook(alert, stage, Dialogs.UNCAPPED).show();
            a.set(alert);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.stage.Window w = a.get().getDialogPane().getScene().getWindow();
            assertTrue(w.getHeight() <= screen.getHeight(), w.getHeight() + " in " + screen);
            assertTrue(w.getY() >= screen.getMinY() && w.getY() + w.getHeight() <= screen.getMaxY() + 0.5,
                    w.getY() + " + " + w.getHeight() + " in " + screen);
            a.get().close();
        });
    }

    /** A dialog no wider than its screen: 600 px at type 2.5, or the About's table, stood wider than a 1280 px one. */
    @Test
    void aWideDialogFitsItsScreen(FxRobot robot) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        AtomicReference<Alert> a = new AtomicReference<>();
        robot.interact(() -> {
            Alert alert = new Alert(Alert.AlertType.NONE, "", javafx.scene.control.ButtonType.CLOSE);
            javafx.scene.control.ScrollPane wide = new javafx.scene.control.ScrollPane(new Region());
            ((Region) wide.getContent()).setPrefSize(screen.getWidth() + 500, 200);
            wide.setPrefViewportWidth(screen.getWidth() + 500);
            alert.getDialogPane().setContent(wide);
            Dialogs.inLook(alert, stage, Dialogs.UNCAPPED).show();
            a.set(alert);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.stage.Window w = a.get().getDialogPane().getScene().getWindow();
            assertTrue(w.getWidth() <= screen.getWidth(), w.getWidth() + " in " + screen);
            a.get().close();
        });
    }
}
