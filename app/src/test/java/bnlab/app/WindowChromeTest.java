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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * The window's chrome at any type size. The banners lie above the tabs, which move down for them: laid over the
 * views they hid their headers and controls (and at type 1.5 in 1280 x 720, with a fixed margin, the tabs). Every tab's header lies whole
 * inside the header row: at type 1.5 in 1280 x 720 the last English title ran under the row's end ("Feature
 * maps an"). Short titles only where the full ones do not fit, each with its full title as a tooltip; no
 * overflow menu beside them.
 */
@ExtendWith(ApplicationExtension.class)
class WindowChromeTest {
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

    @Test
    void bannersPushTheTabsDownAndTakeNoRoomWhenGone(FxRobot robot) {
        for (double scale : new double[] {1.0, 1.5, 2.0}) {
            Shell[] shell = new Shell[1];
            robot.interact(() -> shell[0] = ShellFixture.show(stage, session,
                    new UiPrefs(Locale.SIMPLIFIED_CHINESE, Theme.LIGHT, scale, true), p -> { }, 1280, 720));
            WaitForAsyncUtils.waitForFxEvents();
            double[] before = new double[1];
            robot.interact(() -> {
                Node header = shell[0].window().tabs().lookup(".tab-header-area");
                before[0] = header.localToScene(header.getLayoutBounds()).getMinY();
            });
            robot.interact(() -> shell[0].window().alerts().showMessage("\u6570\u636e\u96c6\u6ca1\u6709\u8bfb\u5165"));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Node header = shell[0].window().tabs().lookup(".tab-header-area");
                Node banner = shell[0].window().alerts().node();
                Bounds h = header.localToScene(header.getLayoutBounds());
                Bounds b = banner.localToScene(banner.getLayoutBounds());
                assertTrue(b.getHeight() > 10, "type scale " + scale + ": the banner shows");
                assertTrue(b.getMaxY() <= h.getMinY() + 1, "type scale " + scale + ": banner ends at " + b.getMaxY()
                        + ", above the tab headers at " + h.getMinY() + ": it covers no view");
            });
            robot.interact(() -> robot.lookup("#dismiss-message").queryButton().fire());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Node header = shell[0].window().tabs().lookup(".tab-header-area");
                assertEquals(before[0], header.localToScene(header.getLayoutBounds()).getMinY(), 0.5,
                        "type scale " + scale + ": the tabs back where they were");
            });
        }
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
