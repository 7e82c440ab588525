package bnlab.app.saturation;

import bnlab.app.style.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

import java.awt.Font;

/**
 * Font sizes for a view shown small (a quarter of the live grid on a 1280 x 720 screen): the house
 * sizes for a projector leave no room for the plots there, so titles, labels and ticks shrink.
 */
final class Compact {
    static final Font TITLE = ChartStyle.TITLE.deriveFont(15f);
    static final Font LABEL = ChartStyle.LABEL.deriveFont(13f);
    static final Font TICK = ChartStyle.TICK.deriveFont(12f);
    static final Font LEGEND = ChartStyle.LEGEND.deriveFont(13f);

    private Compact() {
    }

    /** The compact or the house fonts on every title, subtitle, legend and axis of the chart. */
    static void fonts(JFreeChart chart, boolean compact) {
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(compact ? TITLE : ChartStyle.TITLE);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle l) {
                l.setItemFont(compact ? LEGEND : ChartStyle.LEGEND);
            } else if (t instanceof TextTitle tt) {
                tt.setFont(compact ? LEGEND : ChartStyle.LEGEND);
            }
        }
        axes(chart.getPlot(), compact);
    }

    private static void axes(Plot plot, boolean compact) {
        if (plot instanceof CombinedDomainXYPlot c) {
            axis(c.getDomainAxis(), compact);
            for (XYPlot p : c.getSubplots()) {
                axes(p, compact);
            }
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), compact);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), compact);
            }
        } else if (plot instanceof CategoryPlot cat) {
            axis(cat.getDomainAxis(), compact);
            axis(cat.getRangeAxis(), compact);
        }
    }

    private static void axis(Axis a, boolean compact) {
        if (a != null) {
            a.setLabelFont(compact ? LABEL : ChartStyle.LABEL);
            a.setTickLabelFont(compact ? TICK : ChartStyle.TICK);
        }
    }
}
