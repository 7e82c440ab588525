package bnlab.app.style;

import bnlab.app.MainWindow;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.*;

/** Live views' scroll panes have no cached viewport, and keep their skin from scene to scene. */
@ExtendWith(ApplicationExtension.class)
class LiveScrollPaneTest {

    @Start
    void start(Stage stage) {
    }

    @Test
    void noCachedViewportInAnyScene(FxRobot robot) {
        robot.interact(() -> {
            ScrollPane plain = new ScrollPane(new Pane());
            new Scene(plain, 100, 100).getRoot().applyCss();
            assertTrue(viewportCached(plain), "JavaFX's own skin caches the viewport");

            LiveScrollPane live = new LiveScrollPane(new Pane());
            Scene styled = new Scene(new StackPane(live), 100, 100);
            styled.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
            styled.getRoot().applyCss();
            styled.getRoot().layout();
            var skin = live.getSkin();
            assertNotNull(skin);
            assertFalse(viewportCached(live));
            // moved to a scene without the style sheet (an export's) and back: the same skin, no failure
            Scene bare = new Scene(new StackPane(live), 120, 80);
            bare.getRoot().applyCss();
            bare.getRoot().layout();
            ((StackPane) styled.getRoot()).getChildren().add(live);
            styled.getRoot().applyCss();
            styled.getRoot().layout();
            assertSame(skin, live.getSkin());
            assertFalse(viewportCached(live));
        });
    }

    /** Whether a scroll pane's viewport (a child its skin adds) is cached. */
    private static boolean viewportCached(ScrollPane pane) {
        return pane.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("viewport"))
                .findFirst().orElseThrow().isCache();
    }
}
