package bnlab.app.shell;

import bnlab.app.FakeSession;
import bnlab.app.WindowFixture;
import bnlab.app.controls.LoadedData;
import bnlab.app.i18n.I18n;
import bnlab.app.style.Theme;
import bnlab.engine.api.Command;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window around the views: every shortcut does what the help says; a new language keeps the training. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    private final FakeSession session = new FakeSession();
    private final List<UiPrefs> remembered = new ArrayList<>();
    private Shell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = ShellFixture.show(stage, session, new UiPrefs(Locale.ENGLISH, Theme.LIGHT, 1.0, true), remembered::add,
                1600, 1000);
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
        bnlab.app.style.Look.use(new bnlab.app.style.Look(Theme.LIGHT, 1.0)); // a test's type scale stays here
    }

    // the key as the window receives it (the same path as a key press)
    private void press(FxRobot robot, KeyCombination k) {
        KeyCodeCombination c = (KeyCodeCombination) k;
        boolean ctrl = c.getShortcut() == KeyCombination.ModifierValue.DOWN;
        boolean shift = c.getShift() == KeyCombination.ModifierValue.DOWN;
        robot.interact(() -> shell.root().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", c.getCode(), shift,
                ctrl, false, false)));
    }

    @Test
    void everyShortcutDoesWhatTheHelpSays(FxRobot robot) {
        press(robot, Shortcut.PLAY_PAUSE.keys());
        assertInstanceOf(Command.Play.class, last());
        robot.interact(() -> shell.window().pump().pump());
        press(robot, Shortcut.PLAY_PAUSE.keys());
        assertInstanceOf(Command.Pause.class, last(), "space again pauses");
        press(robot, Shortcut.STEP.keys());
        assertInstanceOf(Command.Step.class, last());
        press(robot, Shortcut.RESET.keys());
        assertInstanceOf(Command.Reset.class, last());
        press(robot, Shortcut.TAB_LANDSCAPE.keys());
        assertEquals(1, shell.window().tabs().getSelectionModel().getSelectedIndex());
        press(robot, Shortcut.TAB_SURFACE.keys());
        assertEquals(2, shell.window().tabs().getSelectionModel().getSelectedIndex());
        press(robot, Shortcut.TAB_CNN.keys());
        assertEquals(3, shell.window().tabs().getSelectionModel().getSelectedIndex());
        press(robot, Shortcut.TAB_LIVE.keys());
        assertEquals(0, shell.window().tabs().getSelectionModel().getSelectedIndex());
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        press(robot, Shortcut.COPY_SHOWN.keys());
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.Image> copied =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> copied.set(javafx.scene.input.Clipboard.getSystemClipboard().getImage()));
        assertTrue(copied.get() != null, "a picture of what is shown on the clipboard");
        javafx.geometry.Bounds shown = shell.window().tabs().getSelectionModel().getSelectedItem().getContent()
                .getLayoutBounds();
        double k = bnlab.app.export.ExportChoices.last().size().scaleFor(shown.getWidth(), shown.getHeight());
        assertEquals(Math.round(shown.getWidth() * k), Math.round(copied.get().getWidth()),
                "the tab as shown, at the last Export choices' size");
        press(robot, Shortcut.HIDE_CONTROLS.keys());
        assertFalse(shell.window().controlsShown());
        press(robot, Shortcut.HIDE_CONTROLS.keys());
        assertTrue(shell.window().controlsShown());
        press(robot, Shortcut.HELP.keys());
        assertTrue(shell.helpShowing());
        robot.interact(() -> shell.root().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false,
                false, false, false)));
        assertFalse(shell.helpShowing(), "Esc closes the help");
        double before = shell.prefs().scale();
        press(robot, Shortcut.LARGER_TEXT.keys());
        assertTrue(shell.prefs().scale() > before);
        assertTrue(((Parent) shell.root()).getStyle().contains(String.format(Locale.ROOT, "%.1fpx",
                17 * shell.prefs().scale())), "the whole window's text grows");
        press(robot, Shortcut.SMALLER_TEXT.keys());
        assertEquals(before, shell.prefs().scale(), 1e-9);
        press(robot, Shortcut.LARGER_TEXT.keys());
        press(robot, Shortcut.NORMAL_TEXT.keys());
        assertEquals(1.0, shell.prefs().scale(), 1e-9);
        press(robot, Shortcut.DARK_THEME.keys());
        assertEquals(Theme.DARK, shell.prefs().theme());
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("app-dark.css")));
        press(robot, Shortcut.DARK_THEME.keys());
        assertEquals(Theme.LIGHT, shell.prefs().theme());
        press(robot, Shortcut.LANGUAGE.keys());
        assertEquals(Locale.SIMPLIFIED_CHINESE, shell.prefs().locale());
        press(robot, Shortcut.LANGUAGE.keys());
        assertEquals(Locale.ENGLISH, shell.prefs().locale());
        press(robot, Shortcut.FULL_SCREEN.keys());
        assertTrue(stage.isFullScreen());
        press(robot, Shortcut.FULL_SCREEN.keys());
        assertFalse(stage.isFullScreen());
        assertEquals(shell.prefs(), remembered.get(remembered.size() - 1), "the choices are remembered");
    }

    @Test
    void theHelpListsEveryShortcut(FxRobot robot) {
        robot.interact(() -> shell.toggleHelp());
        for (Shortcut s : Shortcut.values()) {
            Labeled keys = robot.lookup("#shortcut-" + s.name()).queryLabeled();
            assertEquals(s.keys().getDisplayText(), keys.getText());
        }
    }

    /**
     * In Chinese at type scale 1.5 in a 1280 x 720 window the help's descriptions wrap to the card: no
     * sideways scroll bar (the longest line was wider than the window), no key cut.
     */
    @Test
    void theHelpFitsASmallWindowAtLargeType(FxRobot robot) {
        robot.interact(() -> shell = ShellFixture.show(stage, session,
                new UiPrefs(Locale.SIMPLIFIED_CHINESE, Theme.LIGHT, 1.5, true), remembered::add, 1280, 720));
        robot.interact(() -> shell.toggleHelp());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) shell.root()
                    .lookup("#help-overlay .scroll-pane");
            javafx.scene.Node table = scroll.getContent();
            assertTrue(table.getLayoutBounds().getWidth() <= scroll.getViewportBounds().getWidth() + 0.5,
                    "table " + table.getLayoutBounds().getWidth() + " in " + scroll.getViewportBounds().getWidth());
            assertEquals(List.of(), bnlab.app.TextCut.cut((javafx.scene.Parent) table));
        });
    }

    @Test
    void aNewLanguageKeepsTheTrainingTheDataAndTheTab(FxRobot robot) {
        session.send(new Command.Step(37));
        robot.interact(() -> {
            shell.window().pump().pump();
            shell.window().tabs().getSelectionModel().select(2);
        });
        int sent = session.sent.size();
        Node oldRoot = shell.window().root();
        robot.interact(() -> shell.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertNotEquals(oldRoot, shell.window().root(), "the views were built anew");
        assertEquals(sent, session.sent.size(), "nothing was sent: the engine keeps training as it was");
        assertEquals(37, session.latest().step());
        robot.interact(() -> shell.window().pump().pump());
        assertEquals(37, shell.window().controls().model().snapshotProperty().get().step());
        assertEquals(2, shell.window().tabs().getSelectionModel().getSelectedIndex(), "the same tab");
        assertEquals(WindowFixture.TINY, shell.window().controls().model().experiment().loaded().data());
        assertEquals(Locale.SIMPLIFIED_CHINESE, I18n.locale());
        robot.interact(() -> shell.setLocale(Locale.ENGLISH));
        assertEquals(I18n.get("window.tab.live"), shell.window().tabs().getTabs().get(0).getText());
    }

    private Command last() {
        return session.sent.get(session.sent.size() - 1);
    }
}
