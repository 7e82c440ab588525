package bnlab.app.style;

import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.ui.Size2D;

import java.awt.Font;
import java.awt.Graphics2D;

/**
 * A chart subtitle whose text's line breaks mark where it may break, between phrases: where the whole text
 * fits the chart's width on one line it is drawn so (the breaks removed), else one phrase a line (a phrase
 * too wide still wraps). So "beyond ±10: 17% of the inputs without normalization, 0% with BatchNorm" never
 * leaves "BatchNorm" alone on a second line. A break is removed as it stands: a message that wants a space
 * there on one line puts it before the break ("…normalization, \n0% with…"; in Chinese "…的输入，\n带…").
 * {@link #getText} is the text as set, breaks included; {@link #shownText} what the chart last laid out.
 *
 * <p>A text whose numbers change from frame to frame can be set with its widest form ({@link #setText(String,
 * String)}): it then takes one line only where the widest form fits too, and else at least the lines the widest form
 * takes, so it keeps its height, and the plot under it its own, as its digits change; set empty with a widest form
 * (no numbers yet), it keeps the widest form's lines, empty.
 */
public final class PhrasedTitle extends LayingOutTitle {
    /** The widest form of the text (the same phrases), or null: the text itself. */
    private String widest;

    /** An empty subtitle in the font, with room under it for the plot's top tick label. */
    public PhrasedTitle(Font font) {
        super("", font);
        // it sits over the plot, whose top tick label reaches half its height above it: the title's room
        setPadding(ChartStyle.titlePadding());
    }

    /** Sets the text, without a widest form. */
    @Override
    public void setText(String text) {
        widest = null;
        super.setText(text);
    }

    /**
     * Sets the text and its widest form: the same message with the widest numbers it shows ("-0.001234" for a mean
     * that reads "0.01" now). On one line only where that fits too: the running mean's line under its chart's title
     * took one line and two in turns while training (1920 x 1080), and the plot under it changed height with it.
     */
    public void setText(String text, String widest) {
        super.setText(text);
        this.widest = widest;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        show(shown(g2, widthOf(toContentConstraint(constraint))));
        return super.arrange(g2, constraint);
    }

    // one line where it fits width, else a phrase a line (a phrase too wide wrapped between words, see wrap); with a
    // widest form, one line only where that fits too, and else at least as many lines as it takes (the lines it wraps
    // into more kept as empty ones at the end)
    private String shown(Graphics2D g2, double width) {
        if (widest != null && !widest.isBlank() && getText().isBlank()) {
            // nothing to say yet (a lesson's views before its first snapshot): the lines its widest form takes, kept
            // empty, so the plot under it does not move when the first numbers come
            long lines = fits(g2, widest, width) ? 1 : phrases(g2, widest, width).lines().count();
            return String.join("\n", java.util.Collections.nCopies((int) lines, "\u00a0"));
        }
        String one = getText().replace("\n", "");
        if (fits(g2, one, width) && (widest == null || fits(g2, widest, width))) {
            return one;
        }
        String shown = phrases(g2, getText(), width);
        if (widest == null) {
            return shown;
        }
        long missing = phrases(g2, widest, width).lines().count() - shown.lines().count();
        return shown + "\n\u00a0".repeat((int) Math.max(0, missing));
    }

    // whether the text fits width on one line (its breaks removed)
    private boolean fits(Graphics2D g2, String text, double width) {
        return lineWidth(g2, text.replace("\n", ""), getFont()) <= width;
    }

    // a phrase a line, each wrapped where too wide
    private String phrases(Graphics2D g2, String text, double width) {
        StringBuilder out = new StringBuilder();
        for (String phrase : text.split(" *\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(wrap(g2, phrase, width));
        }
        return out.toString();
    }

    /**
     * A phrase wider than width broken greedily at a space or beside a Chinese character, never inside a run of
     * other characters: the title's own wrapping (Java's line breaks) splits a number, "5.8|e-|4".
     */
    private String wrap(Graphics2D g2, String phrase, double width) {
        if (lineWidth(g2, phrase, getFont()) <= width) {
            return phrase;
        }
        StringBuilder out = new StringBuilder();
        String line = "";
        int from = 0;
        for (int i = 1; i <= phrase.length(); i++) {
            if (i < phrase.length() && !breaksBefore(phrase, i)) {
                continue;
            }
            String piece = phrase.substring(from, i);
            String longer = line + piece;
            if (!line.isBlank() && lineWidth(g2, longer.stripTrailing(), getFont()) > width) {
                out.append(line.stripTrailing()).append('\n');
                line = piece.stripLeading();
            } else {
                line = longer;
            }
            from = i;
        }
        return out.append(line.stripTrailing()).toString();
    }

    // a break may come before i: after a space, or beside a Chinese character (not before closing punctuation)
    private static boolean breaksBefore(String s, int i) {
        char prev = s.charAt(i - 1);
        char next = s.charAt(i);
        if (next == ' ') {
            return false;
        }
        if (prev == ' ') {
            return true;
        }
        boolean closing = "\uff0c\u3002\uff1a\uff1b\uff09\u3001\uff01\uff1f)".indexOf(next) >= 0;
        return !closing && (han(prev) || han(next)) && prev != '\uff08';
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
