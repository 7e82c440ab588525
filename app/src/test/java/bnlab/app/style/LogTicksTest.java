package bnlab.app.style;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a log axis puts its ticks and how it words them: one style per axis. */
class LogTicksTest {
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    @Test
    void finestTicksWhoseLabelsStandApart() {
        // 3 decades on 660 px: 219 px a decade, labels 16 px apart at least 25.6 px = 0.117 decades;
        // 1..9 x 10^k has 9 -> 10 (0.046 decades) too close, 1, 2, 5 (0.30) stand apart
        assertEquals(List.of(0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0), LogTicks.values(0.0039, 4, 660, 16));
        // the same range on 150 px: 50 px a decade, 1, 2, 5 too close (15 px), every decade 50 px
        assertEquals(List.of(0.01, 0.1, 1.0), LogTicks.values(0.0039, 4, 150, 16));
        // ten decades on 100 px: every decade 10 px, every 2nd 20, every 3rd 30 >= 25.6
        assertEquals(List.of(1e-3, 1.0, 1e3, 1e6), LogTicks.values(1e-4, 1e7, 100, 16));
        // a short range: 0.3, 0.4, 0.5 (log10(4/3) = 0.125 decades apart, 84 px on 150 px)
        assertEquals(List.of(0.3, 0.4, 0.5), LogTicks.values(0.3, 0.5, 150, 16));
        // nothing stands apart: the coarsest that gives two ticks
        assertEquals(List.of(0.3, 0.4, 0.5), LogTicks.values(0.3, 0.5, 10, 16));
        // nothing gives two ticks: the ends
        assertEquals(List.of(0.31, 0.32), LogTicks.values(0.31, 0.32, 150, 16));
        assertEquals(List.of(), LogTicks.values(0, 1, 150, 16));
    }

    @Test
    void plainWhenEveryTickReadsAsANumber() {
        List<ValueTick> ticks = LogTicks.ticks(List.of(0.001, 0.1, 10.0, 1000.0), TextAnchor.CENTER_RIGHT, FONT);
        assertEquals(List.of("0.001", "0.1", "10", "1000"), ticks.stream().map(ValueTick::getText).toList());
        ticks.forEach(t -> assertInstanceOf(NumberTick.class, t));
    }

    @Test
    void powersForAllWhenOneTickWouldBeScientific() {
        // 1e+6 beside 10000 was the mix; now 10^0 ... 10^6 all
        List<ValueTick> ticks = LogTicks.ticks(List.of(1.0, 100.0, 1e4, 1e6), TextAnchor.CENTER_RIGHT, FONT);
        assertEquals(List.of("100", "102", "104", "106"), ticks.stream().map(LogTicksTest::shown).toList());
        for (ValueTick t : ticks) {
            LogTick log = assertInstanceOf(LogTick.class, t);
            AttributedCharacterIterator it = log.getAttributedLabel().getIterator();
            assertEquals(FONT, it.getAttribute(java.awt.font.TextAttribute.FONT));
            // the exponent is drawn raised: its top stands above the base's digits
            java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
            double top = new java.awt.font.TextLayout(log.getAttributedLabel().getIterator(), frc).getBounds().getMinY();
            double base = new java.awt.font.TextLayout("10", FONT, frc).getBounds().getMinY();
            assertTrue(top < base - 1, "exponent's top " + top + " above the base's " + base);
        }
        assertEquals("10^6", LogTicks.powerText(1e6));
        assertEquals("10^0", LogTicks.powerText(1));
        assertEquals("2\u00d710^\u22124", LogTicks.powerText(2e-4));
        assertEquals("5\u00d710^\u22122", LogTicks.powerText(0.05));
        assertEquals("1.8\u00d710^6", LogTicks.powerText(Math.pow(10, 6.25)));
        assertEquals("10^3", LogTicks.powerText(999.9), "9.999 x 10^2 rounds to 10^3, not 10 x 10^2");
        assertEquals("\u221210^3", LogTicks.powerText(-1000));
        assertTrue(LogTicks.plain(0.001) && LogTicks.plain(99999) && LogTicks.plain(0));
        assertTrue(!LogTicks.plain(1e5) && !LogTicks.plain(9.9e-4));
    }

    /** The loss curves' axis: 1, 2, 5 x 10^k over three decades, not JFreeChart's 0.13, 0.063, 0.0078. */
    @Test
    void readableLogAxisTicksTheLossCurves() {
        ReadableLogAxis axis = new ReadableLogAxis("loss");
        axis.setTickLabelFont(FONT);
        axis.setRange(0.0039, 4);
        List<String> labels = labels(axis, new Rectangle2D.Double(60, 0, 500, 660), RectangleEdge.LEFT);
        assertEquals(List.of("0.005", "0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1", "2"), labels);
        // six decades: 1, 2, 5 would stand apart but make 19 labels; every decade, all as powers
        axis.setRange(1e-6, 1);
        labels = labels(axis, new Rectangle2D.Double(60, 0, 500, 660), RectangleEdge.LEFT);
        assertEquals(List.of("10\u22126", "10\u22125", "10\u22124", "10\u22123", "10\u22122", "10\u22121", "100"),
                labels);
    }

    /**
     * A short loss chart in Chinese (lesson 4 at 1280x800): the CJK font's line height (~1.45 em) spread its
     * ticks to 0.1 and 1 alone; a label's height is its digits' line.
     */
    @Test
    void aShortAxisInTheChineseFontTicksOneTwoFive() throws Exception {
        Font cjk;
        try (java.io.InputStream in = getClass().getResourceAsStream("/bnlab/app/fonts/NotoSansSC-Regular.otf")) {
            cjk = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(16f);
        }
        ReadableLogAxis axis = new ReadableLogAxis("loss");
        axis.setTickLabelFont(cjk);
        axis.setRange(0.025, 3.5);
        assertEquals(List.of("0.05", "0.1", "0.2", "0.5", "1", "2"),
                labels(axis, new Rectangle2D.Double(60, 0, 500, 250), RectangleEdge.LEFT));
    }

    @Test
    void theLogAxisFitsAtLeastAFactorOfThree() {
        ReadableLogAxis a = new ReadableLogAxis("");
        a.fit(0.3, 0.5);
        assertEquals(0.3 / 1.6, a.getLowerBound(), 1e-12);
        assertEquals(0.5 * 1.6, a.getUpperBound(), 1e-12);
        a.fit(0.4, 0.45);
        assertEquals(3, a.getUpperBound() / a.getLowerBound(), 1e-9);
        assertTrue(a.getLowerBound() < 0.4 && a.getUpperBound() > 0.45);
        a.fit(Double.POSITIVE_INFINITY, 0);
        assertEquals(3, a.getUpperBound() / a.getLowerBound(), 1e-9, "no data: the range stays");
    }

    private static List<String> labels(ReadableLogAxis axis, Rectangle2D area, RectangleEdge edge) {
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            List<String> out = new ArrayList<>();
            for (Object t : axis.refreshTicks(g2, new AxisState(), area, edge)) {
                out.add(shown((ValueTick) t));
            }
            return out;
        } finally {
            g2.dispose();
        }
    }

    /** A tick's label as its characters (a power's exponent follows its base: "10" "6" -> "106"). */
    static String shown(ValueTick t) {
        if (t instanceof LogTick log && log.getAttributedLabel() != null) {
            StringBuilder s = new StringBuilder();
            AttributedCharacterIterator it = log.getAttributedLabel().getIterator();
            for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
                s.append(c);
            }
            return s.toString();
        }
        return t.getText();
    }
}
