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

    /**
     * Where no one width ends the first line at a phrase mark (the part after it would then take two lines), the
     * text is split there into lines of their own: lesson 6's question broke "训练 20 步之后，训练 / 集上哪个准确率更高？",
     * inside the word 训练集.
     */
    @Test
    void aQuestionSplitsAtItsCommaWhereNoOneWidthDoes(FxRobot robot) {
        String q = "\u8bad\u7ec3 20 \u6b65\u4e4b\u540e\uff0c\u8bad\u7ec3\u96c6\u4e0a\u54ea\u4e2a\u51c6\u786e\u7387"
                + "\u66f4\u9ad8\uff1f";
        Balanced.Layout shown = layout(robot, q, 22);
        assertEquals(q.substring(0, q.indexOf('\uff0c') + 1) + "\n" + q.substring(q.indexOf('\uff0c') + 1), shown.text());
    }

    /**
     * A Chinese heading does not break at a space beside a number, which belongs with the words on both sides:
     * lesson 13's "这里 BatchNorm 为通道 3 用多少个值求统计量？" broke as "…为通道 / 3 用多少个值…".
     */
    @Test
    void aChineseHeadingKeepsANumberWithItsWords(FxRobot robot) {
        String q = "\u8fd9\u91cc BatchNorm \u4e3a\u901a\u9053 3 \u7528\u591a\u5c11\u4e2a\u503c\u6c42\u7edf\u8ba1"
                + "\u91cf\uff1f";
        String shown = layout(robot, q, 22).text();
        int three = q.indexOf('3');
        int k = shown.indexOf('\n') >= 0 ? shown.indexOf('\n') + 1 : secondLineStart(robot, q, 22);
        String second = shown.indexOf('\n') >= 0 ? shown.substring(k) : q.substring(k);
        assertTrue(!second.startsWith("3") && !second.startsWith(q.substring(three + 2)),
                "the second line starts at a word, not beside the 3: " + second);
    }

    /**
     * A Chinese heading of three lines breaks between phrases or words on every line, not only the first: lesson 13's
     * start-page card read "BatchNorm、LayerNorm、/ InstanceNorm、GroupNorm：各 / 用哪些值？" at 1920 x 1080, its second
     * line ending inside the word 各用. Tried at every room from a third of its one-line width up.
     */
    @Test
    void aThreeLineChineseHeadingBreaksBetweenWordsOnEveryLine(FxRobot robot) {
        String title = "BatchNorm\u3001LayerNorm\u3001InstanceNorm\u3001GroupNorm\uff1a\u5404\u7528\u54ea\u4e9b"
                + "\u503c\uff1f";
        robot.interact(() -> {
            Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 22);
            double one = text(title, font).getLayoutBounds().getWidth();
            assertTrue(linesStartAfter(title, font, Math.ceil(one / 2.9), "\u3001\uff1a") > 50);
        });
    }

    /**
     * A Chinese heading breaks after a closing bracket rather than inside a word: lesson 10's LayerNorm heading over a
     * batch of one read "LayerNorm：每一行（每个样 / 本）在它自己的特征上归一化". Tried at every room from its part up to the
     * bracket (narrower, no two lines can avoid cutting a word) to its one-line width.
     */
    @Test
    void aChineseHeadingBreaksAfterItsClosingBracket(FxRobot robot) {
        String title = "LayerNorm\uff1a\u6bcf\u4e00\u884c\uff08\u6bcf\u4e2a\u6837\u672c\uff09\u5728\u5b83"
                + "\u81ea\u5df1\u7684\u7279\u5f81\u4e0a\u5f52\u4e00\u5316";
        robot.interact(() -> {
            Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 16);
            double part = text(title.substring(0, title.indexOf('\uff09') + 1), font).getLayoutBounds().getWidth();
            int tried = linesStartAfter(title, font, Math.ceil(part) + Balanced.SLACK, "\uff1a\uff09\u7684");
            assertTrue(tried > 20, "rooms tried: " + tried);
        });
    }

    /**
     * A Chinese heading with no mark in reach breaks after a term of the glossary rather than inside it: lesson 12's
     * step title at type scale 1.5 read "BN 之后每个通 / 道都落在 0 附近". Tried at every room from its part up to the
     * term (narrower, no two lines can avoid cutting a word) to its one-line width.
     */
    @Test
    void aChineseHeadingBreaksAfterAGlossaryTerm(FxRobot robot) {
        String title = "BN \u4e4b\u540e\u6bcf\u4e2a\u901a\u9053\u90fd\u843d\u5728 0 \u9644\u8fd1";
        robot.interact(() -> {
            Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 22);
            double part = text(title.substring(0, title.indexOf('\u9053') + 1), font).getLayoutBounds().getWidth();
            int tried = linesStartAfter(title, font, Math.ceil(part) + Balanced.SLACK, "\u9053");
            assertTrue(tried > 10, "rooms tried: " + tried);
        });
    }

    /**
     * Lesson 14's question in Chinese at type scale 1.5 (the panel's 280-330 px) broke "批量统计 / 量大幅摆动" (no
     * split into its three lines kept every word whole, so the even width cut one) or left "BN" at a line's end, away
     * from the sentence it opens ("…摆动。BN / 在测试…"). A line more, each whole, is taken instead: at every room from
     * 230 px (where "批量统计量大幅摆动。" fits) up to its one-line width, each line starts after a mark or 的.
     */
    @Test
    void aChineseQuestionTakesALineMoreRatherThanCutAWord(FxRobot robot) {
        String question = "\u5c0f\u6279\u91cf 4 \u65f6\uff0c\u6279\u91cf\u7edf\u8ba1\u91cf\u5927\u5e45\u6446"
                + "\u52a8\u3002BN \u5728\u6d4b\u8bd5\u56fe\u50cf\u4e0a\u7684\u9886\u5148\u4f1a\u600e\u6837\uff1f";
        bnlab.app.i18n.Fonts.registerFx();
        robot.interact(() -> {
            Font font = Font.font(bnlab.app.i18n.Fonts.FAMILY, FontWeight.BOLD, 22.5);
            int tried = linesStartAfter(question, font, 230, "\uff0c\u3002\u7684");
            assertTrue(tried > 30, "rooms tried: " + tried);
        });
    }

    /**
     * Lays the title out at every room from this one up to its one-line width, 3 px apart, and asserts that every
     * line after the first starts after one of these characters; how many rooms were tried.
     */
    private static int linesStartAfter(String title, Font font, double from, String after) {
        double one = text(title, font).getLayoutBounds().getWidth();
        int tried = 0;
        for (double room = from; room < one; room += 3) {
            Balanced.Layout shown = Balanced.layout(title, font, room);
            for (int start : lineStarts(title, shown, font)) {
                assertTrue(after.indexOf(title.charAt(start - 1)) >= 0,
                        "room " + room + ": a line starts inside a word or phrase: " + title.substring(start));
            }
            tried++;
        }
        return tried;
    }

    // where each line after the first starts in the text, as this layout shows it
    private static java.util.List<Integer> lineStarts(String text, Balanced.Layout shown, Font font) {
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        if (shown.text().contains("\n")) {
            int from = 0;
            for (String piece : shown.text().split("\n")) {
                int at = text.indexOf(piece, from);
                if (at > 0) {
                    starts.add(at);
                }
                from = at + piece.length();
            }
            return starts;
        }
        Text t = text(text, font);
        t.setWrappingWidth(shown.width());
        double line = text("Xg", font).getLayoutBounds().getHeight();
        int lines = Balanced.lines(t, shown.width(), line);
        for (int k = 1; k < lines; k++) {
            starts.add(t.hitTest(new Point2D(0.5, t.getLayoutBounds().getMinY() + (k + 0.5) * line)).getCharIndex());
        }
        return starts;
    }

    /**
     * A bound label shows its text with the layout's line breaks, gives its own text back, and lays out again when its
     * room or its text changes.
     */
    @Test
    void aBoundLabelShowsTheLayoutAndKeepsItsText(FxRobot robot) {
        String q = "\u8bad\u7ec3 20 \u6b65\u4e4b\u540e\uff0c\u8bad\u7ec3\u96c6\u4e0a\u54ea\u4e2a\u51c6\u786e\u7387"
                + "\u66f4\u9ad8\uff1f";
        robot.interact(() -> {
            Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 22);
            javafx.scene.control.Label l = new javafx.scene.control.Label(q);
            l.setFont(font);
            javafx.beans.property.DoubleProperty room = new javafx.beans.property.SimpleDoubleProperty(
                    text(q, font).getLayoutBounds().getWidth() - 4);
            Balanced.bind(l, room);
            assertEquals(Balanced.layout(q, font, room.get()).text(), l.getText());
            assertTrue(l.getText().contains("\n"));
            assertEquals(q, Balanced.text(l), "its own text");
            room.set(2000);
            assertEquals(q, l.getText(), "on one line where it fits");
            assertEquals(2000, l.getPrefWidth(), 1e-9);
            room.set(text(q, font).getLayoutBounds().getWidth() - 4);
            l.setText("m = 36");
            assertEquals("m = 36", l.getText());
            assertEquals("m = 36", Balanced.text(l));
        });
    }

    // the text laid out by Balanced in a room a few pixels short of one line
    private static Balanced.Layout layout(FxRobot robot, String s, double size) {
        Balanced.Layout[] shown = new Balanced.Layout[1];
        robot.interact(() -> {
            Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size);
            shown[0] = Balanced.layout(s, font, text(s, font).getLayoutBounds().getWidth() - 4);
        });
        return shown[0];
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
