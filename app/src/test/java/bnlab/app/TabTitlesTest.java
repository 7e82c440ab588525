package bnlab.app;

import bnlab.app.i18n.I18n;
import bnlab.app.shell.Shell;
import bnlab.app.shell.ShellFixture;
import bnlab.app.shell.UiPrefs;
import bnlab.app.style.Look;
import bnlab.app.style.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every tab's header lies whole inside the header row, at any type size and window: at type 1.5 in 1280 x 720
 * the last English title ran under the row's end ("Feature maps an"). Short titles only where the full ones do
 * not fit, each with its full title as a tooltip; no overflow menu beside them.
 */
@ExtendWith(ApplicationExtension.class)
class TabTitlesTest {
    private static final List<String> KEYS = List.of("window.tab.live", "window.tab.landscape",
            "window.tab.surface", "window.tab.cnn");
    private final FakeSession session = new FakeSession();
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void back() {
        I18n.setLocale(Locale.ENGLISH);
        Look.use(new Look(Theme.LIGHT, 1.0));
    }

    @ParameterizedTest
    @CsvSource({"en, 1.0, 1280, full", "en, 1.5, 1280, short", "en, 2.0, 1280, short", "en, 1.5, 1920, full",
            "zh, 1.5, 1280, full", "zh, 2.0, 1280, short", "en, 2.5, 1280, short", "zh, 2.5, 1280, short"})
    void everyTitleShowsWhole(String lang, double scale, int width, String titles, FxRobot robot) {
        Locale locale = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        Shell[] shell = new Shell[1];
        robot.interact(() -> shell[0] = ShellFixture.show(stage, session,
                new UiPrefs(locale, Theme.LIGHT, scale, true), p -> { }, width, width * 9 / 16));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            var tabs = shell[0].window().tabs();
            Node area = tabs.lookup(".headers-region").getParent();
            Bounds row = area.localToScene(area.getLayoutBounds());
            for (Node head : tabs.lookupAll(".tab")) {
                Bounds b = head.localToScene(head.getLayoutBounds());
                assertTrue(b.getMaxX() <= row.getMaxX() + 0.5, lang + " " + scale + " " + width + ": a tab ends at "
                        + b.getMaxX() + ", the row at " + row.getMaxX());
            }
            Node menu = tabs.lookup(".control-buttons-tab");
            assertTrue(menu == null || !menu.isVisible(), lang + " " + scale + " " + width
                    + ": the overflow menu shows");
            for (int i = 0; i < KEYS.size(); i++) {
                Tab tab = tabs.getTabs().get(i);
                String whole = I18n.get(KEYS.get(i));
                assertEquals(titles.equals("full") ? whole : I18n.get(KEYS.get(i) + ".short"), tab.getText());
                if (tab.getText().equals(whole)) {
                    assertNull(tab.getTooltip());
                } else {
                    assertNotNull(tab.getTooltip());
                    assertEquals(whole, tab.getTooltip().getText());
                }
            }
        });
    }
}
