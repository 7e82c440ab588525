package bnlab.app.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The letter m is the batch size (Ioffe and Szegedy's m: the by-hand table's "m = 36", σ² = (1/m) Σ ...), never the
 * BN momentum: the sidebar showed "batch size m 60" above "BN momentum m 0.1", and lesson 3 divided by m = 36 one
 * step before giving the new batch "the weight m = 0.1". The momentum is named (momentum, 动量) and the new batch's
 * weight is α, in every bundle text and every lesson (text, formula, button).
 */
class NotationTest {

    // m = 0.1, m=0.99, (1 − m), "momentum m", m_{PyTorch}: the momentum written as m
    static final List<Pattern> MOMENTUM_AS_M = List.of(
            Pattern.compile("(?<![\\p{L}_\\\\])m\\s*=\\s*0[.,]\\d"),
            Pattern.compile("\\(1\\s*[\u2212-]\\s*m\\)"),
            Pattern.compile("(?i)momentum m\\b"),
            Pattern.compile("动量\\s*m\\b"),
            Pattern.compile("m_\\{\\\\mathrm\\{(PyTorch|Keras)"));

    static List<String> offences(String where, String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : MOMENTUM_AS_M) {
            java.util.regex.Matcher m = p.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 30);
                found.add(where + ": ..." + text.substring(from, Math.min(text.length(), m.end() + 10)) + "...");
            }
        }
        return found;
    }

    @Test
    void thePatternsCatchTheOldWordingAndSpareTheBatchSize() {
        assertEquals(1, offences("t", "PyTorch gives the new batch the weight m = 0.1").size());
        assertEquals(2, offences("t", "r \\leftarrow (1 - m)\\, r + m\\, b, BN momentum m").size());
        assertEquals(1, offences("t", "\\alpha = m_{\\mathrm{PyTorch}}").size());
        assertEquals(1, offences("t", "BN 动量 m").size());
        assertEquals(0, offences("t", "Divide by m = 36, then by m \u2212 1 = 35; \u03c3\u00b2 = (1/m) \u03a3; "
                + "\\frac{1}{m}; momentum 0.1 = \u03b1; (1 \u2212 \u03b1) r + \u03b1 b; gamma = 0.5").size());
    }

    @Test
    void noBundleTextWritesTheMomentumAsM() throws IOException {
        List<String> found = new ArrayList<>();
        for (String f : BUNDLES) {
            Properties p = ChineseBundleTest.load(f);
            assertTrue(p.size() > 500, f);
            p.forEach((k, v) -> found.addAll(offences(f + " " + k, v.toString())));
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void noLessonWritesTheMomentumAsM() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : lessons()) {
            // the JSON's own escapes (\\ in a formula) read as the text shows them
            String text = Files.readString(f, StandardCharsets.UTF_8).replace("\\\\", "\\");
            found.addAll(offences(f.getFileName().toString(), text));
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    static List<Path> lessons() throws IOException {
        List<Path> lessons;
        try (Stream<Path> files = Files.list(Path.of("..", "assets", "lessons"))) {
            lessons = files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith("schema.json"))
                    .toList();
        }
        assertEquals(15, lessons.size());
        return lessons;
    }

    /**
     * x-hat is one symbol: written with a non-breaking hyphen (U+2011) it never wraps as "x-" over "hat", as the
     * banner refusing a batch of one did at 1280x720. Java's line breaker, which JavaFX's text layout uses, breaks
     * after a hyphen-minus and not after U+2011; no bundle text nor lesson writes it with a hyphen-minus.
     */
    @Test
    void xHatNeverBreaksAtItsHyphen() throws IOException {
        assertEquals(List.of(2), breaks("so x-hat"), "the oracle: a break after the hyphen-minus");
        assertEquals(List.of(), breaks("so x\u2011hat"));
        List<String> found = new ArrayList<>();
        for (String f : BUNDLES) {
            ChineseBundleTest.load(f).forEach((k, v) -> {
                if (v.toString().contains("x-hat")) {
                    found.add(f + " " + k);
                }
            });
        }
        for (Path f : lessons()) {
            if (Files.readString(f, StandardCharsets.UTF_8).contains("x-hat")) {
                found.add(f.getFileName().toString());
            }
        }
        assertTrue(found.isEmpty(), "x-hat with a hyphen-minus: " + found);
    }

    /**
     * A lesson's words write a power in words, not as "10^8": the caret is a programmer's notation, and the bundled
     * font has no superscript 5 to 9 (formulas, drawn by LaTeX, write 10^{8} as a power). Lesson 11 step 2's answer said
     * "more than 10^8".
     */
    @Test
    void noLessonsWordsWriteAPowerWithACaret() throws IOException {
        Pattern caret = Pattern.compile("\\d\\s*\\^");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> found = new ArrayList<>();
        int[] read = {0};
        for (Path f : lessons()) {
            words(json.readTree(f.toFile()), text -> {
                read[0]++;
                if (caret.matcher(text).find()) {
                    found.add(f.getFileName() + ": " + text);
                }
            });
        }
        assertTrue(read[0] > 500, "texts read: " + read[0]);
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    // every text in a lesson's tree but its formulas
    private static void words(com.fasterxml.jackson.databind.JsonNode n, java.util.function.Consumer<String> each) {
        if (n.isTextual()) {
            each.accept(n.asText());
        }
        n.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("formula")) {
                words(e.getValue(), each);
            }
        });
        if (n.isArray()) {
            n.forEach(c -> words(c, each));
        }
    }

    /** Where Java's line breaker may break inside the text's last word (offsets from that word's start). */
    static List<Integer> breaks(String text) {
        java.text.BreakIterator b = java.text.BreakIterator.getLineInstance();
        b.setText(text);
        int word = text.lastIndexOf(' ') + 1;
        List<Integer> inside = new ArrayList<>();
        for (int n = b.next(); n != java.text.BreakIterator.DONE; n = b.next()) {
            if (n > word && n < text.length()) {
                inside.add(n - word);
            }
        }
        return inside;
    }

    static final List<String> BUNDLES = List.of("messages", "messages_zh_CN");

    /**
     * x is BN's input (the histograms' "before (x)", lesson 3's table); the saturation view's variable, what enters
     * the activation f, is z (as in its gradient chart's dL/dz): a student read "input x of f" beside the histograms'
     * x as the same values. No text of the saturation view names it x.
     */
    @Test
    void theSaturationViewNamesTheActivationsInputZ() throws IOException {
        Pattern x = Pattern.compile("(?<![\\p{L}\\p{N}\\\\])x(?![\\p{L}\\p{N}])");
        assertTrue(x.matcher("input x of f, f''(x) < 0.05").find(), "the pattern catches the old wording");
        assertTrue(!x.matcher("max f'' \u00d7 0.05, exp, \\xi").find());
        List<String> found = new ArrayList<>();
        int seen = 0;
        for (String f : BUNDLES) {
            Properties p = ChineseBundleTest.load(f);
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith("saturation.")) {
                    seen++;
                    if (x.matcher(p.getProperty(k)).find()) {
                        found.add(f + " " + k + ": " + p.getProperty(k));
                    }
                }
            }
            assertTrue(p.getProperty("saturation.curves.x").contains(" z"), f);
        }
        assertTrue(seen > 40, "saturation texts read: " + seen);
        assertTrue(found.isEmpty(), String.join("\n", found));
    }
}
