package bnlab.app.shell;

import bnlab.app.FakeSession;
import bnlab.app.WindowFixture;
import bnlab.app.controls.LoadedData;
import bnlab.app.histograms.SnapshotFixtures;
import bnlab.app.i18n.I18n;
import bnlab.app.style.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From a classroom projector (1280x720, also 1920x1080 at 150 %) to 4K: no two views overlap and no
 * label or button is cut to an ellipsis or runs past the control panel's edge, in both languages, at normal and at
 * large text.
 */
class LayoutTest {
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Shell shell;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        I18n.setLocale(Locale.ENGLISH);
        bnlab.app.style.Look.use(new bnlab.app.style.Look(Theme.LIGHT, 1.0));
    }

    private void show(int w, int h, Locale l, double scale) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FakeSession session = new FakeSession();
        session.publish(SnapshotFixtures.snapshot(120));
        robot.interact(() -> {
            shell = new Shell(stage, session, WindowFixture.SOURCE, Executors.newSingleThreadExecutor(),
                    LoadedData.of(WindowFixture.TINY), null, new UiPrefs(l, Theme.LIGHT, scale, true), p -> { });
            Scene scene = new Scene(shell.root(), w, h);
            shell.style(scene);
            stage.setScene(scene);
            stage.setWidth(w);
            stage.setHeight(h);
            stage.show();
            shell.window().pump().flush();
        });
        robot.interact(() -> shell.window().pump().flush());
    }

    @ParameterizedTest
    @CsvSource({"1280, 720, en, 1.0", "1280, 720, zh, 1.0", "1920, 1080, en, 1.5", "3840, 2160, en, 1.0",
        "3840, 2160, zh, 2.0", "1280, 720, en, 2.0", "1280, 720, zh, 2.0"})
    void nothingOverlapsAndNothingIsCut(int w, int h, String lang, double scale) throws Exception {
        show(w, h, lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH, scale);
        List<Node> cells = new ArrayList<>(robot.from(shell.window().tabs().getTabs().get(0).getContent())
                .lookup(".view-cell").queryAll());
        assertEquals(4, cells.size(), "the four live views");
        for (int i = 0; i < cells.size(); i++) {
            for (int j = i + 1; j < cells.size(); j++) {
                Bounds a = cells.get(i).localToScene(cells.get(i).getBoundsInLocal());
                Bounds b = cells.get(j).localToScene(cells.get(j).getBoundsInLocal());
                assertTrue(!a.intersects(b.getMinX() + 1, b.getMinY() + 1, b.getWidth() - 2, b.getHeight() - 2),
                        w + "x" + h + ": views " + i + " and " + j + " overlap: " + a + " " + b);
            }
        }
        // the skin cuts a label to its ellipsis string, "..." by default (a test for "\u2026" never saw one)
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(bnlab.app.TextCut.cut(stage.getScene().getRoot())));
        // nor run past the control panel's edge, where the divider clips them (type 2 in 1280 px did)
        Node panel = robot.lookup("#controls").query();
        double edge = panel.localToScene(panel.getLayoutBounds()).getMaxX();
        for (Node n : robot.from(panel).lookup((Node x) -> x instanceof javafx.scene.control.Control).queryAll()) {
            if (n != panel && showing(n) && n.localToScene(n.getLayoutBounds()).getMaxX() > edge + 1) {
                cut.add(n.getClass().getSimpleName() + (n instanceof Labeled l ? " \"" + l.getText() + "\"" : "")
                        + " runs past the controls' edge at " + Math.round(edge));
            }
        }
        assertEquals(List.of(), cut, w + "x" + h + " " + lang + " x" + scale);
    }

    /** Every tab, not only the live one: no text cut to "...", at the projector's size and the desk's. */
    @ParameterizedTest
    @CsvSource({"1280, 720, en, 1.0", "1280, 720, zh, 1.0", "1280, 720, en, 1.5", "1280, 720, zh, 1.5",
        "1920, 1080, en, 1.0", "1920, 1080, zh, 1.5", "1280, 720, en, 2.0"})
    void noTabCutsItsText(int w, int h, String lang, double scale) throws Exception {
        show(w, h, lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH, scale);
        List<String> cut = new ArrayList<>();
        ShellFixture.eachTab(robot, shell, () -> cut.addAll(bnlab.app.TextCut.cut(stage.getScene().getRoot())));
        assertEquals(List.of(), cut, w + "x" + h + " " + lang + " x" + scale);
    }

    private static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
