package bnlab.app.style;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * An XY plot whose message while it has no data ({@link #setNoDataMessage}) wraps into even lines ({@link
 * EvenLines}) with a little room between them, centred: JFreeChart's own filled the width and set the lines touching.
 */
public class MessagePlot extends XYPlot {
    /** A line's height, in the font's own line heights. */
    private static final double LEADING = 1.1;

    /** An empty plot; axes and renderers set afterwards. */
    public MessagePlot() {
        super();
    }

    /** A plot of the dataset on these axes, drawn by this renderer. */
    public MessagePlot(XYDataset dataset, ValueAxis x, ValueAxis y, XYItemRenderer renderer) {
        super(dataset, x, y, renderer);
    }

    @Override
    protected void drawNoDataMessage(Graphics2D g2, Rectangle2D area) {
        String message = getNoDataMessage();
        if (message == null || message.isEmpty()) {
            return;
        }
        Shape clip = g2.getClip();
        g2.clip(area);
        java.awt.Font font = getNoDataMessageFont();
        g2.setFont(font);
        g2.setPaint(getNoDataMessagePaint());
        FontRenderContext frc = g2.getFontRenderContext();
        List<String> lines = EvenLines.of(message, s -> font.getStringBounds(s, frc).getWidth(),
                0.9 * area.getWidth());
        java.awt.font.LineMetrics m = font.getLineMetrics(message, frc);
        double line = LEADING * m.getHeight();
        // the block centred in the area: its first baseline half the block above the centre, plus the ascent
        double y = area.getCenterY() - line * lines.size() / 2 + (line - m.getHeight()) / 2 + m.getAscent();
        for (String l : lines) {
            double w = font.getStringBounds(l, frc).getWidth();
            g2.drawString(l, (float) (area.getCenterX() - w / 2), (float) y);
            y += line;
        }
        g2.setClip(clip);
    }
}
