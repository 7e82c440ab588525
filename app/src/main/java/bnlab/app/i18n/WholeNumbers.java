package bnlab.app.i18n;

import java.util.regex.Pattern;

/**
 * Keeps a decimal after a sign, and a root with its bracket, on one line. JavaFX wraps text where
 * {@link java.text.BreakIterator#getLineInstance()} allows, and the JDK's rules allow a break after the point of a
 * decimal that follows a sign or a letter: "−26.|25", "+0.|3", "±0.|05", "√0.|23", "×0.|5" (after a space, a
 * bracket, a Chinese character or an ASCII "-" it stays whole), and right after a root sign: "√|(σ² + ε)". Every
 * shown text passes through here once ({@link ShownText}): a minus sign (U+2212) before a decimal becomes the
 * hyphen-minus the app's own numbers print with, and +, ±, √ and × are joined to their decimal, √ to its bracket, by
 * a zero-width no-break space (U+FEFF, the one joiner the JDK's rules honour; the bundled font maps it to an empty
 * glyph of no width, so "+0.15" shows as typed).
 */
public final class WholeNumbers {
    private WholeNumbers() {
    }

    /** Joins the characters on either side: no width, no break (the bundled font draws it as nothing). */
    public static final char JOIN = '\ufeff';

    private static final Pattern MINUS = Pattern.compile("\u2212(?=\\d+\\.\\d)");
    private static final Pattern PLUS = Pattern.compile("([+\u00b1\u221a\u00d7])(?=\\d+\\.\\d)");
    private static final Pattern ROOT = Pattern.compile("\u221a(?=\\()");

    /** The text with its signed decimals and roots kept whole; other text unchanged. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String s = text;
        if (s.indexOf('.') >= 0) {
            s = PLUS.matcher(MINUS.matcher(s).replaceAll("-")).replaceAll("$1" + JOIN);
        }
        if (s.indexOf('\u221a') >= 0) {
            s = ROOT.matcher(s).replaceAll("\u221a" + JOIN);
        }
        return s;
    }
}
