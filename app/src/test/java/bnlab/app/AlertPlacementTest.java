package bnlab.app;

import bnlab.app.shell.Shell;
import bnlab.app.shell.ShellFixture;
import bnlab.app.shell.UiPrefs;
import bnlab.app.style.Look;
import bnlab.app.style.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The banners lie over the views below the tab headers, at any type size: at type scale 1.5 in a 1280 x 720
 * window they covered the tabs (a fixed 44 px margin).
 */
@ExtendWith(ApplicationExtension.class)
class AlertPlacementTest {
    private final FakeSession session = new FakeSession();
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void back() {
        bnlab.app.i18n.I18n.setLocale(Locale.ENGLISH);
        Look.use(new Look(Theme.LIGHT, 1.0));
    }

    @Test
    void bannersStayBelowTheTabsAtLargeType(FxRobot robot) {
        for (double scale : new double[] {1.0, 1.5, 2.0}) {
            Shell[] shell = new Shell[1];
            robot.interact(() -> shell[0] = ShellFixture.show(stage, session,
                    new UiPrefs(Locale.SIMPLIFIED_CHINESE, Theme.LIGHT, scale, true), p -> { }, 1280, 720));
            robot.interact(() -> shell[0].window().alerts().showMessage("\u6570\u636e\u96c6\u6ca1\u6709\u8bfb\u5165"));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Node header = shell[0].window().tabs().lookup(".tab-header-area");
                Node banner = shell[0].window().alerts().node();
                Bounds h = header.localToScene(header.getLayoutBounds());
                Bounds b = banner.localToScene(banner.getLayoutBounds());
                assertTrue(b.getMinY() >= h.getMaxY() - 1, "type scale " + scale + ": banner at " + b.getMinY()
                        + ", tab headers end at " + h.getMaxY());
            });
        }
    }
}
