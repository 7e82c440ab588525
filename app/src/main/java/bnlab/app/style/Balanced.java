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
        return Math.min(room, Math.ceil(hi) + SLACK);
    }

    /** Lines of the text wrapped at this width, each this high (measured once per heading, not per try). */
    static int lines(Text t, double width, double line) {
        t.setWrappingWidth(width);
        return (int) Math.round(t.getLayoutBounds().getHeight() / line);
    }
}
