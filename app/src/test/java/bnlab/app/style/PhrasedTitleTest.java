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

/** The saturation chart's subtitle on one line where it fits, else broken between its phrases, never greedily. */
class PhrasedTitleTest {
    private static String shownAt(int width, String text) {
        PhrasedTitle t = new PhrasedTitle(ChartStyle.LEGEND);
        t.setText(text);
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
     * 420 px, the chart's width at 1920x1080: two lines, broken after the comma; greedy wrapping left the
     * last word alone on the second line (seen in the running app).
     */
    @Test
    void brokenBetweenPhrasesWhereItDoesNot() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String text = outside(locale);
            String[] phrases = text.split(" *\n");
            assertEquals(2, phrases.length, text);
            String shown = shownAt(240, text);
            assertEquals(phrases[0] + "\n" + phrases[1], shown, locale.toString());
        }
        String shown = shownAt(420, outside(Locale.ENGLISH));
        assertEquals(2, shown.split("\n").length, shown);
        assertEquals(outside(Locale.ENGLISH).substring(outside(Locale.ENGLISH).indexOf('\n') + 1), shown.split("\n")[1]);
    }

    /** The gradient chart's read-out breaks the same way: "0.57 with BatchNorm" no longer leaves its last words. */
    @Test
    void theGradientReadoutBreaksBetweenItsTwins() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Locale was = I18n.locale();
            I18n.setLocale(locale);
            String text;
            try {
                text = I18n.get("saturation.signal.readout", "6.4e-4", 3, I18n.get("twin.plain"), "0.57",
                        I18n.get("twin.normalized", "BatchNorm"));
            } finally {
                I18n.setLocale(was);
            }
            String[] phrases = text.split(" *\n");
            assertEquals(2, phrases.length, text);
            assertEquals(phrases[0] + "\n" + phrases[1], shownAt(240, text), locale.toString());
            assertFalse(shownAt(1400, text).contains("\n"));
        }
    }
}
