package bnlab.app.style;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text in a palette colour reads on both themes: the Okabe-Ito blue of the BN twin's read-outs (histogram means,
 * the running statistics' header) was 3.2:1 on the dark theme's background, the vermillion 3.6:1 on the light one's.
 */
class TextColoursTest {
    private static final List<Color> PALETTE = List.of(Palette.BN, Palette.PLAIN, Palette.GREEN, Palette.PURPLE,
            Palette.ORANGE, Palette.SKY, Palette.INK);
    // every background of the themes' panels and charts
    private static final List<Color> LIGHT = List.of(Color.WHITE, new Color(0xf6, 0xf8, 0xfa));
    private static final List<Color> DARK = List.of(new Color(0x1c, 0x1f, 0x24), new Color(0x22, 0x26, 0x2c),
            new Color(0x26, 0x2b, 0x33));

    @Test
    void theContrastIsWcagsByHand() {
        assertEquals(21, Palette.contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1, Palette.contrast(Palette.BN, Palette.BN), 1e-9);
        // #0072b2 on white: L = 0.2126 * 0 + 0.7152 * 0.16827 + 0.0722 * 0.44520 = 0.15250; 1.05 / 0.20250
        assertEquals(5.185, Palette.contrast(Palette.BN, Color.WHITE), 0.005);
        assertTrue(Palette.contrast(Palette.BN, DARK.get(0)) < 3.3, "the finding: the blue on the dark background");
    }

    @Test
    void everyPaletteColourReadsAsTextOnEveryBackgroundOfItsTheme() {
        for (Color c : PALETTE) {
            Color light = Palette.text(c, false);
            Color dark = Palette.text(c, true);
            for (Color bg : LIGHT) {
                assertTrue(Palette.contrast(light, bg) >= Palette.TEXT_CONTRAST, Palette.css(c) + " light " + Palette.css(light));
            }
            for (Color bg : DARK) {
                assertTrue(Palette.contrast(dark, bg) >= Palette.TEXT_CONTRAST, Palette.css(c) + " dark " + Palette.css(dark));
            }
        }
    }

    @Test
    void aColourThatReadsIsKeptAndOneThatDoesNotKeepsItsHue() {
        assertEquals(Palette.BN, Palette.text(Palette.BN, false), "the blue reads on the light theme as it is");
        assertEquals(Palette.ORANGE, Palette.text(Palette.ORANGE, true));
        Color blue = Palette.text(Palette.BN, true);
        assertTrue(blue.getBlue() > blue.getRed() && blue.getBlue() > blue.getGreen(), "still blue: " + Palette.css(blue));
        Color vermillion = Palette.text(Palette.PLAIN, false);
        assertTrue(vermillion.getRed() > 2 * vermillion.getBlue(), "still vermillion: " + Palette.css(vermillion));
        // as little change as gives the contrast: one step less does not
        assertTrue(Palette.contrast(Palette.text(Palette.BN, true), Palette.BN) > 1.5);
    }

    /** One rule in one place: a label coloured from the palette goes through {@link Palette#textCss}. */
    @Test
    void noLabelTakesAPaletteColourAsItIs() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i) + (i + 1 < lines.size() ? lines.get(i + 1) : "");
                    if (l.contains("text-fill") && l.replace("textCss(", "").contains("Palette.css(")) {
                        found.add(f.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), String.join(", ", found));
    }
}
