package bnlab.app.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps a short formula in running text on one line. JavaFX wraps at any space, so "W x + b" or "2 × 0.75 / κ" could
 * end a line at "W" or "×" and go on at "x" or "0.75". A space beside an operator (=, +, ×, /, ≈, →, ...) whose
 * other neighbour is an operand (a number, a symbol, a letter or a short term like f'(z) or 2/λ_max; not an English
 * word), or a space between two one-letter symbols ("W x"), becomes a no-break space. A tied formula longer than
 * {@link #LONGEST} code points may still break after its operators, as TeX breaks inline math. In Chinese text only
 * the Latin and Greek run beside the space counts ("算 z = W x + b，做" ties "z = W x + b").
 */
final class InlineMath {
    private InlineMath() {
    }

    /** The longest formula kept whole, in code points: about a quarter of the lesson panel's narrowest line. */
    static final int LONGEST = 24;

    private static final Set<String> OPERATORS = Set.of("=", "\u2260", "\u2248", "\u2264", "\u2265", "<", ">", "+",
            "\u2212", "-", "\u00d7", "/", "\u00f7", "\u00b1", "\u221d", "\u2192", "\u21d4", "~", "\u226a",
            "\u226b", "\u2208");

    private enum Kind { OPERATOR, SYMBOL, OPERAND, OTHER }

    /** One space between two tokens: where the formula part of each ends and starts. */
    private record Gap(int at, Kind left, Kind right, int start, int end) {
        boolean operatorLeft() {
            return left == Kind.OPERATOR;
        }
    }

    /** The text with the spaces inside its short formulas made no-break spaces; other text unchanged. */
    static String tie(String text) {
        if (text == null || text.indexOf(' ') < 0) {
            return text;
        }
        List<Gap> gaps = gaps(text);
        boolean[] tied = new boolean[gaps.size()];
        for (int i = 0; i < tied.length; i++) {
            tied[i] = ties(gaps.get(i));
        }
        loosenLongChains(text, gaps, tied);
        boolean any = false;
        for (boolean t : tied) {
            any |= t;
        }
        if (!any) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 0; i < tied.length; i++) {
            if (tied[i]) {
                out[gaps.get(i).at()] = '\u00a0';
            }
        }
        return new String(out);
    }

    private static boolean ties(Gap g) {
        boolean operand = g.left != Kind.OTHER && g.right != Kind.OTHER;
        return (g.left == Kind.OPERATOR || g.right == Kind.OPERATOR) && operand
                && !(g.left == Kind.OPERATOR && g.right == Kind.OPERATOR)
                || g.left == Kind.SYMBOL && g.right == Kind.SYMBOL;
    }

    /** A chain of tied tokens longer than LONGEST breaks again after each of its operators. */
    private static void loosenLongChains(String text, List<Gap> gaps, boolean[] tied) {
        int i = 0;
        while (i < tied.length) {
            if (!tied[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tied.length && tied[j + 1] && gaps.get(j + 1).start() == gaps.get(j).at() + 1) {
                j++;
            }
            int from = gaps.get(i).start();
            int to = gaps.get(j).end();
            if (text.codePointCount(from, to) > LONGEST) {
                for (int k = i; k <= j; k++) {
                    tied[k] = !gaps.get(k).operatorLeft();
                }
            }
            i = j + 1;
        }
    }

    /** Every space with the formula parts beside it: the Latin and Greek run up to the next space or CJK. */
    private static List<Gap> gaps(String s) {
        List<Gap> gaps = new ArrayList<>();
        for (int at = s.indexOf(' '); at >= 0; at = s.indexOf(' ', at + 1)) {
            int start = at;
            while (start > 0 && !breaksRun(s.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < s.length() && !breaksRun(s.charAt(end))) {
                end++;
            }
            // an operator and a one-letter symbol are one character: a space with neither beside it ties nothing
            if (at - start == 1 || end - at - 1 == 1) {
                gaps.add(new Gap(at, kind(s.substring(start, at)), kind(s.substring(at + 1, end)), start, end));
            } else {
                gaps.add(new Gap(at, Kind.OTHER, Kind.OTHER, start, end));
            }
        }
        return gaps;
    }

    private static boolean breaksRun(char c) {
        return c == ' ' || c == '\n' || c == '\t' || isCjk(c);
    }

    // CJK unified ideographs, CJK symbols and punctuation, halfwidth and fullwidth forms
    private static boolean isCjk(char c) {
        return c >= 0x4e00 && c <= 0x9fff || c >= 0x3000 && c <= 0x303f || c >= 0xff00 && c <= 0xffef;
    }

    private static final Pattern OPENING = Pattern.compile("^[(\\[{\"']+");
    private static final Pattern CLOSING = Pattern.compile("[)\\]},.;:!?\"']+$");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern MATH = Pattern.compile("[\\d_^/()'\\u00b2\\u00b3\\u221a]");

    /** What a token is, its brackets and closing punctuation aside. */
    private static Kind kind(String token) {
        if (token.length() == 1) { // most often: an operator, a symbol or a digit, read without a pattern
            char c = token.charAt(0);
            return OPERATORS.contains(token) ? Kind.OPERATOR : Character.isLetter(c) ? Kind.SYMBOL
                    : Character.isDigit(c) ? Kind.OPERAND : Kind.OTHER;
        }
        String t = CLOSING.matcher(OPENING.matcher(token).replaceFirst("")).replaceFirst("");
        if (t.isEmpty() || token.codePointCount(0, token.length()) > 12) {
            return Kind.OTHER;
        }
        if (OPERATORS.contains(t)) {
            return Kind.OPERATOR;
        }
        if (t.codePointCount(0, t.length()) == 1 && Character.isLetter(t.codePointAt(0))) {
            return Kind.SYMBOL;
        }
        boolean word = WORD.matcher(t).find();
        boolean mathy = MATH.matcher(t).find() || t.codePoints().anyMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK);
        return !word || mathy ? Kind.OPERAND : Kind.OTHER;
    }
}
