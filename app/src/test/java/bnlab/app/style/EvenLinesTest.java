package bnlab.app.style;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chart's message wraps into even lines, at its phrase marks where it can, with room between its lines. */
class EvenLinesTest {
    // 10 px a character: every width below is counted by hand
    private static final ToDoubleFunction<String> TEN = s -> 10.0 * s.codePointCount(0, s.length());

    @Test
    void aMessageThatFitsIsOneLine() {
        assertEquals(List.of("尚未训练"), EvenLines.of("尚未训练", TEN, 40));
    }

    @Test
    void aChineseMessageBreaksAtItsComma() {
        // 15 characters, 150 px in 140: wrapped in all the width it left "失" alone
        assertEquals(List.of("按“计算”，", "画出这个网络的损失"), EvenLines.of("按“计算”，画出这个网络的损失", TEN, 140));
    }

    /**
     * Where no split at a phrase mark fits, a Chinese text breaks after a closing bracket before it breaks inside a
     * word: lesson 14's accuracy title beside the loss chart came out "准确率：测试集（粗" over "线）与训练集（细线）".
     */
    @Test
    void aChineseTitleBreaksAfterABracketWhereTheColonWillNotDo() {
        // 19 characters in 120 px: "准确率：" over the 15 after it (150 px) does not fit
        assertEquals(List.of("准确率：测试集（粗线）", "与训练集（细线）"), EvenLines.of("准确率：测试集（粗线）与训练集（细线）", TEN, 120));
        // where the colon's split fits, it comes first
        assertEquals(List.of("准确率：", "测试集（粗线）与训练集（细线）"), EvenLines.of("准确率：测试集（粗线）与训练集（细线）", TEN, 160));
    }

    @Test
    void anEnglishMessageWithoutMarksWrapsEvenly() {
        String text = "Press Compute to map this network's loss"; // 40 characters: 400 px
        List<String> lines = EvenLines.of(text, TEN, 350);
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(text, String.join(" ", lines));
        // the narrowest width with two lines: "Press Compute to map" (20) over "this network's loss" (19)
        assertEquals(List.of("Press Compute to map", "this network's loss"), lines);
    }

    @Test
    void aWordWiderThanTheWidthHasALineOfItsOwn() {
        List<String> lines = EvenLines.of("a Supercalifragilistic b", TEN, 100);
        assertTrue(lines.contains("Supercalifragilistic"), lines.toString());
        assertEquals("a Supercalifragilistic b", String.join(" ", lines));
    }

    /**
     * Drawn in a plot in the charts' font, the lines are even and apart: two bands of ink, neither a character or
     * two alone, with blank rows between them, centred on the plot (JFreeChart's own: "按“计算”，画出这个网络的损" over
     * "失", touching).
     */
    @Test
    void thePlotDrawsItsMessageInLinesApart() {
        MessagePlot plot = new MessagePlot(null, new NumberAxis(), new NumberAxis(), null);
        plot.setNoDataMessage("按“计算”，画出这个网络的损失");
        plot.setNoDataMessageFont(ChartStyle.LEGEND);
        plot.setNoDataMessagePaint(Color.BLACK);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(plot);
        chart.removeLegend();
        chart.setBackgroundPaint(Color.WHITE);
        plot.getDomainAxis().setVisible(false);
        plot.getRangeAxis().setVisible(false);
        BufferedImage img = new BufferedImage(240, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 240, 240));
        g.dispose();
        List<int[]> bands = new ArrayList<>(); // each: first row, row after the last, leftmost, rightmost ink
        int from = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = 0; y <= img.getHeight(); y++) {
            boolean ink = false;
            for (int x = 0; y < img.getHeight() && x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xff) < 128) {
                    ink = true;
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
            if (ink && from < 0) {
                from = y;
            } else if (!ink && from >= 0) {
                bands.add(new int[] {from, y, left, right});
                from = -1;
                left = Integer.MAX_VALUE;
                right = -1;
            }
        }
        assertEquals(2, bands.size(), "two lines of ink");
        int first = bands.get(0)[3] - bands.get(0)[2];
        int second = bands.get(1)[3] - bands.get(1)[2];
        assertTrue(Math.min(first, second) > 0.4 * Math.max(first, second), "even lines: " + first + " and " + second
                + " px wide");
        assertTrue(bands.get(1)[0] - bands.get(0)[1] >= 6, "blank rows between them: " + (bands.get(1)[0]
                - bands.get(0)[1]));
        double middle = (bands.get(0)[0] + bands.get(1)[1]) / 2.0;
        assertEquals(120, middle, 12, "centred");
    }
}
