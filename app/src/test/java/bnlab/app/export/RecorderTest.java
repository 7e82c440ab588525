package bnlab.app.export;

import bnlab.app.Snapshots;
import bnlab.app.curves.TrainingCurvesView;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A recording of a view while it changes stops by itself at its length and leaves a looping GIF. */
@ExtendWith(ApplicationExtension.class)
class RecorderTest {
    private TrainingCurvesView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new TrainingCurvesView();
        stage.setScene(new Scene((Parent) view.node(), 800, 560));
        stage.sizeToScene(); // a stage another test class sized keeps its size otherwise
        stage.show();
        view.show(Snapshots.at(1, 20));
    }

    private Recorder.Result record(FxRobot robot, RecordingSpec spec, Path target) throws Exception {
        CompletableFuture<Recorder.Result> done = new CompletableFuture<>();
        javafx.animation.AnimationTimer feed = new javafx.animation.AnimationTimer() {
            long step = 20;

            @Override
            public void handle(long now) {
                step += 5;
                view.show(Snapshots.at(step, step));
            }
        };
        robot.interact(() -> {
            try {
                feed.start();
                new Recorder(view.node(), spec, target, ThemeSwitch.NONE, done::complete).start();
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        Recorder.Result r = done.get(2, TimeUnit.MINUTES);
        robot.interact(feed::stop);
        return r;
    }

    @Test
    void aGifOfTheSetLengthThatLoops(FxRobot robot) throws Exception {
        Path gif = Files.createDirectories(Path.of("target", "export-test", "recording")).resolve("curves.gif");
        Files.deleteIfExists(gif);
        RecordingSpec spec = new RecordingSpec(ExportFormat.GIF, 10, 1, 400, ExportLook.AS_SHOWN);
        Recorder.Result r = record(robot, spec, gif);
        assertNull(r.problem());
        assertTrue(r.frames() >= 1 && r.frames() <= spec.maxFrames(), r.frames() + " frames");
        assertEquals(r.frames(), Gifs.frames(gif));
        assertTrue(Gifs.loopsForever(gif));
        assertEquals(400, ImageIO.read(gif.toFile()).getWidth());
        assertEquals(280, ImageIO.read(gif.toFile()).getHeight());
    }

    /**
     * The app closing while a recording runs (the window closed, or --screenshot ending the app) stops it and waits
     * for its file: the encoder's thread died with the app, and the GIF was lost without a word.
     */
    @Test
    void aRecordingRunningWhenTheAppClosesIsWrittenFirst(FxRobot robot) throws Exception {
        Path gif = Files.createDirectories(Path.of("target", "export-test", "recording")).resolve("closing.gif");
        Files.deleteIfExists(gif);
        RecordingSpec spec = new RecordingSpec(ExportFormat.GIF, 10, 60, 400, ExportLook.AS_SHOWN);
        robot.interact(() -> WindowExports.record(view.node(), spec, gif));
        Thread.sleep(1500); // frames are taken, none encoded yet (the encoder waits for the end)
        robot.interact(() -> {
            assertTrue(WindowExports.recordingProperty().get() != null, "recording");
            WindowExports.finishRecording(60_000);
            assertNull(WindowExports.recordingProperty().get(), "no recording left running");
        });
        assertTrue(Files.exists(gif), "the GIF was written before the close went on");
        int frames = Gifs.frames(gif);
        assertTrue(frames >= 3 && frames < 60 * 10, frames + " frames");
    }

    /**
     * A saved recording says how many frames over where it went, the path in a field of its own (selectable): in a
     * header of both, a long path wrapped it between "(31" and "frames)".
     */
    @Test
    void aSavedRecordingSaysItsFramesOverItsPath(FxRobot robot) throws Exception {
        Path gif = Path.of("target", "export-test", "recording", "a-rather-long-name-for-a-recording-of-a-view.gif")
                .toAbsolutePath();
        robot.interact(() -> {
            javafx.scene.control.Alert a = WindowExports.savedDialog(new Recorder.Result(gif, 31, 0, 5.0, null), 10);
            assertEquals(bnlab.app.i18n.I18n.get("record.saved", 31), a.getHeaderText());
            assertTrue(!a.getHeaderText().contains(gif.toString()), a.getHeaderText());
            javafx.scene.control.TextField where = (javafx.scene.control.TextField) a.getDialogPane().getContent()
                    .lookup(".text-field");
            assertEquals(gif.toString(), where.getText());
            assertTrue(!where.isEditable(), "read only");
        });
    }

    @Test
    void framesForAVideoAreNumberedAndTheCommandJoinsThem(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "export-test", "recording")).resolve("curves-frames");
        if (Files.isDirectory(dir)) {
            try (var old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        RecordingSpec spec = new RecordingSpec(ExportFormat.FRAMES, 5, 1, 320, ExportLook.AS_SHOWN);
        Recorder.Result r = record(robot, spec, dir);
        assertNull(r.problem());
        try (var files = Files.list(dir)) {
            assertEquals(r.frames(), files.filter(p -> p.getFileName().toString().matches("frame-\\d{5}\\.png"))
                    .count());
        }
        assertTrue(Files.exists(dir.resolve("frame-00001.png")));
        String cmd = Recorder.ffmpegCommand(dir, 5);
        assertTrue(cmd.startsWith("ffmpeg -framerate 5 -i "), cmd);
        assertTrue(cmd.contains(dir.resolve("frame-%05d.png").toString()), cmd);
    }
}
