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

/** Styling for a projector: white plot backgrounds, large fonts, light grid, thick lines. */
public final class ChartStyle {
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    public static final BasicStroke LINE = new BasicStroke(3f);
    public static final BasicStroke THIN = new BasicStroke(1.5f);

    private ChartStyle() {
    }

    /** Apply the house style to a chart and return it. */
    public static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE);
            title.setPaint(Palette.INK);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Palette.GRID);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(Palette.GRID);
            xy.setRangeGridlinePaint(Palette.GRID);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
        }
        return chart;
    }

    /** Large fonts on one axis. */
    public static void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(Palette.INK);
        axis.setTickLabelPaint(Palette.INK);
    }
}
