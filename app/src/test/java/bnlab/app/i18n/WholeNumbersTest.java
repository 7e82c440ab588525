package bnlab.app.i18n;

import bnlab.app.lessons.Lesson;
import bnlab.app.lessons.LessonLibrary;
import bnlab.app.lessons.LessonText;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No shown text offers the line breaker a place inside a decimal ("−26.|25" wrapped onto two lines in lesson 12's
 * Chinese text at 1280x720): every lesson text in both languages, and every bundle text with its arguments set to a
 * decimal, as JavaFX's wrapping (the JDK's line {@link BreakIterator}) sees them.
 */
class WholeNumbersTest {

    /** The first place the line breaker may break between a digit and a point or a point and a digit, or -1. */
    static int breakInsideADecimal(String s) {
        BreakIterator b = BreakIterator.getLineInstance(Locale.ROOT);
        b.setText(s);
        for (int at = b.first(); at != BreakIterator.DONE; at = b.next()) {
            if (at > 0 && at < s.length()) {
                char before = s.charAt(at - 1);
                char after = s.charAt(at);
                if ((before == '.' && Character.isDigit(after) && at >= 2 && Character.isDigit(s.charAt(at - 2)))
                        || (Character.isDigit(before) && after == '.' && at + 1 < s.length()
                        && Character.isDigit(s.charAt(at + 1)))) {
                    return at;
                }
            }
        }
        return -1;
    }

    @Test
    void signedDecimalsStayWholeAndTheRestIsUnchanged() {
        assertTrue(breakInsideADecimal("都不变（\u221226.25 和 \u221219.68）") > 0, "the JDK's rule this works around");
        assertTrue(breakInsideADecimal("from \u22120.3 to +0.3 within \u00b10.05") > 0);
        assertEquals("都不变（-26.25 和 -19.68）", WholeNumbers.of("都不变（\u221226.25 和 \u221219.68）"));
        assertEquals("from -0.3 to +\ufeff0.3 within \u00b1\ufeff0.05", WholeNumbers.of("from \u22120.3 to +0.3 within \u00b10.05"));
        assertEquals("\u221a\ufeff0.23, \u00d7\ufeff0.5", WholeNumbers.of("\u221a0.23, \u00d70.5"));
        String untouched = "0 \u2212 9 \u2212 (\u22122), x + 1.5, \u00b11e-4, 2.5, \u221a2, \u221a \u03c3";
        assertEquals(untouched, WholeNumbers.of(untouched));
        assertEquals(-1, breakInsideADecimal(WholeNumbers.of("都不变（\u221226.25 和 \u221219.68）")));
        assertEquals(-1, breakInsideADecimal(WholeNumbers.of("from \u22120.3 to +0.3 within \u00b10.05")));
    }

    /**
     * A root keeps its bracket: the JDK's rules break right after "√" ("√ / (σ² + ε)" in lesson 8's summary at some
     * widths), not after the joiner.
     */
    @Test
    void aRootStaysWithItsBracket() {
        String s = "the standard deviation \u221a(\u03c3\u00b2 + \u03b5) and";
        assertTrue(breaksAfter(s, s.indexOf('\u221a')), "the JDK's rule this works around");
        String joined = WholeNumbers.of(s);
        assertEquals(s.replace("\u221a(", "\u221a\ufeff("), joined);
        assertTrue(!breaksAfter(joined, joined.indexOf('\u221a')) && !breaksAfter(joined, joined.indexOf('\ufeff')));
    }

    // whether the line breaker may break right after the character at this index
    private static boolean breaksAfter(String s, int i) {
        BreakIterator b = BreakIterator.getLineInstance(Locale.ROOT);
        b.setText(s);
        return b.isBoundary(i + 1);
    }

    /**
     * The joiner is in both bundled fonts as an empty glyph of no width. JavaFX draws it as nothing either way; AWT,
     * which draws the charts' exports, drew the font's missing glyph for it: a blank em ("+   0.3").
     */
    @Test
    void theJoinerIsAnEmptyGlyphOfNoWidthInTheBundledFonts() throws Exception {
        for (String file : new String[] {"NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf"}) {
            java.awt.Font f;
            try (java.io.InputStream in = Fonts.class.getResourceAsStream("/bnlab/app/fonts/" + file)) {
                f = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(40f);
            }
            assertTrue(f.canDisplay(WholeNumbers.JOIN), file);
            java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
            java.awt.font.GlyphVector g = f.createGlyphVector(frc, String.valueOf(WholeNumbers.JOIN));
            assertTrue(g.getGlyphCode(0) != f.getMissingGlyphCode(), file);
            assertEquals(0, g.getGlyphMetrics(0).getAdvance(), 1e-9, file);
            assertTrue(g.getGlyphOutline(0).getBounds2D().isEmpty(), file);
            assertEquals(f.getStringBounds("a +0.3 b", frc).getWidth(),
                    f.getStringBounds("a +" + WholeNumbers.JOIN + "0.3 b", frc).getWidth(), 1e-9, file);
        }
    }

    /** Every text of the bundled lessons: titles, summaries, and each step's texts, buttons and question. */
    static List<LessonText> lessonTexts() {
        List<LessonText> texts = new ArrayList<>();
        List<Lesson> lessons = LessonLibrary.load(Path.of("target", "no-such-folder")).lessons();
        assertEquals(15, lessons.size());
        for (Lesson l : lessons) {
            texts.add(l.title());
            texts.add(l.summary());
            for (Lesson.Step s : l.steps()) {
                texts.add(s.title());
                texts.add(s.text());
                texts.add(s.watch());
                s.actions().forEach(a -> texts.add(a.label()));
                if (s.predict() != null) {
                    texts.add(s.predict().question());
                    texts.addAll(s.predict().choices());
                    texts.add(s.predict().explain());
                }
            }
        }
        return texts;
    }

    @Test
    void noLessonTextCanBreakInsideADecimal() {
        List<LessonText> texts = lessonTexts();
        int decimals = 0;
        for (LessonText t : texts) {
            for (Locale loc : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                String s = t == null ? null : t.in(loc);
                if (s != null) {
                    decimals += s.matches("(?s).*\\d\\.\\d.*") ? 1 : 0;
                    assertEquals(-1, breakInsideADecimal(s), s);
                }
            }
        }
        assertTrue(decimals > 100, "texts with decimals checked: " + decimals);
    }

    /** The interface's two message bundles as written, by file name. */
    static java.util.Map<String, Properties> bundles() throws java.io.IOException {
        java.util.Map<String, Properties> bundles = new java.util.LinkedHashMap<>();
        for (String name : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties p = new Properties();
            try (var in = WholeNumbersTest.class.getResourceAsStream("/bnlab/app/i18n/" + name)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            bundles.put(name, p);
        }
        return bundles;
    }

    @Test
    void noBundleTextCanBreakInsideADecimal() throws Exception {
        for (var bundle : bundles().entrySet()) {
            String name = bundle.getKey();
            Properties p = bundle.getValue();
            for (String key : p.stringPropertyNames()) {
                if (p.getProperty(key).contains(",choice,")) {
                    continue; // a choice's argument is a count
                }
                // each plain argument as a signed or unsigned decimal, as a view passes a double (not after "=":
                // DISPLAY={1} is an environment variable's value)
                for (String arg : List.of("0.25", "-0.25")) {
                    String s = WholeNumbers.of(p.getProperty(key).replaceAll("(?<!=)\\{\\d+\\}", arg)
                            .replace("''", "'"));
                    assertEquals(-1, breakInsideADecimal(s), name + " " + key + ": " + s);
                }
            }
        }
    }
}
