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
        double phrased = phrased(text, font, t, room, line, lines);
        return Double.isNaN(phrased) ? even : phrased;
    }

    /** Marks a line may end at, so that a phrase is not cut ("BatchNorm：一" over "个通道"). */
    private static final String[] ENDS = {"\uff1a", "\uff0c", "\uff1b", "\u3001", ": "};

    /**
     * The narrowest width, up to the room, at which the first line ends just after a colon, comma or semicolon and
     * the text still takes as many lines; NaN when there is none (then the even width is used). A Chinese heading
     * wrapped at the even width broke inside a word ("BatchNorm：一 / 个通道，每张图像").
     */
    private static double phrased(String text, Font font, Text t, double room, double line, int lines) {
        double best = Double.NaN;
        for (String end : ENDS) {
            for (int i = text.indexOf(end); i >= 0; i = text.indexOf(end, i + 1)) {
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
