package bnlab.app.style;

import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.ui.Size2D;

import java.awt.Font;
import java.awt.Graphics2D;

/**
 * A chart subtitle whose text's line breaks mark where it may break, between phrases: where the whole text
 * fits the chart's width on one line it is drawn so (the breaks removed), else one phrase a line (a phrase
 * too wide still wraps). So "beyond ±10: 17% of the inputs without normalization, 0% with BatchNorm" never
 * leaves "BatchNorm" alone on a second line. A break is removed as it stands: a message that wants a space
 * there on one line puts it before the break ("…normalization, \n0% with…"; in Chinese "…的输入，\n带…").
 * {@link #getText} is the text as set, breaks included; {@link #shownText} what the chart last laid out.
 */
public final class PhrasedTitle extends LayingOutTitle {
    private String phrased = "";

    /** An empty subtitle in the font, with room under it for the plot's top tick label. */
    public PhrasedTitle(Font font) {
        super("", font);
        // it sits over the plot, whose top tick label reaches half its height above it: the title's room
        setPadding(ChartStyle.titlePadding());
    }

    /** Sets the text; its line breaks are where it may break. */
    @Override
    public void setText(String text) {
        phrased = text;
        super.setText(text);
    }

    /** The text as set, its breaks included. */
    @Override
    public String getText() {
        return phrased;
    }

    /** The text as the chart last laid it out: on one line, or broken at its phrases. */
    public String shownText() {
        return super.getText();
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        String shown = shown(g2, widthOf(toContentConstraint(constraint)));
        if (!shown.equals(shownText())) {
            quietly(() -> super.setText(shown));
        }
        return super.arrange(g2, constraint);
    }

    // one line where it fits width, else a phrase a line
    private String shown(Graphics2D g2, double width) {
        String one = phrased.replace("\n", "");
        return lineWidth(g2, one, getFont()) <= width ? one : phrased.replaceAll(" +\n", "\n");
    }
}
