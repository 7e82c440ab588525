package bnlab.app.style;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A heading wrapped into lines of even length: the narrowest width, up to the room there is, at which its
 * text still takes as many lines as in all the room. Wrapped in all the room, a Chinese heading could end
 * with one character alone on its last line ("…放在一起统" over "计"), an English one with one word.
 */
public final class Balanced {
    /** Added to the narrowest width found: a label lays its text out a hair differently from a Text node. */
    static final double SLACK = 3;

    private Balanced() {
    }

    /**
     * Binds the label's preferred width to {@link #width} of its text in its font within the room, following all
     * three as they change.
     */
    public static void bind(javafx.scene.control.Labeled l, javafx.beans.value.ObservableNumberValue room) {
        l.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> width(l.getText(), l.getFont(), room.doubleValue()), room, l.textProperty(), l.fontProperty()));
    }

    /** The width to wrap this text at, at most room (which is returned when the text fits on one line). */
    public static double width(String text, Font font, double room) {
        if (text == null || text.isEmpty() || room <= 0) {
            return room;
        }
        Text t = new Text(text);
        t.setFont(font);
        Text one = new Text("Xg");
        one.setFont(font);
        double line = one.getLayoutBounds().getHeight();
        int lines = lines(t, room, line);
        if (lines <= 1) {
            return room;
        }
        // the fewest pixels that keep the line count: lines(w) only grows as w shrinks
        double lo = room / lines;
        double hi = room;
        for (int i = 0; i < 12 && hi - lo > 1; i++) {
            double mid = (lo + hi) / 2;
            if (lines(t, mid, line) > lines) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double even = Math.min(room, Math.ceil(hi) + SLACK);
        double phrased = phrased(text, font, t, room, line, lines, ENDS);
        if (Double.isNaN(phrased) && chinese(text)) {
            phrased = phrased(text, font, t, room, line, lines, WORD_ENDS);
        }
        return Double.isNaN(phrased) ? even : phrased;
    }

    /**
     * Marks a line may end at, so that a phrase is not cut ("BatchNorm：一" over "个通道"; "without / normalization
     * 91.4%"): a colon, comma, semicolon, enumeration comma, or a sentence's end inside the text (a question's
     * "…前进。" before "哪一边先到达最小值？").
     */
    private static final String[] ENDS = {"\uff1a", "\uff0c", "\uff1b", "\u3001", "\u3002", "\uff1f", "\uff01",
            ": ", ". ", "? ", ", "};

    /**
     * Where a Chinese heading with none of those marks may still end a line without cutting a word: at a space
     * (Chinese sets one around a Latin word or a number: "Keras 的 0.99 / 就是 PyTorch 的 0.01") or after the
     * particle 的, which closes a phrase ("为什么不带 BN 的 / 带会漂移"). Chinese runs its words together, so the even
     * width alone broke "训练图 / 像". English breaks only at spaces anyway.
     */
    private static final String[] WORD_ENDS = {" ", "\u7684"};

    /** Particles that close what comes before them and never start a line ("为什么不带 BN / 的带会漂移"). */
    private static final String NO_START = "\u7684\u4e86\u5417\u5462";

    // any CJK ideograph
    private static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * The narrowest width, up to the room, at which the first line ends just after one of these marks and the text
     * still takes as many lines; NaN when there is none (then the even width is used). A Chinese heading wrapped at
     * the even width broke inside a word ("BatchNorm：一 / 个通道，每张图像").
     */
    private static double phrased(String text, Font font, Text t, double room, double line, int lines, String[] ends) {
        double best = Double.NaN;
        for (String end : ends) {
            for (int i = text.indexOf(end); i >= 0; i = text.indexOf(end, i + 1)) {
                String rest = text.substring(i + end.length()).stripLeading();
                if (!rest.isEmpty() && NO_START.indexOf(rest.charAt(0)) >= 0) {
                    continue;
                }
                Text prefix = new Text(text.substring(0, i + end.strip().length()));
                prefix.setFont(font);
                double w = Math.ceil(prefix.getLayoutBounds().getWidth()) + SLACK;
                if (w <= room && (Double.isNaN(best) || w < best) && lines(t, w, line) == lines) {
                    best = w;
                }
            }
        }
        return best;
    }

    /** Lines of the text wrapped at this width, each this high (measured once per heading, not per try). */
    static int lines(Text t, double width, double line) {
        t.setWrappingWidth(width);
        return (int) Math.round(t.getLayoutBounds().getHeight() / line);
    }
}
