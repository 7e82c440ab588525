package bnlab.app.style;

import bnlab.app.i18n.I18n;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The saturation chart's subtitle on one line where it fits, else broken between its phrases, never greedily. */
class PhrasedTitleTest {
    private static String shownAt(int width, String text) {
        return shownAt(width, text, null);
    }

    private static String shownAt(int width, String text, String widest) {
        PhrasedTitle t = new PhrasedTitle(ChartStyle.LEGEND);
        if (widest == null) {
            t.setText(text);
        } else {
            t.setText(text, widest);
        }
        JFreeChart chart = new JFreeChart(new XYPlot());
        chart.addSubtitle(t);
        BufferedImage image = new BufferedImage(width, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, 300));
        } finally {
            g.dispose();
        }
        assertEquals(text, t.getText(), "the text as set, breaks included");
        return t.shownText();
    }

    private static String outside(Locale locale) {
        Locale was = I18n.locale();
        I18n.setLocale(locale);
        try {
            return I18n.get("saturation.outside", "10", "16.9%", I18n.get("twin.plain"), "0%", I18n.get("twin.normalized", "BatchNorm"));
        } finally {
            I18n.setLocale(was);
        }
    }

    /**
     * Narrower than a phrase: each phrase starts a line (the second is not run on after the first's last word), and
     * the text is all there; a phrase itself wraps between its words.
     */
    private static void assertPhrasesStartLines(String shown, String[] phrases, String where) {
        String[] words1 = phrases[1].strip().split(" ");
        assertTrue(shown.startsWith(phrases[0].strip().split(" ")[0]), where + ": " + shown);
        assertTrue(shown.contains("\n" + words1[0]), where + ": the second phrase starts a line in " + shown);
        assertEquals(String.join("", phrases).replaceAll("\\s+", ""), shown.replaceAll("\\s+", ""), where);
    }

    /**
     * Set with its widest form, a line takes one form at a width whatever its digits: one line only where the widest
     * fits too. Fitted to its numbers of the moment, the running mean's line took one line and two in turns while
     * training, and the plot under it changed height (1920 x 1080); in a narrow chart (lesson 14 at 1280 x 720) a phrase
     * wrapped into two lines or one as its digits changed. Every width from 100 to 700 px, both languages.
     */
    @Test
    void aLineSetWithItsWidestFormKeepsItsFormAsItsDigitsChange() {
        Locale was = I18n.locale();
        int differedAlone = 0;
        try {
            for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                I18n.setLocale(l);
                String shorter = I18n.get("runningStats.now.mean", 2417L, 0.5, "0.1");
                String longer = I18n.get("runningStats.now.mean", 2417L, -0.009066, "0.01299");
                String widest = I18n.get("runningStats.now.mean", 2417L, -0.0012345, "-0.001234");
                for (int w = 100; w <= 700; w++) {
                    assertEquals(shownAt(w, shorter, widest).lines().count(), shownAt(w, longer, widest).lines().count(),
                            l + " at " + w + " px");
                    differedAlone += shownAt(w, shorter).lines().count() != shownAt(w, longer).lines().count() ? 1 : 0;
                }
            }
        } finally {
            I18n.setLocale(was);
        }
        // else this test could not fail
        assertTrue(differedAlone > 0, "some width fits the shorter on one line, not the longer");
    }

    /**
     * Set with its widest form and no text yet (a lesson's views before their first snapshot), a line keeps the room
     * its widest form takes: the plot under it is as tall as when the first numbers come. It took no line, and the
     * plot shrank by a line when they came at the start of lessons 5 and 6 (1280 x 720, Chinese). Every width from
     * 100 to 700 px, both languages; the widest form takes one line at some widths and more at others.
     */
    @Test
    void aLineWithNoTextYetKeepsItsWidestFormsRoom() {
        Locale was = I18n.locale();
        java.util.Set<Long> lineCounts = new java.util.HashSet<>();
        try {
            for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                I18n.setLocale(l);
                String text = I18n.get("runningStats.now.variance", 30L, 0.234, 0.0217, "10.8");
                String widest = I18n.get("runningStats.now.variance", 30L, -0.0012345, -0.0012345, "1/1600");
                for (int w = 100; w <= 700; w++) {
                    assertEquals(plotHeightAt(w, text, widest), plotHeightAt(w, "", widest), 0.0, l + " at " + w + " px");
                    lineCounts.add(shownAt(w, "", widest).lines().count());
                }
            }
        } finally {
            I18n.setLocale(was);
        }
        assertTrue(lineCounts.size() > 1, "one line at some widths, more at others: " + lineCounts);
    }

    // the height of the plot under a subtitle set with its widest form, in a chart width px wide
    private static double plotHeightAt(int width, String text, String widest) {
        PhrasedTitle t = new PhrasedTitle(ChartStyle.LEGEND);
        t.setText(text, widest);
        JFreeChart chart = new JFreeChart(new XYPlot());
        chart.addSubtitle(t);
        return PlotArea.of(chart, width, 300).getHeight();
    }

    /** 1,200 px: one line, the break gone and the space before it kept ("normalization, 0% with"). */
    @Test
    void oneLineWhereItFits() {
        String text = outside(Locale.ENGLISH);
        String shown = shownAt(1200, text);
        assertFalse(shown.contains("\n"), shown);
        assertEquals(text.replace("\n", ""), shown);
        assertFalse(shown.contains("  "), shown);
    }

    /**
     * 420 px, the chart's width at 1920x1080: broken after the comma, the second phrase whole on its own line;
     * greedy wrapping left the last word alone on the second line (seen in the running app).
     */
    @Test
    void brokenBetweenPhrasesWhereItDoesNot() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String text = outside(locale);
            String[] phrases = text.split(" *\n");
            assertEquals(2, phrases.length, text);
            assertPhrasesStartLines(shownAt(240, text), phrases, locale.toString());
        }
        String shown = shownAt(420, outside(Locale.ENGLISH));
        String[] lines = shown.split("\n");
        assertEquals(outside(Locale.ENGLISH).substring(outside(Locale.ENGLISH).indexOf('\n') + 1), lines[lines.length - 1],
                "the second phrase whole on its own line: " + shown);
    }

    // the gradient chart's read-out in a language: layer 1's ||dL/dz|| over layer 3's for the plain twin, then BN's
    private static String readout(Locale locale, String plain, String bn) {
        Locale was = I18n.locale();
        I18n.setLocale(locale);
        try {
            return I18n.get("saturation.signal.readout", plain, 3, I18n.get("twin.plain"), bn,
                    I18n.get("twin.normalized", "BatchNorm"));
        } finally {
            I18n.setLocale(was);
        }
    }

    /** The gradient chart's read-out breaks the same way: "0.57 with BatchNorm" no longer leaves its last words. */
    @Test
    void theGradientReadoutBreaksBetweenItsTwins() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String text = readout(locale, "6.4e-4", "0.57");
            String[] phrases = text.split(" *\n");
            assertEquals(2, phrases.length, text);
            assertPhrasesStartLines(shownAt(240, text), phrases, locale.toString());
            assertFalse(shownAt(1400, text).contains("\n"));
        }
    }

    /**
     * A phrase wider than the chart (a projector's type in a narrow chart) wraps between words, never inside a
     * number: Java's line breaks had split "5.8e-4" into "5.8", "e-" and "4" over three lines.
     */
    @Test
    void aPhraseTooWideWrapsBetweenWordsNotInsideANumber() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String text = readout(locale, "5.8e-4", "0.3");
            for (int width : new int[] {120, 160, 200}) {
                String shown = shownAt(width, text);
                assertTrue(shown.split("\n").length > 2, locale + " at " + width + ": " + shown);
                for (String token : new String[] {"5.8e-4", "BatchNorm", "dL/dz"}) {
                    assertTrue(shown.contains(token), locale + " at " + width + ": " + token + " whole in " + shown);
                }
                assertEquals(text.replaceAll("\\s+", ""), shown.replaceAll("\\s+", ""), "nothing lost or added");
            }
        }
    }
}
