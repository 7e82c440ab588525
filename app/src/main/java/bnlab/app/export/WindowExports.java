package bnlab.app.export;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.ProblemException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Exports and recordings from the window: the Export dialog of a view or of what is shown, then the
 * file; one recording at a time, started and stopped from a view or with a key. FX thread only.
 */
public final class WindowExports {
    private static ThemeSwitch themes = ThemeSwitch.NONE;
    private static final ReadOnlyObjectWrapper<Recorder> recording = new ReadOnlyObjectWrapper<>();
    // the recording finishRecording saw to its end (said on the terminal, no dialog), or null
    private static Recorder closed;

    private WindowExports() {
    }

    /** How the window shows its views in another theme for an export (set by the window's shell). */
    public static void useThemes(ThemeSwitch t) {
        themes = t;
    }

    /** How the window is shown in another theme for an export. */
    public static ThemeSwitch themes() {
        return themes;
    }

    /** The recording running now, or null (the indicators follow it). */
    public static ReadOnlyObjectProperty<Recorder> recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    /** Ask how and where, then export the view (whole) or start recording it. */
    public static void export(Node view, String title, String name) {
        export(view, title, name, true);
    }

    /**
     * Ask how and where, then export the view or start recording it; whole: a still shows a part that scrolls
     * at its full height (a view's own Export), else as shown (File > Export what is shown).
     */
    public static void export(Node view, String title, String name, boolean whole) {
        Window owner = bnlab.app.style.Dialogs.windowOf(view);
        Optional<ExportDialog.Answer> asked = ExportDialog.ask(view, title, owner, whole);
        if (asked.isEmpty()) {
            return;
        }
        ExportChoices c = asked.get().choices();
        if (asked.get().toClipboard()) {
            bnlab.app.style.Notice.show(owner, ClipboardCopy.copy(view, c, themes, whole));
            return;
        }
        String base = fileName(name == null ? title : name);
        if (c.format() == ExportFormat.FRAMES) {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(I18n.get("export.where", title));
            File dir = dc.showDialog(owner);
            if (dir != null) {
                record(view, c.recording(), dir.toPath().resolve(base + "-frames"));
            }
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(I18n.get("export.where", title));
        fc.setInitialFileName(base + "." + c.format().extension());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("export.format." + c.format().name()),
                "*." + c.format().extension()));
        File file = fc.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        if (c.format().recording()) {
            record(view, c.recording(), file.toPath());
            return;
        }
        writeAndSay(view, c, file.toPath(), whole);
    }

    /** Write a still export to file; a notice says it was saved (a speaker had no word of it), else why not. */
    static void writeAndSay(Node view, ExportChoices c, Path file, boolean whole) {
        try {
            Exporter.write(view, c.format(), c.size(), c.look(), themes, file, whole);
            bnlab.app.style.Notice.show(bnlab.app.style.Dialogs.windowOf(view),
                    I18n.get("export.saved", String.valueOf(file.getFileName())));
        } catch (ProblemException e) {
            failed(e);
        }
    }

    /**
     * A picture of the view, as shown, to the clipboard at the last Export choices' size, theme and background (a
     * PNG's), without asking; a notice says so.
     */
    public static void copyPicture(Node view) {
        Window owner = bnlab.app.style.Dialogs.windowOf(view);
        bnlab.app.style.Notice.show(owner, ClipboardCopy.copy(view, ExportChoices.last().withFormat(ExportFormat.PNG),
                themes, false));
    }

    /** Stop the recording that runs, or start one of the view with the last choices into the recordings folder. */
    public static void toggleRecording(Node view, String name) {
        Recorder r = recording.get();
        if (r != null) {
            r.stop();
            return;
        }
        RecordingSpec spec = ExportChoices.last().recording();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = recordingsFolder().resolve(fileName(name) + "-" + stamp
                + (spec.format() == ExportFormat.GIF ? ".gif" : "-frames"));
        try {
            java.nio.file.Files.createDirectories(target.getParent());
        } catch (java.io.IOException e) {
            failed(new ProblemException(bnlab.engine.api.Problem.of(bnlab.engine.api.FileProblem.UNWRITABLE,
                    bnlab.app.i18n.IoReasons.of(e)), String.valueOf(target.getParent()), e));
            return;
        }
        record(view, spec, target);
    }

    /** Where recordings started with the key go: a folder in the user's home. */
    public static Path recordingsFolder() {
        return Path.of(System.getProperty("user.home"), "BN Lab recordings");
    }

    /** Start recording the view into target (a GIF file, or a folder for frames). */
    public static void record(Node view, RecordingSpec spec, Path target) {
        Recorder old = recording.get();
        if (old != null) {
            old.stop();
        }
        Recorder r = new Recorder(view, spec, target, themes, WindowExports::finished);
        try {
            r.start();
            recording.set(r);
        } catch (ProblemException e) {
            failed(e);
        }
    }

    /**
     * At the app's close (the window closed, or --screenshot ending it): stop a recording that runs and wait up to
     * {@code millis} until its file is written. The encoder's thread died with the app: closing the window while
     * recording, or a --screenshot taken while --record's GIF was still being written, lost the recording without a
     * word. Said on the terminal. FX thread.
     */
    public static void finishRecording(long millis) {
        Recorder r = recording.get();
        if (r == null) {
            return;
        }
        closed = r;
        recording.set(null);
        r.stop();
        System.out.println(I18n.get("record.finishing", r.target().toString()));
        try {
            Recorder.Result result = r.awaitWritten(millis);
            if (result == null) {
                System.err.println(I18n.get("record.unfinished", r.target().toString(), millis / 1000));
                return;
            }
            summary(result);
            if (result.problem() != null) {
                System.err.println(I18n.get("record.failed", I18n.problem(result.problem())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // the line a recording's end prints on the terminal
    private static void summary(Recorder.Result result) {
        System.out.println(I18n.get("record.summary", result.target().toString(), result.frames(), result.skipped(),
                String.format(java.util.Locale.ROOT, "%.1f", result.fxMillisPerFrame())));
    }

    private static void finished(Recorder.Result result) {
        if (closed != null && closed.target().equals(result.target())) {
            return; // said by finishRecording
        }
        Recorder r = recording.get();
        double fps = r == null ? ExportChoices.last().fps() : r.spec().fps();
        recording.set(null);
        summary(result);
        if (result.problem() != null) {
            failed(result.problem());
            return;
        }
        bnlab.app.style.Dialogs.inLook(savedDialog(result, fps), null).show();
    }

    /**
     * What a saved recording says: its frames over where it went, the path on a line of its own that can be
     * selected and copied (a long path wrapped the header between "(31" and "frames)"), and for frames, the command
     * that joins them.
     */
    static Alert savedDialog(Recorder.Result result, double fps) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle(I18n.get("record.saved.title"));
        a.setHeaderText(I18n.get("record.saved", result.frames()));
        javafx.scene.control.TextField where = new javafx.scene.control.TextField(result.target().toString());
        where.setEditable(false);
        where.setPrefColumnCount(Math.max(20, Math.min(60, where.getText().length())));
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(6, where);
        if (java.nio.file.Files.isDirectory(result.target())) {
            // no video library small enough: the frames, and the command that joins them
            TextArea cmd = new TextArea(Recorder.ffmpegCommand(result.target(), fps));
            cmd.setEditable(false);
            cmd.setWrapText(true);
            cmd.setPrefRowCount(3);
            content.getChildren().addAll(new javafx.scene.control.Label(I18n.get("record.ffmpeg")), cmd);
        }
        a.getDialogPane().setContent(content);
        return a;
    }

    private static void failed(ProblemException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, I18n.problem(e));
        alert.setHeaderText(I18n.get("export.failed"));
        bnlab.app.style.Dialogs.inLook(alert, null).show();
    }

    /** A file name from a view's name or title: "Training curves" gives "training-curves". */
    static String fileName(String s) {
        String n = s == null ? "" : s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "bnlab" : n;
    }
}
