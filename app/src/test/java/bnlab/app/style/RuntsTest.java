package bnlab.app.style;

import bnlab.app.TextLines;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A paragraph's last line holds no word alone where a slightly narrower wrap mends it: lesson 1's answer left "适。"
 * alone under a full line at 1280 x 720, the axes view's note "量。".
 */
@ExtendWith(ApplicationExtension.class)
class RuntsTest {
    // texts that left one character alone in the app (lesson 1 step 3's explanation, the axes view's note)
    private static final String[] CHINESE = {
        "0.5 大约是峡谷上限 2/λ_max ≈ 0.0018 的 280 倍：横向上每一步把误差乘以约 −560。碗的上限是 2，所以 0.5 对它正合适。",
        "点击一个格子来选择它：表格给出它在每种归一化下所用的统计量。",
        "均值 -0.006228\n标准差 0.7867\n（13 个离群值计入两端的箱）"};
    private static final String ENGLISH = "Each run trains a new pair of twins from another seed for 2,000 steps, "
            + "beside the training on show, and tests both on every test image.";

    private Font font;

    @Start
    void start(Stage stage) {
        bnlab.app.i18n.Fonts.registerFx();
        font = Font.font(bnlab.app.i18n.Fonts.FAMILY, 16);
    }

    /**
     * At every width from 150 to 600 px where a text wrapped in all of it leaves a word alone, the narrower wrap
     * keeps the number of lines and leaves none, or is 0 because none within reach would (an oracle of its own: the
     * lines as the Text node shows them, counted by hit tests, not by the code under test).
     */
    @Test
    void aWordAloneGetsCompanyAtTheSameNumberOfLines(FxRobot robot) {
        List<String> bad = new ArrayList<>();
        int[] mended = {0};
        robot.interact(() -> {
            List<String> texts = new ArrayList<>(List.of(CHINESE));
            texts.add(ENGLISH);
            for (String s : texts) {
                boolean chinese = !s.equals(ENGLISH);
                for (int room = 150; room <= 600; room++) {
                    List<String> all = lines(s, room);
                    if (all.size() < 2 || !alone(all, chinese)) {
                        assertEquals(0, Runts.narrower(s, font, room), s + " at " + room + ": nothing to mend");
                        continue;
                    }
                    double in = Runts.narrower(s, font, room);
                    if (in == 0) {
                        continue;
                    }
                    List<String> shown = lines(s, room - in);
                    if (shown.size() != all.size() || alone(shown, chinese) || in > Runts.REACH * room) {
                        bad.add(room + " px less " + in + ": " + shown);
                    } else {
                        mended[0]++;
                    }
                }
            }
        });
        assertTrue(bad.isEmpty(), String.join("\n", bad));
        assertTrue(mended[0] > 50, "widths mended: " + mended[0]);
    }

    /** A label laid out by its parent shows the mended lines, and takes the whole room back when it is wide enough. */
    @Test
    void aLabelShowsTheMendedLines(FxRobot robot) {
        String s = CHINESE[1];
        int room = -1;
        for (int w = 200; w < 600 && room < 0; w++) {
            int k = w;
            boolean[] orphan = {false};
            robot.interact(() -> orphan[0] = alone(lines(s, k), true) && Runts.narrower(s, font, k) > 0);
            room = orphan[0] ? w : -1;
        }
        assertTrue(room > 0, "a width that leaves a character alone");
        Label l = new Label(s);
        Pane box = new Pane(l);
        int width = room;
        robot.interact(() -> {
            l.setFont(font);
            l.setWrapText(true);
            Runts.avoid(l);
            new javafx.scene.Scene(box);
            l.setPrefWidth(width); // a pane sizes its children at their preferred sizes
            for (int i = 0; i < 2; i++) {
                box.applyCss();
                box.layout();
            }
        });
        List<String> shown = new ArrayList<>();
        robot.interact(() -> shown.addAll(TextLines.of((Text) l.lookup(".text"))));
        assertTrue(shown.size() > 1 && !alone(shown, true), "the label shows " + shown + " at " + room + " px");
        assertTrue(l.getLabelPadding().getRight() > 0);

        robot.interact(() -> {
            l.setPrefWidth(2000);
            for (int i = 0; i < 2; i++) {
                box.applyCss();
                box.layout();
            }
        });
        assertEquals(0, l.getLabelPadding().getRight(), "on one line nothing is taken off");
    }

    // the text's lines wrapped at this width, as a Text node shows them
    private List<String> lines(String s, double width) {
        Text t = new Text(s);
        t.setFont(font);
        t.setWrappingWidth(width);
        return TextLines.of(t);
    }

    // whether the last line is one character (Chinese) or one word, closing marks aside
    private static boolean alone(List<String> lines, boolean chinese) {
        String last = lines.get(lines.size() - 1).strip().replaceAll("[\\p{Pe}\\p{Pf}\\p{Po}]+$", "");
        return chinese ? last.codePointCount(0, last.length()) < 2 : !last.contains(" ");
    }
}
