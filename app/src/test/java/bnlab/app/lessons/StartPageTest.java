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
}
