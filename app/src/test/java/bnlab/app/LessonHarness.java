package bnlab.app;

import bnlab.app.controls.LoadedData;
import bnlab.app.i18n.I18n;
import bnlab.app.lessons.LessonModel;
import bnlab.app.lessons.LessonStage;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The main window on the real engine (the digits to start with, as the app does), for lessons: open
 * one, walk its steps, press its buttons, and wait for the training to reach a state.
 */
public final class LessonHarness implements AutoCloseable {
    public final SessionHandle session;
    public final ExecutorService loader = Executors.newSingleThreadExecutor();
    public MainWindow window;
    private final FxRobot robot = new FxRobot();

    public LessonHarness() {
        try {
            Dataset digits = EngineParts.datasets().load(DatasetId.DIGITS, null);
            session = EngineParts.sessions().start(ExperimentSpec.defaults(), TrainSettings.defaults(), digits);
            data = LoadedData.of(digits);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private final LoadedData data;

    /** Build the window in a language, in a scene of the given size. */
    public void show(Stage stage, Locale l, int width, int height) {
        show(stage, l, width, height, 1.0);
    }

    /** Build the window in a language and type size (as the app's View menu sets it), in a scene of that size. */
    public void show(Stage stage, Locale l, int width, int height, double typeScale) {
        robot.interact(() -> {
            I18n.setLocale(l);
            bnlab.app.style.Look look = new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, typeScale);
            bnlab.app.style.Look.use(look);
            if (window != null) {
                window.pump().stop();
            }
            window = new MainWindow(session, EngineParts.datasets(), loader, data, null);
            window.root().setStyle(look.rootStyle());
            Scene scene = new Scene(window.root(), width, height);
            scene.getStylesheets().add(MainWindow.stylesheet());
            stage.setScene(scene);
            stage.sizeToScene();
            stage.show();
            window.pump().start();
        });
        // the session's first snapshot: tests read its version right after (it came late on a busy machine)
        await(s -> true, 60, "the session's first snapshot");
    }

    /** Open a lesson by id (its set-up is sent to the engine). */
    public void open(String id) {
        open(id, 0);
    }

    /** Open a lesson by id at a step (from 0), as --lesson-step does. */
    public void open(String id, int step) {
        robot.interact(() -> {
            if (!window.openLesson(id, step)) {
                fail("no lesson " + id);
            }
            settle();
        });
    }

    // skins made and laid out now (a scroll pane's content is in the scene graph only once it has a skin)
    private void settle() {
        window.root().applyCss();
        window.root().layout();
    }

    public LessonStage stage() {
        return window.lessonStage();
    }

    /** The stage's view of this type (the first, in the step's order); fails the test when there is none. */
    public <T extends SnapshotView> T view(Class<T> type) {
        return stage().liveViews().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " on the stage"));
    }

    public LessonModel model() {
        return window.lessonStage().model();
    }

    public void next() {
        robot.interact(() -> {
            model().next();
            settle();
        });
    }

    public void previous() {
        robot.interact(() -> {
            model().previous();
            settle();
        });
    }

    /** Press the step's i-th button. */
    public void act(int i) {
        robot.interact(() -> {
            model().act(i);
            settle();
        });
    }

    public void predict(int choice) {
        robot.interact(() -> model().predict(choice));
    }

    public void reveal() {
        robot.interact(() -> model().reveal());
    }

    /** Update every view that shows, with the latest snapshot. */
    public void flush() {
        robot.interact(() -> window.pump().flush());
    }

    /**
     * Scroll the scroll panes around a node so that its top shows (as a user would: a view below the
     * window's edge is not updated), then update every view that shows.
     */
    public void scrollToAndFlush(javafx.scene.Node n) {
        robot.interact(() -> {
            for (javafx.scene.Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    javafx.geometry.Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getLayoutBounds()));
                    double room = sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                    if (room > 0) {
                        sp.setVvalue(sp.getVmin() + (sp.getVmax() - sp.getVmin()) * Math.max(0, Math.min(1, b.getMinY() / room)));
                    }
                }
            }
            n.getScene().getRoot().layout();
            window.pump().flush();
        });
    }

    /** Wait (up to the seconds given) for a snapshot the predicate accepts; fails with the last one. */
    public Snapshot await(Predicate<Snapshot> p, double seconds, String what) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        Snapshot s = session.latest();
        while (System.nanoTime() < end) {
            s = session.latest();
            if (s != null && p.test(s)) {
                return s;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        fail(what + ": not reached in " + seconds + " s; last snapshot at step " + (s == null ? -1 : s.step())
                + ", problem " + (s == null ? null : s.problem()));
        return null;
    }

    @Override
    public void close() {
        robot.interact(() -> {
            if (window != null) {
                window.pump().stop();
            }
        });
        session.close();
        loader.shutdownNow();
        I18n.setLocale(Locale.ENGLISH);
        bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0));
    }
}
