package bnlab.app;

import bnlab.app.style.FittingTitle;
import org.jfree.chart.JFreeChart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Charts side by side whose titles ({@link FittingTitle}) must take one size: drawn at every width from 150 to 400 px,
 * the sizes they draw in are equal, and at some of those widths the shortest title alone would fit at its largest
 * size where the longest does not (else the check could not fail).
 */
public final class TitlesAlike {
    private TitlesAlike() {
    }

    /** Checks the charts' titles; call on the FX thread. */
    public static void check(JFreeChart... charts) {
        int differAlone = 0;
        BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = one.createGraphics();
        for (int w = 150; w <= 400; w += 10) {
            float first = -1;
            double shortest = Double.POSITIVE_INFINITY;
            double longest = 0;
            for (JFreeChart c : charts) {
                c.createBufferedImage(w, 250);
                Font shown = ((FittingTitle) c.getTitle()).shownFont();
                if (first < 0) {
                    first = shown.getSize2D();
                }
                assertEquals(first, shown.getSize2D(), w + " px: \"" + c.getTitle().getText() + "\"'s size");
                double width = g.getFontMetrics(c.getTitle().getFont()).stringWidth(c.getTitle().getText());
                shortest = Math.min(shortest, width);
                longest = Math.max(longest, width);
            }
            // the title's room is the chart's width less the title's padding and the chart's margins: 20 px is ample
            if (shortest <= w - 20 && longest > w) {
                differAlone++;
            }
        }
        g.dispose();
        assertTrue(differAlone > 0, "some width fits the shortest title alone at its largest size, not the longest");
    }
}
