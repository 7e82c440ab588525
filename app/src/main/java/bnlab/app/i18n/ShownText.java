package bnlab.app.i18n;

/**
 * The one pass every shown text takes (a bundle's message with its arguments, a lesson's text): where JavaFX may
 * wrap it. Signed decimals stay whole ({@link WholeNumbers}) and short formulas stay on one line ({@link InlineMath}).
 */
public final class ShownText {
    private ShownText() {
    }

    /** The text as it is shown: the same words, with no-break spaces where a line must not break. */
    public static String of(String text) {
        return InlineMath.tie(WholeNumbers.of(text));
    }
}
