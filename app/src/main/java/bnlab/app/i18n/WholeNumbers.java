package bnlab.app.i18n;

import java.util.regex.Pattern;

/**
 * Keeps a decimal after a sign on one line. JavaFX wraps text where {@link java.text.BreakIterator#getLineInstance()}
 * allows, and the JDK's rules allow a break after the point of a decimal that follows a sign or a letter:
 * "−26.|25", "+0.|3", "±0.|05", "√0.|23", "×0.|5" (after a space, a bracket, a Chinese character or an ASCII
 * "-" it stays whole). Every shown text passes through here once ({@link ShownText}): a minus sign (U+2212) before
 * a decimal becomes the hyphen-minus the app's own numbers print with, and +, ±, √ and × are tied to their decimal
 * by a no-break space (the bundled font has no narrower one, nor a joiner the JDK's rules honour).
 */
public final class WholeNumbers {
    private WholeNumbers() {
    }

    private static final Pattern MINUS = Pattern.compile("\u2212(?=\\d+\\.\\d)");
    private static final Pattern PLUS = Pattern.compile("([+\u00b1\u221a\u00d7])(?=\\d+\\.\\d)");

    /** The text with its signed decimals kept whole; other text unchanged. */
    public static String of(String text) {
        if (text == null || text.indexOf('.') < 0) {
            return text;
        }
        String s = MINUS.matcher(text).replaceAll("-");
        return PLUS.matcher(s).replaceAll("$1\u00a0");
    }
}
