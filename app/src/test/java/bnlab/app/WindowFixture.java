package bnlab.app;

import bnlab.app.controls.DatasetSource;
import bnlab.engine.api.DataProblem;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The main window on a fake session, with helpers that act as a user would. */
public final class WindowFixture {
    public static final Dataset TINY = new Dataset("digits", new double[][] {{0, 1}, {1, 0}, {1, 1}, {0, 0}},
            new int[] {0, 1, 0, 1}, 2, Dataset.defaultNames(2));
    public static final Dataset MOONS = new Dataset("moons", new double[][] {{0, 1}, {1, 0}}, new int[] {0, 1}, 2,
            Dataset.defaultNames(2));
    /** Moons load; wine fails the way a broken file does; the rest return the tiny set. */
    public static final Problem WINE_PROBLEM = Problem.of(DataProblem.CSV_WRONG_COLUMN_COUNT, "wine.csv", 3, 14, 2);
    public static final DatasetSource SOURCE = (DatasetId choice, java.nio.file.Path path, int limit) -> {
        if (choice == DatasetId.WINE) {
            throw new ProblemException(WINE_PROBLEM);
        }
        return choice == DatasetId.MOONS ? MOONS : TINY;
    };

    /** 8 x 8 images (features px(r,c)), four of them: data a CNN accepts. */
    public static final Dataset IMAGES = images();

    private static Dataset images() {
        double[][] x = new double[4][64];
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) {
            names.add("px(" + i / 8 + "," + i % 8 + ")");
            for (int n = 0; n < 4; n++) {
                x[n][i] = (i * 7 + n * 3) % 16;
            }
        }
        return new Dataset("digits", x, new int[] {0, 1, 0, 1}, 2, names);
    }

    public final FakeSession session = new FakeSession();
    /** The data the window starts with. */
    private final Dataset start;

    /** A window on the tiny table {@link #TINY}. */
    public WindowFixture() {
        this(TINY);
    }

    /** A window that starts with these data. */
    public WindowFixture(Dataset start) {
        this.start = start;
    }
    public final ExecutorService loader = Executors.newSingleThreadExecutor();
    public MainWindow window;
    private final FxRobot robot = new FxRobot();

    public void start(Stage stage) {
        window = new MainWindow(session, SOURCE, loader, start, null);
        Scene scene = new Scene(window.root(), 1600, 1000);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        // the scene's size, whatever an earlier test class left the shared stage at (a view test at 880 x 600 left
        // the next window squeezed, its charts out of sight and not drawn)
        stage.sizeToScene();
        stage.show();
        window.pump().pump();
    }

    /** One frame of the snapshot pump. */
    public void pump() {
        robot.interact(() -> window.pump().pump());
    }

    public <T extends Node> T node(String id) {
        return robot.lookup(id).query();
    }

    public String text(String id) {
        return ((Labeled) node(id)).getText();
    }

    /** Type text into a field and press Enter (programmatically: the field may be scrolled out of view). */
    public void enter(String fieldId, String text) {
        robot.interact(() -> {
            TextField f = node(fieldId);
            f.setText(text);
            f.fireEvent(new ActionEvent());
        });
    }
}
