package bnlab.app.style;

import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.event.TitleChangeEvent;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;

/**
 * A chart title that changes how it draws (its font, its line breaks) while its chart lays it out, to suit
 * the width it gets: such a change is no news its chart needs to hear of (it would draw again, and lay out
 * again), so it is made {@link #quietly}.
 */
abstract class LayingOutTitle extends TextTitle {
    /** True while the title changes itself in a layout. */
    private transient boolean laying;

    /** The text as set; the one drawn ({@link #shownText}) may have line breaks the title chose. */
    private String own;

    LayingOutTitle(String text, Font font, Paint paint, RectangleEdge position, HorizontalAlignment h,
                   VerticalAlignment v, RectangleInsets padding) {
        super(text, font, paint, position, h, v, padding);
        own = text;
    }

    LayingOutTitle(String text, Font font) {
        super(text, font);
        own = text;
    }

    /** Sets the text as set; the title shows it as it lays out ({@link #show}). */
    @Override
    public void setText(String text) {
        own = text;
        super.setText(text);
    }

    /** The text as set, without the line breaks the title may show it with. */
    @Override
    public String getText() {
        return own;
    }

    /** The text as the chart last laid it out. */
    public String shownText() {
        return super.getText();
    }

    /** Draws this text, the title's own laid out, from now on (quietly: see {@link #quietly}). */
    final void show(String shown) {
        if (!shown.equals(shownText())) {
            quietly(() -> super.setText(shown));
        }
    }

    /** The widest a title's content may be under c (a content constraint), unbounded where c sets none. */
    static double widthOf(RectangleConstraint c) {
        return c.getWidthConstraintType() == LengthConstraintType.NONE ? Double.MAX_VALUE
                : c.getWidthConstraintType() == LengthConstraintType.FIXED ? c.getWidth()
                : c.getWidthRange().getUpperBound();
    }

    /**
     * The width of text on one line in font, measured as the title wraps its text (TextUtils); g2's font is
     * put back after.
     */
    static double lineWidth(Graphics2D g2, String text, Font font) {
        Font was = g2.getFont();
        // set, not passed: FXGraphics2D's getFontMetrics(Font) measures in the current font
        g2.setFont(font);
        double w = TextUtils.getTextBounds(text, g2, g2.getFontMetrics()).getWidth();
        g2.setFont(was);
        return w;
    }

    /** Runs a change of the title's own, with no change event. */
    final void quietly(Runnable change) {
        laying = true;
        try {
            change.run();
        } finally {
            laying = false;
        }
    }

    @Override
    protected final void notifyListeners(TitleChangeEvent event) {
        if (!laying) {
            super.notifyListeners(event);
        }
    }
}
