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
 * (lesson 7's second choice was, at 1920 x 1080 only).
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
                    h.next();
                }
            }
        }
        assertEquals(List.of(), cut);
    }
}
