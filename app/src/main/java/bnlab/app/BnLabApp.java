package bnlab.app;

import bnlab.app.controls.LoadedData;
import bnlab.app.shell.Shell;
import bnlab.app.shell.UiPrefs;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.Command;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.TrainSettings;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Wires the session, the window and the command-line options together. */
public final class BnLabApp extends Application {
    private CliOptions options;
    private Dataset data;
    private String startupError;
    private SessionHandle session;
    private FrameLog frameLog;
    private Shell shell;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bnlab-data-loader");
        t.setDaemon(true);
        return t;
    });

    /**
     * Off the FX thread: parse the options, load the first data set, and set going what the window needs,
     * side by side: the engine builds the twins on its thread, the lessons and the fonts are read on
     * theirs, while {@link #start} builds the views.
     */
    @Override
    public void init() {
        options = CliOptions.parse(getParameters().getRaw().toArray(String[]::new)).options();
        if (options == null) {
            options = CliOptions.parse().options();
        }
        I18n.setLocale(options.locale());
        bnlab.app.lessons.LessonLibrary.preload();
        Thread fonts = new Thread(() -> {
            bnlab.app.i18n.Fonts.registerFx();
            bnlab.app.i18n.Fonts.registerAwt();
        }, "bnlab-fonts");
        fonts.setDaemon(true);
        fonts.start();
        try {
            data = EngineParts.datasets().load(options.dataset(), null);
            session = EngineParts.sessions().start(bnlab.app.controls.ExperimentCommands.forData(
                    bnlab.app.controls.ExperimentCommands.firstExperiment(), options.dataset()), TrainSettings.defaults(), data);
            if (options.logFrames() != null) {
                frameLog = new FrameLog(options.logFrames());
            }
        } catch (bnlab.engine.api.ProblemException e) {
            startupError = bnlab.app.i18n.I18n.problem(e);
        } catch (IOException | RuntimeException e) {
            e.printStackTrace();
            startupError = ErrorReporter.shortMessage(e);
        }
    }

    @Override
    public void start(Stage stage) {
        ErrorReporter.install(stage);
        Signals.onSignal(() -> Platform.runLater(Platform::exit));
        if (startupError != null) {
            fail(I18n.get("app.cannotStart.detail", startupError));
            return;
        }
        UiPrefs remembered = UiPrefs.load();
        UiPrefs prefs = options.overrides(remembered);
        shell = new Shell(stage, session, EngineParts.datasets(), loader, LoadedData.of(data), frameLog, prefs,
                UiPrefs::save);
        MainWindow window = shell.window();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        javafx.geometry.Dimension2D size = options.windowSize(screen.getWidth(), screen.getHeight());
        Scene scene = new Scene(shell.root(), size.getWidth(), size.getHeight());
        shell.style(scene);
        stage.setScene(scene);
        stage.setResizable(true);
        stage.show();
        // the twins were building while the views were: a failure to build them is said now
        session.ready().whenComplete((ok, e) -> {
            if (e != null) {
                Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                        ? e.getCause() : e;
                Platform.runLater(() -> fail(I18n.get("app.cannotStart.detail", ErrorReporter.shortMessage(cause))));
            }
        });
        window.tabs().getSelectionModel().select(options.tabIndex());
        if (options.startPage()) {
            window.showLessons();
        }
        if (options.experiment() != null) {
            window.controls().model().experiment().openExperiment(options.experiment(), options.experimentName());
        }
        if (options.view() != null) {
            window.showView(options.view());
        }
        if (options.lesson() != null) {
            window.openLesson(options.lesson(), options.lessonStep() - 1);
        }
        session.send(new Command.SetSpeed(options.speed()));
        if (options.play()) {
            session.send(new Command.Play());
        }
        if (options.record() != null) {
            bnlab.app.export.RecordingSpec d = bnlab.app.export.RecordingSpec.DEFAULT;
            // after the first frames, once the views are laid out and fed
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(e -> window.recordShown(new bnlab.app.export.RecordingSpec(d.format(), d.fps(),
                    options.recordSeconds(), d.width(), d.look()), options.record()));
            settle.play();
        }
        if (frameLog != null) {
            // where the learning-rate slider is, once laid out, for a benchmark that moves it (FrameBenchmark)
            PauseTransition placed = new PauseTransition(Duration.seconds(1));
            placed.setOnFinished(e -> frameLog.place("lr-slider", scene.lookup("#lr-slider")));
            placed.play();
        }
        if (options.screenshot() != null) {
            PauseTransition wait = new PauseTransition(Duration.seconds(options.after()));
            wait.setOnFinished(e -> {
                shell.window().pump().flush();
                screenshot(scene, options.screenshot());
            });
            wait.play();
        }
    }

    private void screenshot(Scene scene, Path file) {
        try {
            WritableImage image = scene.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.out.println(I18n.get("cli.screenshotWritten", String.valueOf(file.toAbsolutePath())));
        } catch (IOException | RuntimeException e) {
            System.err.println(I18n.get("cli.screenshotFailed", String.valueOf(file), ErrorReporter.shortMessage(e)));
        }
        Platform.exit();
    }

    private void fail(String message) {
        System.err.println(message);
        if (options != null && options.screenshot() != null) {
            Platform.exit();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(I18n.get("app.cannotStart"));
        bnlab.app.style.Dialogs.inLook(alert, null).showAndWait();
        Platform.exit();
    }

    /** Closing the window closes the session and writes the frame summary. */
    @Override
    public void stop() {
        // the windows go at once: a recording that runs, or is being written, is saved before the app goes (at most
        // two minutes), and its frames are taken (the file needs no window)
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).forEach(javafx.stage.Window::hide);
        bnlab.app.export.WindowExports.finishRecording(120_000);
        if (shell != null) {
            shell.window().pump().stop();
        }
        if (session != null) {
            session.close();
        }
        loader.shutdownNow();
        if (frameLog != null) {
            try {
                frameLog.close();
            } catch (IOException e) {
                System.err.println(I18n.get("cli.frameLogFailed", String.valueOf(e.getMessage())));
            }
        }
    }
}
