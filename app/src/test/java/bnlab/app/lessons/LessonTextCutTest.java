package bnlab.app.lessons;

import bnlab.app.HarnessedLessonTest;
import bnlab.app.TextCut;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every step of every bundled lesson on a classroom projector (1280 x 720, type 1.5) and on a full-HD screen
 * (1920 x 1080, type 1), in English and in Chinese: no label, button or choice on the stage is cut to "..."
 * (lesson 7's second choice was, at 1920 x 1080 only), and Previous and Next are in the window (lesson 13's step 4
 * pushed them under its foot at 1280 x 720).
 */
class LessonTextCutTest extends HarnessedLessonTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void noStepCutsItsText() {
        List<String> cut = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 720, 15}, {1920, 1080, 10}})
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            h.show(stage, locale, size[0], size[1], size[2] / 10.0);
            for (Lesson lesson : LessonsWalkTest.bundled()) {
                h.open(lesson.id());
                for (int k = 0; k < lesson.steps().size(); k++) {
                    String at = lesson.id() + " (" + locale + ", " + size[0] + "x" + size[1] + ") step " + (k + 1)
                            + ": ";
                    h.flush();
                    robot.interact(() -> TextCut.cut(stage.getScene().getRoot()).forEach(c -> cut.add(at + c)));
                    // Previous and Next in the window whatever the step's length (they stay under its text)
                    robot.interact(() -> {
                        for (String id : new String[] {"#lesson-previous", "#lesson-next"}) {
                            javafx.scene.Node b = robot.lookup(id).query();
                            javafx.geometry.Bounds in = b.localToScene(b.getLayoutBounds());
                            if (in.getMaxY() > stage.getScene().getHeight() + 0.5 || in.getMinY() < 0
                                    || in.getMaxX() > stage.getScene().getWidth() + 0.5) {
                                cut.add(at + id + " out of the window: " + in);
                            }
                        }
                    });
                    h.next();
                }
            }
        }
        assertEquals(List.of(), cut);
    }
}
