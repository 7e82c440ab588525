package bnlab.app.style;

import javafx.geometry.Insets;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A paragraph whose last line would hold one word alone (in Chinese one character, its closing marks aside: "了。",
 * "量。" under a full line) wraps a little narrower, so the line before gives it company. The paragraph keeps its
 * place and its width; only its text's right edge moves in, by as little as does it, and never by more than
 * {@link #REACH} of the width (a long last word stays alone rather than squeeze the lines above it).
 */
public final class Runts {
    /** The most of a paragraph's width its wrapping may give up. */
    static final double REACH = 0.15;

    /** Pixels more than the fewest that do it: a label lays its text out a hair differently from a Text node. */
    static final double SLACK = 2;

    /** The label padding {@link #avoid} writes into a label's style, and finds there again. */
    private static final java.util.regex.Pattern OURS = java.util.regex.Pattern.compile("\\s*-fx-label-padding:[^;]*;");

    private Runts() {
    }

    /**
     * Keeps the label's last line from holding a word alone as its width, text, font and style change: the label wraps
     * its text {@link #narrower} than its width, by a right label padding (in its style: a label padding is set only
     * through CSS; no style sheet of the app sets one) kept apart from the rest of its style. A label whose text
     * changes every frame should fill the width it is given (a histogram's read-out does): as wide as its text, a
     * new text is measured at the last one's width, where a longer one wraps.
     */
    public static <T extends Labeled> T avoid(T l) {
        boolean[] writing = {false};
        javafx.beans.InvalidationListener lay = o -> {
            if (writing[0]) {
                return; // its own padding written: nothing else changed
            }
            Insets box = l.getInsets();
            Insets own = l.getLabelPadding();
            double room = l.getWidth() - box.getLeft() - box.getRight() - own.getLeft();
            double in = l.isWrapText() && room > 0 ? Math.ceil(narrower(l.getText(), l.getFont(), room)) : 0;
            String style = l.getStyle() == null ? "" : l.getStyle();
            String rest = OURS.matcher(style).replaceAll("");
            String shown = in == 0 ? rest : (rest.isEmpty() || rest.endsWith(";") ? rest : rest + ";")
                    + (rest.isEmpty() ? "" : " ") + "-fx-label-padding: 0 " + (int) in + " 0 0;";
            if (!shown.equals(style)) {
                writing[0] = true;
                try {
                    l.setStyle(shown);
                } finally {
                    writing[0] = false;
                }
            }
        };
        l.widthProperty().addListener(lay);
        l.textProperty().addListener(lay);
        l.fontProperty().addListener(lay);
        l.styleProperty().addListener(lay);
        return l;
    }

    /**
     * How many pixels less than this room the text should wrap in: 0 where its last line does not hold a word alone
     * ({@link Balanced#alone}) or no narrower width within {@link #REACH} of the room mends it at the same number of
     * lines; else the fewest that do, plus {@link #SLACK} where that still does.
     */
    public static double narrower(String text, Font font, double room) {
        // a text with line breaks of its own counts its lines with them (a histogram's read-out: mean, deviation, then
        // "（13 个离群值计入两端的箱）" wrapped, "箱）" alone under it)
        if (text == null || text.isEmpty() || room <= 0) {
            return 0;
        }
        Text t = new Text(text);
        t.setFont(font);
        double line = Balanced.lineHeight(font);
        int lines = Balanced.lines(t, room, line);
        if (lines <= 1 || !alone(text, t, line, lines)) {
            return 0;
        }
        // nothing changes until the wrap is narrower than the widest full line (a few measures where a read-out
        // changes every frame, instead of a layout per pixel from 1)
        double widest = 0;
        for (int k = 0; k < lines - 1; k++) {
            String full = text.substring(Balanced.lineStart(t, line, k), Balanced.lineStart(t, line, k + 1)).strip();
            widest = Math.max(widest, Balanced.oneLine(full, font));
        }
        double reach = REACH * room;
        for (double in = Math.max(1, Math.floor(room - widest)); in <= reach; in++) {
            if (Balanced.lines(t, room - in, line) == lines && !alone(text, t, line, lines)) {
                double safe = in + SLACK;
                return safe <= reach && Balanced.lines(t, room - safe, line) == lines && !alone(text, t, line, lines)
                        ? safe : in;
            }
        }
        return 0;
    }

    // whether the last of the text's lines, as it is wrapped now, is a word alone
    private static boolean alone(String text, Text t, double line, int lines) {
        return Balanced.alone(text, Balanced.lineStart(t, line, lines - 1));
    }
}
