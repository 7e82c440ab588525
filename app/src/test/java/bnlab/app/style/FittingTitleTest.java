package bnlab.app.style;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Titles of charts side by side take one size: lesson 4's "Without normalization: unit 1's input to sigmoid" was
 * drawn a step smaller than "With BatchNorm: unit 1's input to sigmoid" beside it.
 */
class FittingTitleTest {
    private static final String PLAIN = "Without normalization: unit 1's input to sigmoid";
    private static final String BN = "With BatchNorm: unit 1's input to sigmoid";
    private static final Font FONT = new Font(bnlab.app.i18n.Fonts.awtFamily(), Font.BOLD, 20);

    @Test
    void aloneEachTitleFitsItsOwnTextTogetherTheLongest() {
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        double shortOne = LayingOutTitle.lineWidth(g2, BN, FONT);
        double longOne = LayingOutTitle.lineWidth(g2, PLAIN, FONT);
        g2.dispose();
        // wide enough for the shorter title in the largest font, too narrow for the longer one
        int width = (int) Math.ceil(shortOne) + 30;
        assertTrue(width < longOne, "the width splits them: " + width + " against " + longOne);

        JFreeChart plain = chart(PLAIN);
        JFreeChart bn = chart(BN);
        draw(plain, width);
        draw(bn, width);
        float plainAlone = shown(plain);
        float bnAlone = shown(bn);
        assertEquals(20f, bnAlone, "the oracle: alone, the shorter title keeps the largest font");
        assertTrue(plainAlone < 20f, "and the longer one takes a step smaller: " + plainAlone);

        FittingTitle.together(plain, bn);
        draw(plain, width);
        draw(bn, width);
        assertEquals(shown(plain), shown(bn), "together, one size");
        assertEquals(plainAlone, shown(bn), "the longer one's");
    }

    /**
     * A title too wide even at its smallest step breaks at a phrase mark where one fits: lesson 14's "准确率：测试集（粗线）
     * 与训练集（细线）" beside the loss chart wrapped in all its width, "…与训练" over "集（细线）". On one line where it
     * fits, and its text as set all along.
     */
    @Test
    void aTitleThatMustWrapBreaksAtAPhraseMark() {
        String title = "准确率：测试集（粗线）与训练集（细线）";
        String rest = "测试集（粗线）与训练集（细线）";
        JFreeChart chart = chart(title);
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        Font least = FONT.deriveFont((float) Math.round(FittingTitle.LEAST));
        double whole = LayingOutTitle.lineWidth(g2, title, least);
        double second = LayingOutTitle.lineWidth(g2, rest, least);
        g2.dispose();
        // too narrow for the whole at the smallest step, wide enough for what follows the colon (and the padding)
        int width = (int) Math.ceil((whole + second) / 2) + 10;
        assertTrue(width < whole && width > second + 10, "the width splits it: " + width);
        draw(chart, width);
        FittingTitle t = (FittingTitle) chart.getTitle();
        assertEquals("准确率：\n" + rest, t.shownText());
        assertEquals(title, t.getText(), "the text as set");

        draw(chart, (int) whole + 200);
        assertEquals(title, t.shownText(), "on one line where it fits");
    }

    private static JFreeChart chart(String title) {
        XYPlot plot = new XYPlot(new XYSeriesCollection(), new NumberAxis(), new NumberAxis(),
                new XYLineAndShapeRenderer());
        JFreeChart chart = new JFreeChart(title, FONT, plot, false);
        chart.setTitle(new FittingTitle(chart.getTitle()));
        return chart;
    }

    private static void draw(JFreeChart chart, int width) {
        BufferedImage image = new BufferedImage(width, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, 300));
        g2.dispose();
    }

    private static float shown(JFreeChart chart) {
        return ((FittingTitle) chart.getTitle()).shownFont().getSize2D();
    }
}
