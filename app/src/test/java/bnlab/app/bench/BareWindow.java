package bnlab.app.bench;

import bnlab.app.FrameLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The frame benchmark's baseline: an empty JavaFX window of the same size whose one label changes every pulse,
 * so each pulse has something to paint. Its frame log (the same {@link FrameLog} as the app's) shows what the
 * toolkit's pulse timer and renderer give on this machine with no application work at all.
 * Arguments: WIDTHxHEIGHT SECONDS LOGFILE.
 */
public final class BareWindow {
    private BareWindow() {
    }

    /** A plain class starts JavaFX from the class path (an Application subclass as the main class does not). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
        System.exit(0);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws IOException {
            var args = getParameters().getRaw();
            String[] size = args.get(0).split("x");
            long nanos = (long) (Double.parseDouble(args.get(1)) * 1e9);
            FrameLog log = new FrameLog(Path.of(args.get(2)));
            Label label = new Label();
            stage.setScene(new Scene(new StackPane(label), Integer.parseInt(size[0]), Integer.parseInt(size[1])));
            stage.show();
            new AnimationTimer() {
                private long start = -1;
                private long pulses;

                @Override
                public void handle(long now) {
                    long t0 = System.nanoTime();
                    label.setText(Long.toString(++pulses));
                    if (start < 0) {
                        start = now;
                    }
                    // step 0 throughout: the first pulse is the first frame (the launch line), every later one counts
                    log.frame(now, System.nanoTime() - t0, 0);
                    if (now - start >= nanos) {
                        stop();
                        try {
                            log.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
