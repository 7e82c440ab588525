package bnlab.app.i18n;

import bnlab.app.lessons.LessonText;
import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Short formulas in running text stay on one line as JavaFX's wrapping (the JDK's line {@link BreakIterator}) sees
 * them, words around them still wrap, and no tie makes a piece too long for a narrow card.
 */
class InlineMathTest {

    /** The text's pieces between the places the line breaker may break, spaces trimmed. */
    static List<String> pieces(String s) {
        BreakIterator b = BreakIterator.getLineInstance(Locale.ROOT);
        b.setText(s);
        List<String> out = new ArrayList<>();
        for (int from = b.first(), to = b.next(); to != BreakIterator.DONE; from = to, to = b.next()) {
            out.add(s.substring(from, to).strip());
        }
        return out;
    }

    private static boolean whole(String text, String formula) {
        return pieces(ShownText.of(text)).stream().anyMatch(p -> p.replace('\u00a0', ' ').contains(formula));
    }

    @Test
    void aShortFormulaStaysOnOneLine() {
        assertTrue(pieces("Before it, W x + b adds").contains("x"), "the JDK's rule this works around");
        assertTrue(whole("Before it, W x + b adds the same constant", "W x + b"));
        assertTrue(whole("only 2 \u00d7 0.75 / \u03ba of the error", "2 \u00d7 0.75 / \u03ba"));
        assertTrue(whole("by 1 \u2212 \u03b7\u03bb. At \u03b7 = 1.05 \u00d7 2/\u03bb_max that",
                "\u03b7 = 1.05 \u00d7 2/\u03bb_max"));
        assertTrue(whole("saturated: f'(z) < 0.05 \u00d7 max f'", "f'(z) < 0.05 \u00d7"));
        assertTrue(whole("median 0.21 \u2192 -0.22, width 0.06 \u2192 1.83", "0.21 \u2192 -0.22,"));
        assertTrue(whole("every sum (x \u2212 \u03bc) of the batch", "(x \u2212 \u03bc)"));
    }

    @Test
    void inChineseOnlyTheFormulaIsTied() {
        String zh = "\u6bcf\u4e2a\u9690\u85cf\u5c42\u5148\u7b97 z = W x + b\uff0c\u505a\u5f52\u4e00\u5316";
        List<String> p = pieces(ShownText.of(zh));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("z\u00a0=\u00a0W\u00a0x\u00a0+\u00a0b")), p.toString());
        assertTrue(p.contains("\u7b97"), "the Chinese words around it still break: " + p);
    }

    @Test
    void wordsBesideAnOperatorStillWrap() {
        List<String> p = pieces(ShownText.of("with BatchNorm + noise (a = 1)"));
        assertEquals(List.of("with", "BatchNorm", "+", "noise", "(a\u00a0=\u00a01)"), p);
        String plain = "The one without BN, and far less evenly: a step of 20 steps";
        assertEquals(plain, ShownText.of(plain));
    }

    @Test
    void aLongChainBreaksOnlyAfterItsOperators() {
        String sum = "Sample 2: (0 + 6 + 7 + 9 + 8) / 5 = 6. It never looks";
        List<String> p = pieces(ShownText.of(sum));
        assertTrue(p.containsAll(List.of("(0\u00a0+", "6\u00a0+", "9\u00a0+", "8)\u00a0/", "5\u00a0=", "6.")),
                p.toString());
    }

    @Test
    void noBundleTextHasAPieceTooLongForANarrowCard() throws Exception {
        String longest = "";
        for (java.util.Properties p : WholeNumbersTest.bundles().values()) {
            for (String key : p.stringPropertyNames()) {
                String s = ShownText.of(p.getProperty(key).replaceAll("(?<!=)\\{\\d+[^}]*\\}", "-0.25")
                        .replace("''", "'"));
                for (String piece : pieces(s)) {
                    if (piece.codePointCount(0, piece.length()) > longest.codePointCount(0, longest.length())
                            && piece.indexOf('\u00a0') >= 0) {
                        longest = key + ": " + piece;
                    }
                }
            }
        }
        System.out.println("longest tied piece in the bundles: " + longest);
        assertTrue(longest.length() - longest.indexOf(": ") - 2 <= 32, longest);
    }

    @Test
    void noShownTextHasAPieceTooLongForANarrowCard() {
        List<String> texts = new ArrayList<>();
        for (LessonText t : WholeNumbersTest.lessonTexts()) {
            if (t != null) {
                texts.add(t.in(Locale.ENGLISH));
                texts.add(t.in(Locale.SIMPLIFIED_CHINESE));
            }
        }
        String longest = "";
        int tied = 0;
        for (String t : texts) {
            tied += t.indexOf('\u00a0') >= 0 ? 1 : 0;
            for (String p : pieces(t)) {
                if (p.codePointCount(0, p.length()) > longest.codePointCount(0, longest.length())) {
                    longest = p;
                }
            }
        }
        System.out.println("longest piece: " + longest.codePointCount(0, longest.length()) + " " + longest);
        assertTrue(tied > 200, "texts with a tied formula: " + tied);
        assertTrue(longest.codePointCount(0, longest.length()) <= 32, longest);
    }
}
