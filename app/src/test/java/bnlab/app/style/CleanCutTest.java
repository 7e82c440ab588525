package bnlab.app.style;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scroll pane's top edge stops between lines: never through a line of text or a button. */
@ExtendWith(ApplicationExtension.class)
class CleanCutTest {
    private Label text;
    private Button button;
    private VBox box;

    @Start
    void start(Stage stage) {
        text = new Label("第一行\n第二行\n第三行\n第四行");
        text.setStyle("-fx-font-size: 20; -fx-line-spacing: 6;");
        button = new Button("OK");
        box = new VBox(10, text, button);
        stage.setScene(new Scene(box, 300, 400));
        stage.show();
    }

    @Test
    void aLineIsNeverCutInTwo(FxRobot robot) {
        robot.interact(() -> {
            box.applyCss();
            box.layout();
            List<CleanCut.Span> spans = CleanCut.spans(box);
            assertEquals(5, spans.size(), "four lines and a button: " + spans);
            CleanCut.Span first = spans.get(0);
            CleanCut.Span second = spans.get(1);
            // lines follow each other down the text, each as tall as the font's line, a line's spacing apart at most
            for (int i = 1; i < 4; i++) {
                double gap = spans.get(i).top() - spans.get(i - 1).bottom();
                assertTrue(gap >= -0.5 && gap <= 6.5, "gap " + gap + " in " + spans);
                assertEquals(first.bottom() - first.top(), spans.get(i).bottom() - spans.get(i).top(), 0.5);
            }
            double mid = (first.top() + first.bottom()) / 2;
            assertEquals(first.bottom(), CleanCut.at(box, mid, 1000), 1e-9, "past the first line");
            assertEquals(second.top() - 1, CleanCut.at(box, second.top() - 1, 1000), 1e-9,
                    "between two lines it stays");
            assertEquals(mid, CleanCut.at(box, mid, first.bottom() - 1), 1e-9, "where the limit comes first it stays");
            CleanCut.Span b = spans.get(4);
            assertEquals(button.getBoundsInParent().getMinY(), b.top(), 0.5);
            assertEquals(b.bottom(), CleanCut.at(box, b.top() + 3, 1000), 1e-9, "past the button");
            button.setVisible(false);
            assertEquals(4, CleanCut.spans(box).size(), "an invisible part cuts nothing");
        });
    }
}
