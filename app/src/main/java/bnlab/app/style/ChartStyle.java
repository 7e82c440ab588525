package bnlab.app.style;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

/**
 * Styling for a projector: plain plot backgrounds, large fonts in the bundled family (Chinese too),
 * a faint grid, thick lines; the theme's colours and the type scale of the current {@link Look}
 * (charts built after a change of look get it). The twin without normalization is drawn dashed as
 * well as in its own colour, so the twins differ for every reader.
 */
public final class ChartStyle {
    /**
     * Fonts for code that sets one before {@link #apply} (apply sets the look's), in the bundled family: the
     * logical SansSerif has no hanzi on a system without a CJK font.
     */
    public static final Font TITLE = new Font(bnlab.app.i18n.Fonts.awtFamily(), Font.BOLD, 20);
    public static final Font LABEL = new Font(bnlab.app.i18n.Fonts.awtFamily(), Font.PLAIN, 17);
    public static final Font TICK = new Font(bnlab.app.i18n.Fonts.awtFamily(), Font.PLAIN, 15);
    public static final Font LEGEND = new Font(bnlab.app.i18n.Fonts.awtFamily(), Font.PLAIN, 16);
    /**
     * The least height of a line chart over the steps, px at type scale 1: its one-line title and the
     * step axis take about 95 px of it, so the plot keeps about 115. A view lower than its charts need
     * scrolls ({@link Scrolling}).
     */
    public static final double MIN_HEIGHT = 210;
    public static final BasicStroke LINE = new BasicStroke(3f);
    /** How opaque the band of a series summarised per group of pixel columns is ({@link Columns}). */
    public static final float COLUMNS_BAND_ALPHA = 0.2f;
    public static final BasicStroke THIN = new BasicStroke(1.5f);
    /** The twin without normalization: dashed, besides its colour. */
    public static final BasicStroke PLAIN_LINE = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {10f, 6f}, 0f);
    /** The same, thin (a second line of the twin without normalization, as its training-set accuracy). */
    public static final BasicStroke PLAIN_THIN = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {7f, 4f}, 0f);

    /** {@link #MIN_HEIGHT} at the current type scale. */
    public static double minHeight() {
        return MIN_HEIGHT * Look.current().scale();
    }

    public static Font titleFont() {
        return Look.current().font(Font.BOLD, 20);
    }

    public static Font labelFont() {
        return Look.current().font(Font.PLAIN, 17);
    }

    public static Font tickFont() {
        return Look.current().font(Font.PLAIN, 15);
    }

    public static Font legendFont() {
        return Look.current().font(Font.PLAIN, 16);
    }

    /**
     * A thin dashed line across a plot at value, named in the legend's font and ink: a reference the data are read
     * against (lesson 4's 90 %, a seed's earlier lead, the seeds' diverged rows). The caller places the name.
     */
    public static org.jfree.chart.plot.ValueMarker namedLine(double value, String name, java.awt.Paint line) {
        float w = (float) Look.current().scale();
        org.jfree.chart.plot.ValueMarker m = new org.jfree.chart.plot.ValueMarker(value, line, new BasicStroke(w,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4 * w, 4 * w}, 0f));
        m.setLabel(name);
        m.setLabelFont(legendFont());
        m.setLabelPaint(Look.current().ink());
        m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        return m;
    }

    private ChartStyle() {
    }

    /**
     * Room on the chart's right for the half of the domain axis's last tick label that lies past the plot,
     * where the axis ends on a tick (a histogram's 100, the surface's 1.0 were cut at the chart's edge).
     */
    public static void roomForLastTick(JFreeChart chart) {
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(0, 0, 0, tickFont().getSize()));
    }

    /**
     * Room over the plot for the upper half of the range axis's top tick label, where the axis ends on a tick (the
     * loss surface's 1.0 before a surface is computed). The title's padding keeps that room, but on screen a title's
     * last line reaches lower than its box (JavaFX's metrics measure a line the font's size high; its ink lies lower)
     * and took it: "带 BatchNorm 的网络" stood on "1.0" at type scale 1.5. Kept for such charts only: every chart given
     * that much more room lost it from its plot.
     */
    public static void roomForTopTick(JFreeChart chart) {
        org.jfree.chart.ui.RectangleInsets in = chart.getPlot().getInsets();
        chart.getPlot().setInsets(new org.jfree.chart.ui.RectangleInsets(in.getTop() + tickFont().getSize2D() / 2,
                in.getLeft(), in.getBottom(), in.getRight()));
    }

    /**
     * Room under a chart's title: the top tick label of the range axis reaches half its height above the
     * plot (7 px at type scale 1, more for larger tick labels).
     */
    public static org.jfree.chart.ui.RectangleInsets titlePadding() {
        return new org.jfree.chart.ui.RectangleInsets(1, 1, 7 * Look.current().scale(), 1);
    }

    /**
     * Room around a legend, half a line of its type under it: a legend at a chart's foot lost its letters' tails
     * at the image's edge ("sigmoid" in an exported saturation view, "diverged" in the seeds chart).
     */
    private static org.jfree.chart.ui.RectangleInsets legendMargin() {
        return new org.jfree.chart.ui.RectangleInsets(1, 1, legendFont().getSize2D() / 2, 1);
    }

    /** Apply the house style to a chart and return it. */
    public static JFreeChart apply(JFreeChart chart) {
        Look look = Look.current();
        chart.setBackgroundPaint(look.background());
        chart.setAntiAlias(true);
        TextTitle title = fitting(chart);
        if (title != null) {
            title.setFont(titleFont());
            title.setPaint(look.ink());
            title.setPadding(titlePadding());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                t.setFont(legendFont());
                t.setPaint(look.ink());
            }
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(legendFont());
            legend.setItemPaint(look.ink());
            legend.setBackgroundPaint(look.background());
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setMargin(legendMargin());
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(look.background());
        // what an empty plot says, where it says anything (setNoDataMessage)
        plot.setNoDataMessageFont(legendFont());
        plot.setNoDataMessagePaint(look.ink());
        plot.setOutlinePaint(look.grid());
        if (plot instanceof org.jfree.chart.plot.CategoryPlot cat) {
            cat.setRangeGridlinePaint(look.grid());
            axis(cat.getDomainAxis());
            axis(cat.getRangeAxis());
        }
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(look.grid());
            xy.setRangeGridlinePaint(look.grid());
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
        }
        return chart;
    }

    /** The chart's title made a {@link FittingTitle} (one line, a step smaller where narrow), or null. */
    private static TextTitle fitting(JFreeChart chart) {
        TextTitle t = chart.getTitle();
        if (t == null || t instanceof FittingTitle) {
            return t;
        }
        FittingTitle f = new FittingTitle(t);
        chart.setTitle(f);
        return f;
    }

    /** Large fonts on one axis. */
    public static void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        Look look = Look.current();
        axis.setLabelFont(labelFont());
        axis.setTickLabelFont(tickFont());
        axis.setLabelPaint(look.ink());
        axis.setTickLabelPaint(look.ink());
        axis.setAxisLinePaint(look.ink());
        axis.setTickMarkPaint(look.ink());
    }
}
