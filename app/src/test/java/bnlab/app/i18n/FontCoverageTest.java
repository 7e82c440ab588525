package bnlab.app.i18n;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every character of every text the app shows (both bundles, the glossary, the lessons) is in the
 * bundled font, so nothing renders as an empty box on a machine without other fonts (charts use
 * this one font: AWT does not fall back to another).
 */
class FontCoverageTest {
    private static Font font() throws Exception {
        try (InputStream in = Fonts.class.getResourceAsStream("/bnlab/app/fonts/NotoSansSC-Regular.otf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    /**
     * The maths signs the CJK font set a full em wide sit in a box of their own width plus 60 units a side: "∂L/∂y" read
     * as "∂ L/ ∂ y" in running text, "3 × 100" as "3  ×  100". Both weights; the outline starts 60 units in.
     */
    @Test
    void mathsSignsAreAsWideAsTheirOutlines() throws Exception {
        for (String file : new String[] {"NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf"}) {
            Font f;
            try (InputStream in = Fonts.class.getResourceAsStream("/bnlab/app/fonts/" + file)) {
                f = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(1000f); // a unit a point
            }
            java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, false, false);
            for (char c : "\u00d7\u2202\u2248\u00f7\u00b1\u2207\u2264\u2265\u2260\u2211\u2208".toCharArray()) {
                java.awt.font.GlyphVector g = f.createGlyphVector(frc, String.valueOf(c));
                java.awt.geom.Rectangle2D outline = g.getGlyphOutline(0).getBounds2D();
                double advance = g.getGlyphMetrics(0).getAdvance();
                String what = file + " U+" + Integer.toHexString(c);
                assertTrue(advance < 950, what + ": " + advance);
                assertEquals(60, outline.getMinX(), 1.5, what);
                assertEquals(outline.getWidth() + 120, advance, 1.5, what);
            }
        }
    }

    @Test
    void everyTextIsInTheBundledFont() throws Exception {
        Font f = font();
        assertEquals(Fonts.FAMILY, f.getFamily());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/main/resources/bnlab/app/i18n"))) {
            s.filter(p -> p.toString().endsWith(".properties") || p.toString().endsWith(".tsv")).forEach(files::add);
        }
        Path lessons = Path.of("../assets/lessons");
        if (Files.isDirectory(lessons)) {
            try (Stream<Path> s = Files.walk(lessons)) {
                s.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
            }
        }
        assertTrue(files.size() >= 2, files.toString());
        List<String> missing = new ArrayList<>();
        for (Path p : files) {
            // properties are read as UTF-8 (Java 9+), with \\uXXXX escapes
            String text = p.toString().endsWith(".properties") ? unescape(Files.readString(p, StandardCharsets.UTF_8))
                    : Files.readString(p, StandardCharsets.UTF_8);
            text.codePoints().filter(c -> c >= 0x20 && !f.canDisplay(c)).distinct()
                    .forEach(c -> missing.add(p.getFileName() + ": U+" + Integer.toHexString(c) + " " + new String(Character.toChars(c))));
        }
        assertEquals(List.of(), missing);
    }

    /**
     * The same for the characters in the app's code: its string and character literals (a button's symbol,
     * U+2922 for "enlarge", was in none of the texts above and showed as an empty box without DejaVu).
     */
    @Test
    void everySymbolInTheCodeIsInTheBundledFont() throws Exception {
        Font f = font();
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\n]|\\\\.)+'");
        List<String> missing = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            for (Path p : (Iterable<Path>) s.filter(q -> q.toString().endsWith(".java"))::iterator) {
                files++;
                java.util.regex.Matcher m = literal.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    String text = unescape(m.group());
                    text.codePoints().filter(c -> c >= 0x80 && !f.canDisplay(c)).distinct()
                            .forEach(c -> missing.add(p.getFileName() + ": U+" + Integer.toHexString(c)));
                }
            }
        }
        assertTrue(files > 100, files + " files");
        assertEquals(List.of(), missing);
    }

    /**
     * The bundled font is a Chinese one: it draws curly quotes and the ellipsis a full em wide, right for
     * Chinese and a gap in English ("choose  \u201cCNN\u201d  under"). English texts write straight quotes
     * and "..." instead; the check first shows the font does draw those characters an em wide.
     */
    @Test
    void englishTextsHaveNoFullWidthPunctuation() throws Exception {
        Font f = font().deriveFont(100f);
        var frc = new java.awt.font.FontRenderContext(null, true, true);
        String wide = "\u201c\u201d\u2018\u2019\u2026";
        for (char c : wide.toCharArray()) {
            assertEquals(100, f.getStringBounds(String.valueOf(c), frc).getWidth(), 0.5, "U+" + Integer.toHexString(c));
        }
        List<String> texts = new ArrayList<>();
        java.util.Properties en = new java.util.Properties();
        try (var r = Files.newBufferedReader(Path.of("src/main/resources/bnlab/app/i18n/messages.properties"))) {
            en.load(r);
        }
        en.forEach((k, v) -> texts.add(k + "=" + v));
        for (String line : Files.readAllLines(Path.of("src/main/resources/bnlab/app/i18n/glossary.tsv"))) {
            texts.add("glossary: " + line.split("\t")[0]);
        }
        Path lessons = Path.of("../assets/lessons");
        if (Files.isDirectory(lessons)) {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            try (Stream<Path> s = Files.list(lessons)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".json")).toList()) {
                    json.readTree(p.toFile()).findValues("en").forEach(v -> texts.add(p.getFileName() + ": " + v.asText()));
                }
            }
        }
        assertTrue(texts.size() > 500, "texts read: " + texts.size());
        List<String> wrong = texts.stream().filter(t -> t.chars().anyMatch(c -> wide.indexOf(c) >= 0)).toList();
        assertEquals(List.of(), wrong);
    }

    /**
     * A norm in a text is written ||x||: the bundled font draws U+2016 a full em wide ("\u2016 dL/dz \u2016"), and a GIF
     * at 960 pixels merges its two thin strokes into a grey block that reads as a legend's swatch. The pause
     * button's U+2016 is the pause sign, not a norm.
     */
    @Test
    void normsAreWrittenWithTwoBars() throws Exception {
        Font f = font().deriveFont(100f);
        var frc = new java.awt.font.FontRenderContext(null, true, true);
        assertEquals(100, f.getStringBounds("\u2016", frc).getWidth(), 0.5);
        List<String> wrong = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_zh_CN.properties")) {
            java.util.Properties p = new java.util.Properties();
            try (var r = Files.newBufferedReader(Path.of("src/main/resources/bnlab/app/i18n", name))) {
                p.load(r);
            }
            p.forEach((k, v) -> {
                if (!"controls.pause".equals(k) && v.toString().indexOf('\u2016') >= 0) {
                    wrong.add(name + ": " + k);
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    // a .properties file's \\uXXXX escapes (the files are ASCII with escapes)
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
