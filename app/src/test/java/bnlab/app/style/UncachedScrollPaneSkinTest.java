package bnlab.app.style;

import bnlab.app.MainWindow;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.*;

/** The app's style sheet gives every scroll pane a viewport that is not cached as one image. */
@ExtendWith(ApplicationExtension.class)
class UncachedScrollPaneSkinTest {

    @Start
    void start(Stage stage) {
    }

    @Test
    void theAppsScrollPanesHaveNoCachedViewport(FxRobot robot) {
        robot.interact(() -> {
            ScrollPane plain = new ScrollPane(new Pane());
            new Scene(plain, 100, 100).getRoot().applyCss();
            assertTrue(UncachedScrollPaneSkin.viewportCached(plain), "JavaFX's own skin caches the viewport");

            ScrollPane ours = new ScrollPane(new Pane());
            Scene scene = new Scene(ours, 100, 100);
            scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
            ours.applyCss();
            assertInstanceOf(UncachedScrollPaneSkin.class, ours.getSkin());
            assertFalse(UncachedScrollPaneSkin.viewportCached(ours));
        });
    }
}
