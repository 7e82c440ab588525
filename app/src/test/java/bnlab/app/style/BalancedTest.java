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

    /**
     * A question of two sentences breaks after the first one's full stop: lesson 1's "两边都以各自 2/λ_max 的 0.75 倍前进。
     * 哪一边先到达最小值？" wrapped at the even width broke inside "倍前进".
     */
    @Test
    void aQuestionBreaksAfterItsFirstSentence(FxRobot robot) {
        String q = "\u4e24\u8fb9\u90fd\u4ee5\u5404\u81ea 2/\u03bb_max \u7684 0.75 \u500d\u524d\u8fdb\u3002"
                + "\u54ea\u4e00\u8fb9\u5148\u5230\u8fbe\u6700\u5c0f\u503c\uff1f";
        assertEquals(q.indexOf('\u3002') + 1, secondLineStart(robot, q, 22));
    }

    /**
     * A Chinese heading with no phrase mark breaks at a space or after 的, never inside a word nor before 的: lesson
     * 5's "Keras 的 0.99 就是 PyTorch 的 0.01", and lesson 4's "为什么不带 BN 的带会漂移" (not "…BN / 的带会漂移").
     */
    @Test
    void aChineseHeadingWithoutMarksBreaksBetweenWords(FxRobot robot) {
        String keras = "Keras \u7684 0.99 \u5c31\u662f PyTorch \u7684 0.01";
        int k = secondLineStart(robot, keras, 22);
        assertTrue(k == keras.indexOf("PyTorch") || k == keras.indexOf("0.99") || k == keras.indexOf("\u5c31"),
                "breaks at a space between words: " + keras.substring(k));
        String drift = "\u4e3a\u4ec0\u4e48\u4e0d\u5e26 BN \u7684\u5e26\u4f1a\u6f02\u79fb";
        assertEquals(drift.indexOf('\u7684') + 1, secondLineStart(robot, drift, 22), "after \u7684, not before it");
    }

    // where the second line of the text starts, wrapped by Balanced in a room a few pixels short of one line
    private static int secondLineStart(FxRobot robot, String s, double size) {
        int[] start = new int[1];
        robot.interact(() -> {
            Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size);
            Text t = text(s, font);
            double line = text("Xg", font).getLayoutBounds().getHeight();
            double room = t.getLayoutBounds().getWidth() - 4;
            double w = Balanced.width(s, font, room);
            assertEquals(2, Balanced.lines(t, w, line));
            start[0] = lastLineStart(t, w);
        });
        return start[0];
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
