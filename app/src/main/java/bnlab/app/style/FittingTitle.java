package bnlab.app.style;

import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;

import java.awt.Font;
import java.awt.Graphics2D;

/**
 * A chart title that fits its chart's width on one line (a second line would be paid for by the plot):
 * where the chart is too narrow for the font set on it, it takes a step smaller font ({@link #STEPS}:
 * 20, 17, 15 px at type scale 1; a compact view's 15 px title 13 px), and only where even the smallest
 * step is too wide does it wrap. The font set with {@link #setFont} is the largest; the step is chosen
 * each time the chart lays out its titles, so a chart drawn elsewhere at another size (an export) fits
 * its own width.
 */
public final class FittingTitle extends LayingOutTitle {
    /** The font sizes tried, as fractions of the largest, largest first. */
    static final double[] STEPS = {1, 0.85, 0.75};
    /** No title gets smaller than this, in px at type scale 1 (a compact view's axis labels). */
    static final double LEAST = 13;
    private Font largest;
    /** Charts drawn side by side whose titles take one size: the step that fits the longest of their texts. */
    private java.util.List<org.jfree.chart.JFreeChart> together = java.util.List.of();

    /** A fitting title with the text, font, paint, position, alignment and spacing of t. */
    public FittingTitle(TextTitle t) {
        super(t.getText(), t.getFont(), t.getPaint(), t.getPosition(), t.getHorizontalAlignment(),
                t.getVerticalAlignment(), t.getPadding());
        setMargin(t.getMargin());
        setBackgroundPaint(t.getBackgroundPaint());
        setFrame(t.getFrame());
        setToolTipText(t.getToolTipText());
        largest = t.getFont();
    }

    /**
     * The charts' titles (each a FittingTitle: see {@link ChartStyle#apply}) take one size, the step at which the
     * longest of their texts fits: side by side, lesson 4's "Without normalization: unit 1's input to sigmoid" took a
     * step smaller than "With BatchNorm: ..." beside it, as if the twins' charts were of two kinds.
     */
    public static void together(org.jfree.chart.JFreeChart... charts) {
        java.util.List<org.jfree.chart.JFreeChart> all = java.util.List.of(charts);
        for (org.jfree.chart.JFreeChart c : charts) {
            if (c.getTitle() instanceof FittingTitle f) {
                f.together = all;
            }
        }
    }

    /** The charts whose titles take one size with this one's (this one's among them), or none. */
    public java.util.List<org.jfree.chart.JFreeChart> together() {
        return together;
    }

    /** Sets the largest font; the title draws in it where the width allows. */
    @Override
    public void setFont(Font font) {
        largest = font;
        super.setFont(font);
    }

    /** The font set on the title (it draws in {@link #shownFont}, which can be a step smaller). */
    @Override
    public Font getFont() {
        return largest;
    }

    /** The font the title drew in when its chart last laid it out. */
    public Font shownFont() {
        return super.getFont();
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        if (getPosition() == RectangleEdge.TOP || getPosition() == RectangleEdge.BOTTOM) {
            fit(g2, widthOf(toContentConstraint(constraint)));
        }
        return super.arrange(g2, constraint);
    }

    // the largest step whose one line is no wider than width, else the smallest (which then wraps);
    // measured as the title wraps its text (TextUtils), and never below the house's smallest step
    private void fit(Graphics2D g2, double width) {
        float least = Math.min(largest.getSize2D(), Math.round(LEAST * Look.current().scale()));
        Font chosen = largest;
        for (double step : STEPS) {
            chosen = largest.deriveFont(Math.max(least, Math.round(largest.getSize2D() * step)));
            if (widest(g2, chosen) <= width) {
                break;
            }
        }
        if (!chosen.equals(shownFont())) {
            Font f = chosen;
            quietly(() -> super.setFont(f));
        }
        // too wide even so: even lines split at a phrase mark where one fits ("准确率：测试集（粗线）与训练 / 集（细线）"
        // wrapped in all the width beside the loss chart), see EvenLines
        Font f = chosen;
        show(lineWidth(g2, getText(), f) <= width ? getText()
                : String.join("\n", EvenLines.of(getText(), t -> lineWidth(g2, t, f), width)));
    }

    // the widest of this title's text and its peers' on one line in the font (the peers' charts are as wide)
    private double widest(Graphics2D g2, Font font) {
        double w = lineWidth(g2, getText(), font);
        for (org.jfree.chart.JFreeChart c : together) {
            if (c.getTitle() != null && c.getTitle() != this && c.getTitle().isVisible()) {
                w = Math.max(w, lineWidth(g2, c.getTitle().getText(), font));
            }
        }
        return w;
    }
}
