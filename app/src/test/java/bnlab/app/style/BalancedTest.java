package bnlab.app.style;

import javafx.geometry.Point2D;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A heading too wide for one line wraps into lines of even length: no character alone on the last line. */
@ExtendWith(ApplicationExtension.class)
class BalancedTest {
    // a heading of the kind the BN table shows (lesson 8 at 1280 x 720 left "计" alone)
    private static final String HEADING = "一个通道的批量 [N, C, H, W] = [4, 1, 3, 3]：BN 把全部 m = 36 个值放在一起统计";

    @Start
    void start(Stage stage) {
    }

    @Test
    void aHeadingAFewPixelsTooWideSplitsInTwoEvenLines(FxRobot robot) {
        robot.interact(() -> {
            Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 19);
            Text t = text(HEADING, font);
            double line = text("Xg", font).getLayoutBounds().getHeight();
            double one = t.getLayoutBounds().getWidth();
            double room = one - 4;
            assertEquals(2, Balanced.lines(t, room, line));
            assertTrue(lastLine(t, room) <= 2, "wrapped in all the room, the last line is a character or two");

            double w = Balanced.width(HEADING, font, room);
            assertTrue(w <= room);
            assertEquals(2, Balanced.lines(t, w, line), "as many lines");
            int last = lastLine(t, w);
            assertTrue(last >= HEADING.length() / 3, "the last line has " + last + " of " + HEADING.length());

            assertEquals(room, Balanced.width("m = 36", font, room), "a line that fits keeps all the room");
        });
    }

    /**
     * A heading with a phrase mark breaks after it, not inside a word: lesson 13's "BatchNorm：一个通道，每张图像" at
     * 1280 x 720 broke as "BatchNorm：一" over "个通道，每张图像".
     */
    @Test
    void aHeadingBreaksAfterAPhraseMark(FxRobot robot) {
        robot.interact(() -> {
            String title = "BatchNorm\uff1a\u4e00\u4e2a\u901a\u9053\uff0c\u6bcf\u5f20\u56fe\u50cf";
            Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 22);
            Text t = text(title, font);
            double line = text("Xg", font).getLayoutBounds().getHeight();
            double room = t.getLayoutBounds().getWidth() - 4; // a few pixels too narrow for one line
            double w = Balanced.width(title, font, room);
            assertEquals(2, Balanced.lines(t, w, line));
            int second = lastLineStart(t, w);
            assertEquals(title.indexOf('\uff0c') + 1, second, "the second line starts after the comma");
        });
    }

    private static Text text(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t;
    }

    /** Characters on the text's last line wrapped at this width. */
    private static int lastLine(Text t, double width) {
        return t.getText().length() - lastLineStart(t, width);
    }

    /** The index of the first character on the text's last line wrapped at this width. */
    private static int lastLineStart(Text t, double width) {
        t.setWrappingWidth(width);
        double h = t.getLayoutBounds().getHeight();
        return t.hitTest(new Point2D(0.5, t.getLayoutBounds().getMinY() + h - 3)).getCharIndex();
    }
}
