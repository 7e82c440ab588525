package bnlab.app.lessons;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Look;
import bnlab.app.style.Theme;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start page's cards fill the window's width at any type size: at type scale 1.5 in a 1280 px window
 * two cards to a row (one 600 px card left half of it empty), at scale 1 in 1920 px four; all cards
 * equally wide.
 */
@ExtendWith(ApplicationExtension.class)
class StartPageTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.show();
    }

    @AfterEach
    void back() {
        WaitForAsyncUtils.asyncFx(() -> Look.use(new Look(Theme.LIGHT, 1.0)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<javafx.geometry.Bounds> cards(double scale, int w, int h) {
        LessonLibrary.Loaded lib = LessonLibrary.load(Path.of("target", "no-such-folder"));
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Look.use(new Look(Theme.LIGHT, scale));
            StartPage page = new StartPage(lib, l -> { }, () -> { });
            Parent root = (Parent) page.node();
            root.setStyle(Look.current().rootStyle());
            stage.setScene(new Scene(root, w, h));
            stage.sizeToScene();
            root.applyCss();
            root.layout();
            root.layout(); // the cards take their width from the flow's, known after the first pass
            FlowPane flow = (FlowPane) root.lookup("#start-cards");
            // the title says how many lessons there are (at 1280 x 720 four and a half cards show)
            assertEquals(I18n.get("start.title", lib.lessons().size()),
                    ((javafx.scene.control.Label) root.lookup(".start-title")).getText());
            assertTrue(((javafx.scene.control.Label) root.lookup(".start-title")).getText().contains("15"));
            return flow.getChildren().stream().map(Node::getBoundsInParent).toList();
        });
    }

    private static void fills(List<javafx.geometry.Bounds> cards, int perRow, String what) {
        TreeSet<Long> widths = new TreeSet<>();
        long firstRow = cards.stream().filter(b -> Math.abs(b.getMinY() - cards.get(0).getMinY()) < 1).count();
        assertEquals(perRow, firstRow, what + ": cards in the first row");
        cards.forEach(b -> widths.add(Math.round(b.getWidth())));
        assertEquals(1, widths.size(), what + ": one width " + widths);
    }

    @Test
    void cardsFillTheRowAtAnyTypeSize() {
        List<javafx.geometry.Bounds> big = cards(1.5, 1280, 720);
        fills(big, 2, "type scale 1.5 at 1280 px");
        assertTrue(big.get(0).getWidth() >= 0.8 * StartPage.CARD_WIDTH * 1.5, "width " + big.get(0).getWidth());
        fills(cards(1.0, 1920, 1080), 4, "type scale 1 at 1920 px");
    }

    /**
     * A card's title in even lines: at 1280 x 720 in Chinese lesson 5's wrapped as "移动平均统计量：PyTorch 与 Keras 的 /
     * 动量", a word alone on its second line; it breaks at its colon. Its own text stays the lesson's title. At 1920 x
     * 1080 lesson 13's three lines broke "…GroupNorm：各 / 用哪些值？", inside a word; they break at marks.
     */
    @Test
    void aCardsTitleBreaksAtItsColon() {
        List<String> five = shownTitle("running-stats", 1280, 720);
        assertEquals(List.of(title("running-stats").replace("\uff1a", "\uff1a\n").split("\n")), five);
        List<String> thirteen = shownTitle("norm-axes", 1920, 1080);
        assertEquals(3, thirteen.size(), thirteen.toString());
        for (String line : thirteen) {
            assertTrue("\u3001\uff1a\uff1f".indexOf(line.charAt(line.length() - 1)) >= 0, "ends at a mark: " + thirteen);
        }
    }

    private static final LessonLibrary.Loaded LESSONS = LessonLibrary.load(Path.of("target", "no-such-folder"));

    private static String title(String id) {
        return LESSONS.byId(id).title().in(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    // the lines of the lesson's title as its card shows it in Chinese in a window this large
    private List<String> shownTitle(String id, int w, int h) {
        java.util.Locale was = I18n.locale();
        I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            String title = title(id);
            assertTrue(title.contains("\uff1a"), title);
            return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                Parent root = (Parent) new StartPage(LESSONS, l -> { }, () -> { }).node();
                root.setStyle(Look.current().rootStyle());
                Scene scene = new Scene(root, w, h);
                scene.getStylesheets().add(bnlab.app.MainWindow.stylesheet()); // the titles' type size
                stage.setScene(scene);
                root.applyCss();
                root.layout();
                root.layout();
                javafx.scene.control.Label shown = root.lookupAll(".start-card-title").stream()
                        .map(n -> (javafx.scene.control.Label) n)
                        .filter(t -> bnlab.app.style.Balanced.text(t).equals(title))
                        .findFirst().orElseThrow();
                javafx.scene.text.Text wrapped = new javafx.scene.text.Text(shown.getText());
                wrapped.setFont(shown.getFont());
                wrapped.setWrappingWidth(shown.getWidth());
                return bnlab.app.TextLines.of(wrapped).stream().map(String::strip).toList();
            });
        } finally {
            I18n.setLocale(was);
        }
    }
}
