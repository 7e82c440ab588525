package bnlab.app;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** An uncaught exception becomes one short sentence in a dialog; the stack trace goes to stderr only. */
@ExtendWith(ApplicationExtension.class)
class ErrorReporterTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    @Test
    void anUncaughtExceptionShowsAShortMessageNotAStackTrace(FxRobot robot) throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        try {
            robot.interact(() -> ErrorReporter.install(stage));
            Thread t = new Thread(() -> {
                throw new IllegalStateException("the chart could not be drawn",
                        new ArithmeticException("range of zero length"));
            });
            t.start();
            t.join();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog() != null);
            String text = dialog().getContentText();
            assertTrue(text.contains("the chart could not be drawn (range of zero length)"), text);
            assertFalse(text.contains("at bnlab") || text.contains("Exception"), text);
            assertTrue(stage.isShowing(), "the window keeps running");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private static DialogPane dialog() {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane d) {
                return d;
            }
        }
        return null;
    }
}
